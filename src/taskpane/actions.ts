import type { CheckOutcome, ProgressListener } from '../app/types';
import type { LocalDate } from '../domain/calendar/localDate';
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

export type CheckResult = CheckOutcome & { readonly write: WriteResult };
export type CheckAction = (request: CheckRequest) => Promise<CheckResult>;

export interface TemplateRequest {
  readonly year: number;
  /** May be empty: the template then leaves `Tên đơn vị` for the user to fill. */
  readonly unit: string;
}

export type TemplateAction = (request: TemplateRequest) => Promise<WriteResult>;
