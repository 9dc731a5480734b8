import type { LocalDate } from '../calendar/localDate';
import type { PostingFormId } from '../vocabulary';

/** Forms of publication (SCHEMA.md, `Hình thức`): the ids of `POSTING_FORMS`. */
export type PostingForm = PostingFormId;

/** Unit level from `Thông tin → Cấp`: agencies follow Chương IV of the Law (CQ_* rules). */
export type UnitKind = 'commune' | 'agency';

/** One row of `Công khai`, already parsed. A null field is blank or unreadable. */
export interface PostingRow {
  readonly sheet: string;
  readonly row: number;
  readonly title: string;
  /**
   * Điều 11 khoản (1–14) of the content group; null when the group is blank or the table has no such
   * column: unknown content, judged by the general 30 days of Điều 13 k2 and said to be assumed
   * (not «Khác», k14, which has no statutory minimum).
   */
  readonly clause: number | null;
  readonly form: PostingForm | null;
  /** Raw form text as typed, for the JSON (`form`). */
  readonly formText: string | null;
  readonly documentDate: LocalDate | null;
  readonly start: LocalDate | null;
  readonly end: LocalDate | null;
  /** `Số ngày yêu cầu` on the row: may raise the law's minimum for this row, never lower it. */
  readonly requiredDaysOverride: number | null;
  /** True when a cell of this row could not be read (its input error is reported separately). */
  readonly hasBadCells: boolean;
}
