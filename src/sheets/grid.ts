import type { LocalDate } from '../domain/calendar/localDate';

/**
 * What a host reads from a cell: text, a number (an Excel serial in a date column), a boolean,
 * a day (a host that knows the cell holds a date gives the day, never a JS `Date`), or empty.
 * Formulas arrive as their cached result; errors (#N/A) as their text.
 */
export type CellValue = string | number | boolean | LocalDate | null;

/** An Excel table (ListObject) on a sheet, in the sheet's 1-based coordinates. */
export interface TableInfo {
  readonly name: string;
  /** Row of the table's header. */
  readonly headerRow: number;
  /** Last row of the body (equals headerRow for an empty table). */
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
}

/** A sheet's used range as a grid of values. */
export interface SheetGrid {
  /** The sheet's name as it stands in the workbook. */
  readonly name: string;
  /** Sheet row of `values[0]` (1-based). */
  readonly firstRow: number;
  /** Sheet column of `values[r][0]` (1-based). */
  readonly firstColumn: number;
  /** Rectangular: every row has the same length. Empty sheet: `[]`. */
  readonly values: readonly (readonly CellValue[])[];
  readonly tables: readonly TableInfo[];
  /**
   * Merged areas that span rows, in the sheet's 1-based coordinates, where the host knows them (the
   * file host). A value lives in the top-left cell only; a table whose title is merged down over
   * two rows (one row per form of publication) gives both rows that title.
   */
  readonly merges?: readonly MergedArea[];
}

export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}
