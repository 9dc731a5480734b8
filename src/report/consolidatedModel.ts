import type { LocalDate } from '../domain/calendar/localDate';
import type { PostingStatus } from '../domain/postings/checkPosting';
import type { TaskStatus } from '../domain/tasks/checkTask';
import type { FeedbackCounts, ReportUnit } from './model';
import { JUDGED_STATUSES } from '../domain/postings/labels';

/**
 * What a consolidation keeps of each commune workbook: counts and findings, never the
 * grids, so a run over thousands of files holds a few kilobytes per file. Pure data, built by the
 * `consolidate` use case and read by the `TH Đơn vị`, `TH Chi tiết` and `Báo cáo tổng hợp` builders.
 */
export interface UnitSummary {
  /** The file as the user named it (`an-thuong.xlsx`). */
  readonly file: string;
  /** `Thông tin → Tên đơn vị`, as typed (NFC, trimmed). */
  readonly unit: string;
  /** `Thông tin → Năm báo cáo`, null when blank. */
  readonly year: number | null;
  /** YYYY-MM-DD: the date the unit's rows were judged on. */
  readonly asOf: string;
  readonly postings: Readonly<Record<PostingStatus, number>>;
  /** Postings published after their time limit (`timely === false`). */
  readonly latePublications: number;
  readonly tasks: Readonly<Record<TaskStatus, number>>;
  readonly consultations: number;
  readonly feedback: FeedbackCounts;
  readonly votes: { readonly passed: number; readonly failed: number };
  /** Input errors (errors and warnings about the data itself). */
  readonly inputErrors: number;
  /** Rule findings plus input problems: the rows `TH Chi tiết` lists for this unit. */
  readonly findings: number;
  /** True when another file names the same unit: listed, never added into the totals. */
  readonly conflict: boolean;
}

/** One line of `TH Chi tiết`. */
export interface UnitFinding {
  readonly unit: string;
  readonly file: string;
  readonly sheet: string;
  readonly row: number | null;
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
}

export interface FailedFile {
  readonly file: string;
  /** Vietnamese, naming the file and what to do. */
  readonly reason: string;
}

export interface UnitConflict {
  readonly unit: string;
  readonly files: readonly string[];
}

export interface ConsolidatedTotals {
  readonly postings: Readonly<Record<PostingStatus, number>>;
  readonly tasks: Readonly<Record<TaskStatus, number>>;
  readonly feedback: FeedbackCounts;
  readonly votes: { readonly passed: number; readonly failed: number };
  readonly latePublications: number;
  readonly consultations: number;
  readonly inputErrors: number;
}

export interface Consolidation {
  /** Every file that could be read, in the order chosen (name or compliance). */
  readonly units: readonly UnitSummary[];
  readonly failed: readonly FailedFile[];
  readonly conflicts: readonly UnitConflict[];
  /** Units of `Danh sách đơn vị` that sent no usable file; empty when there is no list. */
  readonly missing: readonly string[];
  /** Units that reported but are not on `Danh sách đơn vị`; empty when there is no list. */
  readonly unexpected: readonly string[];
  /** Whether the consolidating workbook had a `Danh sách đơn vị`. */
  readonly hasExpectedList: boolean;
  /** Over the units without a conflict. */
  readonly totals: ConsolidatedTotals;
  readonly findings: readonly UnitFinding[];
  /** Units whose finding lines were left out of `TH Chi tiết` (over the budget), in reading order. */
  readonly findingsOmitted: readonly string[];
}

/** The consolidating office, for the report's header and signature (its own `Thông tin`, or blanks). */
export interface ConsolidationReportInput {
  readonly office: ReportUnit;
  readonly date: LocalDate;
  readonly consolidation: Consolidation;
}


/**
 * The compliance rate `Tổng hợp` uses, for one unit or a total: met (or permanent) of the postings
 * whose duration could be judged; null when none could.
 * @example complianceOf({ met: 3, permanent: 1, short: 1, ... }) // { judged: 5, met: 4, rate: 0.8 }
 */
export function complianceOf(postings: Readonly<Record<PostingStatus, number>>): { judged: number; met: number; rate: number | null } {
  const judged = JUDGED_STATUSES.reduce((n, s) => n + postings[s], 0);
  const met = postings.met + postings.permanent;
  return { judged, met, rate: judged === 0 ? null : met / judged };
}

/** Feedback handled (any decision with its answer) of all received; null without feedback. */
export function handledRate(feedback: FeedbackCounts): number | null {
  return feedback.total === 0 ? null : (feedback.total - feedback.pending) / feedback.total;
}
