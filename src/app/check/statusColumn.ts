import { isStatusHeader, type StatusColumnPlace } from '../../report/statusColumn';
import type { SheetGrid } from '../../sheets/grid';
import type { TablePlace } from './tableCheck';

/**
 * Where a table's status column goes: the column already marked as ours on its header row, or
 * else the first column right of the table that is empty from the header down (a note the user
 * typed beside the table is never covered).
 */
export function statusColumnOf(grid: SheetGrid | null, place: TablePlace | null): StatusColumnPlace | null {
  if (!grid || !place || place.rows.length === 0) return null;
  // A table in a section ends where the next one starts: its column never reaches into the next.
  const lastGridRow = place.blockEnd ?? grid.firstRow + grid.values.length - 1;
  const lastRow = Math.max(lastGridRow, place.rows[place.rows.length - 1]) // rows come in sheet order;
  const cell = (row: number, col: number) => grid.values[row - grid.firstRow]?.[col - grid.firstColumn] ?? null;
  const lastGridColumn = grid.firstColumn + (grid.values[0]?.length ?? 0) - 1;
  for (let col = grid.firstColumn; col <= lastGridColumn; col++) {
    if (isStatusHeader(cell(place.headerRow, col))) return { sheet: grid.name, column: col, headerRow: place.headerRow, lastRow };
  }
  for (let col = place.lastColumn + 1; ; col++) {
    let empty = true;
    for (let row = place.headerRow; row <= lastGridRow && empty; row++) empty = cell(row, col) === null || cell(row, col) === '';
    if (empty) return { sheet: grid.name, column: col, headerRow: place.headerRow, lastRow };
  }
}
