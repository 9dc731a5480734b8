/**
 * Working days (ngày làm việc): Monday to Friday, less the year's days off, plus its make-up
 * Saturdays. The `Ngày nghỉ` sheet wins over the built-in list ("The user's calendar wins").
 */
import type { DayOffKindId } from '../vocabulary';
import { CalendarRangeError, FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR } from './calendarRange';
import { DAY_COUNT, fromDayIndex, toDayIndex, yearOfIndex } from './dayIndex';
import { daysOffFor, type YearDaysOff } from './holidays';
import type { LocalDate } from './localDate';
import { effectiveRows } from './provisional';

/** One row of the user's `Ngày nghỉ` sheet, as read (`src/app/settings/daysOff.ts`). */
export interface UserDayRow {
  readonly date: LocalDate;
  readonly kind: DayOffKindId;
  readonly name?: string;
}

/**
 * The working days of 1900–2199. Build it with {@link buildWorkCalendar}; treat it as opaque. Each
 * year is worked out on first use and kept as one byte per day, so a lookup is an array read.
 */
export interface WorkCalendar {
  readonly builtIn: (year: number) => YearDaysOff;
  readonly userRows: ReadonlyMap<number, readonly UserDayRow[]>;
  /** Per day from 1900-01-01: 0 not yet worked out, 1 working, 2 off. A private cache. */
  readonly state: Uint8Array;
}

const WORKING = 1;
const OFF = 2;

/**
 * A work calendar from the built-in days off (`daysOffFor` unless given) and the user's rows. Where
 * the `Ngày nghỉ` sheet has any row dated in a year, its rows *replace* the built-in list of that
 * year — days off and make-up days alike — so a day the user deletes is no longer off, and a year
 * the sheet does not mention keeps the built-in list. Rows outside 1900–2199 are ignored.
 *
 * @example
 * const cal = buildWorkCalendar(daysOffFor, [{ date: { y: 2024, m: 11, d: 25 }, kind: 'day-off' }]);
 * isWorkingDay(cal, { y: 2024, m: 11, d: 25 }) // false
 * isWorkingDay(cal, { y: 2024, m: 4, d: 18 }) // true: the sheet lists 2024 without Giỗ Tổ
 */
export function buildWorkCalendar(
  builtIn: (year: number) => YearDaysOff = daysOffFor,
  userRows: readonly UserDayRow[] = [],
): WorkCalendar {
  const byYear = new Map<number, UserDayRow[]>();
  for (const row of userRows) {
    if (row.date.y < FIRST_CALENDAR_YEAR || row.date.y > LAST_CALENDAR_YEAR) continue;
    const list = byYear.get(row.date.y);
    if (list) list.push(row);
    else byYear.set(row.date.y, [row]);
  }
  return { builtIn, userRows: byYear, state: new Uint8Array(DAY_COUNT) };
}

let builtInOnly: WorkCalendar | null = null;

/**
 * The calendar of the built-in days off alone, shared: for a check that was given no workbook
 * calendar (the `Ngày nghỉ` sheet's rows still win where a caller passes its own).
 */
export function builtInCalendar(): WorkCalendar {
  builtInOnly ??= buildWorkCalendar();
  return builtInOnly;
}

function fillYear(cal: WorkCalendar, year: number): void {
  const start = toDayIndex({ y: year, m: 1, d: 1 });
  const end = toDayIndex({ y: year, m: 12, d: 31 });
  // 1900-01-01 was a Monday: index i is a weekday when i mod 7 is 0–4.
  for (let i = start; i <= end; i++) cal.state[i] = i % 7 < 5 ? WORKING : OFF;
  const set = (date: LocalDate, value: number) => { cal.state[toDayIndex(date)] = value; };
  const user = cal.userRows.get(year);
  const builtIn = cal.builtIn(year);
  if (user) {
    // The add-in's own «dự kiến» rows give way to an official list built in since (`provisional.ts`).
    for (const row of effectiveRows(user, builtIn)) set(row.date, row.kind === 'day-off' ? OFF : WORKING);
    return;
  }
  const { daysOff, makeUpWorkdays } = builtIn;
  for (const day of daysOff) set(day.date, OFF);
  for (const day of makeUpWorkdays) set(day.date, WORKING);
}

/** State of the day at index `i` (days from 1900-01-01), working out its year on first use. */
function stateAt(cal: WorkCalendar, i: number): number {
  if (!(i >= 0 && i < DAY_COUNT)) {
    throw new CalendarRangeError(`Phép tính ngày làm việc vượt ra ngoài phạm vi lịch ${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR}.`);
  }
  const s = cal.state[i];
  if (s !== 0) return s;
  fillYear(cal, yearOfIndex(i));
  return cal.state[i];
}

/**
 * @example isWorkingDay(buildWorkCalendar(), { y: 2024, m: 5, d: 4 }) // true: a make-up Saturday
 * @example isWorkingDay(buildWorkCalendar(), { y: 2024, m: 2, d: 12 }) // false: Tết
 */
export function isWorkingDay(cal: WorkCalendar, date: LocalDate): boolean {
  return stateAt(cal, toDayIndex(date)) === WORKING;
}

/**
 * The day on which `n` working days after `date` are complete: counting starts the next day (Bộ
 * luật Dân sự 2015, Điều 147 khoản 1), skipping days off. `n = 0` gives `date`; a negative `n`
 * counts back. Throws {@link CalendarRangeError} when the count leaves 1900–2199.
 *
 * @example addWorkingDays(buildWorkCalendar(), { y: 2024, m: 2, d: 6 }, 5) // { y: 2024, m: 2, d: 20 }: over Tết
 */
export function addWorkingDays(cal: WorkCalendar, date: LocalDate, n: number): LocalDate {
  let i = toDayIndex(date);
  const step = n < 0 ? -1 : 1;
  for (let left = n < 0 ? -n : n; left > 0;) {
    i += step;
    if (stateAt(cal, i) === WORKING) left--;
  }
  return fromDayIndex(i);
}

/**
 * Working days after `from` up to and including `to` — the inverse of {@link addWorkingDays}:
 * `countWorkingDays(cal, d, addWorkingDays(cal, d, n)) === n`. Negative when `to` is before `from`.
 *
 * @example countWorkingDays(buildWorkCalendar(), { y: 2024, m: 4, d: 26 }, { y: 2024, m: 5, d: 6 }) // 4: 2/5, 3/5, Saturday 4/5 (làm bù), 6/5
 */
export function countWorkingDays(cal: WorkCalendar, from: LocalDate, to: LocalDate): number {
  const a = toDayIndex(from);
  const b = toDayIndex(to);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let i = lo + 1; i <= hi; i++) if (stateAt(cal, i) === WORKING) count++;
  return sign * count;
}
