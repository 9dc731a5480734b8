import {
  fromExcelSerial, isLocalDate, makeDate, toExcelSerial, type LocalDate,
} from '../domain/calendar/localDate';
import type { CellValue } from './grid';
import { fold, isBlankCell, problem, type CellResult } from './cellResult';

/**
 * Dates in cells (SCHEMA.md, "Cells"). Text is always day/month/year: a Vietnamese office never
 * writes month first, so `02/03/2024` is 2 March, and `02/15/2024` is an error, not a US date.
 */

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
const IN_WORDS = /^(?:ngay )?(\d{1,2}) thang (\d{1,2}),? nam (\d{4})$/;

/** y/m/d as typed → a day, `date-impossible` (31/02), or the day with a `date-year-range` warning. */
function checked(y: number, m: number, d: number): CellResult<LocalDate> {
  const date = makeDate(y, m, d);
  if (!date) return problem('date-impossible', { day: d, month: m, year: y });
  if (y < YEAR_MIN || y > YEAR_MAX) {
    return { ok: true, value: date, warning: { code: 'date-year-range', severity: 'warning', params: { year: y } } };
  }
  return { ok: true, value: date };
}

/**
 * Reads a date written as text, day first.
 * @example parseDateText("15/2/2024") // { ok: true, value: { y: 2024, m: 2, d: 15 } }
 * @example parseDateText("Ngày 15 tháng 02 năm 2024") // { ok: true, value: { y: 2024, m: 2, d: 15 } }
 * @example parseDateText("15/02/24") // { ok: true, value: { y: 2024, m: 2, d: 15 } }
 * @example parseDateText("31/02/2024").ok // false (code date-impossible)
 */
export function parseDateText(text: string): CellResult<LocalDate> {
  const t = fold(text);
  if (t === '') return { ok: true, value: null };
  let m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    // Two-digit years are this century (SCHEMA.md: `15/02/24` is 2024).
    const year = m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    return checked(year, Number(m[3]), Number(m[1]));
  }
  m = YEAR_MONTH_DAY.exec(t);
  if (m) return checked(Number(m[1]), Number(m[3]), Number(m[4]));
  m = IN_WORDS.exec(t);
  if (m) return checked(Number(m[3]), Number(m[2]), Number(m[1]));
  return problem('date-invalid');
}

/**
 * Reads a date cell: a day from the host, an Excel serial, or text ({@link parseDateText}).
 * Blank gives `{ ok: true, value: null }`. Never throws.
 * @example parseDateCell(45337) // { ok: true, value: { y: 2024, m: 2, d: 15 } }
 * @example parseDateCell({ y: 2024, m: 2, d: 15 }) // { ok: true, value: { y: 2024, m: 2, d: 15 } }
 * @example parseDateCell(2024).ok // false (code date-invalid: a year, not a serial)
 */
export function parseDateCell(cell: CellValue): CellResult<LocalDate> {
  if (isBlankCell(cell)) return { ok: true, value: null };
  if (isLocalDate(cell)) return checked(cell.y, cell.m, cell.d);
  if (typeof cell === 'number') {
    if (!isPlausibleSerial(cell)) return problem('date-invalid');
    const date = fromExcelSerial(cell);
    return checked(date.y, date.m, date.d);
  }
  if (typeof cell === 'string') return parseDateText(cell);
  return problem('date-invalid');
}
