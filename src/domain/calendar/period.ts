import { addDays, daysInMonth, diffDays, makeDate, type LocalDate } from './localDate';

/**
 * The Civil Code's way of counting a period (Bộ luật Dân sự 2015, Điều 144–148), as small pure
 * functions. Periods are counted by the Gregorian calendar (Điều 145 khoản 2). A period counted in
 * days, weeks, months or years does not count its first day (Điều 147 khoản 2), nor the day of the
 * event it runs from (Điều 147 khoản 3), and ends at the end (24:00) of its last day (Điều 148).
 * A unit's `Quy định` sheet may switch to counting the first day too (`countFirstDay`).
 */

export interface PeriodOptions {
  /** Count the event's own day as day 1 (a unit's rule); false is the Civil Code. */
  readonly countFirstDay: boolean;
  /**
   * Bộ luật Dân sự 2015, Điều 148 khoản 5: a period whose last day is a weekend or a holiday ends at
   * the end of the next working day. Pass the working-day calendar to apply it; without it the
   * last day is kept as counted.
   */
  readonly isWorkingDay?: (day: LocalDate) => boolean;
}

/**
 * Length in days of a period from the event day `from` to the end of `to`.
 * Bộ luật Dân sự 2015, Điều 147 khoản 3: the event's day is not counted; Điều 148 khoản 1: the
 * period ends at the end of its last day.
 * @example countDays({ y: 2024, m: 2, d: 15 }, { y: 2024, m: 3, d: 6 }, false) // 20
 * @example countDays({ y: 2024, m: 2, d: 15 }, { y: 2024, m: 3, d: 6 }, true) // 21
 */
export function countDays(from: LocalDate, to: LocalDate, countFirstDay: boolean): number {
  return diffDays(to, from) + (countFirstDay ? 1 : 0);
}

/**
 * The first counted day of a period that runs from the event day `event`.
 * Bộ luật Dân sự 2015, Điều 147 khoản 2–3: the next day, unless the unit counts the first day.
 * @example startPeriod({ y: 2024, m: 2, d: 15 }, { countFirstDay: false }) // { y: 2024, m: 2, d: 16 }
 */
export function startPeriod(event: LocalDate, opts: Pick<PeriodOptions, 'countFirstDay'>): LocalDate {
  return opts.countFirstDay ? event : addDays(event, 1);
}

/** Điều 148 khoản 5: a last day that is not a working day moves to the next working day. */
function rollForward(last: LocalDate, isWorkingDay: PeriodOptions['isWorkingDay']): LocalDate {
  if (!isWorkingDay) return last;
  let day = last;
  // A year has no run of 30 days off; the bound only guards a calendar that says "never".
  for (let i = 0; i < 30 && !isWorkingDay(day); i++) day = addDays(day, 1);
  return day;
}

/**
 * The end of a time limit for doing something that falls on `due` (a plan deadline, a synthesis
 * deadline): a day off moves it to the next working day (Bộ luật Dân sự 2015, Điều 148 khoản 5).
 * Not for a duration that must run continuously (a posting's 30 days): those are counted as days.
 * @example endOfTimeLimit({ y: 2024, m: 8, d: 31 }, isWorkingDayOf(cal)) // { due: { y: 2024, m: 9, d: 4 }, movedFrom: { y: 2024, m: 8, d: 31 } }
 */
export function endOfTimeLimit(due: LocalDate, isWorkingDay: (day: LocalDate) => boolean): { due: LocalDate; movedFrom: LocalDate | null } {
  const moved = rollForward(due, isWorkingDay);
  return moved === due ? { due, movedFrom: null } : { due: moved, movedFrom: due };
}

/**
 * The last day (ending at its 24:00) of a period of `days` days from the event day `start`.
 * Bộ luật Dân sự 2015, Điều 147 khoản 3 and Điều 148 khoản 1.
 * @example periodEnd({ y: 2024, m: 2, d: 15 }, 20, { countFirstDay: false }) // { y: 2024, m: 3, d: 6 }
 * @example periodEnd({ y: 2024, m: 2, d: 15 }, 20, { countFirstDay: true }) // { y: 2024, m: 3, d: 5 }
 */
export function periodEnd(start: LocalDate, days: number, opts: PeriodOptions): LocalDate {
  const last = addDays(start, days - (opts.countFirstDay ? 1 : 0));
  return rollForward(last, opts.isWorkingDay);
}

/**
 * The last day of a period of `weeks` weeks from `start`: the same weekday of the last week
 * (Bộ luật Dân sự 2015, Điều 148 khoản 2).
 * @example periodEndWeeks({ y: 2024, m: 2, d: 15 }, 2, { countFirstDay: false }) // { y: 2024, m: 2, d: 29 }
 */
export function periodEndWeeks(start: LocalDate, weeks: number, opts: PeriodOptions): LocalDate {
  return periodEnd(start, weeks * 7, opts);
}

/**
 * The last day of a period of `months` months from `start`: the same day of the last month, or
 * that month's last day when it has no such day (Bộ luật Dân sự 2015, Điều 148 khoản 3).
 * @example periodEndMonths({ y: 2024, m: 1, d: 31 }, 1, { countFirstDay: false }) // { y: 2024, m: 2, d: 29 }
 * @example periodEndMonths({ y: 2024, m: 3, d: 15 }, 3, { countFirstDay: false }) // { y: 2024, m: 6, d: 15 }
 */
export function periodEndMonths(start: LocalDate, months: number, opts: PeriodOptions): LocalDate {
  const index = start.y * 12 + (start.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const same = makeDate(y, m, Math.min(start.d, daysInMonth(y, m)))!;
  return rollForward(opts.countFirstDay ? addDays(same, -1) : same, opts.isWorkingDay);
}

/**
 * The last day of a period of `years` years from `start`: the same day and month of the last
 * year; 29/02 becomes 28/02 in a common year (Bộ luật Dân sự 2015, Điều 148 khoản 4).
 * @example periodEndYears({ y: 2024, m: 2, d: 29 }, 1, { countFirstDay: false }) // { y: 2025, m: 2, d: 28 }
 */
export function periodEndYears(start: LocalDate, years: number, opts: PeriodOptions): LocalDate {
  return periodEndMonths(start, years * 12, opts);
}

export type PartOfMonth = 'start' | 'middle' | 'end';

/**
 * Bộ luật Dân sự 2015, Điều 146 khoản 2: đầu tháng is the first day, giữa tháng the fifteenth,
 * cuối tháng the last day of the month.
 * @example pointOfMonth(2024, 2, 'end') // { y: 2024, m: 2, d: 29 }
 */
export function pointOfMonth(y: number, m: number, part: PartOfMonth): LocalDate {
  const d = part === 'start' ? 1 : part === 'middle' ? 15 : daysInMonth(y, m);
  return { y, m, d };
}

/**
 * Bộ luật Dân sự 2015, Điều 146 khoản 3: đầu năm is the first day of January, giữa năm the last
 * day of June, cuối năm the last day of December.
 * @example pointOfYear(2024, 'middle') // { y: 2024, m: 6, d: 30 }
 */
export function pointOfYear(y: number, part: PartOfMonth): LocalDate {
  if (part === 'start') return { y, m: 1, d: 1 };
  return part === 'middle' ? { y, m: 6, d: 30 } : { y, m: 12, d: 31 };
}
