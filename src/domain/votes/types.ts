import type { LocalDate } from '../calendar/localDate';
import type { WorkCalendar } from '../calendar/workingDays';
import type { Finding } from '../findings';
import type { RuleSet } from '../rules/resolve';
import type { VoteKindId, VoteMethodId } from '../vocabulary';

/** The cells of a `Biểu quyết` row the check reads; problems name one of them. */
export type VoteField = 'kind' | 'date' | 'households' | 'participants' | 'agree' | 'sentToCommune';

/** One row of `Biểu quyết` (Luật 10/2022/QH15, Điều 15, 20, 21), already parsed. Null = blank or unreadable. */
export interface VoteRow {
  readonly sheet: string;
  readonly row: number;
  readonly title: string;
  readonly kind: VoteKindId | null;
  readonly method: VoteMethodId | null;
  /** Day of the meeting, or the last day for ballots / online votes (Điều 20 khoản 3). */
  readonly date: LocalDate | null;
  readonly households: number | null;
  readonly participants: number | null;
  readonly agree: number | null;
  readonly sentToCommune: LocalDate | null;
  /** Cells filled but unreadable: their input error is already reported, so no "missing" on top. */
  readonly unreadable: readonly VoteField[];
}

/** What the vote check needs of the check context (structurally `CheckContext`). */
export interface VoteContext {
  readonly asOf: LocalDate;
  readonly rules: RuleSet;
  readonly calendar: WorkCalendar;
}

/** An input error found by the vote check; the app turns it into an `Issue` on the field's column. */
export interface VoteProblem {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly field: VoteField;
  readonly value: string | null;
  /** `other`: the second field a comparison names. */
  readonly other?: VoteField;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The Điều 21 khoản 1 threshold of a kind of matter. */
export type VoteThreshold = '2/3' | '>50%';

export interface VoteResult {
  readonly threshold: VoteThreshold | null;
  /** Null when a count or the kind is missing, unreadable or inconsistent. */
  readonly passed: boolean | null;
  /**
   * The form of deciding is one Điều 17 khoản 2 allows for the matter; false: not recognised (Điều 22
   * khoản 1 điểm b) whatever the tally; null: form or kind unknown, or ballots that need Điều 19 k1 b.
   */
  readonly formAllowed: boolean | null;
  /** Agreeing households needed to pass; null without households or kind. */
  readonly needed: number | null;
  /** Last day to send a passed decision to UBND xã (Điều 20 khoản 3); null when there is no such duty known. */
  readonly sendBy: LocalDate | null;
  readonly sentInTime: boolean | null;
  /** Working days late: sent late, or not sent with the day passed (counted to the as-of date). */
  readonly lateDays: number | null;
  /** The tally's verdict with its article (a Finding only when the vote failed; kept for explanations). */
  readonly outcome: Finding | null;
  readonly findings: readonly Finding[];
  readonly problems: readonly VoteProblem[];
}
