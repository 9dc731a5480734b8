import { DccsError } from '../errors';

/** The calendar answers for Gregorian years 1900–2199: lunar dates, days off, working days. */
export const FIRST_CALENDAR_YEAR = 1900;
export const LAST_CALENDAR_YEAR = 2199;

/**
 * A date or year outside 1900–2199 reached the calendar. Callers check user data with
 * {@link isCalendarYear} first and report an input error; reaching this is a bug.
 */
export class CalendarRangeError extends DccsError {
  override name = 'CalendarRangeError';
}

/**
 * @example isCalendarYear(2024) // true
 * @example isCalendarYear(2200) // false
 */
export function isCalendarYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_CALENDAR_YEAR && year <= LAST_CALENDAR_YEAR;
}

/** Throws {@link CalendarRangeError} unless `year` is in 1900–2199. */
export function assertCalendarYear(year: number): void {
  if (!isCalendarYear(year)) {
    throw new CalendarRangeError(`Năm ${year} nằm ngoài phạm vi lịch ${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR}.`);
  }
}
