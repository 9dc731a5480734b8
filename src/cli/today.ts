import type { LocalDate } from '../domain/calendar/localDate';

/**
 * Today on the user's wall clock: the one place the CLI reads the clock. Local getters are right
 * here (the officer's "today"), unlike dates read from a file, which carry no time zone.
 */
export function todayFromClock(now: Date = new Date()): LocalDate {
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}
