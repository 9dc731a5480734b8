import { compareDates, formatVi, isLocalDate, type LocalDate } from '../domain/calendar/localDate';
import { fold, isBlankCell, problem, type CellProblem, type CellResult } from './cellResult';
import {
  dateFromParts, isPlausibleSerial, parseDateCell, readDateParts, type DateCellOptions, type DateParts,
} from './dateCell';
import type { CellValue } from './grid';

/**
 * A period in one cell, as staff type it in a `Thời gian niêm yết` column: `15/02/2024 - 06/03/2024`,
 * `từ 15/02 đến 06/03/2024`, `Từ ngày … đến hết ngày …`, or a start alone. The seeds write periods
 * this way (seed 000: «kể từ ngày 15/02/2024 đến hết ngày 06/03/2024»).
 */
export interface Period {
  readonly start: LocalDate;
  /** Null when only the start is written (`từ 15/02/2024`, a date cell). */
  readonly end: LocalDate | null;
}

// Where the start ends and the end begins. A bare hyphen is also the separator inside `15-02-2024`:
// every candidate is tried, and the first that leaves a date on both sides wins.
const SEPARATOR = /\s*(?:->|=>|[-–—→~]|\bden het\b|\bden\b|\btoi\b)\s*/g;
const LEADING_FROM = /^(?:ke )?tu\s+/;
// A list item or a sentence ends with these; a period typed open (`15/02/2024 -`) with a dash.
const TRAILING = /[\s.;,:!\-–—→~]+$/;

const yearAssumed = (year: number): CellProblem => ({ code: 'date-year-assumed', severity: 'warning', params: { year } });

// «từ ngày 15 đến ngày 20/02/2024», «15-20/02/2024»: a start of a day alone is in the end's month.
const DAY_ALONE = /^(?:ngay\s*)?(\d{1,2})$/;

/** The start's parts: a date, or a day alone in the end's month and year. */
function startParts(text: string, end: DateParts): DateParts | null {
  const day = DAY_ALONE.exec(text.trim());
  return day ? { d: Number(day[1]), m: end.m, y: end.y, weekday: null } : readDateParts(text);
}

/** The two dates of a `start SEP end` text, or null when no split leaves a date on both sides. */
function split(t: string): [DateParts, DateParts] | null {
  for (const sep of t.matchAll(SEPARATOR)) {
    const end = readDateParts(t.slice(sep.index + sep[0].length));
    const start = end && startParts(t.slice(0, sep.index), end);
    if (start && end) return [start, end];
  }
  return null;
}

/**
 * Years for dates typed without one. A start without a year belongs to the end's year, or the year
 * before when its month comes after the end's (`20/12 – 10/01/2025` runs over New Year); an end
 * without one follows the start the same way. Both without: the start takes the table's year.
 */
function withYears(start: DateParts, end: DateParts, defaultYear: number | null | undefined):
  { start: DateParts; end: DateParts; assumed: number | null } | null {
  const after = (from: DateParts, y: number) => (from.m > end.m ? y - 1 : y);
  if (start.y !== null && end.y !== null) return { start, end, assumed: null };
  if (end.y !== null) return { start: { ...start, y: after(start, end.y) }, end, assumed: null };
  const base = start.y ?? defaultYear;
  if (base === null || base === undefined) return null;
  const endYear = end.m < start.m ? base + 1 : base;
  return { start: { ...start, y: base }, end: { ...end, y: endYear }, assumed: start.y === null ? base : null };
}

function readPeriodText(text: string, options: DateCellOptions): CellResult<Period> {
  const t = fold(text).replace(TRAILING, '').replace(LEADING_FROM, '');
  const pair = split(t);
  if (!pair) {
    const alone = readDateParts(t);
    if (!alone) return problem('period-invalid');
    const start = dateFromParts(alone, options);
    if (!start.ok) return start.problem.code === 'date-invalid' ? problem('period-invalid') : start;
    return { ...start, value: start.value && { start: start.value, end: null } };
  }
  const dated = withYears(pair[0], pair[1], options.defaultYear);
  if (!dated) return problem('date-no-year', { day: pair[0].d, month: pair[0].m });
  const start = dateFromParts(dated.start);
  if (!start.ok) return start;
  const end = dateFromParts(dated.end);
  if (!end.ok) return end;
  if (start.value === null || end.value === null) return problem('period-invalid');
  if (compareDates(start.value, end.value) > 0) {
    return problem('period-reversed', { start: formatVi(start.value), end: formatVi(end.value) });
  }
  const warning = dated.assumed !== null ? yearAssumed(dated.assumed) : start.warning ?? end.warning;
  const value = { start: start.value, end: end.value };
  return warning ? { ok: true, value, warning } : { ok: true, value };
}

/**
 * Reads a cell holding a period. A date cell or serial is a start alone (end null). Blank gives
 * `{ ok: true, value: null }`. Problems: `period-invalid` (not a period), `date-impossible`
 * (31/02), `date-no-year` (no year anywhere and none known), `period-reversed` (end before start).
 * @example parsePeriodCell("15/02/2024 - 06/03/2024") // { ok: true, value: { start: 15/02/2024, end: 06/03/2024 } }
 * @example parsePeriodCell("từ 20/12 đến 10/01/2025") // { ok: true, value: { start: 20/12/2024, end: 10/01/2025 } }
 * @example parsePeriodCell("từ ngày 15 đến ngày 20/02/2024") // { ok: true, value: { start: 15/02/2024, end: 20/02/2024 } }
 * @example parsePeriodCell("15/02 - 06/03", { defaultYear: 2024 }) // start 15/02/2024, end 06/03/2024, warning date-year-assumed
 * @example parsePeriodCell("từ 15/02/2024") // { ok: true, value: { start: 15/02/2024, end: null } }
 * @example parsePeriodCell("cả tháng 3").ok // false (code period-invalid)
 */
export function parsePeriodCell(cell: CellValue, options: DateCellOptions = {}): CellResult<Period> {
  if (isBlankCell(cell)) return { ok: true, value: null };
  if (isLocalDate(cell) || (typeof cell === 'number' && isPlausibleSerial(cell))) {
    const start = parseDateCell(cell);
    return start.ok ? { ...start, value: start.value && { start: start.value, end: null } } : start;
  }
  return typeof cell === 'string' ? readPeriodText(cell, options) : problem('period-invalid');
}
