import { a1, columnLetter, parseRange, type BorderStyle, type FormatRange, type ListValidation, type PageSetup } from '../../report/document';
import { listFormula } from '../file/format';
import { OP_OVERHEAD, jsonSize } from './payload';

/**
 * Sheet-document formats as queued Office.js operations: one range object per FormatRange and
 * one property set per attribute, never a per-cell loop.
 */
export function queueFormat(sheet: Excel.Worksheet, f: FormatRange): void {
  const range = sheet.getRange(f.range);
  const r = parseRange(f.range);
  if (f.numberFormat !== undefined) range.numberFormat = fill2d(r.row2 - r.row + 1, r.col2 - r.col + 1, f.numberFormat);
  const font = f.font;
  if (font) {
    if (font.name !== undefined) range.format.font.name = font.name;
    if (font.size !== undefined) range.format.font.size = font.size;
    if (font.bold !== undefined) range.format.font.bold = font.bold;
    if (font.italic !== undefined) range.format.font.italic = font.italic;
    if (font.underline !== undefined) range.format.font.underline = font.underline ? 'Single' : 'None';
    if (font.color !== undefined) range.format.font.color = font.color;
  }
  if (f.fill) range.format.fill.color = f.fill;
  if (f.horizontal) range.format.horizontalAlignment = ({ left: 'Left', center: 'Center', right: 'Right', justify: 'Justify' } as const)[f.horizontal];
  if (f.vertical) range.format.verticalAlignment = ({ top: 'Top', middle: 'Center', bottom: 'Bottom' } as const)[f.vertical];
  if (f.wrap !== undefined) range.format.wrapText = f.wrap;
  if (f.border) {
    const edges: Excel.BorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as Excel.BorderIndex[];
    // Inside borders only exist when the range has more than one row / column.
    if (r.row2 > r.row) edges.push('InsideHorizontal' as Excel.BorderIndex);
    if (r.col2 > r.col) edges.push('InsideVertical' as Excel.BorderIndex);
    for (const edge of edges) setBorder(range, edge, f.border);
  }
  if (f.borderBottom) setBorder(sheet.getRange(a1(r.row2, r.col, r.row2, r.col2)), 'EdgeBottom' as Excel.BorderIndex, f.borderBottom);
}

function setBorder(range: Excel.Range, edge: Excel.BorderIndex, style: BorderStyle): void {
  const border = range.format.borders.getItem(edge);
  if (style === 'none') {
    border.style = 'None' as Excel.BorderLineStyle;
    return;
  }
  border.style = 'Continuous' as Excel.BorderLineStyle;
  border.weight = (style === 'medium' ? 'Medium' : 'Thin') as Excel.BorderWeight;
}

export function fill2d<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array<T>(cols).fill(value));
}

/**
 * Estimated request bytes of one FormatRange: its number-format array, and one operation per
 * attribute `queueFormat` sets (a border: style and weight per edge), plus the range itself.
 */
export function formatSize(f: FormatRange): number {
  const r = parseRange(f.range);
  const cells = (r.row2 - r.row + 1) * (r.col2 - r.col + 1);
  const numberFormat = f.numberFormat === undefined ? 0 : cells * (jsonSize(f.numberFormat) + 1);
  const font = Object.keys(f.font ?? {}).length;
  const edges = f.border ? 4 + (r.row2 > r.row ? 1 : 0) + (r.col2 > r.col ? 1 : 0) : 0;
  const ops = 1 + (f.numberFormat !== undefined ? 1 : 0) + font + (f.fill ? 1 : 0) + (f.horizontal ? 1 : 0) + (f.vertical ? 1 : 0)
    + (f.wrap !== undefined ? 1 : 0) + edges * 3 + (f.borderBottom ? 4 : 0);
  return numberFormat + jsonSize(f) + OP_OVERHEAD * ops;
}

/** ExcelApi 1.8. The list is validated like the file host's (255 characters, no commas). */
export function queueValidation(sheet: Excel.Worksheet, v: ListValidation): void {
  // A range source is a formula ("=" + reference); an inline list is the comma-joined values.
  const source = v.source !== undefined ? `=${v.source}` : listFormula(v);
  const validation = sheet.getRange(v.range).dataValidation;
  validation.rule = { list: { inCellDropDown: true, source } };
  if (v.error !== undefined) {
    validation.errorAlert = { message: v.error, showAlert: true, style: 'Stop' as Excel.DataValidationAlertStyle, title: 'DCCS' };
  }
}

const POINTS_PER_MM = 72 / 25.4;

/** ExcelApi 1.9. Margins: the document gives millimetres, PageLayout takes points. */
export function queuePageLayout(sheet: Excel.Worksheet, p: PageSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = (p.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
  layout.paperSize = 'A4' as Excel.PaperType;
  if (p.margins) {
    layout.topMargin = p.margins.top * POINTS_PER_MM;
    layout.bottomMargin = p.margins.bottom * POINTS_PER_MM;
    layout.leftMargin = p.margins.left * POINTS_PER_MM;
    layout.rightMargin = p.margins.right * POINTS_PER_MM;
  }
  if (p.centerHorizontally !== undefined) layout.centerHorizontally = p.centerHorizontally;
  if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (p.printTitleRows) layout.setPrintTitleRows(`$${p.printTitleRows[0]}:$${p.printTitleRows[1]}`);
  if (p.printTitleColumns) layout.setPrintTitleColumns(`$${columnLetter(p.printTitleColumns[0])}:$${columnLetter(p.printTitleColumns[1])}`);
  if (p.scale !== undefined && !p.fitToWidth) layout.zoom = { scale: p.scale };
  if (p.pageOrder) layout.printOrder = 'OverThenDown' as Excel.PrintOrder;
  if (p.printArea) layout.setPrintArea(p.printArea);
  if (p.pageNumbers !== undefined) {
    layout.firstPageNumber = 1; // each sheet from 1, also when the whole workbook is printed
    const group = layout.headersFooters;
    if (p.pageNumbers === 'top-center-from-2') {
      group.state = 'FirstAndDefault' as Excel.HeaderFooterState;
      group.firstPage.centerHeader = '';
    }
    group.defaultForAllPages.centerHeader = PAGE_NUMBER_CENTER;
  }
}

/** The page number in Times New Roman 13 (Excel's header codes; a section's text, no `&C`). */
const PAGE_NUMBER_CENTER = '&"Times New Roman,Regular"&13&P';
