import type { LocalDate } from '../domain/calendar/localDate';
import type { Issue } from '../domain/issues';
import { matchKey } from '../domain/text/normalize';
import type { LevelId, SignAuthorityId } from '../domain/vocabulary';
import { cellText, isBlankCell, parseCell, YEAR_MAX, YEAR_MIN } from './cells';
import type { CellValue, SheetGrid } from './grid';
import { cellAt, headerText } from './header';
import { INFO_SHEET, type ColumnSpec, type RecordOf } from './schema';
import type { ReadTableOptions } from './table';

/** The `Thông tin` sheet, typed (SCHEMA.md, "Input sheets"). Blank fields are null. */
export interface UnitInfo {
  readonly unit: string | null;
  readonly level: LevelId | null;
  readonly parent: string | null;
  /** For the dateline: `An Thượng, ngày … tháng … năm …`. */
  readonly place: string | null;
  readonly year: number | null;
  /** The as-of date; null = the caller's today. */
  readonly asOf: LocalDate | null;
  readonly signer: string | null;
  readonly signerTitle: string | null;
  readonly signAuthority: SignAuthorityId | null;
  /** `BC-UBND` when blank. */
  readonly reportSymbol: string;
}

export type InfoKey = keyof UnitInfo;

export interface InfoRead {
  readonly sheet: string;
  readonly info: UnitInfo;
  /** The sheet row each label was found on. */
  readonly rows: Readonly<Partial<Record<InfoKey, number>>>;
  readonly issues: readonly Issue[];
}

export const DEFAULT_REPORT_SYMBOL = 'BC-UBND';

const EMPTY: UnitInfo = {
  unit: null, level: null, parent: null, place: null, year: null, asOf: null,
  signer: null, signerTitle: null, signAuthority: null, reportSymbol: DEFAULT_REPORT_SYMBOL,
};

const LABELS = new Map<string, ColumnSpec>(
  INFO_SHEET.columns.flatMap((c) => [c.header, ...c.aliases].map((name) => [matchKey(name), c] as [string, ColumnSpec])),
);

/** Longer than any label of `Thông tin` with its decoration («Tên đơn vị (ghi đầy đủ):»): a value, not a label. */
const LABEL_MAX = 120;

/** The first known label of a row (an `STT` cell before it is fine), and the first filled cell to its right. */
function labelAndValue(grid: SheetGrid, row: number): { label: string; column: ColumnSpec; value: CellValue } | null {
  const end = grid.firstColumn + (grid.values[0]?.length ?? 0);
  for (let c = grid.firstColumn; c < end; c++) {
    const cell = cellAt(grid, row, c);
    const column = typeof cell === 'string' && cell.length <= LABEL_MAX ? LABELS.get(matchKey(cell)) : undefined;
    if (typeof cell !== 'string' || !column) continue;
    for (let v = c + 1; v < end; v++) {
      const value = cellAt(grid, row, v);
      if (!isBlankCell(value)) return { label: cell, column, value };
    }
    return { label: cell, column, value: null };
  }
  return null;
}

/**
 * Reads the label | value pairs of `Thông tin`. Labels match like headers (accent- and
 * case-insensitive, trailing `:` ignored), in any row and column; unknown labels (a title, a
 * `Thông tin | Giá trị` header) are ignored; the first of a repeated label wins.
 * @example readInfo(grid).info
 * // { unit: 'UBND xã An Thượng', level: 'commune', year: 2024, asOf: null, reportSymbol: 'BC-UBND', … }
 */
export function readInfo(grid: SheetGrid | null, options: ReadTableOptions = {}): InfoRead {
  if (!grid) {
    const missing: Issue = { code: 'sheet-missing', severity: options.missingSeverity ?? 'error', sheet: INFO_SHEET.name, row: null, column: null };
    return { sheet: INFO_SHEET.name, info: EMPTY, rows: {}, issues: [missing] };
  }
  const issues: Issue[] = [];
  const record: Record<string, unknown> = {};
  const rows: Partial<Record<InfoKey, number>> = {};
  const labels: Partial<Record<InfoKey, string>> = {};
  for (let r = grid.firstRow; r < grid.firstRow + grid.values.length; r++) {
    const pair = labelAndValue(grid, r);
    if (!pair || rows[pair.column.key as InfoKey] !== undefined) continue;
    const column = pair.column;
    const key = column.key as InfoKey;
    rows[key] = r;
    labels[key] = headerText(pair.label);
    const read = parseCell(pair.value, column);
    const where = { sheet: grid.name, row: r, column: labels[key] as string, value: cellText(pair.value) };
    if (!read.ok) {
      issues.push({ ...where, ...read.problem });
      continue;
    }
    if (read.warning) issues.push({ ...where, ...read.warning });
    if (read.value !== null) record[key] = read.value;
  }

  const typed = record as RecordOf<typeof INFO_SHEET>;
  if (typed.unit === undefined) {
    issues.push({ code: 'required-missing', severity: 'error', sheet: grid.name, row: rows.unit ?? null, column: labels.unit ?? INFO_SHEET.columns[0].header });
  }
  if (typed.year !== undefined && (typed.year < YEAR_MIN || typed.year > YEAR_MAX)) {
    issues.push({ code: 'year-range', severity: 'warning', sheet: grid.name, row: rows.year ?? null, column: labels.year ?? null, value: String(typed.year) });
  }
  const info: UnitInfo = {
    unit: typed.unit ?? null,
    level: typed.level ?? null,
    parent: typed.parent ?? null,
    place: typed.place ?? null,
    year: typed.year ?? null,
    asOf: typed.asOf ?? null,
    signer: typed.signer ?? null,
    signerTitle: typed.signerTitle ?? null,
    signAuthority: typed.signAuthority ?? null,
    reportSymbol: typed.reportSymbol ?? DEFAULT_REPORT_SYMBOL,
  };
  return { sheet: grid.name, info, rows, issues };
}
