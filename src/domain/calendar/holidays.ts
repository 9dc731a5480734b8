/**
 * The days off of a year: the Prime Minister's schedule where one is built in
 * (`officialSchedules.ts`, 2023–2026), otherwise the days of Bộ luật Lao động 2019 computed here.
 */
import { assertCalendarYear } from './calendarRange';
import { compareDates, dayOfWeek, fromDayNumber, makeDate, toDayNumber, type LocalDate } from './localDate';
import { hungKingsOf, tetOf } from './lunar';
import { OFFICIAL_SCHEDULES, type ScheduleDay } from './officialSchedules';

/** A day with the reason it is off (or worked). */
export interface NamedDay {
  readonly date: LocalDate;
  readonly name: string;
}

export interface YearDaysOff {
  readonly year: number;
  /** Weekdays (Monday–Friday) off, by date: a holiday on a weekend appears as its day in lieu. */
  readonly daysOff: readonly NamedDay[];
  /** Saturdays worked in exchange for a bridge day (làm bù). */
  readonly makeUpWorkdays: readonly NamedDay[];
  /** The official notice, or {@link COMPUTED_SOURCE}. */
  readonly source: string;
  /**
   * True when no official notice is built in for the year: the list is the Labour Code computed,
   * «dự kiến» until the Prime Minister's notice (RULES.md, corrections: 2027 today).
   */
  readonly provisional: boolean;
}

/** `source` of a year with no built-in official schedule (SCHEMA.md, `dccs holidays`). */
export const COMPUTED_SOURCE = 'computed';

const isWeekend = (dn: number) => {
  const w = dayOfWeek(fromDayNumber(dn));
  return w === 0 || w === 6;
};

const byDate = (a: NamedDay, b: NamedDay) => compareDates(a.date, b.date);

/**
 * The public holidays of Bộ luật Lao động 2019, Điều 112 khoản 1, on whatever weekday they fall:
 * 1/1; Tết Âm lịch, 5 days; Giỗ Tổ Hùng Vương 10/3 âm lịch; 30/4; 1/5; Quốc khánh 2/9 and one day
 * next to it. The law leaves the 5 Tết days and the day next to 2/9 to the Prime Minister; here:
 *
 * - Tết: the last day of the old lunar year and the first four of the new one, the split of the
 *   Ministry's usual proposal (the real schedule sometimes takes two days before Tết);
 * - Quốc khánh: 3/9 when 2/9 is a Sunday, Monday or Thursday, otherwise 1/9 — the neighbour that
 *   joins 2/9 to a weekend, as the schedules of 2021–2025 did (Wednesday: 1/9, as in 2026).
 *
 * @example listLabourCodeHolidays(2027)[0] // { date: { y: 2027, m: 1, d: 1 }, name: 'Tết Dương lịch' }
 */
export function listLabourCodeHolidays(year: number): NamedDay[] {
  assertCalendarYear(year);
  const on = (m: number, d: number, name: string): NamedDay => ({ date: makeDate(year, m, d)!, name });
  const tet = toDayNumber(tetOf(year));
  const tetDays = [-1, 0, 1, 2, 3].map((offset) => ({
    date: fromDayNumber(tet + offset),
    name: offset < 0 ? 'Tết Âm lịch (ngày cuối năm cũ)' : `Tết Âm lịch (mùng ${offset + 1})`,
  }));
  const nationalDay = dayOfWeek({ y: year, m: 9, d: 2 });
  const nextToNational = nationalDay === 0 || nationalDay === 1 || nationalDay === 4 ? 3 : 1;
  return [
    on(1, 1, 'Tết Dương lịch'),
    ...tetDays,
    { date: hungKingsOf(year), name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    on(4, 30, 'Ngày Chiến thắng (30/4)'),
    on(5, 1, 'Ngày Quốc tế Lao động (1/5)'),
    on(9, 2, 'Quốc khánh (2/9)'),
    on(9, nextToNational, 'Quốc khánh (ngày liền kề)'),
  ].sort(byDate);
}

/**
 * The Labour Code's days off for `year` as weekdays: each holiday on a Saturday or Sunday is given
 * in lieu on the next working day that is not already off (Bộ luật Lao động 2019, Điều 111
 * khoản 3), taken in date order, so the days in lieu of a Tết weekend follow the Tết block. Two
 * holidays on one date (Giỗ Tổ can meet 30/4) make one day off; the law does not add another.
 *
 * @example computeDaysOff(2027).daysOff.map((d) => d.date.d + '/' + d.date.m).slice(0, 3)
 * // ['1/1', '5/2', '8/2'] — Tết Đinh Mùi on Saturday 6/2/2027: in lieu after the block
 */
export function computeDaysOff(year: number): YearDaysOff {
  const holidays = listLabourCodeHolidays(year);
  const off = new Map<number, NamedDay>();
  for (const h of holidays) {
    const dn = toDayNumber(h.date);
    const same = off.get(dn);
    off.set(dn, same ? { date: h.date, name: `${same.name}; ${h.name}` } : h);
  }
  const daysOff: NamedDay[] = [];
  for (const [dn, h] of [...off].sort((a, b) => a[0] - b[0])) {
    if (!isWeekend(dn)) {
      daysOff.push(h);
      continue;
    }
    let lieu = dn + 1;
    while (isWeekend(lieu) || off.has(lieu)) lieu++;
    const inLieu = { date: fromDayNumber(lieu), name: `Nghỉ bù ${h.name}` };
    off.set(lieu, inLieu);
    daysOff.push(inLieu);
  }
  return { year, daysOff: daysOff.sort(byDate), makeUpWorkdays: [], source: COMPUTED_SOURCE, provisional: true };
}

/**
 * The days off of `year` (1900–2199): the built-in official schedule for civil servants where there
 * is one, otherwise {@link computeDaysOff} with `source: 'computed'`.
 *
 * @example daysOffFor(2024).makeUpWorkdays // [{ date: { y: 2024, m: 5, d: 4 }, name: 'Làm bù cho ngày nghỉ 29/4' }]
 */
export function daysOffFor(year: number): YearDaysOff {
  assertCalendarYear(year);
  const official = OFFICIAL_SCHEDULES[year];
  if (!official) return computeDaysOff(year);
  const days = (list: readonly ScheduleDay[]) =>
    list.map(([m, d, name]) => ({ date: makeDate(year, m, d)!, name })).sort(byDate);
  return { year, daysOff: days(official.daysOff), makeUpWorkdays: days(official.makeUpWorkdays), source: official.source, provisional: false };
}
