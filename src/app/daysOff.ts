import { daysOffFor } from '../domain/calendar/holidays';
import { buildWorkCalendar, type UserDayRow, type WorkCalendar } from '../domain/calendar/workingDays';
import type { Issue } from '../domain/issues';
import type { SheetGrid } from '../sheets/grid';
import { DAYS_OFF_SHEET, type RecordOf } from '../sheets/schema';
import { readTable, type TableRead } from '../sheets/table';

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
 * `Ngày nghỉ` sheet where it has rows. A workbook without the sheet uses the built-in list (an
 * `info` issue says so); unreadable rows are input errors and the rest still counts.
 */
export function readWorkCalendar(grid: SheetGrid | null): { calendar: WorkCalendar; issues: readonly Issue[] } {
  const read = readTable(grid, DAYS_OFF_SHEET, { missingSeverity: 'info' });
  return { calendar: buildWorkCalendar(daysOffFor, toUserDayRows(read)), issues: read.issues };
}
