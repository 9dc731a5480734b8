import { a1, parseRange, type ChartSpec, type ColorScale, type SheetDocument } from '../../report/document';
import { markName } from '../marks';
import type { WriteScope } from './values';
import { OP_OVERHEAD, jsonSize, type Unit } from './payload';

/**
 * The parts of a sheet document that are objects beside its cells: the owner mark (a workbook
 * name), manual page breaks and native charts, as queued Office.js operations.
 */

/** Said in the name's comment, which Excel shows in the Name Manager. */
export const MARK_COMMENT = 'DCCS: sheet do DCCS tạo; chạy lại sẽ ghi đè. Đừng xóa tên này.';

/**
 * ExcelApi 1.4. The mark is always deleted (when the workbook has it) and added again: a replaced
 * sheet is a new sheet, and the old mark now refers to `#REF!`. Both in one unit, so a stale list
 * of names fails the structural part of the batch (ItemNotFound / ItemAlreadyExists) and the
 * host's retry reloads it.
 */
export function markUnit(doc: SheetDocument & { owner: string }, existingMarks: readonly string[]): Unit<WriteScope> {
  const name = markName(doc.owner);
  const old = existingMarks.find((m) => m.toUpperCase() === name);
  return {
    kind: 'atomic',
    size: OP_OVERHEAD * (old ? 5 : 3) + jsonSize(name) * 2 + jsonSize(MARK_COMMENT),
    queue: ({ context, sheets }) => {
      if (old !== undefined) context.workbook.names.getItem(old).delete();
      context.workbook.names.add(name, sheets.get(doc.name)!.getRange('A1'), MARK_COMMENT);
    },
  };
}

/** ExcelApi 1.9. Excel puts a horizontal break above the range's top row: "before row r" exactly. */
export function pageBreaksUnit(doc: SheetDocument): Unit<WriteScope> {
  // Row 1 already starts a page, and a second break on a row is not a second page.
  const rows = [...new Set(doc.pageBreaksBefore ?? [])].filter((r) => r > 1);
  return {
    kind: 'atomic',
    size: rows.length * OP_OVERHEAD * 2,
    queue: ({ sheets }) => {
      const ws = sheets.get(doc.name)!;
      for (const row of rows) ws.horizontalPageBreaks.add(a1(row, 1));
    },
  };
}

const CHART_TYPES = { bar: 'BarClustered', column: 'ColumnClustered' } as const satisfies Record<ChartSpec['type'], string>;

/** ExcelApi 1.1. Sized by cells, so the chart keeps its place when column widths change. */
export function chartUnit(doc: SheetDocument, chart: ChartSpec): Unit<WriteScope> {
  const { row, col } = parseRange(chart.anchor);
  const end = a1(row + chart.height - 1, col + chart.width - 1);
  return {
    kind: 'atomic',
    size: OP_OVERHEAD * 6 + jsonSize(chart),
    queue: ({ sheets }) => {
      const ws = sheets.get(doc.name)!;
      const added = ws.charts.add(CHART_TYPES[chart.type], ws.getRange(chart.dataRange), 'Auto');
      added.title.text = chart.title;
      added.setPosition(chart.anchor, end);
    },
  };
}

/**
 * ExcelApi 1.6. A colour scale with fixed number stops (`Number` criteria), the same rule the file
 * host writes, so a rate keeps its colour when the user edits the sheet.
 */
export function colorScaleUnit(doc: SheetDocument, scale: ColorScale): Unit<WriteScope> {
  const stop = (s: { value: number; color: string }) => ({ formula: String(s.value), type: 'Number', color: s.color });
  const criteria = {
    minimum: stop(scale.min), ...(scale.mid ? { midpoint: stop(scale.mid) } : {}), maximum: stop(scale.max),
  };
  return {
    kind: 'atomic',
    size: OP_OVERHEAD * 3 + jsonSize(criteria),
    queue: ({ sheets }) => {
      const format = sheets.get(doc.name)!.getRange(scale.range).conditionalFormats.add('ColorScale');
      format.colorScale.criteria = criteria as Excel.ConditionalColorScaleCriteria;
    },
  };
}
