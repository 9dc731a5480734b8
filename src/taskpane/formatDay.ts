import { dayOfWeek, formatVi, parseIso, type LocalDate } from '../domain/calendar/localDate';

// Indexed as `dayOfWeek` counts: 0 = Sunday … 6 = Saturday.
const WEEKDAYS_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

/** @example weekdayVi({ y: 2024, m: 2, d: 10 }) // "Thứ Bảy" */
export function weekdayVi(date: LocalDate): string {
  return WEEKDAYS_VI[dayOfWeek(date)];
}

/**
 * A `YYYY-MM-DD` day as staff read it, weekday first; the raw text if it is not such a day
 * (the screen shows what it was given rather than failing).
 *
 * @example formatDayWithWeekday('2024-02-10') // "Thứ Bảy, 10/02/2024"
 */
export function formatDayWithWeekday(iso: string): string {
  const date = parseIso(iso);
  return date ? `${weekdayVi(date)}, ${formatVi(date)}` : iso;
}
