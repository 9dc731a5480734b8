import { createRequire } from 'node:module';
import type { AddWorksheetOptions, Row, Style, Workbook, Worksheet, WorksheetView } from 'exceljs';
import { isLocalDate } from '../../domain/calendar/localDate';
import { a1, parseRange, type SheetDocument } from '../../report/document';
import { formatBands, type FormatSpan } from '../../report/formatBands';
import { fittedHeights } from '../../report/rowFit';
import { applyValidation, argb, deriveFormat, pageSetupOf, shared } from './format';
import { DATE_STYLE, writeCellValue, writeColorScale } from './write';

/**
 * A sheet document written row by row into exceljs's streaming writer (Node only), each row made
 * XML and handed to the zip once it is complete: what `writeDocument` writes into an in-memory
 * workbook, without holding the whole sheet as cells and as one string of XML.
 */

/**
 * True when `streamDocument` writes `doc` as `writeDocument` would. exceljs's streaming writer
 * leaves out a row without a value and without a height, where the in-memory writer keeps one on
 * which a format, a list or a one-cell merge made cells (a bordered blank line); and it does not
 * write links as that one does. Such a document is written in memory.
 */
export function streamable(doc: SheetDocument): boolean {
  const heights = rowHeightsOf(doc);
  // A merge's other cells count as values, on each of its rows.
  const merged = new Set<number>();
  for (const m of doc.merges ?? []) {
    const r = parseRange(m);
    for (let row = r.row; row <= r.row2; row++) if (row > r.row || r.col2 > r.col) merged.add(row);
  }
  const known = new Map<number, boolean>();
  const filled = (row: number): boolean => {
    let yes = known.get(row);
    if (yes === undefined) {
      yes = Boolean(heights[row]) || merged.has(row) || (doc.values[row - 1] ?? []).some((v) => v !== null && v !== undefined);
      known.set(row, yes);
    }
    return yes;
  };
  const ranges = [...(doc.formats ?? []).map((f) => f.range), ...(doc.validations ?? []).map((v) => v.range), ...(doc.merges ?? [])];
  for (const range of ranges) {
    const r = parseRange(range);
    for (let row = r.row; row <= r.row2; row++) if (!filled(row)) return false;
  }
  // The streaming writer drops a link's place in the workbook and its tooltip, and puts links
  // before lists and conditional formats, where Excel wants them after.
  return (doc.hyperlinks ?? []).length === 0;
}

const KEY = 16_384;

/** Each row's height: fitted to its text from `autoFitRowsFrom`, the document's own winning. */
function rowHeightsOf(doc: SheetDocument): Record<number, number> {
  let heights = measuredRows.get(doc);
  if (heights === undefined) {
    heights = { ...(doc.autoFitRowsFrom !== undefined ? fittedHeights(doc, doc.autoFitRowsFrom) : {}), ...(doc.rowHeights ?? {}) };
    measuredRows.set(doc, heights);
  }
  return heights;
}

/** Measured once for `streamable` and `streamDocument`. */
const measuredRows = new WeakMap<SheetDocument, Record<number, number>>();

/**
 * Writes one document into a new sheet of exceljs's streaming writer, row by row, each row
 * committed (turned into XML and handed to the zip) once it is complete, so memory holds a few
 * rows, not the sheet. Every cell gets what `writeDocument` gives it: the value, the formats over
 * it composed in their order (the same shared style objects), a merge's master's style on its
 * other cells, the height, lists and page breaks; the caller checks `streamable` first.
 */
export async function streamDocument(wb: Workbook, doc: SheetDocument): Promise<void> {
  const page = doc.pageSetup ? pageSetupOf(doc.pageSetup) : undefined;
  // The writer writes the sheet's properties and views as the sheet is added: they go in here.
  const ws = wb.addWorksheet(doc.name, {
    ...(doc.freeze && (doc.freeze.rows > 0 || doc.freeze.columns > 0) ? { views: freezeViews(doc.freeze) } : {}),
    ...(doc.tabColor ? { properties: { tabColor: { argb: argb(doc.tabColor) } } } : {}),
    ...(page ? { pageSetup: page.pageSetup, ...(page.headerFooter ? { headerFooter: page.headerFooter } : {}) } : {}),
    ...(doc.hidden ? { state: 'hidden' as const } : {}),
  } as Partial<AddWorksheetOptions>);
  writePrintOptions(ws);
  (doc.columns ?? []).forEach((spec, i) => {
    const column = ws.getColumn(i + 1);
    if (spec.width !== undefined) column.width = spec.width;
    if (spec.hidden) column.hidden = true;
  });
  if (doc.autoFilter) ws.autoFilter = doc.autoFilter;
  for (const scale of doc.colorScales ?? []) writeColorScale(ws, scale);

  const heights = rowHeightsOf(doc);
  const breaks = new Set((doc.pageBreaksBefore ?? []).filter((r) => r > 1));
  const mergesAt = byRow(doc.merges ?? [], (m) => m);
  const lists = (doc.validations ?? []).map((v) => ({ v, at: parseRange(v.range) }));
  const covered = new Set<number>();
  let last = doc.values.length;
  for (const key of Object.keys(heights)) last = Math.max(last, Number(key));
  for (const range of [...(doc.formats ?? []).map((f) => f.range), ...(doc.merges ?? []), ...lists.map(({ v }) => v.range)]) last = Math.max(last, parseRange(range).row2);
  for (const row of breaks) last = Math.max(last, row - 1);

  const bands = formatBands(doc.formats ?? [], 1, last, true).map((b) => ({ to: b.to, styles: stylesOf(b.active, b.from), formats: b.active }));
  let band = 0;
  for (let row = 1; row <= last; row++) {
    while (bands[band].to < row) band++;
    const { styles, formats } = bands[band];
    const values = doc.values[row - 1] ?? [];
    const width = Math.max(values.length, styles.length - 1);
    const cells = width > 0 ? ws.getRow(row) : null;
    for (let col = 1; col <= width; col++) {
      if (covered.size > 0 && covered.has(row * KEY + col)) continue; // the merge gave it its master's style
      const value = values[col - 1];
      const style = styles[col];
      if (value !== null && value !== undefined) {
        const cell = cells!.getCell(col);
        writeCellValue(cell, value);
        if (style !== undefined) cell.style = isLocalDate(value) ? composeStyle(DATE_STYLE, formats, row, col) : style;
      } else if (style !== undefined) {
        cells!.getCell(col).style = style;
      }
    }
    for (const m of mergesAt.get(row) ?? []) {
      ws.mergeCells(m);
      const r = parseRange(m);
      for (let y = r.row; y <= r.row2; y++) for (let x = r.col; x <= r.col2; x++) if (y > r.row) covered.add(y * KEY + x);
    }
    const height = heights[row];
    if (height !== undefined) ws.getRow(row).height = height;
    for (const { v, at: r } of lists) {
      if (row >= r.row && row <= r.row2) applyValidation(ws, { ...v, range: a1(row, r.col, row, r.col2) });
    }
    if (breaks.has(row + 1)) ws.getRow(row).addPageBreak(1, 16384);
    const done = ws.findRow(row) as (Row & { style: Partial<Style> }) | undefined;
    if (done) {
      // One empty style object for every row, as for cells: exceljs looks a style up by its
      // object, and a fresh `{}` per row made it render and index an empty style 130,000 times.
      done.style = shared(undefined);
      done.commit();
    }
    // The zip compresses what is written on libuv's threads, a chunk per turn of the event loop: given
    // a turn every 128 rows it keeps up with the rows, where every 4,096 it did little until the end
    // (then 0.6 s of deflating 42 MB of «TH Chi tiết» with nothing else to do; the save 2.6 s against 2.96 s).
    if (row % 128 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  ws.commit();
}

/**
 * exceljs's streaming writer leaves out the sheet's print options (centred on the page, grid
 * lines, headings), which its in-memory writer puts before the margins: the sheet is given them
 * there, rendered by exceljs's own part for them.
 */
function writePrintOptions(ws: Worksheet): void {
  const writer = ws as Worksheet & { _writePageMargins(): void; stream: { write(xml: string): void } };
  const margins = writer._writePageMargins;
  writer._writePageMargins = function writePageMargins(this: typeof writer) {
    const p = this.pageSetup;
    const xml = printOptions.toXml({
      showRowColHeaders: p.showRowColHeaders, showGridLines: p.showGridLines,
      horizontalCentered: p.horizontalCentered, verticalCentered: p.verticalCentered,
    });
    if (xml !== '') this.stream.write(xml);
    margins.call(this);
  };
}

const PrintOptionsXform = createRequire(__filename)('exceljs/lib/xlsx/xform/sheet/print-options-xform.js') as new () => { toXml(model: object): string };
const printOptions = new PrintOptionsXform();

function freezeViews(freeze: NonNullable<SheetDocument['freeze']>): Partial<WorksheetView>[] {
  return [{ state: 'frozen', xSplit: freeze.columns, ySplit: freeze.rows, topLeftCell: a1(freeze.rows + 1, freeze.columns + 1) }];
}

/** Items by the row of their range's top-left cell. */
function byRow<T>(items: readonly T[], range: (item: T) => string): Map<number, T[]> {
  const rows = new Map<number, T[]>();
  for (const item of items) {
    const { row } = parseRange(range(item));
    const list = rows.get(row);
    if (list === undefined) rows.set(row, [item]);
    else list.push(item);
  }
  return rows;
}

/**
 * Each column's style (1-based; absent: no format) under a band's formats, applied in their order
 * to a fresh cell's as `applyFormat` applies them cell by cell (`derive`, the same shared objects).
 */
function stylesOf(active: readonly FormatSpan[], top: number): (Partial<Style> | undefined)[] {
  const styles: (Partial<Style> | undefined)[] = [];
  let width = 0;
  for (const s of active) width = Math.max(width, s.col2);
  for (let col = 1; col <= width; col++) {
    if (active.some((s) => s.col <= col && col <= s.col2)) styles[col] = composeStyle(shared(undefined), active, top, col);
  }
  return styles;
}

/** `base` with each format over (row, col) applied in order, as `applyFormat` applies them. */
function composeStyle(base: Partial<Style>, formats: readonly FormatSpan[], row: number, col: number): Partial<Style> {
  let style = base;
  for (const s of formats) if (s.col <= col && col <= s.col2) style = deriveFormat(style, s.f, row === s.row2);
  return style;
}

