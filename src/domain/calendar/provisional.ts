import { FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR } from './calendarRange';
import { compareDates, type LocalDate } from './localDate';
import type { NamedDay } from './holidays';
import type { UserDayRow, WorkCalendar } from './workingDays';

/**
 * Provisional calendars (RULES.md, corrections): a year with no built-in official notice is the
 * Labour Code computed, «dự kiến» until the Prime Minister fixes it. The add-in marks the rows it
 * writes into `Ngày nghỉ` for such a year with {@link PROVISIONAL_MARK} at the end of `Tên`, so a
 * later version that has the official list can tell its own guesses from a person's rows.
 */
export const PROVISIONAL_MARK = '(dự kiến)';

/** A row name as the add-in writes it for a provisional year: «Tết Âm lịch (mùng 1) (dự kiến)». */
export function provisionalName(name: string): string {
  return isProvisionalName(name) ? name : `${name} ${PROVISIONAL_MARK}`;
}

/** True for a name the add-in wrote as provisional (the mark at its end; spacing and case ignored). */
export function isProvisionalName(name: string | undefined): boolean {
  return name !== undefined && /\(\s*dự kiến\s*\)\s*$/iu.test(name.normalize('NFC'));
}

/**
 * The user's rows of one year as the calendar uses them. Where the built-in list of the year is
 * official and some rows are the add-in's own provisional ones, those rows never outlive the notice:
 * they are dropped, the official list comes in, and the person's own rows still win on their dates.
 * @example effectiveRows([{ date: 16/2/2027, kind: 'day-off', name: 'Tết Âm lịch (dự kiến)' }], officialList) // officialList's rows
 */
export function effectiveRows(rows: readonly UserDayRow[], builtIn: { daysOff: readonly NamedDay[]; makeUpWorkdays: readonly NamedDay[]; provisional: boolean }): readonly UserDayRow[] {
  if (builtIn.provisional || !rows.some((r) => isProvisionalName(r.name))) return rows;
  const own = rows.filter((r) => !isProvisionalName(r.name));
  const taken = new Set(own.map((r) => `${r.date.m}-${r.date.d}`));
  const official: UserDayRow[] = [
    ...builtIn.daysOff.map((d) => ({ date: d.date, kind: 'day-off' as const, name: d.name })),
    ...builtIn.makeUpWorkdays.map((d) => ({ date: d.date, kind: 'make-up-workday' as const, name: d.name })),
  ].filter((r) => !taken.has(`${r.date.m}-${r.date.d}`));
  return [...official, ...own];
}

/**
 * The provisional days off a span of working-day arithmetic crosses, after `from` through `to`: the
 * computed days of a year with no official notice and no rows of the user's, and the add-in's own
 * «dự kiến» rows. A verdict that counted over one of them says it is provisional.
 * @example provisionalDaysOff(buildWorkCalendar(), 1/2/2027, 15/2/2027).length // 5: Tết 2027 is computed
 */
export function provisionalDaysOff(cal: WorkCalendar, from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let y = Math.max(from.y, FIRST_CALENDAR_YEAR); y <= Math.min(to.y, LAST_CALENDAR_YEAR); y++) {
    for (const d of provisionalOfYear(cal, y)) if (compareDates(d, from) > 0 && compareDates(d, to) <= 0) out.push(d);
  }
  return out;
}

// Checks ask this for every row with a deadline: each calendar keeps its answer per year.
const BY_CALENDAR = new WeakMap<WorkCalendar, Map<number, readonly LocalDate[]>>();

function provisionalOfYear(cal: WorkCalendar, y: number): readonly LocalDate[] {
  let years = BY_CALENDAR.get(cal);
  if (!years) BY_CALENDAR.set(cal, (years = new Map()));
  const known = years.get(y);
  if (known) return known;
  const user = cal.userRows.get(y);
  const builtIn = cal.builtIn(y);
  const days = !builtIn.provisional ? []
    : user ? user.filter((r) => r.kind === 'day-off' && isProvisionalName(r.name)).map((r) => r.date)
      : builtIn.daysOff.map((d) => d.date);
  years.set(y, days);
  return days;
}

/** The years of provisional days, for a message: «2027». */
export function provisionalYears(days: readonly LocalDate[]): string {
  return [...new Set(days.map((d) => d.y))].join(', ');
}

/**
 * The sentence a verdict adds when its working days crossed a provisional day off, or null.
 * @example provisionalNote(buildWorkCalendar(), 1/2/2027, 15/2/2027)
 * // 'Ngày làm việc được tính theo lịch nghỉ dự kiến năm 2027 (chưa có thông báo chính thức): kết luận này là dự kiến.'
 */
export function provisionalNote(cal: WorkCalendar, from: LocalDate, to: LocalDate): string | null {
  const [a, b] = compareDates(from, to) <= 0 ? [from, to] : [to, from];
  const days = provisionalDaysOff(cal, a, b);
  return days.length === 0 ? null
    : `Ngày làm việc được tính theo lịch nghỉ dự kiến năm ${provisionalYears(days)} (chưa có thông báo chính thức): kết luận này là dự kiến.`;
}
