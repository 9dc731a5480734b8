import type { CellValue, SheetGrid, TableInfo } from '../sheets/grid';
import { a1 } from '../report/document';
import { isPayloadError, jsonSize } from './payload';
import { findSheetName, nameSpellings, tableInfo } from './sheetNames';

/**
 * Reading sheets through Office.js in as few syncs as the workbook allows:
 * sync 1 loads every sheet name and, for each requested name, probes a couple of spellings with
 * `getItemOrNullObject` + `getUsedRangeOrNullObject(true)` (values, position) and the sheet's tables.
 * A second sync happens only when a sheet matched by `matchKey` was not hit by a probe (a name
 * typed in decomposed Unicode, say) or when a sheet has tables (a table's address needs a
 * `getRange()` on an item we only know after sync 1). Dates arrive as serial numbers; `sheets/`
 * reads them in date columns.
 */
type Ctx = Excel.RequestContext;

interface Probe {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly tables: Excel.TableCollection;
}

export interface OfficeReadResult {
  readonly sheetNames: string[];
  readonly sheets: Record<string, SheetGrid | null>;
}

function probe(context: Ctx, name: string, withValues: boolean): Probe {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name).load('name');
  const used = sheet.getUsedRangeOrNullObject(true).load(withValues ? 'values, rowIndex, columnIndex' : 'rowIndex, columnIndex, rowCount, columnCount');
  const tables = sheet.tables.load('items/name, items/showHeaders, items/showTotals');
  return { sheet, used, tables };
}

export async function readOffice(context: Ctx, wanted: readonly string[], budget: number): Promise<OfficeReadResult> {
  try {
    return await readWith(context, wanted, true, budget);
  } catch (error) {
    if (!isPayloadError(error)) throw error;
    return readWith(context, wanted, false, budget);
  }
}

/**
 * `withValues` false is the fallback after a payload error: the same probes load only the used
 * range's extent, and the values come in row chunks sized to the budget.
 */
async function readWith(context: Ctx, wanted: readonly string[], withValues: boolean, budget: number): Promise<OfficeReadResult> {
  const collection = context.workbook.worksheets.load('items/name');
  const probes = new Map<string, Probe[]>(wanted.map((w) => [w, nameSpellings(w).map((s) => probe(context, s, withValues))]));
  await context.sync();
  const sheetNames = collection.items.map((ws) => ws.name);
  const hits = new Map<string, Probe>();
  for (const w of wanted) {
    const target = findSheetName(sheetNames, w);
    if (target === undefined) continue;
    const hit = probes.get(w)!.find((p) => !p.sheet.isNullObject && p.sheet.name === target);
    hits.set(w, hit ?? probe(context, target, withValues)); // a miss is fetched by its exact name
  }
  const ranges = new Map<string, { table: Excel.Table; range: Excel.Range }[]>();
  const queueTables = (w: string, p: Probe) =>
    ranges.set(w, p.tables.items.map((table) => ({ table, range: table.getRange().load('rowIndex, columnIndex, rowCount, columnCount') })));
  const misses = wanted.filter((w) => hits.has(w) && !probes.get(w)!.includes(hits.get(w)!));
  for (const [w, p] of hits) if (!misses.includes(w) && p.tables.items.length > 0) queueTables(w, p);
  if (misses.length > 0 || ranges.size > 0) await context.sync();
  if (misses.some((w) => hits.get(w)!.tables.items.length > 0)) {
    for (const w of misses) if (hits.get(w)!.tables.items.length > 0) queueTables(w, hits.get(w)!);
    await context.sync();
  }
  const sheets: Record<string, SheetGrid | null> = {};
  for (const w of wanted) {
    const p = hits.get(w);
    if (!p) {
      sheets[w] = null;
      continue;
    }
    const tables: TableInfo[] = (ranges.get(w) ?? []).map(({ table, range }) => tableInfo(table.name, {
      row: range.rowIndex + 1, col: range.columnIndex + 1, row2: range.rowIndex + range.rowCount, col2: range.columnIndex + range.columnCount,
    }, table.showHeaders, table.showTotals));
    const name = p.sheet.name;
    if (p.used.isNullObject) {
      sheets[w] = { name, firstRow: 1, firstColumn: 1, values: [], tables };
      continue;
    }
    const raw = withValues ? (p.used.values as CellValue[][]) : await readChunked(context, p, budget);
    // Office gives "" for an empty cell; the grid contract (and the file host) says null.
    const values = raw.map((row) => row.map((v) => (v === '' ? null : v)));
    sheets[w] = { name, firstRow: p.used.rowIndex + 1, firstColumn: p.used.columnIndex + 1, values, tables };
  }
  return { sheetNames, sheets };
}

/**
 * Values in row chunks that each fit the response budget: the first chunk's size is a guess
 * (40 bytes a cell), later ones follow the bytes per row actually seen; a chunk that still
 * overflows is halved.
 */
async function readChunked(context: Ctx, p: Probe, budget: number): Promise<CellValue[][]> {
  const top = p.used.rowIndex + 1, left = p.used.columnIndex + 1;
  const rows = p.used.rowCount, cols = p.used.columnCount;
  const out: CellValue[][] = [];
  let chunk = Math.max(1, Math.floor(budget / (cols * 40)));
  while (out.length < rows) {
    const from = out.length;
    const to = Math.min(rows, from + chunk);
    const range = p.sheet.getRange(a1(top + from, left, top + to - 1, left + cols - 1)).load('values');
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error) || chunk === 1) throw error;
      chunk = Math.max(1, Math.floor(chunk / 2));
      continue;
    }
    const values = range.values as CellValue[][];
    out.push(...values);
    const perRow = Math.max(1, jsonSize(values) / values.length);
    chunk = Math.max(1, Math.floor((budget * 0.9) / perRow));
  }
  return out;
}
