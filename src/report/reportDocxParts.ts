import {
  AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType,
  type IParagraphOptions, type IRunOptions,
} from 'docx';
import { gridPixels, LEFT_COLUMNS, REPORT_GRID, type ReportTable } from './reportBlocks';
import type { ReportContent } from './reportContent';
import { lettersPerLine, splitHeaderLine } from './reportMeasure';
import { textWidth } from './textMetrics';

/**
 * The pieces of the Word draft (`reportDocx.ts`): runs and paragraphs in ND 30's fonts, the
 * two-column header and the signature block as borderless tables, the report's tables on the grid.
 */

/** Width between ND 30 margins on A4 (210 − 30 − 15 mm), in twentieths of a point. */
export const TEXT_WIDTH = 9355;
const GRID_TOTAL = gridPixels(0, REPORT_GRID.length);
const gridTwips = (from: number, count: number) => Math.round((TEXT_WIDTH * gridPixels(from, count)) / GRID_TOTAL);
const LEFT_WIDTH = gridTwips(0, LEFT_COLUMNS);
const RIGHT_WIDTH = TEXT_WIDTH - LEFT_WIDTH;

/** A run in Times New Roman at `pt` points (docx counts half-points). */
export function run(text: string, pt: number, extra: Omit<IRunOptions, 'text' | 'size'> = {}): TextRun {
  return new TextRun({ text, size: pt * 2, font: 'Times New Roman', ...extra });
}

/** Lines of one paragraph, broken where `\n` is. */
function lines(text: string, pt: number, extra: Omit<IRunOptions, 'text' | 'size'> = {}): TextRun[] {
  return text.split('\n').map((line, i) => run(line, pt, { ...extra, ...(i > 0 ? { break: 1 } : {}) }));
}

export function centred(text: string, pt: number, extra: Omit<IRunOptions, 'text' | 'size'> = {}, options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, children: lines(text, pt, extra), ...options });
}

/**
 * ND 30's short rule: an empty paragraph whose bottom border is `length` twips long, centred in
 * `width` (its indents take up the rest), just under the line above.
 */
export function rule(width: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    // An exact 6 pt line: the paragraph mark would otherwise take the document's 14 pt line.
    indent: { left: side, right: side }, spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    children: [run('', 1)],
  });
}

const cell = (width: number, children: Paragraph[], extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, children, ...extra });

/** The header: issuing unit and `Số` on the left, national title, motto and dateline on the right. */
export function headerTable(content: ReportContent): Table {
  const h = content.header;
  const letters = lettersPerLine(gridPixels(0, LEFT_COLUMNS), { size: 12, bold: true, caps: true });
  const left = [
    ...(h.parent ? [centred(splitHeaderLine(h.parent, letters).join('\n'), 12)] : []),
    centred(splitHeaderLine(h.issuer, letters).join('\n'), 12, { bold: true }),
    rule(LEFT_WIDTH, Math.round(LEFT_WIDTH * 0.4)),
  ];
  const right = [centred(h.nation, 12, { bold: true }), centred(h.motto, 13, { bold: true }), rule(RIGHT_WIDTH, 2900)];
  const second = (text: string, extra: Omit<IRunOptions, 'text' | 'size'> = {}) =>
    centred(text, 13, extra, { spacing: { before: 160, after: 0 } });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [LEFT_WIDTH, RIGHT_WIDTH], layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ children: [cell(LEFT_WIDTH, left), cell(RIGHT_WIDTH, right)] }),
      new TableRow({ children: [cell(LEFT_WIDTH, [second(h.number)]), cell(RIGHT_WIDTH, [second(h.dateline, { italics: true })])] }),
    ],
  });
}

/**
 * Column widths (twips) in which no word of the table breaks inside (a header «Ý kiến chưa xử lý»
 * in a narrow column printed «chư» / «a»): each column at least its longest word, bold in the
 * header, plus the cell margins; what a column gains is taken from those with room to spare, in
 * proportion to their spare room. `grid` is the layout's own widths, the starting point.
 */
export function wordSafeWidths(t: ReportTable, grid: readonly number[]): number[] {
  const longest = (text: string, bold: boolean) =>
    Math.max(0, ...text.split(/\s+/u).map((w) => textWidth(w, { size: 12, bold })));
  const need = t.columns.map((c, i) => {
    const cells = [...t.rows, ...(t.total ? [t.total] : [])].map((r) => String(r[i] ?? ''));
    // Body words measured bold too: the total row is bold, and a bold word is the wider.
    const pt = Math.max(longest(c.header, true), ...cells.map((v) => longest(v, true)));
    return Math.ceil((pt + 2 * 57 / 20 + 2) * 20); // margins of 57 twips a side, 2 pt of air
  });
  const deficit = grid.reduce((d, w, i) => d + Math.max(0, need[i] - w), 0);
  const spare = grid.map((w, i) => Math.max(0, w - need[i]));
  const room = spare.reduce((a, b) => a + b, 0);
  if (deficit === 0 || room < deficit) return [...grid];
  return grid.map((w, i) => (need[i] > w ? need[i] : Math.round(w - (spare[i] * deficit) / room)));
}

/** A report table: bordered, its header row repeated on every page it continues on. */
export function dataTable(t: ReportTable): Table {
  let at = 0;
  const widths = wordSafeWidths(t, t.columns.map((c) => {
    const w = gridTwips(at, c.span);
    at += c.span;
    return w;
  }));
  // Cell margins of 1 mm (Word's default is 1.9 mm): the narrow STT column keeps «STT» on one line.
  const row = (cells: readonly (string | number)[], bold: boolean, header: boolean) => new TableRow({
    tableHeader: header, cantSplit: true,
    children: cells.map((v, i) => cell(widths[i], [new Paragraph({
      alignment: header || (bold && i === 1) || t.columns[i].align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: { before: 40, after: 40 },
      children: [run(String(v), 12, { bold })],
    })], { verticalAlign: VerticalAlign.CENTER, margins: { left: 57, right: 57 } })),
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED,
    rows: [
      row(t.columns.map((c) => c.header), true, true),
      ...t.rows.map((r) => row(r, false, false)),
      ...(t.total ? [row(t.total, true, false)] : []),
    ],
  });
}

/** `Nơi nhận` on the left, the signing lines, room for signature and seal, and the name on the right. */
export function signatureTable(content: ReportContent): Table {
  const s = content.signature;
  const leftWidth = Math.round(TEXT_WIDTH * 0.45);
  const rightWidth = TEXT_WIDTH - leftWidth;
  const left = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(content.recipients.heading, 12, { bold: true, italics: true })] }),
    ...content.recipients.lines.map((l) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(l, 11)] })),
  ];
  const right = [
    ...(s.authority ? [centred(s.authority, 14, { bold: true })] : []),
    centred(s.title, 14, { bold: true }),
    ...[0, 1, 2, 3].map(() => centred('', 14)),
    centred(s.name ?? '', 14, { bold: true }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [leftWidth, rightWidth], layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [cell(leftWidth, left), cell(rightWidth, right)] })],
  });
}
