import { daysOffFor, type NamedDay } from '../../domain/calendar/holidays';
import { formatIso } from '../../domain/calendar/localDate';
import { hungKingsOf, tetOf } from '../../domain/calendar/lunar';
import { buildWorkCalendar, type UserDayRow, type WorkCalendar } from '../../domain/calendar/workingDays';
import type { Issue } from '../../domain/issues';
import type { SheetGrid } from '../../sheets/grid';
import { DAYS_OFF_SHEET, type RecordOf } from '../../sheets/schema';
import { readTable, type TableRead } from '../../sheets/table';

/**
 * The usable rows of `Ngày nghỉ`: a row whose date or `Loại` could not be read is left out (its
 * input error, with sheet, row and column, is already among `readTable`'s issues); a blank `Loại`
 * means `Nghỉ` (the vocabulary's default).
 *
 * @example
 * toUserDayRows(readTable(grid, DAYS_OFF_SHEET))
 * // [{ date: { y: 2024, m: 11, d: 25 }, kind: 'day-off', name: 'Ngày Văn hóa Việt Nam' }]
 */
export function toUserDayRows(read: TableRead<RecordOf<typeof DAYS_OFF_SHEET>>): UserDayRow[] {
  const rows: UserDayRow[] = [];
  for (const { record, invalid } of read.rows) {
    if (invalid.length > 0 || !record.date) continue;
    rows.push({ date: record.date, kind: record.kind ?? 'day-off', ...(record.name ? { name: record.name } : {}) });
  }
  return rows;
}

/**
 * The work calendar every check uses: the built-in days off, replaced year by year by the
 * `Ngày nghỉ` sheet where it has rows. A workbook without the sheet uses the built-in list (no
 * message: that is the default); unreadable rows are input errors and the rest still counts.
 */
export function readWorkCalendar(grid: SheetGrid | null): { calendar: WorkCalendar; issues: readonly Issue[] } {
  if (!grid) return { calendar: buildWorkCalendar(daysOffFor, []), issues: [] };
  const read = readTable(grid, DAYS_OFF_SHEET);
  return { calendar: buildWorkCalendar(daysOffFor, toUserDayRows(read)), issues: read.issues };
}

/** `dccs holidays --json` and the task pane's settings (SCHEMA.md): dates as YYYY-MM-DD. */
export interface HolidayReport {
  readonly year: number;
  readonly tet: string;
  readonly hungKings: string;
  readonly daysOff: readonly { readonly date: string; readonly name: string }[];
  readonly makeUpWorkdays: readonly { readonly date: string; readonly name: string }[];
  /** The official notice, or `computed`. */
  readonly source: string;
}

/**
 * The year's Tết, Giỗ Tổ, weekdays off and make-up Saturdays with their source, for 1900–2199
 * (check the year with `isCalendarYear` first; outside it this throws `CalendarRangeError`).
 *
 * @example holidayReport(2025).tet // '2025-01-29'
 */
export function holidayReport(year: number): HolidayReport {
  const { daysOff, makeUpWorkdays, source } = daysOffFor(year);
  const iso = (days: readonly NamedDay[]) => days.map((d) => ({ date: formatIso(d.date), name: d.name }));
  return {
    year, tet: formatIso(tetOf(year)), hungKings: formatIso(hungKingsOf(year)),
    daysOff: iso(daysOff), makeUpWorkdays: iso(makeUpWorkdays), source,
  };
}
