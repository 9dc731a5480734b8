import { compareDates, type LocalDate } from '../domain/calendar/localDate';

/**
 * The report's period: a year's report counts the rows of that year. A row
 * dated wholly in another year (a 2026 posting in a 2024 book) is out of period: listed as such,
 * never counted, never a shortcoming. A row without dates cannot be placed and stays in (the check
 * flags it).
 */

export interface OutOfPeriod {
  readonly sheet: string;
  readonly row: number;
  /** What the row is about: a posting's content, a task, a consultation, a vote. */
  readonly kind: 'posting' | 'task' | 'consultation' | 'vote';
  readonly title: string;
  /** The day that places it outside the year. */
  readonly date: LocalDate;
}

const first = (year: number): LocalDate => ({ y: year, m: 1, d: 1 });
const last = (year: number): LocalDate => ({ y: year, m: 12, d: 31 });

/**
 * The day that puts a span `from`–`to` outside `year`, or null when it touches the year (or has
 * no dates); a single day is `(d, d)`. @example outsideYear({ y: 2026, m: 1, d: 6 }, null, 2024) // { y: 2026, m: 1, d: 6 }
 */
export function outsideYear(from: LocalDate | null, to: LocalDate | null, year: number): LocalDate | null {
  if (from !== null && compareDates(from, last(year)) > 0) return from;
  if (to !== null && compareDates(to, first(year)) < 0) return to;
  return null; // an open end (a permanent posting) runs into the year
}
