/**
 * Days of the calendar range as indexes from 1900-01-01 (a Monday), converted by table look-ups.
 *
 * Why not `toDayNumber`/`fromDayNumber`: they are exact but call `Math.floor` a dozen times, and a
 * global look-up such as `Math` is slow where code runs in a `vm` context (jest, some add-in
 * sandboxes). The working-day loop converts a date twice per call, so it uses these instead:
 * typed-array reads, integer arithmetic and `| 0`.
 */
import { CalendarRangeError, FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR } from './calendarRange';
import { formatIso, toDayNumber, type LocalDate } from './localDate';

const YEARS = LAST_CALENDAR_YEAR - FIRST_CALENDAR_YEAR + 1;
const ORIGIN = toDayNumber({ y: FIRST_CALENDAR_YEAR, m: 1, d: 1 });

/** Index of 1 January of each year 1900–2200 (the last one ends the range). */
const YEAR_START = Int32Array.from({ length: YEARS + 1 }, (_, i) => toDayNumber({ y: FIRST_CALENDAR_YEAR + i, m: 1, d: 1 }) - ORIGIN);
/** Day of the year (0-based) before the first of each month, common and leap years; [12] ends December. */
const MONTH_START = [
  Int16Array.of(0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365),
  Int16Array.of(0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366),
];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Number of days in the range: indexes run from 0 to DAY_COUNT − 1. */
export const DAY_COUNT = YEAR_START[YEARS];

/**
 * Index of a day of 1900–2199 (0 = 1900-01-01); throws {@link CalendarRangeError} outside it.
 * @example toDayIndex({ y: 1900, m: 3, d: 1 }) // 59
 */
export function toDayIndex(date: LocalDate): number {
  const i = date.y - FIRST_CALENDAR_YEAR;
  if (!(i >= 0 && i < YEARS)) {
    throw new CalendarRangeError(`Ngày ${formatIso(date)} nằm ngoài phạm vi lịch ${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR}.`);
  }
  return YEAR_START[i] + MONTH_START[isLeap(date.y) ? 1 : 0][date.m - 1] + date.d - 1;
}

/**
 * Year of a day index (0 ≤ index < DAY_COUNT).
 * @example yearOfIndex(365) // 1901
 */
export function yearOfIndex(index: number): number {
  let i = (index / 365.2425) | 0;
  while (YEAR_START[i] > index) i--;
  while (YEAR_START[i + 1] <= index) i++;
  return FIRST_CALENDAR_YEAR + i;
}

/**
 * The day of an index; throws {@link CalendarRangeError} outside 0 … DAY_COUNT − 1.
 * @example fromDayIndex(59) // { y: 1900, m: 3, d: 1 }
 */
export function fromDayIndex(index: number): LocalDate {
  if (!(index >= 0 && index < DAY_COUNT)) {
    throw new CalendarRangeError(`Ngày nằm ngoài phạm vi lịch ${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR}.`);
  }
  const y = yearOfIndex(index);
  const doy = index - YEAR_START[y - FIRST_CALENDAR_YEAR];
  const months = MONTH_START[isLeap(y) ? 1 : 0];
  let m = 1;
  while (months[m] <= doy) m++;
  return { y, m, d: doy - months[m - 1] + 1 };
}
