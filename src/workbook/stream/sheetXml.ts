import type { CellValue, MergedArea } from '../../sheets/grid';
import { XmlError, attributes, decodeEntities, scanXml, type XmlHandler } from './xmlScan';
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
  readonly cells: CellStore;
  /** Every merged area, in the order of the sheet's `<mergeCells>`. */
  readonly merges: MergedArea[];
  /** Relationship ids of `<tablePart>`. */
  readonly tableParts: string[];
}

/**
 * The non-empty cells of a sheet in the order they come. Excel, LibreOffice and exceljs write
 * them row by row, left to right, and then a list is all it takes; a cell out of that order (or a
 * second one at the same address, which replaces the first as in exceljs) turns it into a map.
 */
export class CellStore {
  readonly rows: number[] = [];
  readonly cols: number[] = [];
  readonly values: CellValue[] = [];
  private map: Map<number, Map<number, CellValue>> | null = null;
  private lastRow = 0;
  private lastCol = 0;

  set(row: number, col: number, value: CellValue): void {
    const empty = value === null || value === '';
    if (this.map === null) {
      if (row > this.lastRow || (row === this.lastRow && col > this.lastCol)) {
        this.lastRow = row;
        this.lastCol = col;
        if (empty) return;
        this.rows.push(row);
        this.cols.push(col);
        this.values.push(value);
        return;
      }
      this.map = new Map();
      for (let i = 0; i < this.rows.length; i++) this.put(this.rows[i], this.cols[i], this.values[i]);
    }
    if (empty) this.map.get(row)?.delete(col);
    else this.put(row, col, value);
  }

  private put(row: number, col: number, value: CellValue): void {
    let cells = this.map!.get(row);
    if (cells === undefined) this.map!.set(row, (cells = new Map()));
    cells.set(col, value);
  }

  /** Calls `each` once per non-empty cell. */
  forEach(each: (row: number, col: number, value: CellValue) => void): void {
    if (this.map === null) {
      for (let i = 0; i < this.rows.length; i++) each(this.rows[i], this.cols[i], this.values[i]);
      return;
    }
    for (const [row, cells] of this.map) for (const [col, value] of cells) each(row, col, value);
  }
}

const DAY_MS = 24 * 3600 * 1000;
/** The largest time a JS Date holds (ECMA-262 21.4.1.1): past it exceljs's Date is invalid. */
const MAX_TIME = 8.64e15;

/**
 * exceljs's `utils.excelToDate` (`new Date(Math.round((serial - 25569 [+ 1462]) * 86400000))`),
 * then read with the UTC getters (fileRead.ts `convert`), computed without building the Date:
 * the civil date of a day count (H. Hinnant, "chrono-compatible low-level date algorithms").
 */
export function serialToDay(value: unknown, date1904: boolean): CellValue {
  const ms = Math.round((Number(value) - 25569 + (date1904 ? 1462 : 0)) * DAY_MS);
  if (!(Math.abs(ms) <= MAX_TIME)) return null;
  const z = Math.floor(ms / DAY_MS) + 719468;
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
function decodeAddress(address: string): [number, number] | null {
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

// exceljs's CellXform.parseClose then reconcile, reduced by fileRead.ts readCell/convert.
function cellValue(c: OpenCell, context: SheetContext): CellValue {
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

function sharedString(raw: string | undefined, context: SheetContext): CellValue {
  const index = parseInt(raw ?? '', 10);
  // exceljs fails the whole load on an index past the table; so does this reader.
  if (!(index >= 0 && index < context.sharedStrings.length)) throw new XmlError(`shared string ${raw} is not in the table`);
  return context.sharedStrings[index] ?? null;
}

const isDateStyle = (s: string | undefined, context: SheetContext): boolean => {
  if (s === undefined) return false;
  const style = parseInt(s, 10);
  return style ? context.dateStyles[style] === true : false;
};

/** The scanner's handler for a sheet, or for one `<c>` of it (then `inSheetData` starts true). */
function sheetHandler(out: SheetCells, context: SheetContext, inSheetData: boolean): XmlHandler {
  let currentRow = 0;
  let lastCol = 0;
  let cell: OpenCell | null = null;
  /** 1: inside `<v>` or a plain `<t>` of the cell; 2: inside `<f>`; 3: inside a rich-text run's `<t>`. */
  let textMode = 0;
  let inRun = false;
  let runText = '';
  let formulaText = '';
  return {
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
        cell = { row, col, type: a.t, date: isDateStyle(a.s, context), value: undefined, formula: false, runs: null };
      } else if (tag === 'row') {
        const r = attributes(attrs).r;
        currentRow = r === undefined ? currentRow + 1 : Number(r);
        lastCol = 0;
      } else if (tag === 'sheetData') {
        inSheetData = true;
      } else if (tag === 'mergeCell') {
        const ref = attributes(attrs).ref;
        const area = ref === undefined ? null : decodeRange(ref);
        if (area !== null) out.merges.push(area);
      } else if (tag === 'tablePart') {
        const id = attributes(attrs)['r:id'];
        if (id !== undefined) out.tableParts.push(id);
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
        out.cells.set(cell.row, cell.col, cellValue(cell, context));
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
  };
}

export function parseSheet(xml: string, context: SheetContext): SheetCells {
  return parseSheetFast(xml, context) ?? parseSheetGeneric(xml, context);
}

/** Every part of the sheet through the scanner: the reference the fast path must agree with. */
export function parseSheetGeneric(xml: string, context: SheetContext): SheetCells {
  const out: SheetCells = { cells: new CellStore(), merges: [], tableParts: [] };
  scanXml(xml, sheetHandler(out, context, false));
  return out;
}

const V_OPEN = '<v>';
const V_CLOSE = '</v></c>';

/**
 * The sheet as Excel, LibreOffice and exceljs write it, a hundred thousand rows in one pass: the
 * `<sheetData>` walked cell by cell with `indexOf`, a cell that is only `<v>…</v>` read on the
 * spot, any other cell (a formula, an inline or rich string) given to the scanner alone, and the
 * parts around `<sheetData>` (merges, tables) scanned whole. Null, for the scanner to read it
 * all, when the sheet is written otherwise: a comment or CDATA among the cells, a cell without
 * its address.
 */
function parseSheetFast(xml: string, context: SheetContext): SheetCells | null {
  const open = xml.indexOf('<sheetData');
  if (open < 0) return null;
  const openEnd = xml.indexOf('>', open);
  if (openEnd < 0) return null;
  const out: SheetCells = { cells: new CellStore(), merges: [], tableParts: [] };
  let close: number;
  if (xml.charCodeAt(openEnd - 1) === 47 /* "/" */) {
    close = openEnd + 1;
  } else {
    close = xml.indexOf('</sheetData>', openEnd);
    if (close < 0) return null;
    const bang = xml.indexOf('<!', openEnd);
    if (bang >= 0 && bang < close) return null;
    if (!cellsFast(xml, openEnd + 1, close, context, out)) return null;
    close += '</sheetData>'.length;
  }
  // Around the cells: the scanner, which also refuses a document type declaration.
  const handler = sheetHandler(out, context, false);
  scanXml(xml.slice(0, open), handler);
  scanXml(xml.slice(close), handler);
  return out;
}

/** The cells of `xml[from, to)` into `out`; false when one is not written the usual way. */
function cellsFast(xml: string, from: number, to: number, context: SheetContext, out: SheetCells): boolean {
  const { cells, } = out;
  let generic: XmlHandler | null = null;
  let p = from;
  for (;;) {
    let c = xml.indexOf('<c', p);
    while (c >= 0 && c < to) {
      const after = xml.charCodeAt(c + 2);
      if (after === 32 || after === 62 || after === 47 || after === 9 || after === 10 || after === 13) break;
      c = xml.indexOf('<c', c + 2);
    }
    if (c < 0 || c >= to) return true;
    const tagEnd = xml.indexOf('>', c);
    if (tagEnd < 0 || tagEnd >= to) return false;
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
    // The three attributes of a cell, read in place: the address as numbers, the style as a number,
    // the type as text only when it is not the usual "s" (a shared string) or "n" (a number).
    let row = 0, col = 0, style = 0;
    let t: string | undefined;
    let q = c + 2;
    const attrsEnd = selfClosing ? tagEnd - 1 : tagEnd;
    while (q < attrsEnd) {
      const eq = xml.indexOf('=', q);
      if (eq < 0 || eq >= attrsEnd) break;
      const quote = xml.charCodeAt(eq + 1);
      if (quote !== 34 && quote !== 39) return false;
      const end = xml.indexOf(quote === 34 ? '"' : "'", eq + 2);
      if (end < 0 || end >= attrsEnd) return false;
      // A one-letter name right before "=" and after white space: r, s or t.
      const before = xml.charCodeAt(eq - 2);
      if (before === 32 || before === 9 || before === 10 || before === 13) {
        const letter = xml.charCodeAt(eq - 1);
        if (letter === 114 /* r */) {
          let i = eq + 2;
          if (xml.charCodeAt(i) === 36) i++;
          for (let ch = xml.charCodeAt(i); ch >= 65 && ch <= 90; ch = xml.charCodeAt(++i)) col = col * 26 + ch - 64;
          if (xml.charCodeAt(i) === 36) i++;
          const digits = i;
          for (let ch = xml.charCodeAt(i); ch >= 48 && ch <= 57; ch = xml.charCodeAt(++i)) row = row * 10 + ch - 48;
          if (i !== end || i === digits) return false;
        } else if (letter === 115 /* s */) {
          let i = eq + 2;
          for (let ch = xml.charCodeAt(i); ch >= 48 && ch <= 57; ch = xml.charCodeAt(++i)) style = style * 10 + ch - 48;
          if (i !== end) return false; // not plain digits: the scanner reads it as exceljs does
        } else if (letter === 116 /* t */) {
          t = end === eq + 3 && xml.charCodeAt(eq + 2) === 115 ? 's' : xml.slice(eq + 2, end);
          if (t.indexOf('&') >= 0) return false;
        }
      }
      q = end + 1;
    }
    if (row < 1 || col < 1) return false;
    if (selfClosing) {
      cells.set(row, col, null);
      p = tagEnd + 1;
      continue;
    }
    const valueEnd = xml.startsWith(V_OPEN, tagEnd + 1) ? xml.indexOf('</v>', tagEnd + 4) : -1;
    if (valueEnd >= 0 && xml.startsWith(V_CLOSE, valueEnd)) {
      p = valueEnd + V_CLOSE.length;
      if (valueEnd === tagEnd + 4) {
        cells.set(row, col, null); // `<v></v>`: no value, as exceljs reads it
        continue;
      }
      let raw = xml.slice(tagEnd + 4, valueEnd);
      if (raw.indexOf('<') >= 0) return false;
      if (raw.indexOf('&') >= 0 || raw.indexOf('\r') >= 0) raw = decodeEntities(raw.replace(/\r\n?/g, '\n'));
      const date = style ? context.dateStyles[style] === true : false;
      if (t === 's') {
        cells.set(row, col, sharedString(raw, context));
      } else if (t === undefined || t === 'n') {
        const n = parseFloat(raw);
        cells.set(row, col, date ? serialToDay(n, context.date1904) : n);
      } else {
        cells.set(row, col, cellValue({ row, col, type: t, date, value: raw, formula: false, runs: null }, context));
      }
      continue;
    }
    const cellEnd = xml.indexOf('</c>', tagEnd);
    if (cellEnd < 0 || cellEnd >= to) return false;
    generic ??= sheetHandler(out, context, true);
    scanXml(xml.slice(c, cellEnd + 4), generic);
    p = cellEnd + 4;
  }
}
