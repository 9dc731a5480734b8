import { isLocalDate } from '../domain/calendar/localDate';
import { parseRange, type DocValue, type FontSpec, type SheetDocument } from './document';
import { columnPoints, heightForLines, MAX_ROW_HEIGHT, textHeight } from './textMetrics';

/**
 * Row heights from the text the rows hold, by font metrics: each text cell's font (the formats
 * that cover it, in order), wrap, and width (its column, or its merge's columns together). A row
 * saved without a height prints one line in LibreOffice and Excel, and Excel's own autofit ignores
 * merged cells, so every row with text gets a height here. Excel's limit is 409 pt: a builder whose
 * text may pass it splits the text over rows first (`splitForRows`).
 */

const DEFAULT_WIDTH = 8.43; // Excel's default column width
const KEY = 16_384;

interface CellLook {
  font: FontSpec;
  wrap: boolean;
}

/** The text a cell shows, for measuring: numbers and dates at their printed length. */
function shownText(v: DocValue): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isLocalDate(v)) return '00/00/0000';
  return v.result === undefined ? null : String(v.result);
}

/**
 * Heights (points) of the rows `from`–`to` that hold text; a row without text keeps the default.
 * @example fittedHeights(doc, 5, 40)[7] // 52.5 for a 3-line cell of 12 pt
 */
export function fittedHeights(doc: SheetDocument, from = 1, to = doc.values.length): Record<number, number> {
  // Each cell's look is the formats over it composed in order; a composition is made once and
  // shared (a report of 10,000 rows has a few hundred distinct ones), so cells hold references.
  const looks = new Map<number, CellLook>();
  const composed = new WeakMap<CellLook, Map<object, CellLook>>();
  const blank: CellLook = { font: {}, wrap: false };
  for (const f of doc.formats ?? []) {
    if (f.font === undefined && f.wrap === undefined) continue;
    const r = parseRange(f.range);
    for (let row = Math.max(r.row, from); row <= Math.min(r.row2, to); row++) {
      for (let col = r.col; col <= r.col2; col++) {
        const key = row * KEY + col;
        const old = looks.get(key) ?? blank;
        let next = composed.get(old);
        if (next === undefined) composed.set(old, next = new Map());
        let look = next.get(f);
        if (look === undefined) {
          look = { font: f.font ? { ...old.font, ...f.font } : old.font, wrap: f.wrap ?? old.wrap };
          next.set(f, look);
        }
        looks.set(key, look);
      }
    }
  }
  const widths = (doc.columns ?? []).map((c) => (c.hidden ? 0 : c.width ?? DEFAULT_WIDTH));
  const widthOf = (col: number) => columnPoints(widths[col - 1] ?? DEFAULT_WIDTH);
  const spans = new Map<number, number>(); // top-left cell → merged width; covered cells → -1
  for (const m of doc.merges ?? []) {
    const r = parseRange(m);
    if (r.row2 < from || r.row > to) continue;
    let w = 0;
    for (let col = r.col; col <= r.col2; col++) w += widthOf(col);
    for (let row = r.row; row <= r.row2; row++) for (let col = r.col; col <= r.col2; col++) spans.set(row * KEY + col, -1);
    // A merge over several rows spreads its text over them: measured as the first row's, safe.
    spans.set(r.row * KEY + r.col, w);
  }
  const heights: Record<number, number> = {};
  for (let row = from; row <= to; row++) {
    let h = 0;
    (doc.values[row - 1] ?? []).forEach((v, i) => {
      const text = shownText(v);
      const key = row * KEY + i + 1;
      const span = spans.get(key);
      if (text === null || span === -1) return;
      const look = looks.get(key) ?? { font: {}, wrap: false };
      const size = look.font.size ?? 11;
      const width = span ?? widthOf(i + 1);
      h = Math.max(h, look.wrap ? textHeight(text, width, look.font) : heightForLines(text.split('\n').length, size));
    });
    if (h > 0) heights[row] = Math.min(MAX_ROW_HEIGHT, h);
  }
  return heights;
}

/**
 * The document with every text row from `autoFitRowsFrom` (or `from`) down given its fitted
 * height; heights the builder set itself win (spacer rows, the header's rules).
 */
export function withFittedRows(doc: SheetDocument, from = doc.autoFitRowsFrom ?? 1): SheetDocument {
  const { autoFitRowsFrom: _, ...rest } = doc;
  return { ...rest, rowHeights: { ...fittedHeights(doc, from), ...(doc.rowHeights ?? {}) } };
}
