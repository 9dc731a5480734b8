import type { LocalDate } from '../../../domain/calendar/localDate';
import type { CellValue, MergedArea } from '../../../sheets/grid';
import { XmlError } from './xmlScan';

/**
 * One cell's value as exceljs loads it and `workbook/file/read.ts` reduces it (CellXform.parseClose, then
 * reconcile, then readCell/convert): the rules both ways of reading a sheet (sheetXml.ts) share.
 */

export interface SheetContext {
  readonly sharedStrings: readonly (string | undefined)[];
  /** Per cell style index: a date format. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

const DAY_MS = 24 * 3600 * 1000;
/** The largest time a JS Date holds (ECMA-262 21.4.1.1): past it exceljs's Date is invalid. */
const MAX_TIME = 8.64e15;

/**
 * exceljs's `utils.excelToDate` (`new Date(Math.round((serial - 25569 [+ 1462]) * 86400000))`),
 * then read with the UTC getters (workbook/file/read.ts `convert`), computed without building the Date:
 * the civil date of a day count (H. Hinnant, "chrono-compatible low-level date algorithms").
 */
export function serialToDay(value: unknown, date1904: boolean): CellValue {
  const ms = Math.round((Number(value) - 25569 + (date1904 ? 1462 : 0)) * DAY_MS);
  if (!(Math.abs(ms) <= MAX_TIME)) return null;
  const day = Math.floor(ms / DAY_MS);
  // One object per day for every cell that holds it (a LocalDate is never changed): a book's
  // hundred thousand date cells fall on some hundreds of days.
  const known = DAYS.get(day);
  if (known !== undefined) return known;
  const date = civilDay(day);
  if (DAYS.size < 100_000) DAYS.set(day, date);
  return date;
}

const DAYS = new Map<number, LocalDate>();

/** Days since 1970-01-01 → the civil date. */
function civilDay(day: number): LocalDate {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** exceljs's `utils.xmlDecode`, which it applies once more to a `t="str"` cell's text. */
const xmlDecodeAgain = (s: string): string => (s.indexOf('&') < 0 ? s : s.replace(/&([a-z]*);/g, (c) =>
  ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' } as Record<string, string>)[c] ?? c));

/** "AB12" (or "$AB$12") → [12, 28]; null when the text is not an A1 address. */
export function decodeAddress(address: string): [number, number] | null {
  const length = address.length;
  let i = address.charCodeAt(0) === 36 ? 1 : 0;
  let col = 0;
  for (; i < length; i++) {
    const c = address.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  if (i < length && address.charCodeAt(i) === 36) i++;
  let row = 0;
  const digits = i;
  for (; i < length; i++) {
    const c = address.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + c - 48;
  }
  if (col === 0 || i === digits || row < 1) return null;
  return [row, col];
}

/** A merge's `ref` as corners, however they are ordered; null when it is not a range. */
export function decodeRange(ref: string): MergedArea | null {
  const [a, b = a] = ref.replace(/\$/g, '').split(':');
  const p = decodeAddress(a);
  const q = decodeAddress(b);
  if (p === null || q === null) return null;
  return { top: Math.min(p[0], q[0]), left: Math.min(p[1], q[1]), bottom: Math.max(p[0], q[0]), right: Math.max(p[1], q[1]) };
}

/** What is known of a `<c>` while it is open. */
export interface OpenCell {
  row: number;
  col: number;
  type: string | undefined;
  date: boolean;
  value: string | undefined;
  formula: boolean;
  runs: string[] | null;
}

// exceljs's CellXform.parseClose then reconcile, reduced by workbook/file/read.ts readCell/convert.
export function cellValue(c: OpenCell, context: SheetContext): CellValue {
  const raw = c.value;
  if (c.formula) {
    if (!raw) return null;
    let result: unknown;
    if (c.type === 'str') result = xmlDecodeAgain(raw);
    else if (c.type === 'b') result = parseInt(raw, 10) !== 0;
    else if (c.type === 'e') result = { error: raw };
    else result = parseFloat(raw);
    if (c.date) return serialToDay(result, context.date1904);
    return typeof result === 'object' ? raw : (result as CellValue);
  }
  if (c.runs !== null) return c.type === 's' ? sharedString(raw, context) : c.runs.join('');
  if (raw === undefined) return null;
  switch (c.type) {
    case 's':
      return sharedString(raw, context);
    case 'str':
      return xmlDecodeAgain(raw);
    case 'inlineStr':
      return raw;
    case 'b':
      return parseInt(raw, 10) !== 0;
    case 'e':
      return raw;
    default: {
      const n = parseFloat(raw);
      return c.date ? serialToDay(n, context.date1904) : n;
    }
  }
}

export function sharedString(raw: string | undefined, context: SheetContext): CellValue {
  const index = parseInt(raw ?? '', 10);
  // exceljs fails the whole load on an index past the table; so does this reader.
  if (!(index >= 0 && index < context.sharedStrings.length)) throw new XmlError(`shared string ${raw} is not in the table`);
  return context.sharedStrings[index] ?? null;
}

export const isDateStyle = (s: string | undefined, context: SheetContext): boolean => {
  if (s === undefined) return false;
  const style = parseInt(s, 10);
  return style ? context.dateStyles[style] === true : false;
};
