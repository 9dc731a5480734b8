import type { LocalDate } from '../domain/calendar/localDate';

/**
 * Today on the user's own calendar. The ONE place the task pane reads the clock: the core never
 * does (the as-of date is an argument). Local getters on purpose — staff in Việt Nam mean their
 * own day, and reading UTC would give yesterday before 07:00.
 */
export function today(now: Date = new Date()): LocalDate {
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}
