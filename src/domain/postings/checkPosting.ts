import { addDays, compareDates, type LocalDate } from '../calendar/localDate';
import { countDays } from '../calendar/period';
import type { Requirement } from './requirement';
import type { PostingRow } from './types';

// Bộ luật Dân sự 2015, Điều 147–148: the counting lives with the calendar; re-exported for callers.
export { countDays };

export type PostingStatus =
  | 'met' | 'short' | 'ongoing' | 'planned' | 'permanent' | 'no-requirement' | 'missing-data' | 'invalid';

/** The verdict on one posting row; `explainPosting` turns it into Vietnamese. */
export interface PostingVerdict {
  readonly status: PostingStatus;
  /** Counted length from start to (planned) end, SCHEMA.md `days`; null without an end or when uncountable. */
  readonly days: number | null;
  /** Days counted so far, through the as-of date, for a posting up on that date (started, end not passed); else null. */
  readonly elapsed: number | null;
  readonly requiredDays: number | null;
  /** For `ongoing`: days still needed, and the day at whose end the requirement is reached. */
  readonly remaining: number | null;
  readonly reachedOn: LocalDate | null;
  /** Why the row is `missing-data` or `invalid`. */
  readonly reason: 'no-start' | 'no-form' | 'end-before-start' | 'bad-cells' | 'taken-down' | null;
}

export interface CountingOptions {
  readonly asOf: LocalDate;
  /** `TINH_NGAY_DAU` = 1: the unit counts the first day too; default (false) is the Civil Code. */
  readonly countFirstDay: boolean;
}

const verdict = (status: PostingStatus, v: Partial<PostingVerdict> = {}): PostingVerdict => ({
  status, days: null, elapsed: null, requiredDays: null, remaining: null, reachedOn: null, reason: null, ...v,
});

/**
 * Checks one posting against its requirement as of a date (SCHEMA.md, posting `status`).
 * A running posting is counted through the end of the as-of date.
 */
export function checkPosting(p: PostingRow, req: Requirement, opts: CountingOptions): PostingVerdict {
  const { asOf, countFirstDay } = opts;
  const required = req.kind === 'days' ? req.days : null;
  if (p.hasBadCells) return verdict('invalid', { requiredDays: required, reason: 'bad-cells' });
  if (p.start && p.end && compareDates(p.end, p.start) < 0) {
    return verdict('invalid', { requiredDays: required, reason: 'end-before-start' });
  }
  const length = p.start && p.end ? countDays(p.start, p.end, countFirstDay) : null;
  if (p.form === null && req.kind !== 'days') return verdict('missing-data', { days: length, reason: 'no-form' });
  if (req.kind === 'none') return verdict('no-requirement', { days: length });
  if (!p.start) return verdict('missing-data', { requiredDays: required, reason: 'no-start' });

  const started = compareDates(p.start, asOf) <= 0;
  const up = started && (!p.end || compareDates(p.end, asOf) >= 0);
  const elapsed = up ? countDays(p.start, asOf, countFirstDay) : null;
  if (req.kind === 'permanent') {
    if (!started) return verdict('planned', { days: length });
    if (p.end && compareDates(p.end, asOf) < 0) return verdict('short', { days: length, reason: 'taken-down' });
    return verdict('permanent', { days: length, elapsed });
  }

  const need = req.days;
  // Counting the first day shifts the day on which the requirement is reached one day earlier.
  const reachedOn = addDays(p.start, need - (countFirstDay ? 1 : 0));
  if (!started) {
    // A planned end too early is flagged now, while it can still be changed.
    if (length !== null && length < need) return verdict('short', { days: length, requiredDays: need, reachedOn });
    return verdict('planned', { days: length, requiredDays: need, reachedOn });
  }
  if (length !== null && length < need) {
    // Still up: say until when it must stay; already taken down: it is too late to say.
    const stillUp = compareDates(p.end!, asOf) >= 0;
    return verdict('short', { days: length, elapsed, requiredDays: need, reachedOn: stillUp ? reachedOn : null });
  }
  const soFar = countDays(p.start, asOf, countFirstDay);
  // Requirement reached by the as-of date; `days` stays the whole (planned) length, `elapsed` what is behind.
  if (soFar >= need) return verdict('met', { days: length, elapsed, requiredDays: need, reachedOn });
  return verdict('ongoing', { days: length, elapsed: soFar, requiredDays: need, remaining: need - soFar, reachedOn });
}
