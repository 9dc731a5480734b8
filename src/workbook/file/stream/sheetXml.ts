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
      if ((t === 's' || t === undefined || t === 'n') && valueEnd - tagEnd - 4 <= 15) {
        // Up to 15 plain digits (a shared string's index, a whole number, a day's serial) read in
        // place: the number parseInt and parseFloat give, without cutting the text out first.
        let n = 0;
        let i = tagEnd + 4;
        for (let ch = xml.charCodeAt(i); ch >= 48 && ch <= 57; ch = xml.charCodeAt(++i)) n = n * 10 + ch - 48;
        if (i === valueEnd) {
          if (t === 's') {
            if (n >= context.sharedStrings.length) throw new XmlError(`shared string ${xml.slice(tagEnd + 4, valueEnd)} is not in the table`);
            cells.set(row, col, context.sharedStrings[n] ?? null);
          } else {
            cells.set(row, col, style && context.dateStyles[style] === true ? serialToDay(n, context.date1904) : n);
          }
          continue;
        }
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
