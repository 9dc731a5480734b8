import type { RowValues } from '../app/check';
import type { WorkbookSettings } from '../app/settings';
import type { CheckOutcome, ProgressListener } from '../app/types';
import type { LocalDate } from '../domain/calendar/localDate';
import type { LevelId } from '../domain/vocabulary';
import type { Reading } from '../sheets/reading/types';
import type { SkippedFeature } from '../workbook/features';
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

/** An output written under another name because a user's sheet already had its own. */
export interface RenamedOutput {
  readonly wanted: string;
  readonly written: string;
}

export type CheckResult = CheckOutcome & {
  readonly write: WriteResult;
  readonly renamedOutputs?: readonly RenamedOutput[];
  /** Compliance by content group, for the chart of «Kiểm tra» (absent: no chart). */
  readonly chart?: readonly ChartGroup[];
} & HostNotes;
export type CheckAction = (request: CheckRequest) => Promise<CheckResult>;

export interface TemplateRequest {
  readonly year: number;
  /** May be empty: the template then leaves `Tên đơn vị` for the user to fill. */
  readonly unit: string;
}

export type TemplateResultData = WriteResult & HostNotes;

/** «Tạo sổ mới» with no file open (standalone page): a new workbook, downloaded and opened. */
export interface NewBookRequest {
  readonly year: number;
  readonly unit: string;
  readonly level: LevelId;
}
export type NewBookAction = (request: NewBookRequest) => Promise<{ readonly fileName: string }>;
export type TemplateAction = (request: TemplateRequest) => Promise<TemplateResultData>;

export interface ReportRequest {
  /** Blank in the form: the use case falls back to `Ngày đánh giá`, then today. */
  readonly asOf?: LocalDate;
  /** The quarter of `DS Công khai`. */
  readonly quarter?: { readonly year: number; readonly quarter: 1 | 2 | 3 | 4 };
  readonly onProgress: ProgressListener;
}

/** Compliance of one content group: postings that met their requirement, of those judged. */
export interface ChartGroup {
  readonly label: string;
  readonly met: number;
  readonly total: number;
}

export interface ReportResultData {
  readonly written: readonly string[];
  readonly renamed: readonly RenamedOutput[];
  /** The Word draft of the report, offered as a download. */
  readonly docx: Uint8Array;
  readonly chart: readonly ChartGroup[];
  /** For the download's file name; the pane falls back to the as-of date it sent, then today. */
  readonly unit?: string;
  /** YYYY-MM-DD, the report's as-of date. */
  readonly asOf?: string;
}

/** «Lập báo cáo»: the report sheets written into the workbook, plus the Word draft and the chart data. */
export type ReportAction = (request: ReportRequest) => Promise<ReportResultData & HostNotes>;

/** The finding a row is shown for: the standalone page's row dialog says it and marks its cell. */
export interface RowFinding {
  readonly message: string;
  /** The column's header as the user wrote it, when the finding names one. */
  readonly column: string | null;
  readonly severity: 'error' | 'warning' | 'info';
}

/** Selects a finding's row in Excel (`goToRow` use case); resolves when Excel has done it. */
export type GoToRowAction = (sheet: string, row: number, finding?: RowFinding) => Promise<void>;

/** «Thiết lập»: the unit's details and the rules in force, read from the workbook. */
export type SettingsAction = () => Promise<WorkbookSettings>;

/** Standalone page: a finding's row, shown in place of selecting it in Excel. */
export type ReadRowAction = (sheet: string, row: number) => Promise<RowValues | null>;

/** «Cách đọc sổ»: how the workbook is read (recognition, with the stored confirmed reading applied). */
export type InspectAction = () => Promise<Reading>;

/** Keeps a corrected reading in the workbook (the hidden sheet «DCCS Cách đọc»). */
export type SaveReadingAction = (reading: Reading) => Promise<WriteResult>;

/** «Bản gửi cấp trên»: what the copy hid, and where it went. */
export interface SuperiorCopyResult {
  /** The downloaded file's name (standalone page); null when Excel opened the copy as a new workbook. */
  readonly fileName: string | null;
  readonly hidden: readonly { readonly sheet: string; readonly header: string; readonly cells: number }[];
}

/** Makes the copy without citizens' names and contact details; the open workbook is not changed. */
export type SuperiorCopyAction = (request: { readonly onProgress: ProgressListener }) => Promise<SuperiorCopyResult>;
