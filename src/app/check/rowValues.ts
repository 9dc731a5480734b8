import { formatVi, type LocalDate } from '../../domain/calendar/localDate';
import { matchKey } from '../../domain/text/normalize';
import { cellText, isBlankCell } from '../../sheets/cells';
import type { CellValue } from '../../sheets/grid';
import { cellAt, locateHeader } from '../../sheets/header';
import { INPUT_SHEETS } from '../../sheets/schema';
import type { WorkbookHost } from '../../workbook/port';

/** One filled cell of a row, under its column's header as the user wrote it. */
export interface RowCell {
  /** The column letter (`C`). */
  readonly column: string;
  /** The header above it, when the sheet is one of SCHEMA.md's tables and its header was found. */
  readonly header: string | null;
  /** The value as staff read it: dates as dd/mm/yyyy. */
  readonly value: string;
}

export interface RowValues {
  readonly sheet: string;
  readonly row: number;
  readonly cells: readonly RowCell[];
}

/** @example columnLetter(28) // "AB" */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const isDay = (value: CellValue): value is LocalDate => typeof value === 'object' && value !== null;

/**
 * A finding's row, for a host where no one sees the workbook (the standalone page shows it in place
 * of selecting it in Excel): every filled cell with its header. Null when the sheet is gone.
 *
 * @example await readRowValues(host, 'Công khai', 7)
 * // { sheet: 'Công khai', row: 7, cells: [{ column: 'B', header: 'Nội dung công khai', value: 'Dự toán ngân sách…' }, …] }
 */
export async function readRowValues(host: WorkbookHost, sheet: string, row: number): Promise<RowValues | null> {
  const grid = (await host.readSheets([sheet])).sheets[sheet];
  if (!grid) return null;
  const spec = INPUT_SHEETS.find((s) => matchKey(s.name) === matchKey(grid.name));
  const headers = new Map<number, string>();
  const found = spec ? locateHeader(grid, spec) : null;
  if (found) {
    for (let c = found.firstColumn; c <= found.lastColumn; c++) {
      const text = cellAt(grid, found.headerRow, c);
      if (!isBlankCell(text)) headers.set(c, cellText(text));
    }
    for (const { header, column } of found.columns.values()) headers.set(column, header);
  }
  const width = grid.values[0]?.length ?? 0;
  const cells: RowCell[] = [];
  for (let c = grid.firstColumn; c < grid.firstColumn + width; c++) {
    const value = cellAt(grid, row, c);
    if (isBlankCell(value)) continue;
    cells.push({ column: columnLetter(c), header: headers.get(c) ?? null, value: isDay(value) ? formatVi(value) : cellText(value) });
  }
  return { sheet: grid.name, row, cells };
}
