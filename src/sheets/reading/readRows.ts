import type { Issue } from '../../domain/issues';
import { cellText, isBlankCell, type CellProblem } from '../cells';
import type { CellValue, SheetGrid } from '../grid';
import { cellAt } from '../header';
import type { ColumnSpec, RecordOf, SheetSpec } from '../schema';
import type { ColumnFound, TableRead, TableRow } from '../table';
import { specOf } from './kinds';
import { rowFixes, type RowFixContext } from './rowFixes';
import type { TableReading } from './types';

/**
 * The rows of one found table, read through its reading (DESIGN.md: records through the Reading):
 * only `taken` columns are read, rows the reading passed over are skipped, and a table's defaults
 * fill what the book leaves out. A missing required column is one issue naming the user's own
 * headers, never a `required-missing` on every row.
 */
export interface ReadOptions {
  /** The year dates without one take (the title's, or `Thông tin`'s), with a warning. */
  readonly defaultYear?: number | null;
}

const at = (grid: SheetGrid, row: number, column: string, cell: CellValue, p: CellProblem): Issue =>
  ({ code: p.code, severity: p.severity, sheet: grid.name, row, column, value: cellText(cell), ...(p.params ? { params: p.params } : {}) });

/**
 * The value a cell shows when it lies under a merged area that starts in a data row above it
 * (a title merged down over one row per form of publication).
 */
function mergedValue(grid: SheetGrid, firstDataRow: number): (row: number, column: number) => CellValue {
  const areas = (grid.merges ?? []).filter((m) => m.top >= firstDataRow);
  if (areas.length === 0) return () => null;
  return (row, column) => {
    const m = areas.find((a) => row > a.top && row <= a.bottom && column >= a.left && column <= a.right);
    return m ? cellAt(grid, m.top, m.left) : null;
  };
}

/** The `invalid` of every row whose cells all read: one list for all of them. */
const NONE_INVALID: readonly string[] = Object.freeze([]);

export function readTableAt<S extends SheetSpec>(grid: SheetGrid, table: TableReading, options: ReadOptions = {}): TableRead<RecordOf<S>> {
  const spec = specOf(table.kind);
  const byKey = new Map(spec.columns.map((c) => [c.key, c]));
  const taken: { spec: ColumnSpec; found: ColumnFound }[] = [];
  for (const c of table.columns) {
    const column = c.status === 'taken' && c.key !== null ? byKey.get(c.key) : undefined;
    if (column) taken.push({ spec: column, found: { header: c.header, column: c.column } });
  }
  const issues: Issue[] = [];
  const headerRow = table.headerRows[table.headerRows.length - 1];
  const has = new Set(taken.map((t) => t.spec.key));
  const missingRequired = spec.columns.filter((c) => c.required && !has.has(c.key) && !(c.key === 'title' && has.has('subject')));
  for (const column of missingRequired) {
    issues.push({
      code: 'column-missing', severity: 'error', sheet: grid.name, row: headerRow, column: null,
      params: { header: column.header, accepted: [column.header, ...column.aliases].join(', '), headers: table.columns.map((c) => c.header).join(', ') },
    });
  }
  const skip = new Set(table.ignored.map((i) => i.row));
  const fix: RowFixContext = { kind: table.kind, defaults: table.defaults, has, defaultYear: options.defaultYear ?? null };
  const rows: TableRow<RecordOf<S>>[] = [];
  const merged = mergedValue(grid, table.firstDataRow);
  for (let r = table.firstDataRow; r <= table.lastRow; r++) {
    if (skip.has(r)) continue;
    const raw: Record<string, CellValue> = {};
    let filled = false;
    let own = false;
    // cellAt, with the row looked up once.
    const line = grid.values[r - grid.firstRow];
    for (const { spec: column, found } of taken) {
      const typed = line?.[found.column - grid.firstColumn] ?? null;
      let cell = typed;
      let blank: boolean;
      if (typed !== null) {
        blank = isBlankCell(typed);
        if (!blank && column.key !== 'index') own = true;
      } else {
        cell = merged(r, found.column);
        blank = isBlankCell(cell);
      }
      raw[column.key] = cell;
      // A template numbers its empty rows in advance: an STT alone is not data.
      if (!blank && column.key !== 'index') filled = true;
    }
    if (!filled || !own) continue; // a row of nothing but cells merged down from the row above is part of it
    const record: Record<string, unknown> = {};
    const invalid: string[] = [];
    for (const { spec: column, found } of taken) {
      const cell = raw[column.key];
      const read = rowFixes.parse(column, cell, fix);
      if (!read.ok) {
        issues.push(at(grid, r, found.header, cell, read.problem));
        invalid.push(column.key);
        continue;
      }
      if (read.warning) issues.push(at(grid, r, found.header, cell, read.warning));
      if (read.value !== null) record[column.key] = read.value;
      else if (column.required) issues.push({ code: 'required-missing', severity: 'error', sheet: grid.name, row: r, column: found.header });
    }
    for (const note of rowFixes.complete(record, raw, fix)) issues.push({ ...note, sheet: grid.name, row: r, column: null });
    rows.push({ row: r, record: record as RecordOf<S>, raw, invalid: invalid.length === 0 ? NONE_INVALID : invalid });
  }
  const columns: Record<string, ColumnFound> = {};
  for (const t of taken) columns[t.spec.key] = t.found;
  return { sheet: grid.name, rows, columns: columns as TableRead<RecordOf<S>>['columns'], headerRow, issues };
}
