import { isCalendarYear } from '../domain/calendar/calendarRange';
import { daysOffFor } from '../domain/calendar/holidays';
import { compareDates } from '../domain/calendar/localDate';
import { provisionalName } from '../domain/calendar/provisional';
import { DAY_OFF_KINDS, type DayOffKindId } from '../domain/vocabulary';
import type { DocValue } from './document';

const label = (id: DayOffKindId) => DAY_OFF_KINDS.entries.find((e) => e.id === id)!.label;

/**
 * The rows of `Ngày nghỉ` for the report year, under its headers Ngày · Tên · Loại: the weekdays
 * off and the make-up Saturdays, by date. A user corrects them there, and every check reads them
 * back (`src/app/settings/daysOff.ts`). A year outside 1900–2199 gets no rows. A year with no official
 * notice built in (2027 today) is computed: every name ends «(dự kiến)», so a later version with the
 * official list replaces these rows and keeps a person's own (`domain/calendar/provisional.ts`).
 *
 * @example
 * daysOffRows(2024)[0] // [{ y: 2024, m: 1, d: 1 }, 'Tết Dương lịch', 'Nghỉ']
 */
export function daysOffRows(year: number): DocValue[][] {
  if (!isCalendarYear(year)) return [];
  const { daysOff, makeUpWorkdays, provisional } = daysOffFor(year);
  const name = (n: string) => (provisional ? provisionalName(n) : n);
  return [
    ...daysOff.map((d) => ({ ...d, kind: label('day-off') })),
    ...makeUpWorkdays.map((d) => ({ ...d, kind: label('make-up-workday') })),
  ]
    .sort((a, b) => compareDates(a.date, b.date))
    .map((d) => [d.date, name(d.name), d.kind]);
}
