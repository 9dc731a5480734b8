import type { LocalDate } from '../calendar/localDate';
import type { WorkCalendar } from '../calendar/workingDays';
import type { Finding, RowVerdict } from '../findings';
import type { UnitKind } from '../postings/types';
import type { RuleSet } from '../rules/resolve';
import type { FeedbackDecisionId } from '../vocabulary';

/**
 * Consultations (`Lấy ý kiến`, Luật 10/2022/QH15 Điều 25–28) and their feedback (`Ý kiến`), as
 * the domain sees them: parsed rows, never cells. A null field is blank or unreadable; `badCells`
 * names the fields whose cell could not be read (their input errors are reported by the reader).
 */
export interface ConsultationRow {
  readonly sheet: string;
  readonly row: number;
  /** `Mã đợt`, as typed (trimmed); null when blank. */
  readonly id: string | null;
  readonly subject: string;
  readonly from: LocalDate | null;
  readonly to: LocalDate | null;
  /** `Hạn tổng hợp`: a day, or a deadline phrase for `parseDeadlineCell`. */
  readonly synthesisDue: string | LocalDate | null;
  /** `Ngày tổng hợp xong`. */
  readonly synthesized: LocalDate | null;
  /** `Ngày công khai kết quả`. */
  readonly resultPublished: LocalDate | null;
  readonly badCells: readonly string[];
}

export interface FeedbackRow {
  readonly sheet: string;
  readonly row: number;
  /** `Mã đợt`, as typed; null when blank. */
  readonly consultationId: string | null;
  readonly received: LocalDate | null;
  /** `Hướng xử lý`; null = not yet processed (or unreadable: see `badCells`). */
  readonly decision: FeedbackDecisionId | null;
  /** `Nội dung tiếp thu, giải trình`. */
  readonly response: string | null;
  /** `Ngày xử lý`. */
  readonly processed: LocalDate | null;
  readonly badCells: readonly string[];
}

/** What the consultation checks need from the check's context (a subset of the app's CheckContext). */
export interface ConsultationOptions {
  readonly asOf: LocalDate;
  readonly reportYear: number | null;
  readonly unit: UnitKind;
  readonly rules: RuleSet;
  readonly calendar: WorkCalendar;
}

/**
 * The day by whose end every feedback row must be processed, and where it comes from:
 * `deadline` = the `Hạn tổng hợp` cell; `synthesized` = `Ngày tổng hợp xong` (no deadline typed);
 * `assumed` = the day after `Đến ngày` (neither typed: the Law sets no number, so findings
 * against it are warnings, never errors, and no row is called "processed late" against it).
 */
export interface SynthesisDeadline {
  readonly due: LocalDate | null;
  readonly source: 'deadline' | 'synthesized' | 'assumed' | null;
  /**
   * `Hạn tổng hợp` fell on a day off and was moved to the next working day (Bộ luật Dân sự 2015,
   * Điều 148 khoản 5): the day as written. Null when not moved.
   */
  readonly movedFrom?: LocalDate | null;
  /** `Hạn tổng hợp` could not be read: the parser's code and the user's phrase (an input error). */
  readonly error: { readonly code: string; readonly phrase: string; readonly params?: Readonly<Record<string, number>> } | null;
}

/** SCHEMA.md consultation `status` (same values as the app's ConsultationStatus). */
export type ConsultationStatus =
  | 'met' | 'short' | 'ongoing' | 'planned' | 'pending-feedback' | 'unpublished' | 'missing-data' | 'invalid';

/** Where a feedback row stands: done by decision, or still pending (no decision or no explanation). */
export type FeedbackState = FeedbackDecisionId | 'pending';

export interface FeedbackResult {
  readonly feedback: FeedbackRow;
  readonly state: FeedbackState;
  /** Received after the end of `Đến ngày`. */
  readonly afterWindow: boolean;
  /** Processed after the synthesis deadline (only against a deadline the workbook gives). */
  readonly late: boolean;
  /** Pending and the deadline has passed. */
  readonly overdue: boolean;
  readonly findings: readonly Finding[];
  readonly verdict: RowVerdict;
}

export interface ConsultationResult {
  readonly consultation: ConsultationRow;
  readonly status: ConsultationStatus;
  /** Counted length of the window (Bộ luật Dân sự 2015, Điều 147), null when it cannot be counted. */
  readonly days: number | null;
  /** The minimum window (YK_THOI_GIAN; CQ_LAY_Y_KIEN for agencies), null where no minimum applies. */
  readonly requiredDays: number | null;
  /** `Ngày công khai kết quả`, or the start of the first `Công khai` row of group «Lấy ý kiến» after the synthesis. */
  readonly resultsPublished: LocalDate | null;
  /** The last day to publish the results (CK_THOI_DIEM working days after the synthesis), when known. */
  readonly publishBy: LocalDate | null;
  readonly reason: 'end-before-start' | 'bad-cells' | 'no-from' | 'no-to' | null;
  readonly findings: readonly Finding[];
  readonly verdict: RowVerdict;
}
