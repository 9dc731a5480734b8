import { a1, type DocValue, type FontSpec, type FormatRange, type SheetDocument } from './document';
import type { ReportModel } from './model';
import { gridPixels, LEFT_COLUMNS, REPORT_GRID, type ReportParagraph, type ReportTable } from './reportBlocks';
import { buildReportContent, type ReportContent } from './reportContent';
import { lettersPerLine, lineHeight, splitHeaderLine, type TextStyle } from './reportMeasure';
import { PAGE_HEIGHT, Pager } from './reportPages';
import { CELL_PADDING, columnPoints, lineHeightPt, textHeight, textWidth, wrapText } from './textMetrics';
import { a4, FONT } from './style';

/** The report draft as a print-ready sheet; the add-in owns it and replaces it on every run. */
export const REPORT_SHEET = 'Báo cáo';
export const REPORT_OWNER = 'bao-cao';

const LAST = REPORT_GRID.length;
// Printed widths in points: a column of w units prints w × 7 px (the file's width holds Excel's
// padding already), so the grid's pixels with padding would overstate them and cut a line.
const pt = (from: number, to: number) => REPORT_GRID.slice(from - 1, to).reduce((s, w) => s + columnPoints(w), 0);
const WIDTH_PT = pt(1, LAST);
const LEFT = { from: 1, to: LEFT_COLUMNS }; // issuing unit, `Nơi nhận`
const RIGHT = { from: LEFT_COLUMNS + 1, to: LAST }; // national title, signature
const span = (from: number, to: number) => gridPixels(from - 1, to - from + 1);
const font = (size: number, extra: Omit<FontSpec, 'name' | 'size'> = {}): FontSpec => ({ name: FONT, size, ...extra });
// A first-line indent of about 1.27 cm: a cell has none, so the paragraph opens with fixed spaces.
const INDENT = '\u00a0'.repeat(8);
const BODY_SIZE = 13;
const SPACING = 6; // ND 30: at least 6 pt between paragraphs
const HEADER_PADDING = 3; // a spreadsheet keeps about 1.5 pt a side free in a cell

type Align = 'left' | 'center' | 'justify';

/** Rows being laid out: values, formats and merges by row, each row's height and pagination link. */
class Layout {
  readonly values: DocValue[][] = [];
  readonly formats: FormatRange[] = [];
  readonly merges: string[] = [];
  readonly heights: Record<number, number> = {};
  readonly pager = new Pager();

  get next(): number {
    return this.values.length + 1;
  }

  row(height: number, keepWithNext = false): number {
    this.values.push([]);
    const r = this.values.length;
    this.heights[r] = height;
    this.pager.add(r, height, keepWithNext);
    return r;
  }

  /** Text across columns `from`–`to` of row `r`, merged, wrapped, aligned. */
  cell(r: number, from: number, to: number, text: DocValue, f: FontSpec, horizontal: Align, extra: Partial<FormatRange> = {}): void {
    this.values[r - 1][from - 1] = text;
    if (to > from) this.merges.push(a1(r, from, r, to));
    this.formats.push({ range: a1(r, from, r, to), font: f, horizontal, vertical: 'top', wrap: true, ...extra });
  }

  /** Text over the whole width, as tall as its wrapped lines plus `space`. */
  line(text: string, f: FontSpec, horizontal: Align, space = SPACING, keepWithNext = false, extra: Partial<FormatRange> = {}): number {
    // As tall as its lines by font metrics (a merged row: no host fits it), plus the space above.
    const r = this.row(textHeight(text, WIDTH_PT, f) + space, keepWithNext);
    this.cell(r, 1, LAST, text, f, horizontal, { vertical: 'bottom', ...extra });
    return r;
  }

  /** A thin empty row with a short rule: a bottom border on the cells `from`–`to`. */
  rule(from: number, to: number, height = 3): void {
    const r = this.row(height, true);
    this.formats.push({ range: a1(r, from, r, to), borderBottom: 'thin' });
  }
}

/**
 * Builds `Báo cáo`: the report's content (`reportContent.ts`) laid out as Nghị định 30/2020 lays a
 * document out: A4 portrait, its margins, Times New Roman, the two-column header on merged cells
 * with short rules, then the body in merged, wrapped rows whose heights are estimated from their
 * text, tables on the shared grid, `Nơi nhận` and the signature block. Page breaks keep headings,
 * short tables and the signature with what belongs to them. A table that continues on the next
 * page repeats its header row there as a row of the sheet: print titles (one range per sheet)
 * would also head every later page of prose — LibreOffice printed the votes' header above
 * section IV — and the breaks are exact, since every row's height is set.
 */
export function buildReportSheet(model: ReportModel): SheetDocument {
  return layoutReportSheet(buildReportContent(model), REPORT_SHEET, REPORT_OWNER);
}

/**
 * Lays out any report content as `Báo cáo` is laid out (the consolidated report shares
 * it): the sheet's name and owner mark are the caller's.
 */
export function layoutReportSheet(content: ReportContent, name: string, owner: string): SheetDocument {
  const out = new Layout();
  header(out, content);
  for (const p of content.intro) paragraph(out, p);
  for (const section of content.sections) {
    out.line(`${INDENT}${section.title}`, font(BODY_SIZE, { bold: true }), 'left', 10, true);
    for (const block of section.blocks) {
      if (block.kind === 'table') table(out, block);
      else paragraph(out, block);
    }
  }
  closing(out, content);
  out.pager.flush();
  return {
    name,
    owner,
    ifExists: 'replace',
    values: out.values,
    formats: out.formats,
    merges: out.merges,
    columns: REPORT_GRID.map((width) => ({ width })),
    rowHeights: out.heights,
    pageBreaksBefore: out.pager.breaksBefore,
    pageSetup: { ...a4('portrait'), centerHorizontally: true, pageNumbers: 'top-center-from-2' },
  };
}

function header(out: Layout, c: ReportContent): void {
  const caps = (size: number, bold: boolean): TextStyle => ({ size, bold, caps: true });
  const leftLetters = lettersPerLine(span(LEFT.from, LEFT.to), caps(12, true));
  const parent = c.header.parent ? splitHeaderLine(c.header.parent, leftLetters).join('\n') : null;
  const issuer = splitHeaderLine(c.header.issuer, leftLetters);
  const lines = (text: string | null) => (text ? text.split('\n').length : 1);
  const r1 = out.row(lines(parent) * lineHeight(12) + 2, true);
  out.cell(r1, LEFT.from, LEFT.to, parent, font(12), 'center', { vertical: 'bottom' });
  out.cell(r1, RIGHT.from, RIGHT.to, c.header.nation, font(12, { bold: true }), 'center', { vertical: 'bottom' });
  // The motto sits on the issuing unit's first line, its rule right under it; a second line of the
  // unit's name follows, then the unit's rule (ND 30: each rule just under its line).
  const r2 = out.row(lineHeight(13), true);
  out.cell(r2, LEFT.from, LEFT.to, issuer[0], font(12, { bold: true }), 'center', { vertical: 'bottom' });
  out.cell(r2, RIGHT.from, RIGHT.to, c.header.motto, font(13, { bold: true }), 'center', { vertical: 'bottom' });
  out.rule(8, 10); // under the motto: H–J, about its length
  if (issuer.length > 1) {
    const r3 = out.row((issuer.length - 1) * lineHeight(12) + 2, true);
    out.cell(r3, LEFT.from, LEFT.to, issuer.slice(1).join('\n'), font(12, { bold: true }), 'center', { vertical: 'bottom' });
    out.rule(3, 3);
  } else {
    out.formats.push({ range: a1(r2 + 1, 3, r2 + 1, 3), borderBottom: 'thin' });
  }
  const r4 = out.row(lineHeight(13) + 8, true);
  out.cell(r4, LEFT.from, LEFT.to, c.header.number, font(13), 'center', { vertical: 'bottom' });
  out.cell(r4, RIGHT.from, RIGHT.to, c.header.dateline, font(13, { italic: true }), 'center', { vertical: 'bottom' });
  out.line(c.title, font(14, { bold: true }), 'center', 24, true);
  out.line(c.subject, font(14, { bold: true }), 'center', 0, true);
  out.rule(5, 8, 5); // under the subject: E–H, centred on the page
  out.row(8, true);
}

function paragraph(out: Layout, p: ReportParagraph): void {
  if (p.role === 'caption') out.line(p.text, font(BODY_SIZE, { bold: true }), 'center', SPACING, true);
  else if (p.role === 'note') out.line(p.text, font(12, { italic: true }), 'justify', 2);
  // A placeholder is told by its brackets and italics, not by a fill: a fill would print.
  else if (p.role === 'placeholder') out.line(`${INDENT}${p.text}`, font(BODY_SIZE, { italic: true }), 'justify');
  else if (p.role === 'heading') out.line(`${INDENT}${p.text}`, font(BODY_SIZE, { bold: true }), 'left', SPACING, true);
  else body(out, `${INDENT}${p.text}`);
}

/**
 * A body paragraph. One too tall for what is left of the page, with room there for four lines or
 * more, is cut at a line's end and continues on the next page (two lines at least), as a printed
 * paragraph does: kept whole it would start the next page and leave this one partly empty.
 */
function body(out: Layout, text: string): void {
  const f = font(BODY_SIZE);
  const room = out.pager.room();
  const lines = wrapText(text, WIDTH_PT, f);
  // At least two lines go on (no line alone at the top of a page), at least four stay.
  const take = Math.min(Math.floor((room - SPACING - 2 * CELL_PADDING.vertical) / lineHeightPt(BODY_SIZE)), lines.length - 2);
  if (textHeight(text, WIDTH_PT, f) + SPACING <= room || take < 4) {
    out.line(text, f, 'justify');
    return;
  }
  out.line(lines.slice(0, take).join(' '), f, 'justify');
  out.line(lines.slice(take).join(' '), f, 'justify', 0);
}

/**
 * A table on the grid: each column merged over its span. A table shorter than 40% of a page moves
 * whole with its caption; a longer one keeps its header with the first row, and where it
 * continues on a new page its header row is written again.
 */
function table(out: Layout, t: ReportTable): void {
  const starts = t.columns.map((_, i) => 1 + t.columns.slice(0, i).reduce((s, c) => s + c.span, 0));
  const last = (i: number) => starts[i] + t.columns[i].span - 1;
  // A header whose longest word is wider than its column is set smaller (down to 10 pt) rather
  // than broken inside the word («chư» / «a»).
  const headerSizes = t.columns.map((c, i) => [12, 11, 10].find((size) =>
    Math.max(...c.header.split(/\s+/u).map((w) => textWidth(w, { size, bold: true }))) + HEADER_PADDING <= pt(starts[i], last(i))) ?? 10);
  const heightOf = (cells: readonly (string | number)[], bold: boolean, header = false) =>
    Math.max(...cells.map((v, i) => textHeight(String(v), pt(starts[i], last(i)), { size: header ? headerSizes[i] : 12, bold }))) + 4;
  const headers = t.columns.map((c) => c.header);
  const bodyRows = [...t.rows, ...(t.total ? [t.total] : [])];
  const whole = heightOf(headers, true, true) + bodyRows.reduce((h, r) => h + heightOf(r, false), 0) <= 0.4 * PAGE_HEIGHT;
  const writeRow = (cells: readonly (string | number)[], kind: 'header' | 'body' | 'total', keepWithNext: boolean) => {
    const r = out.row(heightOf(cells, kind !== 'body', kind === 'header'), keepWithNext);
    cells.forEach((v, i) => out.cell(r, starts[i], last(i), v === '' ? null : v, font(kind === 'header' ? headerSizes[i] : 12, { bold: kind !== 'body' }),
      kind === 'header' || (kind === 'total' && i === 1) ? 'center' : t.columns[i].align, { vertical: 'middle', border: 'thin' }));
  };
  writeRow(headers, 'header', true);
  bodyRows.forEach((cells, n) => {
    const kind = t.total !== undefined && n === bodyRows.length - 1 ? 'total' : 'body';
    if (!whole && n > 0 && out.pager.overflows(heightOf(cells, kind !== 'body'))) {
      out.pager.breakBefore(out.next);
      writeRow(headers, 'header', true);
    }
    writeRow(cells, kind, whole);
  });
}

/** The closing line, then `Nơi nhận` beside the signature block, all kept on one page. */
function closing(out: Layout, c: ReportContent): void {
  out.line(`${INDENT}${c.closing.text}`, font(BODY_SIZE), 'justify', SPACING, true);
  out.row(8, true);
  const s = c.signature;
  const right: [string, FontSpec][] = [
    ...(s.authority ? [[s.authority, font(13, { bold: true })] as [string, FontSpec]] : []),
    [s.title, font(13, { bold: true })],
  ];
  const nameAt = right.length + 4; // room for the signature and the seal
  const left = [c.recipients.heading, ...c.recipients.lines];
  const count = Math.max(nameAt + 1, left.length);
  for (let i = 0; i < count; i++) {
    const r = out.row(i < right.length || i === nameAt ? lineHeight(13) + 1 : lineHeight(11) + 1, i < count - 1);
    if (i < left.length) out.cell(r, LEFT.from, LEFT.to, left[i], i === 0 ? font(12, { bold: true, italic: true }) : font(11), 'left');
    if (i < right.length) out.cell(r, RIGHT.from, RIGHT.to, right[i][0], right[i][1], 'center');
    if (i === nameAt) out.cell(r, RIGHT.from, RIGHT.to, s.name ?? '', font(13, { bold: true }), 'center');
  }
}
