import type { Cell, Worksheet } from 'exceljs';
import type { CellValue, MergedArea, SheetGrid, TableInfo } from '../../sheets/grid';
import { parseRange } from '../../report/document';
import { tableInfo } from '../sheetNames';

/**
 * Reading an exceljs worksheet into a SheetGrid: the used range (cells holding a value, not
 * merely a format), each cell reduced to what `sheets/` expects.
 */
export function readWorksheet(ws: Worksheet): SheetGrid {
  const cells: { row: number; col: number; value: CellValue }[] = [];
  let top = Infinity, left = Infinity, bottom = 0, right = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = readCell(cell);
      if (value === null || value === '') return;
      cells.push({ row: rowNumber, col: colNumber, value });
      top = Math.min(top, rowNumber);
      left = Math.min(left, colNumber);
      bottom = Math.max(bottom, rowNumber);
      right = Math.max(right, colNumber);
    });
  });
  const tables = readTables(ws);
  const merges = readMerges(ws);
  const extra = merges.length > 0 ? { merges } : {};
  if (cells.length === 0) return { name: ws.name, firstRow: 1, firstColumn: 1, values: [], tables, ...extra };
  const values: CellValue[][] = Array.from({ length: bottom - top + 1 }, () => Array<CellValue>(right - left + 1).fill(null));
  for (const c of cells) values[c.row - top][c.col - left] = c.value;
  return { name: ws.name, firstRow: top, firstColumn: left, values, tables, ...extra };
}

/** Merged areas over more than one row (exceljs keeps them by master address, a private field). */
function readMerges(ws: Worksheet): MergedArea[] {
  const merges = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  return Object.values(merges).filter((m) => m.bottom > m.top).map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
}

/** One cell: a merged area's value lives in its top-left cell only, as in Excel's own API. */
export function readCell(cell: Cell): CellValue {
  if (cell.isMerged && cell.master !== cell) return null;
  // A formula's cached result of 0 is dropped from `cell.value` when exceljs loads a file;
  // `cell.result` keeps it (guards a fixed bug: every 0 total of `Tổng hợp` read back as empty).
  if (cell.type === 6 /* ValueType.Formula */) return convert(cell.result ?? null);
  return convert(cell.value);
}

/**
 * exceljs hands back a JS Date for a date-formatted cell, built as if the serial were UTC; reading
 * it with the UTC getters gives the day typed in Excel in every time zone (local getters would
 * shift it by a day west of Greenwich).
 */
function convert(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return { y: value.getUTCFullYear(), m: value.getUTCMonth() + 1, d: value.getUTCDate() };
  }
  if (typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if ('error' in v) return String(v.error);
  if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((run: { text?: string }) => run.text ?? '').join('');
  if ('formula' in v || 'sharedFormula' in v) return convert(v.result);
  if ('hyperlink' in v) return convert(v.text);
  if ('text' in v) return convert(v.text);
  return null;
}

/**
 * Tables (ListObjects). A table exceljs loaded from a file keeps its extent in `tableRef`
 * (`"C3:E6"`, header and totals included); one added in this session also has `ref` (its
 * top-left cell only), so `tableRef` is the field to trust in both cases.
 */
function readTables(ws: Worksheet): TableInfo[] {
  const out: TableInfo[] = [];
  for (const entry of ws.getTables() as unknown[]) {
    const model = ((entry as { table?: unknown }).table ?? entry) as {
      name?: string; tableRef?: string; ref?: string; headerRow?: boolean; totalsRow?: boolean;
    };
    const ref = model.tableRef ?? model.ref;
    if (!model.name || !ref) continue;
    const bounds = parseRange(ref.replace(/\$/g, ''));
    // exceljs reads `headerRow` as `headerRowCount="1"` only; Excel leaves the attribute out, whose
    // default (ECMA-376) is a header row. A table without one is rare, and its first row then simply
    // fails to read as a header.
    out.push(tableInfo(model.name, bounds, true, model.totalsRow === true));
  }
  return out;
}
