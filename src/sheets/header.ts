import type { Issue } from '../domain/issues';
import { cleanText, matchKey } from '../domain/text/normalize';
import type { CellValue, SheetGrid } from './grid';
import type { ColumnSpec, SheetSpec } from './schema';

/**
 * Finding a table's header on a sheet (SCHEMA.md, "Finding tables"). Staff keep their own titles,
 * unit names and layouts above the table, so the header is found by its text, not its position.
 */

/** How many rows of the used range are searched for the header row. */
export const HEADER_SEARCH_ROWS = 15;

/** Where a known column was found. */
export interface ColumnFound {
  /** The header as the user wrote it (NFC, whitespace collapsed), for messages. */
  readonly header: string;
  /** The sheet's 1-based column. */
  readonly column: number;
}

export interface HeaderFound {
  readonly headerRow: number;
  /** First and last sheet rows that may hold data. */
  readonly firstDataRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly columns: ReadonlyMap<ColumnSpec, ColumnFound>;
  readonly issues: readonly Issue[];
}

/** The cell at sheet row `row`, column `column`, or null outside the grid. */
export function cellAt(grid: SheetGrid, row: number, column: number): CellValue {
  return grid.values[row - grid.firstRow]?.[column - grid.firstColumn] ?? null;
}

const lastGridRow = (grid: SheetGrid) => grid.firstRow + grid.values.length - 1;
const lastGridColumn = (grid: SheetGrid) => grid.firstColumn + (grid.values[0]?.length ?? 0) - 1;

/** The header text as the user wrote it, on one line. */
export const headerText = (text: string): string => cleanText(text).replace(/\s+/g, ' ');

/** Header and alias keys of a sheet → column. */
function headerIndex(spec: SheetSpec): Map<string, ColumnSpec> {
  const index = new Map<string, ColumnSpec>();
  for (const column of spec.columns) {
    for (const name of [column.header, ...column.aliases]) {
      const key = matchKey(name);
      if (!index.has(key)) index.set(key, column);
    }
  }
  return index;
}

/** Known columns named in one row, between two columns; a repeated column is a warning. */
function matchRow(grid: SheetGrid, index: Map<string, ColumnSpec>, row: number, from: number, to: number) {
  const columns = new Map<ColumnSpec, ColumnFound>();
  const issues: Issue[] = [];
  for (let c = from; c <= to; c++) {
    const cell = cellAt(grid, row, c);
    if (typeof cell !== 'string') continue;
    const known = index.get(matchKey(cell));
    if (!known) continue; // unknown columns are kept in the sheet and ignored here
    const header = headerText(cell);
    if (columns.has(known)) {
      issues.push({ code: 'column-duplicate', severity: 'warning', sheet: grid.name, row, column: header, params: { key: known.key } });
    } else {
      columns.set(known, { header, column: c });
    }
  }
  return { columns, issues };
}

/** A row of column ordinals under the header, `(1) (2) (3) …` or `1 2 3 …`, as official forms print. */
export function isOrdinalRow(cells: readonly CellValue[]): boolean {
  const ordinals: number[] = [];
  for (const cell of cells) {
    if (cell === null || (typeof cell === 'string' && cell.trim() === '')) continue;
    const m = typeof cell === 'number' ? [String(cell), String(cell)] : typeof cell === 'string' ? /^[([]?(\d{1,2})[)\]]?$/.exec(cell.trim()) : null;
    if (!m) return false;
    ordinals.push(Number(m[1]));
  }
  return ordinals.length >= 3 && ordinals.every((n, i) => i === 0 || n > ordinals[i - 1]);
}

const rowBetween = (grid: SheetGrid, row: number, from: number, to: number): CellValue[] =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => cellAt(grid, row, from + i));

/**
 * Finds the header row: an Excel table on the sheet that names a known column wins (its header row
 * and column span); otherwise the first of the first {@link HEADER_SEARCH_ROWS} rows that names at
 * least two known columns. A second header row right below (a merged `Thời gian niêm yết` over
 * `Từ ngày | Đến ngày`) adds its columns, and a row of column ordinals below is skipped.
 * @returns null when no header row is found.
 */
export function locateHeader(grid: SheetGrid, spec: SheetSpec): HeaderFound | null {
  const index = headerIndex(spec);
  let best: (HeaderFound & { count: number }) | null = null;
  for (const table of grid.tables) {
    const found = matchRow(grid, index, table.headerRow, table.firstColumn, table.lastColumn);
    if (found.columns.size >= 1 && (!best || found.columns.size > best.count)) {
      best = {
        headerRow: table.headerRow, firstDataRow: table.headerRow + 1, lastRow: table.lastRow,
        firstColumn: table.firstColumn, lastColumn: table.lastColumn,
        columns: found.columns, issues: found.issues, count: found.columns.size,
      };
    }
  }
  if (best) {
    const { count: _count, ...header } = best;
    return header;
  }

  const from = grid.firstColumn;
  const to = lastGridColumn(grid);
  const last = lastGridRow(grid);
  const searchTo = Math.min(last, grid.firstRow + HEADER_SEARCH_ROWS - 1);
  for (let r = grid.firstRow; r <= searchTo; r++) {
    const found = matchRow(grid, index, r, from, to);
    if (found.columns.size < 2) continue;
    let firstDataRow = r + 1;
    const below = matchRow(grid, index, r + 1, from, to);
    const taken = new Set([...found.columns.values()].map((f) => f.column));
    let added = false;
    for (const [column, where] of below.columns) {
      if (!found.columns.has(column) && !taken.has(where.column)) {
        found.columns.set(column, where);
        added = true;
      }
    }
    if (added) firstDataRow = r + 2;
    if (isOrdinalRow(rowBetween(grid, firstDataRow, from, to))) firstDataRow++;
    return { headerRow: r, firstDataRow, lastRow: last, firstColumn: from, lastColumn: to, columns: found.columns, issues: found.issues };
  }
  return null;
}
