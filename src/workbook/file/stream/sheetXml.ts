import type { MergedArea } from '../../../sheets/grid';
import { CellStore } from './cellStore';
import { cellValue, decodeAddress, decodeRange, isDateStyle, sharedString, serialToDay, type OpenCell, type SheetContext } from './cellValue';
import { attributes, decodeEntities, scanXml, XmlError, type XmlHandler } from './xmlScan';
import { unescapeOoxml } from './xlsxParts';

/**
 * One worksheet's XML read straight into cell values, the way exceljs would load the same cells
 * and `workbook/file/read.ts` reduce them (the differential test in test/workbook/streamRead.test.ts holds
 * the two together): shared and inline strings, rich text as its plain text, booleans, errors as
 * their text, a formula's cached result, and a number in a date style as the day exceljs's
 * `Date` would give read with the UTC getters (cellValue.ts). Styles are looked at for that one
 * question only.
 */

export interface SheetCells {
  readonly cells: CellStore;
  /** Every merged area, in the order of the sheet's `<mergeCells>`. */
  readonly merges: MergedArea[];
  /** Relationship ids of `<tablePart>`. */
  readonly tableParts: string[];
}

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

const V_CLOSE = '</v></c>';
const SHEET_DATA_END = '</sheetData>';

/**
 * The sheet as Excel, LibreOffice and exceljs write it, a hundred thousand rows in one pass: the
 * `<sheetData>` walked tag by tag, a cell that is only `<v>…</v>` read on the spot, any other cell
 * (a formula, an inline or rich string) given to the scanner alone, and the parts around
 * `<sheetData>` (merges, tables) scanned whole. Null, for the scanner to read it all, when the
 * sheet is written otherwise: a comment, CDATA or any other tag among the rows, a cell without its
 * address, a comment before the cells.
 */
export function parseSheetFast(xml: string, context: SheetContext): SheetCells | null {
  const open = xml.indexOf('<sheetData');
  if (open < 0) return null;
  const openEnd = xml.indexOf('>', open);
  if (openEnd < 0) return null;
  // A comment or declaration before the cells could hold a "<sheetData" of its own.
  if (xml.lastIndexOf('<!', open) >= 0) return null;
  const out: SheetCells = { cells: new CellStore(), merges: [], tableParts: [] };
  let close: number;
  if (xml.charCodeAt(openEnd - 1) === 47 /* "/" */) {
    close = openEnd + 1;
  } else {
    close = cellsFast(xml, openEnd + 1, context, out);
    if (close < 0) return null;
    close += SHEET_DATA_END.length;
  }
  // Around the cells: the scanner, which also refuses a document type declaration.
  const handler = sheetHandler(out, context, false);
  scanXml(xml.slice(0, open), handler);
  scanXml(xml.slice(close), handler);
  return out;
}

/** White space as XML has it: space, tab, line feed, carriage return. */
const isSpace = (ch: number) => ch === 32 || ch === 9 || ch === 10 || ch === 13;

/**
 * The cells from `from` to `</sheetData>` into `out`; where `</sheetData>` starts, or -1 when the
 * part is not written the usual way. Between cells only `<row …>`, `</row>` and text may come, so
 * nothing is searched for past the cells (a search for "<!" or "</sheetData>" over the whole part
 * stopped at each of its million "<": 8–9 ms of the 27,000-row book's 35). Each cell's tag and a
 * `<v>` of plain digits are read a character at a time, not with `indexOf` and `slice` (a call
 * each, seven a cell: 41 ms for the book's sheets against 33).
 */
function cellsFast(xml: string, from: number, context: SheetContext, out: SheetCells): number {
  const { cells } = out;
  const { sharedStrings, dateStyles, date1904 } = context;
  const to = xml.length;
  let generic: XmlHandler | null = null;
  let p = from;
  for (;;) {
    // The next tag: most often the next cell, right where the last one ended.
    let c = p;
    while (c < to && xml.charCodeAt(c) !== 60) c++;
    if (c >= to) return -1;
    const next = xml.charCodeAt(c + 1);
    if (next !== 99 /* c */) {
      if (next === 114 /* <row */ && xml.startsWith('ow', c + 2)) {
        const end = xml.indexOf('>', c);
        if (end < 0) return -1;
        p = end + 1;
        continue;
      }
      if (next === 47) {
        // Tested at every "</row>", so that the sheet's end takes no step the optimized code has not
        // seen (an untried one throws the reader out of it for the next sheet); the caller adds the length.
        if (xml.startsWith(SHEET_DATA_END, c)) return c;
        if (xml.startsWith('row>', c + 2)) {
          p = c + 6;
          continue;
        }
      }
      return -1; // a comment, CDATA or another tag among the rows
    }
    const after = xml.charCodeAt(c + 2);
    if (!(isSpace(after) || after === 62 || after === 47)) return -1;
    // The cell's attributes, read in place up to the tag's end: the address as numbers, the style as
    // a number, the type as text only when it is not the usual "s" (a shared string) or "n" (a number).
    // Any other attribute is stepped over; anything unusual (no quotes, white space around "=", an
    // entity in the type, digits that are not only digits) leaves the sheet to the scanner.
    let row = 0, col = 0, style = 0;
    let t: string | undefined;
    let i = c + 2;
    let tagEnd: number;
    let selfClosing = false;
    for (;;) {
      if (i >= to) return -1;
      let ch = xml.charCodeAt(i);
      if (isSpace(ch)) {
        i++;
        continue;
      }
      if (ch === 62) {
        tagEnd = i;
        break;
      }
      if (ch === 47) {
        if (xml.charCodeAt(i + 1) !== 62) return -1;
        selfClosing = true;
        tagEnd = i + 1;
        break;
      }
      if (!isSpace(xml.charCodeAt(i - 1))) return -1;
      const name = i;
      while (ch !== 61) {
        if (i >= to || isSpace(ch) || ch === 62 || ch === 47) return -1;
        ch = xml.charCodeAt(++i);
      }
      const quote = xml.charCodeAt(i + 1);
      if (quote !== 34 && quote !== 39) return -1;
      const letter = i === name + 1 ? xml.charCodeAt(name) : 0;
      i += 2;
      const value = i;
      if (letter === 114 /* r */) {
        if (xml.charCodeAt(i) === 36) i++;
        for (ch = xml.charCodeAt(i); ch >= 65 && ch <= 90; ch = xml.charCodeAt(++i)) col = col * 26 + ch - 64;
        if (xml.charCodeAt(i) === 36) i++;
        const digits = i;
        for (ch = xml.charCodeAt(i); ch >= 48 && ch <= 57; ch = xml.charCodeAt(++i)) row = row * 10 + ch - 48;
        if (ch !== quote || i === digits) return -1;
      } else if (letter === 115 /* s */) {
        for (ch = xml.charCodeAt(i); ch >= 48 && ch <= 57; ch = xml.charCodeAt(++i)) style = style * 10 + ch - 48;
        if (ch !== quote) return -1; // not plain digits: the scanner reads it as exceljs does
      } else {
        i = xml.indexOf(quote === 34 ? '"' : "'", i);
        if (i < 0 || i >= to) return -1;
        if (letter === 116 /* t */) {
          t = i === value + 1 && xml.charCodeAt(value) === 115 ? 's' : xml.slice(value, i);
          if (t.indexOf('&') >= 0) return -1;
        }
      }
      i++; // past the closing quote
    }
    if (row < 1 || col < 1) return -1;
    if (selfClosing) {
      cells.set(row, col, null);
      p = tagEnd + 1;
      continue;
    }
    if (xml.charCodeAt(tagEnd + 1) === 60 && xml.charCodeAt(tagEnd + 2) === 118 && xml.charCodeAt(tagEnd + 3) === 62) {
      const start = tagEnd + 4;
      if (t === 's' || t === undefined || t === 'n') {
        // Up to 15 plain digits (a shared string's index, a whole number, a day's serial) read in
        // place, then `</v></c>`: the number parseInt and parseFloat give, without cutting the text out.
        let n = 0;
        let k = start;
        for (let ch = xml.charCodeAt(k); ch >= 48 && ch <= 57 && k - start < 15; ch = xml.charCodeAt(++k)) n = n * 10 + ch - 48;
        if (k > start && xml.startsWith(V_CLOSE, k)) {
          p = k + V_CLOSE.length;
          if (t === 's') {
            if (n >= sharedStrings.length) throw new XmlError(`shared string ${xml.slice(start, k)} is not in the table`);
            cells.set(row, col, sharedStrings[n] ?? null);
          } else {
            cells.set(row, col, style && dateStyles[style] === true ? serialToDay(n, date1904) : n);
          }
          continue;
        }
      }
      const valueEnd = xml.indexOf('</v>', start);
      if (valueEnd >= 0 && xml.startsWith(V_CLOSE, valueEnd)) {
        p = valueEnd + V_CLOSE.length;
        if (valueEnd === start) {
          cells.set(row, col, null); // `<v></v>`: no value, as exceljs reads it
          continue;
        }
        let raw = xml.slice(start, valueEnd);
        if (raw.indexOf('<') >= 0) return -1;
        if (raw.indexOf('&') >= 0 || raw.indexOf('\r') >= 0) raw = decodeEntities(raw.replace(/\r\n?/g, '\n'));
        const date = style ? dateStyles[style] === true : false;
        if (t === 's') {
          cells.set(row, col, sharedString(raw, context));
        } else if (t === undefined || t === 'n') {
          const n = parseFloat(raw);
          cells.set(row, col, date ? serialToDay(n, date1904) : n);
        } else {
          cells.set(row, col, cellValue({ row, col, type: t, date, value: raw, formula: false, runs: null }, context));
        }
        continue;
      }
    }
    const cellEnd = xml.indexOf('</c>', tagEnd);
    if (cellEnd < 0) return -1;
    const cell = xml.slice(c, cellEnd + 4);
    if (cell.indexOf('<!') >= 0) return -1; // a comment in the cell could hold a "</c>"
    generic ??= sheetHandler(out, context, true);
    scanXml(cell, generic);
    p = cellEnd + 4;
  }
}
