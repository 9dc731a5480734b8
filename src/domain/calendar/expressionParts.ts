import { daysInMonth, makeDate, type LocalDate } from './localDate';
import type { PartOfMonth } from './period';
import type { ExpressionProblem, Resolved } from './timeExpressions';

/**
 * The building blocks of the time-expression rules (`timeExpressions.ts`, `moreExpressions.ts`):
 * a rule is a sticky regular expression on folded text and the span it names.
 */

export const YEAR_MIN = 1900;
export const YEAR_MAX = 2199;

export const span = (first: LocalDate, last: LocalDate = first): Resolved => ({ span: { first, last } });
export const problem = (code: string, params?: Record<string, number>): Resolved => ({ problem: params ? { code, params } : { code } });

/** A typed year (2 digits = 20xx), the fallback year, or a problem. */
export function yearOf(typed: string | undefined, fallback: number | null): number | ExpressionProblem {
  if (typed === undefined) return fallback ?? { code: 'deadline-needs-year' };
  const y = typed.length === 2 ? 2000 + Number(typed) : Number(typed);
  return y < YEAR_MIN || y > YEAR_MAX ? { code: 'deadline-year-range', params: { year: y } } : y;
}

export function day(d: number, m: number, typed: string | undefined, fallback: number | null): Resolved {
  const y = yearOf(typed, fallback);
  if (typeof y !== 'number') return { problem: y };
  if (m < 1 || m > 12) return problem('deadline-impossible-month', { month: m, year: y });
  const date = makeDate(y, m, d);
  return date ? span(date) : problem('deadline-impossible', { day: d, month: m, year: y });
}

export function months(first: number, last: number, typed: string | undefined, fallback: number | null): Resolved {
  const y = yearOf(typed, fallback);
  if (typeof y !== 'number') return { problem: y };
  if (first < 1 || last > 12 || first > last) return problem('deadline-impossible-month', { month: first < 1 || first > 12 ? first : last, year: y });
  return span({ y, m: first, d: 1 }, { y, m: last, d: daysInMonth(y, last) });
}

export const PART: Record<string, PartOfMonth> = { dau: 'start', giua: 'middle', cuoi: 'end' };
export const QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

// `tháng 4/2024`, `tháng 4 năm 2024`, `tháng 4-2024`, `Quý III/2024`: a year after a month or quarter.
export const YEAR_TAIL = String.raw`(?: ?[/.-] ?(\d{4}|\d{2})(?![\d/])|,? nam (\d{4}))?`;

export interface Rule {
  readonly re: RegExp;
  readonly precision: 'day' | 'period';
  /** The capture groups holding the year, if any; none typed makes the expression yearless. */
  readonly yearGroups: readonly number[];
  readonly build: (m: RegExpExecArray, year: string | undefined, fallback: number | null) => Resolved;
  readonly needsMarker?: (m: RegExpExecArray) => boolean;
}

export const rule = (source: string, precision: Rule['precision'], yearGroups: number[], build: Rule['build'], needsMarker?: Rule['needsMarker']): Rule =>
  ({ re: new RegExp(source, 'y'), precision, yearGroups, build, needsMarker });

