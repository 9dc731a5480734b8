import type { CheckOutcome, ProgressListener } from '../app/types';
import type { LocalDate } from '../domain/calendar/localDate';
import type { SkippedFeature } from '../workbook/officeHost';
import type { WriteResult } from '../workbook/port';

/**
 * What the screens need done, as plain async functions. `index.tsx` binds them to the use cases
 * and the Office host; tests pass fakes, so no component touches Office (STYLE.md, UI).
 */
export interface CheckRequest {
  /** Blank in the form: the use case falls back to the workbook's `Ngày đánh giá`, then today. */
  readonly asOf?: LocalDate;
  readonly onProgress: ProgressListener;
}

/**
 * Formatting the host left out because this Excel lacks its API set (data still written in full).
 * Absent for hosts that never skip anything.
 */
export interface HostNotes {
  readonly skippedFeatures?: readonly SkippedFeature[];
}

export type CheckResult = CheckOutcome & { readonly write: WriteResult } & HostNotes;
export type CheckAction = (request: CheckRequest) => Promise<CheckResult>;

export interface TemplateRequest {
  readonly year: number;
  /** May be empty: the template then leaves `Tên đơn vị` for the user to fill. */
  readonly unit: string;
}

export type TemplateResultData = WriteResult & HostNotes;
export type TemplateAction = (request: TemplateRequest) => Promise<TemplateResultData>;

/** Selects a finding's row in Excel (`goToRow` use case); resolves when Excel has done it. */
export type GoToRowAction = (sheet: string, row: number) => Promise<void>;
