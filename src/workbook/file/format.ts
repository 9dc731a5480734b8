import type { Alignment, Border, Borders, Font, HeaderFooter, Style, Worksheet } from 'exceljs';
import { DccsError } from '../../domain/errors';
import { columnLetter, parseRange, type BorderStyle, type FormatRange, type ListValidation, type PageSetup } from '../../report/document';

/**
 * Sheet-document formats applied through exceljs, cell by cell (exceljs styles are per cell).
 *
 * Cells with the same formats share one style object: a format applied to a style gives the same
 * derived object every time (`derive`). exceljs then writes each distinct object once (its
 * writer remembers style objects it has seen), which is most of the cost of saving a report of
 * 10,000 rows. So a style object is never mutated once a cell holds it: it is replaced.
 */
export function applyFormat(ws: Worksheet, f: FormatRange): void {
  const r = parseRange(f.range);
  const cache = derivations(f);
  for (let row = r.row; row <= r.row2; row++) {
    const last = row === r.row2;
    for (let col = r.col; col <= r.col2; col++) {
      const cell = ws.getCell(row, col);
      cell.style = derive(shared(cell.style), f, last, cache);
    }
  }
}

/** Every style object this module handed out, by its content. */
const byContent = new Map<string, Partial<Style>>();
const handedOut = new WeakSet<object>();
const EMPTY_STYLE: Partial<Style> = {};
handedOut.add(EMPTY_STYLE);

/** The shared object with the same content as `style` (a fresh cell's style is a new `{}`). */
export function shared(style: Partial<Style> | undefined): Partial<Style> {
  if (style === undefined || style === null) return EMPTY_STYLE;
  if (handedOut.has(style)) return style;
  let empty = true;
  for (const _ in style) { empty = false; break; }
  if (empty) return EMPTY_STYLE;
  const key = JSON.stringify(style);
  let found = byContent.get(key);
  if (found === undefined) {
    found = style;
    byContent.set(key, found);
    handedOut.add(found);
  }
  return found;
}

/** `base` with `f` applied (on the range's last row when `last`): the object `applyFormat` gives such a cell. */
export function deriveFormat(base: Partial<Style>, f: FormatRange, last: boolean): Partial<Style> {
  return derive(base, f, last, derivations(f));
}

type Derivations = WeakMap<object, [Partial<Style> | undefined, Partial<Style> | undefined]>;
const perFormat = new WeakMap<FormatRange, Derivations>();
/**
 * Formats that say the same thing over other ranges share their derivations: `TH Chi tiết` has a
 * fill per run of equal severity, twenty thousand formats of three kinds.
 */
const perSpec = new Map<string, Derivations>();

function derivations(f: FormatRange): Derivations {
  let cache = perFormat.get(f);
  if (cache === undefined) {
    const { range: _, ...spec } = f;
    const key = JSON.stringify(spec);
    cache = perSpec.get(key);
    if (cache === undefined) perSpec.set(key, cache = new WeakMap());
    perFormat.set(f, cache);
  }
  return cache;
}

/** `base` with `f` applied (on the range's last row when `last`), shared between calls. */
function derive(base: Partial<Style>, f: FormatRange, last: boolean, cache: Derivations): Partial<Style> {
  let pair = cache.get(base);
  if (pair === undefined) cache.set(base, pair = [undefined, undefined]);
  const i = last ? 1 : 0;
  const hit = pair[i];
  if (hit !== undefined) return hit;
  const style: Partial<Style> = { ...base };
  if (f.numberFormat !== undefined) style.numFmt = f.numberFormat;
  if (f.font) style.font = { ...base.font, ...fontOf(f.font) };
  if (f.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.fill) } };
  if (f.horizontal || f.vertical || f.wrap !== undefined) {
    const alignment: Partial<Alignment> = { ...base.alignment };
    if (f.horizontal) alignment.horizontal = f.horizontal;
    if (f.vertical) alignment.vertical = f.vertical;
    if (f.wrap !== undefined) alignment.wrapText = f.wrap;
    style.alignment = alignment;
  }
  if (f.border || (f.borderBottom && last)) {
    const border: Partial<Borders> = { ...base.border };
    if (f.border) {
      const edge = borderOf(f.border);
      Object.assign(border, { top: edge, left: edge, bottom: edge, right: edge });
    }
    if (f.borderBottom && last) border.bottom = borderOf(f.borderBottom);
    style.border = border;
  }
  return pair[i] = shared(style);
}

function fontOf(spec: NonNullable<FormatRange['font']>): Partial<Font> {
  const font: Partial<Font> = {};
  if (spec.name !== undefined) font.name = spec.name;
  if (spec.size !== undefined) font.size = spec.size;
  if (spec.bold !== undefined) font.bold = spec.bold;
  if (spec.italic !== undefined) font.italic = spec.italic;
  if (spec.underline !== undefined) font.underline = spec.underline;
  if (spec.color !== undefined) font.color = { argb: argb(spec.color) };
  return font;
}

function borderOf(style: BorderStyle): Partial<Border> {
  return style === 'none' ? {} : { style, color: { argb: 'FF000000' } };
}

/** "#1F4E79" → "FF1F4E79" (exceljs wants alpha first). */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

/**
 * Excel caps a list validation's literal source at 255 characters, and a comma inside a value
 * would split it. A longer list belongs in a range, which is the document builder's job: so
 * this is a bug, not user data.
 */
export function listFormula(v: ListValidation): string {
  if (v.values.some((value) => value.includes(',') || value.includes('"'))) {
    throw new DccsError(`List validation on ${v.range}: values may not contain "," or '"'.`);
  }
  const source = v.values.join(',');
  if (source.length > 255) {
    throw new DccsError(`List validation on ${v.range} is ${source.length} characters; Excel allows 255.`);
  }
  return source;
}

/** Checks every list of a write before anything is written, so a bad list leaves no half sheet. */
export function assertValidations(documents: readonly { validations?: readonly ListValidation[] }[]): void {
  for (const doc of documents) for (const v of doc.validations ?? []) if (v.source === undefined) listFormula(v);
}

export function applyValidation(ws: Worksheet, v: ListValidation): void {
  // A range source (`'Danh mục'!$B$2:$B$15`) holds values with commas; an inline list cannot.
  const formula = v.source ?? `"${listFormula(v)}"`;
  const r = parseRange(v.range);
  for (let row = r.row; row <= r.row2; row++) {
    for (let col = r.col; col <= r.col2; col++) {
      ws.getCell(row, col).dataValidation = {
        type: 'list', allowBlank: true, formulae: [formula],
        showErrorMessage: v.error !== undefined, error: v.error, errorStyle: 'stop',
      };
    }
  }
}

const MM_PER_INCH = 25.4;
const A4 = 9; // OOXML paperSize code for A4 (ECMA-376 Part 1, 18.3.1.63)

export function applyPageSetup(ws: Worksheet, p: PageSetup): void {
  const { pageSetup, headerFooter } = pageSetupOf(p);
  ws.pageSetup = { ...ws.pageSetup, ...pageSetup };
  if (headerFooter) ws.headerFooter = headerFooter;
}

/**
 * What `applyPageSetup` sets, over exceljs's defaults: a streamed sheet is given it when it is
 * added, since it writes the sheet's properties (fit to page) first.
 */
export function pageSetupOf(p: PageSetup): { pageSetup: Partial<Worksheet['pageSetup']>; headerFooter?: Partial<HeaderFooter> } {
  const m = p.margins;
  const pageSetup: Partial<Worksheet['pageSetup']> = {
    paperSize: A4,
    orientation: p.orientation,
    horizontalCentered: p.centerHorizontally ?? false,
    ...(m ? { margins: {
      top: m.top / MM_PER_INCH, bottom: m.bottom / MM_PER_INCH, left: m.left / MM_PER_INCH, right: m.right / MM_PER_INCH,
      header: 0.3, footer: 0.3,
    } } : {}),
    ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    ...(p.printTitleRows ? { printTitlesRow: `${p.printTitleRows[0]}:${p.printTitleRows[1]}` } : {}),
    ...(p.printTitleColumns ? { printTitlesColumn: `${columnLetter(p.printTitleColumns[0])}:${columnLetter(p.printTitleColumns[1])}` } : {}),
    ...(p.scale !== undefined && !p.fitToWidth ? { scale: p.scale, fitToPage: false } : {}),
    ...(p.pageOrder ? { pageOrder: p.pageOrder } : {}),
    // exceljs puts a "$" before each corner as given: `A$1:N$52` becomes Excel's `$A$1:$N$52`.
    ...(p.printArea ? { printArea: p.printArea.replace(/\$/g, '').replace(/([A-Z]+)(\d+)/g, '$1$$$2') } : {}),
  };
  if (p.pageNumbers === undefined) return { pageSetup };
  pageSetup.firstPageNumber = 1;
  const headerFooter = p.pageNumbers === 'top-center-from-2'
    ? { differentFirst: true, firstHeader: '', oddHeader: PAGE_NUMBER_HEADER }
    : { oddHeader: PAGE_NUMBER_HEADER };
  return { pageSetup, headerFooter };
}

/** The header's centre section: the page number in Times New Roman 13 (Excel's header codes). */
export const PAGE_NUMBER_HEADER = '&C&"Times New Roman,Regular"&13&P';
