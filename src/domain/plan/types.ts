import type { LocalDate } from '../calendar/localDate';

/**
 * What a plan (KẾ HOẠCH) says, read from its text: the metadata of the document, the tasks with
 * their leads and deadlines, the postings with their windows, the consultations with theirs. Every
 * item keeps the excerpt it came from, so the officer can check it before any row is written.
 */

export interface PlanMeta {
  /** The number as written after `Số:` (`52/KH-UBND`; `/KH-UBND` when left blank for signing). */
  readonly number: string | null;
  /** The issuing unit (`UBND xã An Thượng`). */
  readonly unit: string | null;
  /** The place of the dateline (`An Thượng`). */
  readonly place: string | null;
  /** The signing day; null when the dateline leaves the day blank (`ngày   tháng 02 năm 2024`). */
  readonly date: LocalDate | null;
  /** The plan's year: the dateline's, else the one its title names; fills deadlines without a year. */
  readonly year: number | null;
  readonly title: string | null;
}

export interface PlanTask {
  /** The section it stands in (`II.1`, `III.2`), or the table's STT. */
  readonly section: string | null;
  readonly title: string;
  readonly lead: string | null;
  readonly advisor: string | null;
  readonly partners: string | null;
  /** The deadline in the plan's words (`trước ngày 05/9/2024`, `thường xuyên trong năm 2025`). */
  readonly dueText: string | null;
  readonly due: LocalDate | null;
  readonly start: LocalDate | null;
  readonly excerpt: string;
  /** 1-based line of the text the item starts on. */
  readonly line: number;
}

export interface PlanPosting {
  readonly title: string;
  /** A label of `POSTING_FORMS` (`Niêm yết`), or null when the text names no form. */
  readonly form: string | null;
  readonly place: string | null;
  readonly start: LocalDate | null;
  readonly end: LocalDate | null;
  readonly requiredDays: number | null;
  readonly excerpt: string;
  readonly line: number;
}

export interface PlanConsultation {
  readonly title: string;
  readonly from: LocalDate | null;
  readonly to: LocalDate | null;
  readonly excerpt: string;
  readonly line: number;
}

/**
 * A problem in the plan's text: a deadline it cannot read, a plan it cannot find. `code` keys the
 * message table (`messages.ts`); `value` quotes the plan's words.
 */
export interface PlanIssue {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly line: number | null;
  readonly value: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface PlanExtraction {
  readonly plan: PlanMeta;
  readonly tasks: readonly PlanTask[];
  readonly postings: readonly PlanPosting[];
  readonly consultations: readonly PlanConsultation[];
  readonly issues: readonly PlanIssue[];
}
