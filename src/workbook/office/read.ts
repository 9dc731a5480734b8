import type { CellValue, SheetGrid, TableInfo } from '../../sheets/grid';
import { a1 } from '../../report/document';
import { isPayloadError, jsonSize } from './payload';
import { findSheetName, nameSpellings, tableInfo } from '../sheetNames';
import { ownerOfMark, ownersFrom } from '../marks';
import { TooManyCellsError } from './diagnose';

/**
 * Reading sheets through Office.js in as few syncs as the workbook allows:
 * sync 1 loads every sheet name, the workbook's names (the add-in's marks) and, for each requested name, probes a couple of spellings with
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
  readonly owners: Record<string, string>;
  /** Every `DCCS_…` workbook name, broken ones too: a write replaces them (delete, then add). */
  readonly marks: string[];
  /** With `others`: every other sheet that is not one of the add-in's outputs, in workbook order. */
  readonly others?: SheetGrid[];
}

/** Queued in a sync the caller makes anyway: the workbook's names, for the add-in's marks (ExcelApi 1.7). */
export function loadMarks(context: Ctx): () => { name: string; reference: string }[] {
  const names = context.workbook.names.load('items/name, items/formula');
  return () => names.items.filter((n) => ownerOfMark(n.name) !== null).map((n) => ({ name: n.name, reference: String(n.formula) }));
}

function probe(context: Ctx, name: string, withValues: boolean): Probe {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name).load('name');
  const used = sheet.getUsedRangeOrNullObject(true).load(withValues ? 'values, rowIndex, columnIndex' : 'rowIndex, columnIndex, rowCount, columnCount');
  const tables = sheet.tables.load('items/name, items/showHeaders, items/showTotals');
  return { sheet, used, tables };
}

export async function readOffice(context: Ctx, wanted: readonly string[], budget: number, others = false): Promise<OfficeReadResult> {
  try {
    return await readWith(context, wanted, true, budget, others);
  } catch (error) {
    if (!isPayloadError(error)) throw error;
    return readWith(context, wanted, false, budget, others);
  }
}

/** Keys for the other sheets in the probe maps: no requested name can start with NUL. */
const OTHER = '\u0000';

/**
 * `withValues` false is the fallback after a payload error: the same probes load only the used
 * range's extent, and the values come in row chunks sized to the budget.
 */
async function readWith(context: Ctx, requested: readonly string[], withValues: boolean, budget: number, others: boolean): Promise<OfficeReadResult> {
  let wanted = requested;
  const collection = context.workbook.worksheets.load('items/name');
  const marks = loadMarks(context);
  const probes = new Map<string, Probe[]>(wanted.map((w) => [w, nameSpellings(w).map((s) => probe(context, s, withValues))]));
  await context.sync();
  const sheetNames = collection.items.map((ws) => ws.name);
  const found = marks();
  const hits = new Map<string, Probe>();
  for (const w of wanted) {
    const target = findSheetName(sheetNames, w);
    if (target === undefined) continue;
    const hit = probes.get(w)!.find((p) => !p.sheet.isNullObject && p.sheet.name === target);
    hits.set(w, hit ?? probe(context, target, withValues)); // a miss is fetched by its exact name
  }
  // Staff keep tables on sheets of any name: the others are fetched by their exact names in the
  // sync that fetches misses and tables anyway (one more only when nothing else needed one).
  const otherKeys: string[] = [];
  if (others) {
    const owned = new Set(Object.values(ownersFrom(found, sheetNames)));
    const hitTargets = new Set(wanted.map((w) => findSheetName(sheetNames, w)).filter((n): n is string => n !== undefined));
    for (const name of sheetNames) {
      if (owned.has(name) || hitTargets.has(name)) continue;
      const key = OTHER + name;
      otherKeys.push(key);
      hits.set(key, probe(context, name, withValues));
      probes.set(key, []);
    }
    wanted = [...wanted, ...otherKeys];
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
  // After a payload error, every sheet's values come in row chunks packed across sheets.
  const chunked = withValues ? null : await readChunked(context, wanted.flatMap((w) => {
    const p = hits.get(w);
    return p && !p.used.isNullObject ? [{ key: w, probe: p }] : [];
  }), budget);
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
    const raw = chunked ? chunked.get(w)! : (p.used.values as CellValue[][] | null);
    // Excel gives null values for a used range of more than 5 million cells, whatever the payload:
    // a stray cell far from the table. A sheet the user asked about says so; another is passed over.
    if (raw === null) {
      if (!w.startsWith(OTHER)) throw new TooManyCellsError(name);
      sheets[w] = null;
      continue;
    }
    // Office gives "" for an empty cell; the grid contract (and the file host) says null.
    const values = raw.map((row) => row.map((v) => (v === '' ? null : v)));
    sheets[w] = { name, firstRow: p.used.rowIndex + 1, firstColumn: p.used.columnIndex + 1, values, tables };
  }
  const otherGrids = otherKeys.map((k) => sheets[k]).filter((g): g is SheetGrid => g !== null);
  for (const k of otherKeys) delete sheets[k];
  return {
    sheetNames, sheets, owners: ownersFrom(found, sheetNames), marks: found.map((m) => m.name),
    ...(others ? { others: otherGrids } : {}),
  };
}

/**
 * Values in row chunks that fill each sync up to the response budget, several sheets per sync:
 * the bytes a cell costs start as a guess and follow what the responses actually weigh; a sync
 * that still overflows is retried with the guess doubled.
 */
async function readChunked(context: Ctx, parts: readonly { key: string; probe: Probe }[], budget: number): Promise<Map<string, CellValue[][]>> {
  const out = new Map(parts.map((p) => [p.key, [] as CellValue[][]]));
  let perCell = 40; // bytes a cell, a safe first guess (a short text or a date serial with its comma)
  for (;;) {
    const pending = parts.filter((p) => out.get(p.key)!.length < p.probe.used.rowCount);
    if (pending.length === 0) return out;
    let room = budget * 0.95;
    const batch: { key: string; range: Excel.Range; cells: number }[] = [];
    for (const { key, probe: p } of pending) {
      const cols = p.used.columnCount;
      const from = out.get(key)!.length;
      const fit = Math.floor(room / (cols * perCell));
      if (fit < 1 && batch.length > 0) break;
      const to = Math.min(p.used.rowCount, from + Math.max(1, fit));
      const top = p.used.rowIndex + 1, left = p.used.columnIndex + 1;
      batch.push({ key, range: p.sheet.getRange(a1(top + from, left, top + to - 1, left + cols - 1)).load('values'), cells: (to - from) * cols });
      room -= (to - from) * cols * perCell;
      if (room <= 0) break;
    }
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error) || batch.every((b) => b.cells <= 1)) throw error;
      perCell *= 2;
      continue;
    }
    let bytes = 0, cells = 0;
    for (const b of batch) {
      const values = b.range.values as CellValue[][];
      out.get(b.key)!.push(...values);
      bytes += jsonSize(values);
      cells += b.cells;
    }
    perCell = Math.max(1, (bytes / Math.max(1, cells)) * 1.05);
  }
}
