import type { Cell, Workbook, Worksheet } from 'exceljs';
import { isLocalDate } from '../../domain/calendar/localDate';
import { a1, parseRange, type ColorScale, type DocValue, type Hyperlink, type RangePatch, type SheetDocument } from '../../report/document';
import { fittedHeights } from '../../report/rowFit';
import { applyFormat, applyPageSetup, applyValidation, argb, shared } from './format';
import { findSheetToWrite } from '../sheetNames';

/** Excel's own default for a date cell the document gave no format for. */
export const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';
export const DATE_STYLE = shared({ numFmt: DEFAULT_DATE_FORMAT });

/**
 * Writes one sheet document into an exceljs workbook. `replace` removes the old sheet and adds a
 * fresh one at the same tab position, so no width, merge, validation or format of the old sheet
 * survives; `skip` leaves an existing sheet alone. Returns what happened.
 */
export function writeDocument(wb: Workbook, doc: SheetDocument): 'written' | 'skipped' {
  const existingName = findSheetToWrite(wb.worksheets.map((w) => w.name), doc.name);
  if (existingName !== undefined && doc.ifExists === 'skip') return 'skipped';
  let ws: Worksheet;
  if (existingName !== undefined) {
    // `orderNo` (the tab position) is real exceljs state that its typings leave out.
    const old = wb.getWorksheet(existingName)! as Worksheet & { orderNo: number };
    const orderNo = old.orderNo;
    wb.removeWorksheet(old.id);
    ws = wb.addWorksheet(doc.name);
    (ws as Worksheet & { orderNo: number }).orderNo = orderNo;
  } else {
    ws = wb.addWorksheet(doc.name);
  }
  fillSheet(ws, doc);
  if (doc.hidden) ws.state = 'hidden';
  return 'written';
}

/**
 * exceljs cannot measure text, and a row saved without a height prints one line: the rows get
 * heights from their text by font metrics (`fittedHeights`: fonts, wrap, merged widths).
 */
function fitRowHeights(ws: Worksheet, doc: SheetDocument, from: number): void {
  for (const [row, height] of Object.entries(fittedHeights(doc, from))) ws.getRow(Number(row)).height = height;
}

function fillSheet(ws: Worksheet, doc: SheetDocument): void {
  doc.values.forEach((row, r) => row.forEach((value, c) => writeValue(ws, r + 1, c + 1, value)));
  for (const f of doc.formats ?? []) applyFormat(ws, f);
  for (const m of doc.merges ?? []) ws.mergeCells(m);
  (doc.columns ?? []).forEach((spec, i) => {
    const column = ws.getColumn(i + 1);
    if (spec.width !== undefined) column.width = spec.width;
    if (spec.hidden) column.hidden = true;
  });
  if (doc.autoFitRowsFrom !== undefined) fitRowHeights(ws, doc, doc.autoFitRowsFrom);
  for (const [row, height] of Object.entries(doc.rowHeights ?? {})) ws.getRow(Number(row)).height = height;
  if (doc.freeze && (doc.freeze.rows > 0 || doc.freeze.columns > 0)) {
    ws.views = [{
      state: 'frozen', xSplit: doc.freeze.columns, ySplit: doc.freeze.rows,
      topLeftCell: a1(doc.freeze.rows + 1, doc.freeze.columns + 1),
    }];
  }
  for (const link of doc.hyperlinks ?? []) writeHyperlink(ws, link);
  for (const v of doc.validations ?? []) applyValidation(ws, v);
  if (doc.pageSetup) applyPageSetup(ws, doc.pageSetup);
  if (doc.tabColor) ws.properties.tabColor = { argb: argb(doc.tabColor) };
  if (doc.autoFilter) ws.autoFilter = doc.autoFilter;
  for (const scale of doc.colorScales ?? []) writeColorScale(ws, scale);
  // OOXML's <brk id> is the row above the break, so a page starting at row r is a break on r − 1;
  // columns 1…16384 spelled out, since exceljs's default right edge (16838) is past Excel's last column.
  // Sorted as Excel saves them.
  const breaks = [...new Set(doc.pageBreaksBefore ?? [])].filter((r) => r > 1).sort((a, b) => a - b);
  for (const row of breaks) ws.getRow(row - 1).addPageBreak(1, 16384);
}

/**
 * Replaces one block of an existing sheet: each cell back to the default style and empty, then
 * the patch's value, then its formats. Cells outside the block are never touched.
 */
export function writePatch(ws: Worksheet, patch: RangePatch): void {
  const { row: top, col: left } = parseRange(patch.range);
  patch.values.forEach((row, r) => row.forEach((value, c) => {
    const cell = ws.getCell(top + r, left + c);
    cell.value = null;
    cell.style = shared(undefined); // the default style
    writeValue(ws, top + r, left + c, value);
  }));
  for (const f of patch.formats ?? []) applyFormat(ws, f);
}

/**
 * A string stays a string: exceljs stores it as a shared string whatever it starts with, so
 * "=1+1" and "+84 912" are never formulas. A day is written as midnight UTC, which is how exceljs
 * turns a Date into a serial, so it reads back as the same day in any time zone.
 */
function writeValue(ws: Worksheet, row: number, col: number, value: DocValue): void {
  if (value === null || value === undefined) return;
  writeCellValue(ws.getCell(row, col), value);
}

/** `writeValue` on a cell at hand; `value` is not empty. */
export function writeCellValue(cell: Cell, value: Exclude<DocValue, null>): void {
  if (isLocalDate(value)) {
    cell.value = new Date(Date.UTC(value.y, value.m - 1, value.d));
    cell.style = DATE_STYLE; // a FormatRange with numberFormat, applied later, wins
  } else if (typeof value === 'object') {
    cell.value = value.result === undefined ? { formula: value.formula, date1904: false } : { formula: value.formula, result: value.result, date1904: false };
  } else {
    cell.value = value;
  }
}

/** Internal targets (`'Công khai'!A5`) become exceljs's `#'Công khai'!A5`; URLs stay as they are. */
function writeHyperlink(ws: Worksheet, link: Hyperlink): void {
  const { row, col } = parseRange(link.cell);
  const cell = ws.getCell(row, col);
  const internal = !/^[a-z][a-z0-9+.-]*:/i.test(link.target);
  const current = cell.value;
  const text = typeof current === 'string' || typeof current === 'number' ? String(current) : link.target;
  cell.value = { text, hyperlink: internal ? `#${link.target}` : link.target, ...(link.tooltip ? { tooltip: link.tooltip } : {}) };
}

/** A colour scale with fixed stops (`num`), as Excel saves one; LibreOffice reads it too. */
export function writeColorScale(ws: Worksheet, scale: ColorScale): void {
  const stops = [scale.min, ...(scale.mid ? [scale.mid] : []), scale.max];
  ws.addConditionalFormatting({
    ref: scale.range,
    rules: [{
      type: 'colorScale', priority: 1,
      cfvo: stops.map((s) => ({ type: 'num' as const, value: s.value })),
      color: stops.map((s) => ({ argb: argb(s.color) })),
    }],
  });
}
