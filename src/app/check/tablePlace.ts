import type { SheetGrid } from '../../sheets/grid';
import type { TableRead } from '../../sheets/table';
import type { TablePlace } from './tableCheck';

/**
 * Where a read table sits: its header row and the rows the check judged. `lastColumn` is the last
 * header cell with any text, the user's own extra columns included, so the status column that
 * «Kiểm tra» keeps goes to the right of everything the user typed.
 */
export function placeOf<R>(grid: SheetGrid | null, table: TableRead<R>): TablePlace | null {
  if (!grid || table.headerRow === null) return null;
  const header = grid.values[table.headerRow - grid.firstRow] ?? [];
  let last = 0;
  header.forEach((v, i) => {
    if (v !== null && v !== '') last = grid.firstColumn + i;
  });
  return { sheet: grid.name, headerRow: table.headerRow, lastColumn: last, rows: table.rows.map((r) => r.row) };
}
