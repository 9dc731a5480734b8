import { dayOfWeek, type LocalDate } from './localDate';

// Indexed as `dayOfWeek` counts: 0 = Sunday … 6 = Saturday.
const WEEKDAYS_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

/** The Vietnamese name of a day's weekday. @example weekdayVi({ y: 2024, m: 2, d: 10 }) // "Thứ Bảy" */
export function weekdayVi(date: LocalDate): string {
  return WEEKDAYS_VI[dayOfWeek(date)];
}
