import { dayOfWeek, formatVi, parseIso } from '../domain/calendar/localDate';
import { weekdayVi } from '../domain/calendar/weekday';

export { weekdayVi };

/**
 * A `YYYY-MM-DD` day as staff read it, weekday first; the raw text if it is not such a day
 * (the screen shows what it was given rather than failing).
 *
 * @example formatDayWithWeekday('2024-02-10') // "Thứ Bảy, 10/02/2024"
 * @example formatDayWithWeekday('2024-02-10', en.weekdays) // "Saturday, 10/02/2024"
 */
export function formatDayWithWeekday(iso: string, weekdays?: readonly string[]): string {
  const date = parseIso(iso);
  if (!date) return iso;
  return `${weekdays ? weekdays[dayOfWeek(date)] : weekdayVi(date)}, ${formatVi(date)}`;
}
