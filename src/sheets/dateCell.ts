import {
  dayOfWeek, fromExcelSerial, isLocalDate, isValidDate, makeDate, toExcelSerial, type LocalDate,
} from '../domain/calendar/localDate';
import { weekdayVi } from '../domain/calendar/weekday';
import type { CellValue } from './grid';
import { fold, isBlankCell, problem, type CellProblem, type CellResult } from './cellResult';

/**
 * Dates in cells (SCHEMA.md, "Cells"). Text is always day/month/year: a Vietnamese office never
 * writes month first, so `02/03/2024` is 2 March, and `02/15/2024` is an error, not a US date.
 */

/** What a date cell may lean on: the table's year, for a day typed without one (`15/02`). */
export interface DateCellOptions {
  /** The year a day and month without a year belong to (the table's or the report's); null = none known. */
  readonly defaultYear?: number | null;
}

// A number in a date column is read as an Excel serial only when it lands in a span a tracking
// workbook can mean: a bare `2024` (a year typed in a date column) is 16/07/1905, not a date.
const SERIAL_MIN = toExcelSerial({ y: 1950, m: 1, d: 1 });
const SERIAL_MAX = toExcelSerial({ y: 2200, m: 12, d: 31 });

/** Years outside this span are read but flagged: most likely a typo (`15/02/2204`). */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

/** True when a number in a date column can be an Excel serial day (1950–2200). */
export function isPlausibleSerial(n: number): boolean {
  return Number.isFinite(n) && n >= SERIAL_MIN && n < SERIAL_MAX + 1;
}

const DAY_MONTH_YEAR = /^(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})$/;
const YEAR_MONTH_DAY = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
const IN_WORDS = /^(\d{1,2}) thang (\d{1,2}),? nam (\d{4})$/;
const DAY_MONTH = /^(\d{1,2}) ?[/.-] ?(\d{1,2})$/;
const DAY_MONTH_WORDS = /^(\d{1,2}) thang (\d{1,2})$/;

// Punctuation that ends a sentence or a list item, and a weekday in brackets: neither changes the
// day. Any other bracket (`(dự kiến)`) does, and stays an error.
const TRAILING_PUNCTUATION = /\s*[.;,:!]+$/;
const WEEKDAY_IN_BRACKETS = /\s*[([]\s*(thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat|cn|t ?[2-7])\s*[)\]]$/;
// A notice's own way: «Thứ Năm, ngày 15/02/2024».
const WEEKDAY_FIRST = /^(thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)\s*[,-]?\s*/;
const WEEKDAY_NUMBERS: Record<string, number> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 };

/** The weekday a folded name stands for (0 = Sunday); `thứ 2` is Monday. */
function weekdayOf(name: string): number {
  if (name === 'chu nhat' || name === 'cn') return 0;
  const word = name.replace(/^(thu |t ?)/, '');
  return WEEKDAY_NUMBERS[word] ?? Number(word) - 1;
}

/** y/m/d as typed → a day, `date-impossible` (31/02), or the day with a `date-year-range` warning. */
function checked(y: number, m: number, d: number, cell?: LocalDate): CellResult<LocalDate> {
  // A cell that is already this day is the day itself (a LocalDate is never changed): no copy of it.
  const date = cell !== undefined && isValidDate(y, m, d) ? cell : makeDate(y, m, d);
  if (!date) return problem('date-impossible', { day: d, month: m, year: y });
  if (y < YEAR_MIN || y > YEAR_MAX) {
    return { ok: true, value: date, warning: { code: 'date-year-range', severity: 'warning', params: { year: y } } };
  }
  return { ok: true, value: date };
}

const withWarning = (r: CellResult<LocalDate>, warning: CellProblem): CellResult<LocalDate> =>
  (r.ok ? { ok: true, value: r.value, warning } : r);

/** A day and month with no year: the table's year with a warning, or `date-no-year`. Never another guess. */
function withoutYear(d: number, m: number, defaultYear: number | null | undefined): CellResult<LocalDate> {
  // 29/02 exists in some year; 31/04 and 15/13 in none: those are not days at all.
  if (!makeDate(2024, m, d)) return problem('date-invalid');
  if (defaultYear === null || defaultYear === undefined) return problem('date-no-year', { day: d, month: m });
  return withWarning(checked(defaultYear, m, d), {
    code: 'date-year-assumed', severity: 'warning', params: { year: defaultYear },
  });
}

/** A date as typed, not yet checked: `y` null when no year was written; `weekday` 0 = Sunday, if written. */
export interface DateParts {
  readonly d: number;
  readonly m: number;
  readonly y: number | null;
  readonly weekday: number | null;
}

/** The date's own text: punctuation, a bracketed weekday and a leading `Ngày` taken off. */
function core(text: string): { t: string; weekday: number | null } {
  let t = fold(text);
  let weekday: number | null = null;
  // Most cells are a bare date: no loop, no more regular expressions (a column has 100,000 of them).
  if (/^\d.*\d$/.test(t)) return { t, weekday };
  const first = WEEKDAY_FIRST.exec(t);
  if (first) {
    weekday = weekdayOf(first[1]);
    t = t.slice(first[0].length);
  }
  for (let before = ''; before !== t;) {
    before = t;
    t = t.replace(TRAILING_PUNCTUATION, '');
    const w = weekday === null ? WEEKDAY_IN_BRACKETS.exec(t) : null;
    if (w) {
      weekday = weekdayOf(w[1]);
      t = t.slice(0, w.index);
    }
  }
  return { t: t.replace(/^ngay\s*:?\s*/, ''), weekday };
}

/**
 * The day, month and year a text spells in one of the accepted forms, unchecked; null when it is not
 * a date form at all. For readers of cells that hold more than a date (a period).
 * @example readDateParts("Ngày 15/02 (thứ Năm).") // { d: 15, m: 2, y: null, weekday: 4 }
 */
export function readDateParts(text: string): DateParts | null {
  const { t, weekday } = core(text);
  let m = DAY_MONTH_YEAR.exec(t);
  // Two-digit years are this century (SCHEMA.md: `15/02/24` is 2024).
  if (m) return { d: Number(m[1]), m: Number(m[3]), y: (m[4].length === 2 ? 2000 : 0) + Number(m[4]), weekday };
  if ((m = YEAR_MONTH_DAY.exec(t))) return { d: Number(m[4]), m: Number(m[3]), y: Number(m[1]), weekday };
  if ((m = IN_WORDS.exec(t))) return { d: Number(m[1]), m: Number(m[2]), y: Number(m[3]), weekday };
  if ((m = DAY_MONTH.exec(t) ?? DAY_MONTH_WORDS.exec(t))) return { d: Number(m[1]), m: Number(m[2]), y: null, weekday };
  return null;
}

/**
 * The day that parts name, checked: `date-impossible`, the year-range warning, the year-less rule
 * (see {@link parseDateText}) and a weekday written beside it that disagrees.
 * @example dateFromParts({ d: 15, m: 2, y: 2024, weekday: 1 }) // { ok: true, value: { y: 2024, m: 2, d: 15 }, warning: date-weekday-mismatch }
 */
export function dateFromParts(parts: DateParts, options: DateCellOptions = {}): CellResult<LocalDate> {
  const read = parts.y === null ? withoutYear(parts.d, parts.m, options.defaultYear) : checked(parts.y, parts.m, parts.d);
  // A warning already given (a year assumed) matters more than a weekday, and there is room for one.
  if (!read.ok || read.value === null || read.warning || parts.weekday === null) return read;
  if (dayOfWeek(read.value) === parts.weekday) return read;
  // The weekday written beside the date disagrees with it: one of the two is a typo. The date is
  // what the law counts from, so it is kept, and the person is told to look.
  return withWarning(read, {
    code: 'date-weekday-mismatch', severity: 'warning', params: { weekday: weekdayVi(read.value) },
  });
}

/**
 * Reads a date written as text, day first. A day and month without a year take
 * `options.defaultYear`, with a `date-year-assumed` warning; without it they are `date-no-year`.
 * @example parseDateText("15/2/2024") // { ok: true, value: { y: 2024, m: 2, d: 15 } }
 * @example parseDateText("Ngày 15 tháng 02 năm 2024") // { ok: true, value: { y: 2024, m: 2, d: 15 } }
 * @example parseDateText("15/02/24") // { ok: true, value: { y: 2024, m: 2, d: 15 } }
 * @example parseDateText("Ngày 15/02/2024 (thứ Năm).") // { ok: true, value: { y: 2024, m: 2, d: 15 } }
 * @example parseDateText("15/02", { defaultYear: 2024 }) // { ok: true, value: { y: 2024, m: 2, d: 15 },
 *   warning: { code: 'date-year-assumed', severity: 'warning', params: { year: 2024 } } }
 * @example parseDateText("15/02").ok // false (code date-no-year)
 * @example parseDateText("31/02/2024").ok // false (code date-impossible)
 */
export function parseDateText(text: string, options: DateCellOptions = {}): CellResult<LocalDate> {
  if (text.trim() === '') return { ok: true, value: null };
  const parts = readDateParts(text);
  return parts ? dateFromParts(parts, options) : problem('date-invalid');
}

/**
 * Reads a date cell: a day from the host, an Excel serial, or text ({@link parseDateText}).
 * Blank gives `{ ok: true, value: null }`. Never throws.
 * @example parseDateCell(45337) // { ok: true, value: { y: 2024, m: 2, d: 15 } }
 * @example parseDateCell({ y: 2024, m: 2, d: 15 }) // { ok: true, value: { y: 2024, m: 2, d: 15 } }
 * @example parseDateCell("15-2", { defaultYear: 2024 }).value // { y: 2024, m: 2, d: 15 } (warning date-year-assumed)
 * @example parseDateCell(2024).ok // false (code date-invalid: a year, not a serial)
 */
export function parseDateCell(cell: CellValue, options: DateCellOptions = {}): CellResult<LocalDate> {
  if (isBlankCell(cell)) return { ok: true, value: null };
  if (isLocalDate(cell)) return checked(cell.y, cell.m, cell.d, cell);
  if (typeof cell === 'number') {
    if (!isPlausibleSerial(cell)) return problem('date-invalid');
    const date = fromExcelSerial(cell);
    return checked(date.y, date.m, date.d);
  }
  if (typeof cell === 'string') return parseDateText(cell, options);
  return problem('date-invalid');
}
