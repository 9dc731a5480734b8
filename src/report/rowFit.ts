import { isLocalDate } from '../domain/calendar/localDate';
import { parseRange, type DocValue, type FontSpec, type FormatRange, type SheetDocument } from './document';
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
  for (const band of lookBands(doc.formats ?? [], from, to)) {
    const looks = band.looks;
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

interface LookBand {
  readonly from: number;
  readonly to: number;
  /** Each column's look (1-based), composed from the formats over the band in their order; absent: blank. */
  readonly looks: readonly (CellLook | undefined)[];
}

/**
 * Rows `from`–`to` cut where a format with a font or a wrap starts or ends: inside a band every
 * row has the same looks column by column, so a look is composed once per band and column, not
 * per cell. A composition is made once and shared (a report of 10,000 rows has a few hundred
 * distinct ones), so equal looks are one object.
 */
function lookBands(formats: readonly FormatRange[], from: number, to: number): LookBand[] {
  const spans: { f: FormatRange; order: number; row: number; row2: number; col: number; col2: number }[] = [];
  formats.forEach((f, order) => {
    if (f.font === undefined && f.wrap === undefined) return;
    const r = parseRange(f.range);
    const row = Math.max(r.row, from), row2 = Math.min(r.row2, to);
    if (row <= row2) spans.push({ f, order, row, row2, col: r.col, col2: r.col2 });
  });
  const cuts = new Set<number>([from, to + 1]);
  for (const s of spans) cuts.add(s.row).add(s.row2 + 1);
  const rows = [...cuts].sort((a, b) => a - b);
  const starting = new Map<number, typeof spans>();
  for (const s of spans) {
    const list = starting.get(s.row);
    if (list === undefined) starting.set(s.row, [s]);
    else list.push(s);
  }
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
  const bands: LookBand[] = [];
  let active: typeof spans = [];
  for (let b = 0; b + 1 < rows.length; b++) {
    const top = rows[b], bottom = rows[b + 1] - 1;
    if (top > to) break;
    active = active.filter((s) => s.row2 >= top);
    const started = starting.get(top);
    if (started !== undefined) active = [...active, ...started].sort((x, y) => x.order - y.order);
    const looks: (CellLook | undefined)[] = [];
    for (const s of active) for (let col = s.col; col <= s.col2; col++) looks[col] = compose(looks[col] ?? BLANK, s.f);
    bands.push({ from: top, to: bottom, looks });
  }
  return bands;
}
/**
 * The document with every text row from `autoFitRowsFrom` (or `from`) down given its fitted
 * height; heights the builder set itself win (spacer rows, the header's rules).
 */
export function withFittedRows(doc: SheetDocument, from = doc.autoFitRowsFrom ?? 1): SheetDocument {
  const { autoFitRowsFrom: _, ...rest } = doc;
  return { ...rest, rowHeights: { ...fittedHeights(doc, from), ...(doc.rowHeights ?? {}) } };
}
