import type { SheetGrid } from '../../sheets/grid';
import type { RecordOf, SheetSpec } from '../../sheets/schema';
import { readTable, type ReadTableOptions, type TableRead } from '../../sheets/table';

const reads = new WeakMap<SheetGrid, Map<SheetSpec, TableRead<unknown>>>();

/**
 * `readTable`, once per grid and spec: the check reads each input table, and the reports need
 * the same records again (content group, place, feedback texts). Reading 20,000 rows twice cost
 * a third of a second. A use case's grids come from one host read and are never changed.
 */
export function readTableOnce<S extends SheetSpec>(grid: SheetGrid | null, spec: S, options: ReadTableOptions = {}): TableRead<RecordOf<S>> {
  if (!grid) return readTable(grid, spec, options); // options only matter for a missing sheet
  let bySpec = reads.get(grid);
  if (!bySpec) reads.set(grid, bySpec = new Map());
  let read = bySpec.get(spec) as TableRead<RecordOf<S>> | undefined;
  if (!read) bySpec.set(spec, read = readTable(grid, spec, options));
  return read;
}
