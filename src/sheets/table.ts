import type { Issue, Severity } from '../domain/issues';
import { matchKey } from '../domain/text/normalize';
import { cellText, isBlankCell, parseCell, type CellProblem } from './cells';
import type { CellValue, SheetGrid } from './grid';
import { cellAt, HEADER_SEARCH_ROWS, locateHeader, type ColumnFound } from './header';
import type { RecordOf, SheetSpec } from './schema';

export type { ColumnFound } from './header';

/** One data row of a table. */
export interface TableRow<R> {
  /** The sheet's own 1-based row, so a person can go to it. */
  readonly row: number;
  /** Parsed values; a blank or bad cell leaves its field out. */
  readonly record: R;
  /** The cells of the known columns as read, by key. */
  readonly raw: Readonly<Record<string, CellValue>>;
  /** Keys whose cell was filled but could not be read (each has an issue): "invalid", not "blank". */
  readonly invalid: readonly string[];
}

export interface TableRead<R> {
  /** The sheet's name as it stands in the workbook (the spec's name when the sheet is missing). */
  readonly sheet: string;
  readonly rows: readonly TableRow<R>[];
  /** Known columns found, by key. */
  readonly columns: Readonly<Partial<Record<keyof R & string, ColumnFound>>>;
  readonly headerRow: number | null;
  readonly issues: readonly Issue[];
}

export interface ReadTableOptions {
  /** Severity of `sheet-missing`: an optional sheet (`Ngày nghỉ`) is a warning or info. Default error. */
  readonly missingSeverity?: Severity;
}

// SCHEMA.md: a row whose first text cell is exactly one of these is a totals row, not data.
const TOTALS = new Set(['tong', 'tong cong', 'cong']);

const noColumns = <S extends SheetSpec>() => ({}) as TableRead<RecordOf<S>>['columns'];

function isTotalsRow(grid: SheetGrid, row: number, from: number, to: number): boolean {
  for (let c = from; c <= to; c++) {
    const cell = cellAt(grid, row, c);
    // «Tổng cộng» and its kin are short: a long text is data, and needs no key.
    if (typeof cell === 'string' && cell.trim() !== '') return cell.length <= 24 && TOTALS.has(matchKey(cell));
  }
  return false;
}

/**
 * Reads the table of one input sheet into typed records and input issues, never throwing
 * (SCHEMA.md, "Finding tables"). Rows above the header (titles) are skipped, as are blank rows
 * (also rows with nothing but a pre-filled `STT`), totals rows and unknown columns.
 *
 * @example
 * const read = readTable(grid, POSTINGS_SHEET);
 * // { sheet: 'Công khai', headerRow: 3, columns: { title: { header: 'Nội dung', column: 2 }, … },
 * //   rows: [{ row: 4, record: { title: 'Dự toán ngân sách 2024', form: 'niem-yet',
 * //            start: { y: 2024, m: 2, d: 15 } }, raw: {…}, invalid: [] }], issues: [] }
 */
export function readTable<S extends SheetSpec>(
  grid: SheetGrid | null,
  spec: S,
  options: ReadTableOptions = {},
): TableRead<RecordOf<S>> {
  if (!grid) {
    const missing: Issue = { code: 'sheet-missing', severity: options.missingSeverity ?? 'error', sheet: spec.name, row: null, column: null };
    return { sheet: spec.name, rows: [], columns: noColumns<S>(), headerRow: null, issues: [missing] };
  }
  const header = locateHeader(grid, spec);
  if (!header) {
    const issue: Issue = {
      code: 'header-not-found', severity: 'error', sheet: grid.name, row: null, column: null,
      params: { rows: HEADER_SEARCH_ROWS, expected: spec.columns.map((c) => c.header).join(', ') },
    };
    return { sheet: grid.name, rows: [], columns: noColumns<S>(), headerRow: null, issues: [issue] };
  }

  const issues: Issue[] = [...header.issues];
  const columns: Record<string, ColumnFound> = {};
  for (const [column, found] of header.columns) columns[column.key] = found;
  for (const column of spec.columns) {
    if (column.required && !header.columns.has(column)) {
      issues.push({ code: 'column-missing', severity: 'error', sheet: grid.name, row: header.headerRow, column: null, params: { header: column.header } });
    }
  }

  const at = (row: number, column: string, cell: CellValue, p: CellProblem): Issue =>
    ({ code: p.code, severity: p.severity, sheet: grid.name, row, column, value: cellText(cell), ...(p.params ? { params: p.params } : {}) });

  const unmappedDefaults = spec.columns.filter((c) => c.vocabulary?.blank !== undefined && !header.columns.has(c));
  const rows: TableRow<RecordOf<S>>[] = [];
  for (let r = header.firstDataRow; r <= header.lastRow; r++) {
    const raw: Record<string, CellValue> = {};
    let filled = false;
    for (const [column, found] of header.columns) {
      const cell = cellAt(grid, r, found.column);
      raw[column.key] = cell;
      // A template numbers its empty rows in advance: an STT alone is not data.
      if (!isBlankCell(cell) && column.key !== 'index') filled = true;
    }
    if (!filled || isTotalsRow(grid, r, header.firstColumn, header.lastColumn)) continue;

    const record: Record<string, unknown> = {};
    const invalid: string[] = [];
    for (const [column, found] of header.columns) {
      const cell = raw[column.key];
      const read = parseCell(cell, column);
      if (!read.ok) {
        issues.push(at(r, found.header, cell, read.problem));
        invalid.push(column.key);
        continue;
      }
      if (read.warning) issues.push(at(r, found.header, cell, read.warning));
      if (read.value !== null) record[column.key] = read.value;
      else if (column.required) issues.push({ code: 'required-missing', severity: 'error', sheet: grid.name, row: r, column: found.header });
    }
    // A missing column reads as blank cells: a workbook without `Nhóm nội dung` posts "Khác" (k14).
    for (const column of unmappedDefaults) record[column.key] = column.vocabulary?.blank;
    rows.push({ row: r, record: record as RecordOf<S>, raw, invalid });
  }
  return { sheet: grid.name, rows, columns: columns as TableRead<RecordOf<S>>['columns'], headerRow: header.headerRow, issues };
}

/**
 * The grid of a sheet, by name or alias compared like headers (`cong khai` finds `Công khai`).
 * @example findSheet(grids, POSTINGS_SHEET) // the grid named "CÔNG KHAI", or null
 */
export function findSheet(grids: readonly SheetGrid[], spec: SheetSpec): SheetGrid | null {
  const keys = new Set([spec.name, ...(spec.aliases ?? [])].map(matchKey));
  return grids.find((g) => keys.has(matchKey(g.name))) ?? null;
}
