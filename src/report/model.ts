import type { OutOfPeriod } from './period';
import type { LocalDate } from '../domain/calendar/localDate';
import type { ConsultationStatus } from '../domain/consultations/types';
import type { PostingStatus } from '../domain/postings/checkPosting';
import type { TaskStatus } from '../domain/tasks/checkTask';

/**
 * Everything the report builders (`Tổng hợp`, `Báo cáo`, `DS Công khai`, `TH Ý kiến`, the .docx)
 * need, assembled by the `report` use case from one check. Pure data: dates are LocalDate, labels
 * are Vietnamese, every row keeps its sheet row so a table can point back to it.
 */
export interface ReportUnit {
  /** `UBND xã An Thượng`. */
  readonly name: string;
  /** `xã`, `phường`, … (the `Cấp` label), null when blank. */
  readonly level: string | null;
  readonly kind: 'commune' | 'agency';
  /** `UBND huyện Hoài Đức` (the header's first line), null when blank. */
  readonly parent: string | null;
  /** For the dateline: `An Thượng, ngày 20 tháng 3 năm 2024`. */
  readonly place: string | null;
  readonly year: number;
  readonly asOf: LocalDate;
  readonly signer: string | null;
  /** `Chủ tịch`, `Phó Chủ tịch`. */
  readonly signerTitle: string | null;
  readonly signAuthority: 'TM' | 'KT' | null;
  /** `BC-UBND`. */
  readonly reportSymbol: string;
}

export interface ReportPosting {
  readonly row: number;
  readonly title: string;
  /**
   * Content group label (`Ngân sách`) and its Điều 11 khoản. A blank group is unknown, not «Khác»
   * (khoản 14): `UNKNOWN_GROUP_LABEL` with no khoản.
   */
  readonly group: string;
  readonly clause: number | null;
  /** Canonical form label (`Niêm yết`), null when blank or unreadable. */
  readonly form: string | null;
  readonly place: string | null;
  readonly documentDate: LocalDate | null;
  readonly start: LocalDate | null;
  readonly end: LocalDate | null;
  readonly days: number | null;
  readonly requiredDays: number | null;
  readonly status: PostingStatus;
  readonly statusLabel: string;
  readonly timely: boolean | null;
}

export interface ReportTask {
  readonly row: number;
  readonly title: string;
  readonly lead: string | null;
  readonly dueText: string | null;
  readonly due: LocalDate | null;
  readonly completed: LocalDate | null;
  readonly status: TaskStatus;
  /** Days late (done-late, overdue) or left (due-soon, open). */
  readonly days: number | null;
}

export interface FeedbackCounts {
  readonly total: number;
  readonly accepted: number;
  readonly partlyAccepted: number;
  readonly explained: number;
  readonly pending: number;
}

export interface ReportConsultation {
  readonly row: number;
  readonly id: string | null;
  readonly subject: string;
  readonly from: LocalDate | null;
  readonly to: LocalDate | null;
  readonly status: ConsultationStatus;
  readonly feedback: FeedbackCounts;
  readonly resultsPublished: LocalDate | null;
}

export interface ReportFeedback {
  readonly row: number;
  /** The consultation it belongs to (its `Mã đợt`), null when it could not be linked. */
  readonly consultationId: string | null;
  readonly received: LocalDate | null;
  readonly author: string | null;
  readonly area: string | null;
  readonly content: string;
  /** «Điều 5», «khoản 2 Điều 3»: the place in the draft it is about. */
  readonly position: string | null;
  readonly decision: 'accepted' | 'partly-accepted' | 'explained' | null;
  readonly response: string | null;
}

export interface ReportVote {
  readonly row: number;
  readonly title: string;
  readonly kind: string | null;
  readonly area: string | null;
  readonly date: LocalDate | null;
  readonly households: number | null;
  readonly participants: number | null;
  readonly agree: number | null;
  readonly threshold: '2/3' | '>50%' | null;
  readonly passed: boolean | null;
}

export interface ReportFinding {
  readonly sheet: string;
  readonly row: number | null;
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
}

export interface ReportModel {
  readonly unit: ReportUnit;
  /** The day the report is dated (the as-of date). */
  readonly date: LocalDate;
  readonly postings: readonly ReportPosting[];
  readonly tasks: readonly ReportTask[];
  readonly consultations: readonly ReportConsultation[];
  readonly feedback: readonly ReportFeedback[];
  readonly votes: readonly ReportVote[];
  readonly findings: readonly ReportFinding[];
  /** Input errors (errors and warnings) still in the data: the report says how many. */
  readonly inputErrors: number;
  /** Rows of other years than the report's, left out of every count (`period.ts`). */
  readonly outOfPeriod?: readonly OutOfPeriod[];
}

/** The label of postings whose content group the workbook does not record (blank is not «Khác»). */
export const UNKNOWN_GROUP_LABEL = 'Chưa ghi nhóm nội dung';

/** Orders content groups by their khoản of Điều 11; the unknown group (no khoản) last. */
export const byClause = (a: number | null, b: number | null): number => (a ?? Infinity) - (b ?? Infinity) || 0;
