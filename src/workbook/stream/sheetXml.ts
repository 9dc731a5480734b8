import type { CellValue, MergedArea } from '../../sheets/grid';
import { XmlError, attributes, scanXml } from './xmlScan';
import { unescapeOoxml } from './xlsxParts';

/**
 * One worksheet's XML read straight into cell values, the way exceljs would load the same cells
 * and `fileRead.ts` reduce them (the differential test in test/workbook/streamRead.test.ts holds
 * the two together): shared and inline strings, rich text as its plain text, booleans, errors as
 * their text, a formula's cached result, and a number in a date style as the day exceljs's
 * `Date` would give read with the UTC getters. Styles are looked at for that one question only.
 */

export interface SheetContext {
  readonly sharedStrings: readonly (string | undefined)[];
  /** Per cell style index: a date format. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

export interface SheetCells {
  /** Cell values by row (1-based), then column (1-based); empty cells absent. */
  readonly rows: Map<number, Map<number, CellValue>>;
  /** Every merged area, in the order of the sheet's `<mergeCells>`. */
  readonly merges: MergedArea[];
  /** Relationship ids of `<tablePart>`. */
  readonly tableParts: string[];
}

/** exceljs's `utils.excelToDate`, then read with the UTC getters (fileRead.ts `convert`). */
function serialToDay(value: unknown, date1904: boolean): CellValue {
  const ms = Math.round((Number(value) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** exceljs's `utils.xmlDecode`, which it applies once more to a `t="str"` cell's text. */
const xmlDecodeAgain = (s: string): string => (s.indexOf('&') < 0 ? s : s.replace(/&([a-z]*);/g, (c) =>
  ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' } as Record<string, string>)[c] ?? c));

/** "AB12" → [12, 28]; null when the text is not an A1 address. */
function decodeAddress(address: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c === 36 && i === 0) continue; // "$"
    else break;
  }
  const row = Number(address.slice(i).replace(/^\$/, ''));
  if (col === 0 || !Number.isInteger(row) || row < 1) return null;
  return [row, col];
}

/** A merge's `ref` as corners, however they are ordered; null when it is not a range. */
function decodeRange(ref: string): MergedArea | null {
  const [a, b = a] = ref.replace(/\$/g, '').split(':');
  const p = decodeAddress(a);
  const q = decodeAddress(b);
  if (p === null || q === null) return null;
  return { top: Math.min(p[0], q[0]), left: Math.min(p[1], q[1]), bottom: Math.max(p[0], q[0]), right: Math.max(p[1], q[1]) };
}

/** What is known of a `<c>` while it is open. */
interface OpenCell {
  row: number;
  col: number;
  type: string | undefined;
  date: boolean;
  value: string | undefined;
  formula: boolean;
  runs: string[] | null;
}

export function parseSheet(xml: string, context: SheetContext): SheetCells {
  const rows = new Map<number, Map<number, CellValue>>();
  const merges: MergedArea[] = [];
  const tableParts: string[] = [];
  const { sharedStrings, dateStyles, date1904 } = context;
  let currentRow = 0;
  let lastCol = 0;
  let cell: OpenCell | null = null;
  /** 1: inside `<v>` or a plain `<t>` of the cell; 2: inside `<f>`; 3: inside a rich-text run's `<t>`. */
  let textMode = 0;
  let inRun = false;
  let runText = '';
  let formulaText = '';
  let inSheetData = false;

  const finish = (c: OpenCell): void => {
    const value = cellValue(c);
    let row = rows.get(c.row);
    // A second `<c>` at the same address replaces the first, as in exceljs.
    if (value === null || value === '') {
      row?.delete(c.col);
      return;
    }
    if (row === undefined) rows.set(c.row, (row = new Map()));
    row.set(c.col, value);
  };

  // exceljs's CellXform.parseClose then reconcile, reduced by fileRead.ts readCell/convert.
  const cellValue = (c: OpenCell): CellValue => {
    const raw = c.value;
    if (c.formula) {
      if (!raw) return null;
      let result: unknown;
      if (c.type === 'str') result = xmlDecodeAgain(raw);
      else if (c.type === 'b') result = parseInt(raw, 10) !== 0;
      else if (c.type === 'e') result = { error: raw };
      else result = parseFloat(raw);
      if (c.date) return serialToDay(result, date1904);
      return typeof result === 'object' ? raw : (result as CellValue);
    }
    if (c.runs !== null) return c.type === 's' ? sharedString(raw) : c.runs.join('');
    if (raw === undefined) return null;
    switch (c.type) {
      case 's':
        return sharedString(raw);
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
        return c.date ? serialToDay(n, date1904) : n;
      }
    }
  };

  const sharedString = (raw: string | undefined): CellValue => {
    const index = parseInt(raw ?? '', 10);
    // exceljs fails the whole load on an index past the table; so does this reader.
    if (!(index >= 0 && index < sharedStrings.length)) throw new XmlError(`shared string ${raw} is not in the table`);
    return sharedStrings[index] ?? null;
  };

  scanXml(xml, {
    open(tag, attrs) {
      if (cell !== null) {
        if (tag === 'v') textMode = 1;
        else if (tag === 'f') {
          textMode = 2;
          formulaText = '';
          if (attributes(attrs).t !== undefined) cell.formula = true;
        } else if (tag === 'r') {
          inRun = true;
          runText = '';
        } else if (tag === 't') textMode = inRun ? 3 : 1;
        return;
      }
      if (tag === 'c' && inSheetData) {
        const a = attributes(attrs);
        const at = a.r === undefined ? null : decodeAddress(a.r);
        const row = at ? at[0] : currentRow;
        const col = at ? at[1] : lastCol + 1;
        lastCol = col;
        const style = a.s === undefined ? 0 : parseInt(a.s, 10);
        cell = { row, col, type: a.t, date: style ? dateStyles[style] === true : false, value: undefined, formula: false, runs: null };
      } else if (tag === 'row') {
        const r = attributes(attrs).r;
        currentRow = r === undefined ? currentRow + 1 : Number(r);
        lastCol = 0;
      } else if (tag === 'sheetData') {
        inSheetData = true;
      } else if (tag === 'mergeCell') {
        const ref = attributes(attrs).ref;
        const area = ref === undefined ? null : decodeRange(ref);
        if (area !== null) merges.push(area);
      } else if (tag === 'tablePart') {
        const id = attributes(attrs)['r:id'];
        if (id !== undefined) tableParts.push(id);
      }
    },
    text(t) {
      if (textMode === 1) cell!.value = cell!.value === undefined ? t : cell!.value + t;
      else if (textMode === 2) formulaText += t;
      else if (textMode === 3) runText += t;
    },
    close(tag) {
      if (cell === null) {
        if (tag === 'sheetData') inSheetData = false;
        return;
      }
      if (tag === 'c') {
        finish(cell);
        cell = null;
        textMode = 0;
        inRun = false;
      } else if (tag === 'v' || tag === 't' || tag === 'f') {
        if (tag === 'f' && formulaText !== '') cell.formula = true;
        textMode = 0;
      } else if (tag === 'r' && inRun) {
        inRun = false;
        (cell.runs ??= []).push(unescapeOoxml(runText));
      }
    },
  });
  return { rows, merges, tableParts };
}
