import type { DocValue, FontSpec, PageSetup } from './document';
import { columnPoints, splitForRows } from './textMetrics';

/**
 * Where a printed list's pages break, known before a spreadsheet prints it: every row has its
 * height (`rowFit.ts`), the page is A4 between ND 30's margins, and the list is scaled to the
 * page's width. Rows kept with the next (a band with its first opinion, the last rows with the
 * signature: ND 30, a signature never stands alone on a page) move to a new page together when
 * they do not fit what is left; a chain taller than a page is left to the spreadsheet's own breaks.
 */

/** A4 less ND 30's margins (20 + 20 mm, 30 + 15 mm), in points. */
const PRINTABLE = {
  portrait: { width: (210 - 45) * 72 / 25.4, height: (297 - 40) * 72 / 25.4 },
  landscape: { width: (297 - 45) * 72 / 25.4, height: (210 - 40) * 72 / 25.4 },
} as const;
/** What a spreadsheet gives a row beyond our measure (its grid lines, rounding of the scale). */
const SAFETY = 0.97;

/**
 * The scale a sheet printed one page wide is printed at: the page's width over the printed
 * columns' (character units), in whole percent as Excel and LibreOffice set it, at most 100 %.
 * @example printScale([6, 46, 20, 16, 26, 12, 13], 'landscape') // 0.97
 */
export function printScale(widths: readonly number[], orientation: PageSetup['orientation']): number {
  const width = widths.reduce((s, w) => s + columnPoints(w), 0);
  return Math.min(1, Math.floor((PRINTABLE[orientation].width / width) * 100) / 100);
}

/** A printed page's height in the sheet's own points (a page printed at 84 % holds 1/0.84 as much), with the safety margin. */
export function printedPageHeight(widths: readonly number[], orientation: PageSetup['orientation']): number {
  return (PRINTABLE[orientation].height / printScale(widths, orientation)) * SAFETY;
}

export interface PageFrame {
  readonly orientation: PageSetup['orientation'];
  /** The printed columns' widths, for the scale. */
  readonly widths: readonly number[];
  readonly titleRows?: readonly [number, number];
}

/**
 * How a link between two rows binds: `hard` must hold (the last rows with the signature: ND 30),
 * `soft` should (a band with its first opinion), `false` not at all.
 */
export type Keep = 'hard' | 'soft' | false;

/**
 * Excel and LibreOffice print the same sheet at different scales: LibreOffice takes a character
 * unit as Carlito's digit (about 5.65 pt, measured in its PDF) where Excel takes 7 px (5.25 pt),
 * so LibreOffice fits more rows on a page. Pages are followed in both; a soft chain gets a break
 * of its own only where it fits in neither (else the break would leave half a page empty in the
 * other), a hard chain wherever it fits in one of them.
 */
const UNIT_PT = { excel: 5.25, libreoffice: 5.65 } as const;

class PageRun {
  used = 0;
  top = 0; // what a page holds before its first row of its own (the repeated title rows)
  constructor(readonly page: number, readonly title: number) {}
  fits(height: number): boolean {
    return this.used <= this.top || this.used + height <= this.page;
  }
  newPage(): void {
    this.used = this.top = this.title;
  }
  add(height: number): void {
    if (!this.fits(height)) this.newPage(); // the spreadsheet breaks here itself
    this.used += height;
  }
}

/**
 * Rows new pages start at: `heights` by row (a missing row is Excel's default 15 pt), rows 1…`last`,
 * `keep(r)` how row r is bound to row r + 1; `forced` rows start a page anyway (breaks the builder
 * set) and are not returned.
 */
export function listPageBreaks(
  heights: Readonly<Record<number, number>>, last: number, keep: (row: number) => Keep | boolean, frame: PageFrame, forced: readonly number[] = [],
): number[] {
  const starts = new Set(forced);
  const h = (r: number) => heights[r] ?? 15;
  let title = 0;
  if (frame.titleRows) for (let r = frame.titleRows[0]; r <= frame.titleRows[1]; r++) title += h(r);
  const runs = Object.values(UNIT_PT).map((unit) => {
    const width = frame.widths.reduce((sum, w) => sum + w * unit, 0);
    const scale = Math.min(1, Math.floor((PRINTABLE[frame.orientation].width / width) * 100) / 100);
    return new PageRun((PRINTABLE[frame.orientation].height / scale) * SAFETY, title);
  });
  const breaks: number[] = [];
  for (let start = 1; start <= last;) {
    let end = start;
    let hardFrom = 0; // the first row of the chain's hard tail
    for (let k = keep(end); end < last && k && !starts.has(end + 1); k = keep(end)) {
      if (k === 'hard' && hardFrom === 0) hardFrom = end;
      end++;
    }
    if (starts.has(start)) runs.forEach((run) => run.newPage());
    let chain = 0;
    for (let r = start; r <= end; r++) chain += h(r);
    // A chain taller than a page cannot be kept whole: its soft head goes as it falls, and its
    // hard tail (the signature and the rows it holds) is placed as a chain of its own.
    if (hardFrom > start && runs.some((run) => title + chain > run.page)) {
      for (let r = start; r < hardFrom; r++) runs.forEach((run) => run.add(h(r)));
      start = hardFrom;
      continue;
    }
    const hard = hardFrom > 0;
    const misfits = runs.filter((run) => !run.fits(chain) && title + chain <= run.page).length;
    // A row alone goes to the next page by itself; only a chain needs a break of its own.
    if (end > start && (hard ? misfits > 0 : misfits === runs.length)) {
      breaks.push(start);
      runs.forEach((run) => run.newPage());
    }
    for (let r = start; r <= end; r++) runs.forEach((run) => run.add(h(r)));
    start = end + 1;
  }
  return breaks;
}

/**
 * A table row whose text is taller than a row can be (409 pt) as several rows: each text cell's
 * lines continue in the same column of the rows below; other values stay on the first row.
 * `widths` are the columns' character units.
 */
export function continuedRows(row: readonly DocValue[], widths: readonly number[], font: FontSpec): DocValue[][] {
  const pieces = row.map((v, c) => (typeof v === 'string' ? splitForRows(v, columnPoints(widths[c] ?? 9), font) : [v]));
  const count = Math.max(...pieces.map((p) => p.length));
  if (count === 1) return [[...row]];
  return Array.from({ length: count }, (_, k) => pieces.map((p) => p[k] ?? null));
}
