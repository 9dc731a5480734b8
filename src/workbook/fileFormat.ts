import type { Alignment, Border, Borders, Font, Worksheet } from 'exceljs';
import { DccsError } from '../domain/issues';
import { parseRange, type BorderStyle, type FormatRange, type ListValidation, type PageSetup } from '../report/document';

/**
 * Sheet-document formats applied through exceljs, cell by cell (exceljs styles are per cell).
 * Style objects are replaced, never mutated: exceljs shares one style object between cells.
 */
export function applyFormat(ws: Worksheet, f: FormatRange): void {
  const r = parseRange(f.range);
  for (let row = r.row; row <= r.row2; row++) {
    for (let col = r.col; col <= r.col2; col++) {
      const cell = ws.getCell(row, col);
      if (f.numberFormat !== undefined) cell.numFmt = f.numberFormat;
      if (f.font) cell.font = { ...cell.font, ...fontOf(f.font) };
      if (f.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.fill) } };
      const alignment: Partial<Alignment> = { ...cell.alignment };
      if (f.horizontal) alignment.horizontal = f.horizontal;
      if (f.vertical) alignment.vertical = f.vertical;
      if (f.wrap !== undefined) alignment.wrapText = f.wrap;
      if (f.horizontal || f.vertical || f.wrap !== undefined) cell.alignment = alignment;
      const border: Partial<Borders> = { ...cell.border };
      if (f.border) {
        const edge = borderOf(f.border);
        Object.assign(border, { top: edge, left: edge, bottom: edge, right: edge });
      }
      if (f.borderBottom && row === r.row2) border.bottom = borderOf(f.borderBottom);
      if (f.border || (f.borderBottom && row === r.row2)) cell.border = border;
    }
  }
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
  const m = p.margins;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: p.orientation,
    horizontalCentered: p.centerHorizontally ?? false,
    ...(m ? { margins: {
      top: m.top / MM_PER_INCH, bottom: m.bottom / MM_PER_INCH, left: m.left / MM_PER_INCH, right: m.right / MM_PER_INCH,
      header: 0.3, footer: 0.3,
    } } : {}),
    ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    ...(p.printTitleRows ? { printTitlesRow: `${p.printTitleRows[0]}:${p.printTitleRows[1]}` } : {}),
  };
}
