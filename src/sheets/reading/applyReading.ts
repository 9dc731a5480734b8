import type { SheetGrid } from '../grid';
import { blockOf } from './findTables';
import type { FactReading, Reading, TableReading } from './types';

/**
 * A confirmed reading over what recognition found today (DESIGN.md: a confirmed reading wins over
 * recognition). Each confirmed table keeps its kind, header rows, columns and defaults as a person
 * set them; its block is measured again on the sheet as it is now (rows added since are read).
 * A table marked `ignore` is dropped. Tables recognition finds where the confirmed reading has
 * none (a sheet added since) are kept as recognised. Facts a person set win over inferred ones.
 */
export function applyReading(recognised: Reading, confirmed: Reading, grids: readonly SheetGrid[]): Reading {
  const byName = new Map(grids.map((g) => [g.name, g]));
  const key = (t: Pick<TableReading, 'sheet' | 'headerRows'>) => `${t.sheet}\u0000${t.headerRows[t.headerRows.length - 1] ?? 0}`;
  const found = new Map(recognised.tables.map((t) => [key(t), t]));
  const tables: TableReading[] = [];
  const covered = new Set<string>();
  for (const c of confirmed.tables) {
    covered.add(key(c));
    const g = byName.get(c.sheet);
    if (!g || (c as { ignore?: boolean }).ignore) continue;
    const now = found.get(key(c));
    const confirmedColumns = c.columns.map((col) => (col.key !== null && col.status !== 'unknown' ? { ...col, status: 'taken' as const } : col));
    if (now) {
      tables.push({ ...now, kind: c.kind, columns: confirmedColumns, defaults: c.defaults ?? now.defaults, from: 'user', confidence: 1 });
      continue;
    }
    const headerRow = c.headerRows[c.headerRows.length - 1];
    const next = recognised.tables.filter((t) => t.sheet === c.sheet && t.headerRows[0] > headerRow).map((t) => t.headerRows[0]);
    const end = next.length > 0 ? Math.min(...next) - 1 : g.firstRow + g.values.length - 1;
    const span = { from: c.firstColumn ?? g.firstColumn, to: c.lastColumn ?? g.firstColumn + (g.values[0]?.length ?? 1) - 1 };
    const block = blockOf(g, headerRow + 1, end, span);
    tables.push({
      kind: c.kind, sheet: c.sheet, headerRows: c.headerRows, firstDataRow: block.firstDataRow, lastRow: block.lastRow,
      firstColumn: span.from, lastColumn: span.to, columns: confirmedColumns, defaults: c.defaults ?? [], ignored: block.ignored,
      confidence: 1, from: 'user',
    });
  }
  for (const t of recognised.tables) if (!covered.has(key(t)) && !overlaps(t, tables)) tables.push(t);
  tables.sort((a, b) => (a.sheet === b.sheet ? a.headerRows[0] - b.headerRows[0] : sheetOrder(grids, a.sheet) - sheetOrder(grids, b.sheet)));
  const userFacts = confirmed.facts.filter((f) => f.from.how === 'user');
  const facts: FactReading[] = [...userFacts, ...recognised.facts.filter((f) => !userFacts.some((u) => u.key === f.key))];
  const kinds = new Set(tables.map((t) => t.kind));
  return { ...recognised, tables, facts, notFound: recognised.notFound.filter((k) => !kinds.has(k)), confirmed: true };
}

const sheetOrder = (grids: readonly SheetGrid[], name: string) => grids.findIndex((g) => g.name === name);

/** A recognised table inside a confirmed one's block (a person moved the header row). */
function overlaps(t: TableReading, tables: readonly TableReading[]): boolean {
  return tables.some((c) => c.sheet === t.sheet && t.headerRows[0] >= c.headerRows[0] && t.headerRows[0] <= c.lastRow);
}
