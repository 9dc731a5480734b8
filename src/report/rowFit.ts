import { isLocalDate } from '../domain/calendar/localDate';
import { parseRange, type DocValue, type FontSpec, type FormatRange, type SheetDocument } from './document';
import { formatBands, type FormatSpan } from './formatBands';
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
  // A sheet repeats its texts (a unit's name, a rule's message on thousands of lines): a wrapped
  // text's height is measured once per look and width.
  const measured = new Map<CellLook, Map<number, Map<string, number>>>();
  const wrappedHeight = (text: string, width: number, look: CellLook): number => {
    let byWidth = measured.get(look);
    if (byWidth === undefined) measured.set(look, byWidth = new Map());
    let byText = byWidth.get(width);
    if (byText === undefined) byWidth.set(width, byText = new Map());
    let h = byText.get(text);
    if (h === undefined) byText.set(text, h = textHeight(text, width, look.font));
    return h;
  };
  const heights: Record<number, number> = {};
  const looksOf = lookComposer();
  const fontOrWrap = (doc.formats ?? []).filter((f) => f.font !== undefined || f.wrap !== undefined);
  for (const band of formatBands(fontOrWrap, from, to)) {
    const looks = looksOf(band.active);
    for (let row = band.from; row <= band.to; row++) {
      const values = doc.values[row - 1];
      if (values === undefined) continue;
      let h = 0;
      for (let i = 0; i < values.length; i++) {
        const text = shownText(values[i]);
        if (text === null) continue;
        const key = row * KEY + i + 1;
        const span = spans.get(key);
        if (span === -1) continue;
        const look = looks[i + 1] ?? BLANK;
        const width = span ?? widthOf(i + 1);
        h = Math.max(h, look.wrap ? wrappedHeight(text, width, look) : heightForLines(lineCount(text), look.font.size ?? 11));
      }
      if (h > 0) heights[row] = Math.min(MAX_ROW_HEIGHT, h);
    }
  }
  return heights;
}

const BLANK: CellLook = { font: {}, wrap: false };

/** Lines of a text: one more than its `\n`s. */
function lineCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

/**
 * Each column's look (1-based; absent: blank) under a band's formats, composed in their order. A
 * composition is made once and shared (a report of 10,000 rows has a few hundred distinct ones),
 * so equal looks are one object.
 */
function lookComposer(): (active: readonly FormatSpan[]) => (CellLook | undefined)[] {
  const composed = new WeakMap<CellLook, Map<FormatRange, CellLook>>();
  const compose = (old: CellLook, f: FormatRange): CellLook => {
    let next = composed.get(old);
    if (next === undefined) composed.set(old, next = new Map());
    let look = next.get(f);
    if (look === undefined) {
      look = { font: f.font ? { ...old.font, ...f.font } : old.font, wrap: f.wrap ?? old.wrap };
      next.set(f, look);
    }
    return look;
  };
  return (active) => {
    const looks: (CellLook | undefined)[] = [];
    for (const s of active) for (let col = s.col; col <= s.col2; col++) looks[col] = compose(looks[col] ?? BLANK, s.f);
    return looks;
  };
}

/**
 * The document with every text row from `autoFitRowsFrom` (or `from`) down given its fitted
 * height; heights the builder set itself win (spacer rows, the header's rules).
 */
export function withFittedRows(doc: SheetDocument, from = doc.autoFitRowsFrom ?? 1): SheetDocument {
  const { autoFitRowsFrom: _, ...rest } = doc;
  return { ...rest, rowHeights: { ...fittedHeights(doc, from), ...(doc.rowHeights ?? {}) } };
}
