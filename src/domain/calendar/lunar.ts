/**
 * The Vietnamese lunar calendar (âm lịch) for Gregorian years 1900–2199.
 *
 * Method — Hồ Ngọc Đức, "Thuật toán tính âm lịch" / "Computing the Vietnamese lunar calendar"
 * (https://www.informatik.uni-leipzig.de/~duc/amlich/, with calrules_en.html), reimplemented here:
 *
 * 1. A lunar month begins on the local day of a new moon (`astronomy.ts`, Meeus' series).
 * 2. Month 11 is the month that contains the winter solstice (sun at 270°).
 * 3. When 13 new moons begin between two months 11, the first month after month 11 in which the
 *    sun enters no new 30° sector (no major solar term, trung khí) is the leap month and takes
 *    the number of the month before it.
 * 4. Days are counted at meridian 105°E (UTC+7), the legal time of Việt Nam since 1968. That is
 *    why Tết differs from the Chinese calendar (UTC+8) in some years: 1985 (21/01 against 20/02),
 *    2007 (17/02 against 18/02), 2030 (02/02 against 03/02), 2053.
 *
 * Precision: the new-moon series is good to a few minutes and the sun's longitude to about 0.01°
 * (`astronomy.ts`). A new moon (or a major solar term) a few minutes from local midnight can
 * therefore be put on the wrong day, and that decides which day a month begins: for such dates the
 * official calendar of the Viện Vật lý địa cầu, made with a full ephemeris, is the authority, and a
 * user corrects the year's days off in the `Ngày nghỉ` sheet. Historically the calendar in use
 * was computed for UTC+8 before the North adopted UTC+7 in 1967, and the South kept UTC+8 until
 * 1975 (Tết Mậu Thân 1968: 29/01 in the North, 30/01 in the South); this module uses UTC+7 for
 * every year, as the law of today does.
 *
 * All arithmetic is on day numbers; the month table (~3,700 months) is computed once, on first use.
 */
import { newMoonDay, JDN_OF_DAY_ZERO, SYNODIC_MONTH, sunSector } from './astronomy';
import { assertCalendarYear, CalendarRangeError, FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR } from './calendarRange';
import { DAY_COUNT, fromDayIndex, toDayIndex } from './dayIndex';
import { formatIso, isValidDate, toDayNumber, type LocalDate } from './localDate';

/** A day of the Vietnamese lunar calendar; `leap` marks a day of the leap month (tháng nhuận). */
export interface LunarDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–30
  readonly leap: boolean;
}

/** Hours east of Greenwich of the meridian 105°E. */
export const VIETNAM_TIME_ZONE = 7;

interface MonthTable {
  /** Day index (`dayIndex.ts`) of each month's first day, ascending, and one more ending the last month. */
  readonly starts: Int32Array;
  readonly months: Int8Array;
  readonly leaps: Uint8Array;
  readonly years: Int16Array;
  /** Index into the arrays by {@link monthKey}. */
  readonly index: ReadonlyMap<number, number>;
}

/** Day number of 1900-01-01, index 0 of `dayIndex.ts`. */
const ORIGIN = toDayNumber({ y: FIRST_CALENDAR_YEAR, m: 1, d: 1 });

const monthKey = (year: number, month: number, leap: boolean) => (year * 13 + month) * 2 + (leap ? 1 : 0);

/** The new moon (its index k) that begins month 11 of the lunar year ending in Gregorian year `y`. */
function month11(y: number): number {
  const dec31 = toDayNumber({ y, m: 12, d: 31 }) + JDN_OF_DAY_ZERO;
  const k = Math.floor((dec31 - 2415021) / SYNODIC_MONTH);
  // A new moon on or after the solstice day starts month 12's search too late: take the one before.
  return sunSector(newMoonDay(k, VIETNAM_TIME_ZONE), VIETNAM_TIME_ZONE) >= 9 ? k - 1 : k;
}

/** Offset after month 11 (k) of the first month with no major solar term: the leap month. */
function leapOffset(k: number): number {
  let last = sunSector(newMoonDay(k + 1, VIETNAM_TIME_ZONE), VIETNAM_TIME_ZONE);
  for (let i = 2; i <= 13; i++) {
    const arc = sunSector(newMoonDay(k + i, VIETNAM_TIME_ZONE), VIETNAM_TIME_ZONE);
    if (arc === last) return i - 1;
    last = arc;
  }
  throw new CalendarRangeError(`No month without a major solar term after new moon ${k}.`);
}

function buildTable(): MonthTable {
  const starts: number[] = [];
  const months: number[] = [];
  const leaps: number[] = [];
  const years: number[] = [];
  // Chain y runs from month 11 of lunar year y−1 to the month before month 11 of lunar year y;
  // 1900–2200 cover every day of the Gregorian years 1900–2199.
  let k0 = month11(FIRST_CALENDAR_YEAR - 1);
  for (let y = FIRST_CALENDAR_YEAR; y <= LAST_CALENDAR_YEAR + 1; y++) {
    const k1 = month11(y);
    const leapAt = k1 - k0 === 13 ? leapOffset(k0) : Infinity;
    for (let i = 0; i < k1 - k0; i++) {
      let month = i >= leapAt ? i + 10 : i + 11;
      if (month > 12) month -= 12;
      starts.push(newMoonDay(k0 + i, VIETNAM_TIME_ZONE) - JDN_OF_DAY_ZERO - ORIGIN);
      months.push(month);
      leaps.push(i === leapAt ? 1 : 0);
      years.push(month >= 11 && i < 4 ? y - 1 : y);
    }
    k0 = k1;
  }
  starts.push(newMoonDay(k0, VIETNAM_TIME_ZONE) - JDN_OF_DAY_ZERO - ORIGIN);
  const index = new Map<number, number>();
  for (let i = 0; i < months.length; i++) index.set(monthKey(years[i], months[i], leaps[i] === 1), i);
  return {
    starts: Int32Array.from(starts), months: Int8Array.from(months), leaps: Uint8Array.from(leaps),
    years: Int16Array.from(years), index,
  };
}

let table: MonthTable | null = null;
const months = (): MonthTable => (table ??= buildTable());


/**
 * The lunar date of a Gregorian day in 1900–2199; throws {@link CalendarRangeError} outside it.
 * @example toLunar({ y: 2024, m: 2, d: 10 }) // { year: 2024, month: 1, day: 1, leap: false }
 * @example toLunar({ y: 2023, m: 3, d: 22 }) // { year: 2023, month: 2, day: 1, leap: true }
 */
export function toLunar(date: LocalDate): LunarDate {
  if (!isValidDate(date.y, date.m, date.d)) throw new CalendarRangeError(`Ngày không tồn tại: ${formatIso(date)}.`);
  const dn = toDayIndex(date); // throws outside 1900–2199
  const t = months();
  // The last month starting on or before the day.
  let lo = 0;
  let hi = t.months.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.starts[mid] <= dn) lo = mid;
    else hi = mid - 1;
  }
  return { year: t.years[lo], month: t.months[lo], day: dn - t.starts[lo] + 1, leap: t.leaps[lo] === 1 };
}

/**
 * The Gregorian day of a lunar date, or null when it does not exist (day 30 of a 29-day month, a
 * leap month the year does not have) or falls outside 1900–2199.
 * @example fromLunar(2025, 1, 1) // { y: 2025, m: 1, d: 29 }
 * @example fromLunar(2023, 2, 1, true) // { y: 2023, m: 3, d: 22 }
 * @example fromLunar(2024, 2, 1, true) // null: 2024 has no leap month
 */
export function fromLunar(year: number, month: number, day: number, leap = false): LocalDate | null {
  if (![year, month, day].every(Number.isInteger) || day < 1) return null;
  const t = months();
  const i = t.index.get(monthKey(year, month, leap));
  if (i === undefined || day > t.starts[i + 1] - t.starts[i]) return null;
  const dn = t.starts[i] + day - 1;
  return dn < 0 || dn >= DAY_COUNT ? null : fromDayIndex(dn);
}

/**
 * Days in a lunar month (29 or 30), or null when the month does not exist.
 * @example lunarMonthLength(2024, 12) // 29: Tết Ất Tỵ follows 29 tháng Chạp
 */
export function lunarMonthLength(year: number, month: number, leap = false): number | null {
  const t = months();
  const i = t.index.get(monthKey(year, month, leap));
  return i === undefined ? null : t.starts[i + 1] - t.starts[i];
}

/**
 * Tết Nguyên đán: the first day of lunar year `year` (1900–2199), in the Vietnamese calendar.
 * @example tetOf(1985) // { y: 1985, m: 1, d: 21 } (China: 20/02/1985)
 */
export function tetOf(year: number): LocalDate {
  assertCalendarYear(year);
  return fromLunar(year, 1, 1)!;
}

/**
 * Giỗ Tổ Hùng Vương: 10/3 âm lịch (of the regular third month, never a leap one).
 * @example hungKingsOf(2024) // { y: 2024, m: 4, d: 18 }
 */
export function hungKingsOf(year: number): LocalDate {
  assertCalendarYear(year);
  return fromLunar(year, 3, 10)!;
}
