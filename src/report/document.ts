import type { LocalDate } from '../domain/calendar/localDate';
import { DccsError } from '../domain/errors';

/**
 * A host-agnostic sheet document: what `report/` builds and a workbook host writes.
 * Ranges are A1 strings (`"A1"`, `"A2:F10"`, `"C:C"` is not allowed: give rows).
 */

/** A formula cell; `result` is the value the engine expects (hosts may cache it). */
export interface FormulaValue {
  readonly formula: string; // without the leading "="
  readonly result?: number | string;
}

/**
 * A cell value. A string is always written as text, never parsed as a formula or a number,
 * even when it starts with "=", "+", "-" or "@" (text from users goes through here).
 */
export type DocValue = string | number | boolean | LocalDate | FormulaValue | null;

export interface FontSpec {
  readonly name?: string;
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly color?: string; // "#RRGGBB"
}

export type BorderStyle = 'thin' | 'medium' | 'none';

export interface FormatSpec {
  readonly numberFormat?: string; // e.g. "dd/mm/yyyy", "0.0%", "@"
  readonly font?: FontSpec;
  readonly fill?: string; // "#RRGGBB"
  readonly horizontal?: 'left' | 'center' | 'right' | 'justify';
  readonly vertical?: 'top' | 'middle' | 'bottom';
  readonly wrap?: boolean;
  /** Thin/medium borders on every edge of every cell in the range ("all borders"). */
  readonly border?: BorderStyle;
  /** A border under the range only (e.g. the short rule under a header line). */
  readonly borderBottom?: BorderStyle;
}

export interface FormatRange extends FormatSpec {
  readonly range: string;
}

export interface Hyperlink {
  readonly cell: string;
  /** Internal target (`'Công khai'!A5`) or an https URL. */
  readonly target: string;
  readonly tooltip?: string;
}

export interface ListValidation {
  readonly range: string;
  /** The accepted values (what the list shows). */
  readonly values: readonly string[];
  /**
   * A range holding the same values (`'Danh mục'!$B$2:$B$15`). Hosts use it instead of an inline
   * list: Excel's inline list splits on commas (`Đầu tư, đất đai`) and stops at 255 characters.
   */
  readonly source?: string;
  /** Shown when a typed value is not in the list. */
  readonly error?: string;
}

export interface PageSetup {
  readonly orientation: 'portrait' | 'landscape';
  readonly paper: 'A4';
  /** Millimetres. */
  readonly margins?: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly fitToWidth?: boolean;
  /** Rows repeated at the top of each printed page, e.g. `[4, 4]`. */
  readonly printTitleRows?: readonly [number, number];
  /**
   * Columns repeated at the left of each printed page, e.g. `[1, 2]`: a table too wide for one
   * page at a readable size prints over several, each with its key columns.
   */
  readonly printTitleColumns?: readonly [number, number];
  /** A fixed print scale in percent, instead of `fitToWidth`. */
  readonly scale?: number;
  /** `overThenDown`: the right part of a wide table's first rows prints before the next rows. */
  readonly pageOrder?: 'overThenDown';
  readonly centerHorizontally?: boolean;
  /**
   * Page numbers centred in the header, each sheet's from 1 (printing the whole workbook does not
   * run them on from the sheet before): `top-center-from-2` as ND 30/2020 (Phụ lục I) numbers an
   * official document, the first page without; `top-center` on every page, for lists and tables.
   */
  readonly pageNumbers?: 'top-center-from-2' | 'top-center';
  /** The block that prints (`A1:P40`); the whole used range when absent. */
  readonly printArea?: string;
}

export interface ColumnSpec {
  /** Width in Excel character units (the number Excel shows in "Column Width"). */
  readonly width?: number;
  readonly hidden?: boolean;
}

/** A native chart (Excel draws it; a file host that cannot write charts skips it and says so). */
export interface ChartSpec {
  readonly type: 'bar' | 'column';
  readonly title: string;
  /** The block with category labels in its first column and one series per further column, header row included. */
  readonly dataRange: string;
  /** Where its top-left corner goes, and its size in columns × rows of the sheet. */
  readonly anchor: string;
  readonly width: number;
  readonly height: number;
}

/**
 * A colour scale on a block of numbers (conditional formatting: Excel's and LibreOffice's own, so
 * it follows the values when they change). Stops are fixed numbers, not the block's min and max,
 * so a rate of 100% is green whatever the other rows say.
 */
export interface ColorScale {
  readonly range: string;
  readonly min: { readonly value: number; readonly color: string };
  readonly mid?: { readonly value: number; readonly color: string };
  readonly max: { readonly value: number; readonly color: string };
}

export interface SheetDocument {
  readonly name: string;
  /**
   * The add-in's mark on an output sheet (`bao-cao`, `tong-hop`, `kq-kiem-tra`…): hosts record it
   * (a workbook-level defined name `DCCS_…` pointing at the sheet) so a later run knows the sheet
   * is its own, and never mistakes a user's sheet of the same name for it.
   */
  readonly owner?: string;
  /**
   * What to do when a sheet of that name exists: `replace` clears it and writes this document
   * (only for sheets the add-in owns); `skip` leaves it untouched (the template).
   */
  readonly ifExists: 'replace' | 'skip';
  /** `values[0]` is row 1, `values[r][0]` column A. Rows may be ragged. */
  readonly values: readonly (readonly DocValue[])[];
  readonly formats?: readonly FormatRange[];
  readonly merges?: readonly string[];
  readonly columns?: readonly ColumnSpec[];
  /** Frozen rows at the top / columns at the left. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly hyperlinks?: readonly Hyperlink[];
  readonly validations?: readonly ListValidation[];
  readonly pageSetup?: PageSetup;
  /** Row heights in points, by 1-based row. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** Manual page breaks: a new printed page starts at each of these rows. */
  readonly pageBreaksBefore?: readonly number[];
  readonly charts?: readonly ChartSpec[];
  /**
   * Rows from this one (1-based) down grow to show their wrapped text. Excel fits them itself
   * (one `autofitRows` call); a file host estimates the heights, since LibreOffice and Excel keep
   * a row saved without a height at one line.
   */
  readonly autoFitRowsFrom?: number;
  /**
   * Blocks of rows (first, last) whose text cells are not merged, which Excel fits itself after the
   * heights above are set: its line spacing (about 1.3 em for Times New Roman) is its own, wider
   * than LibreOffice's, and only Excel knows it. A file host keeps the measured heights.
   */
  readonly excelFitRows?: readonly (readonly [number, number])[];
  readonly tabColor?: string;
  /** A sheet of the add-in's own that people need not see (the stored reading): hidden, not very hidden, so both hosts keep it. */
  readonly hidden?: boolean;
  /** Filter buttons on a header row and the data under it, e.g. `"A4:G120"`. */
  readonly autoFilter?: string;
  /** Colour scales (conditional formats) on blocks of numbers, e.g. rates. */
  readonly colorScales?: readonly ColorScale[];
}

/**
 * New contents for one block of an existing sheet the add-in does not own as a whole: a column it
 * owns in a user's table (the status column). The block is replaced, values and formats alike
 * (its cells first go back to the default format, so a fill from the last run does not linger);
 * no cell outside it changes. Strings are text, as in a document.
 */
export interface RangePatch {
  /** The sheet's exact name as read (`ReadResult.sheetNames`, `SheetGrid.name`). */
  readonly sheet: string;
  /** An A1 block, `"H4:H120"`. */
  readonly range: string;
  /** Exactly the block's shape; null leaves the cell empty. */
  readonly values: readonly (readonly DocValue[])[];
  /** Each inside the block. */
  readonly formats?: readonly FormatRange[];
}

/**
 * The longest row's length (at least 1). A loop, not `Math.max(...rows)`: spreading a sheet's
 * rows into arguments throws a RangeError past roughly 120,000 rows.
 */
export function widestRow(rows: readonly (readonly unknown[])[]): number {
  let width = 1;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}

/** 1-based column number → letters. @example columnLetter(28) // "AB" */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** @example a1(5, 3) // "C5"  @example a1(2, 1, 4, 6) // "A2:F4" */
export function a1(row: number, col: number, row2?: number, col2?: number): string {
  const first = `${columnLetter(col)}${row}`;
  return row2 === undefined || col2 === undefined ? first : `${first}:${columnLetter(col2)}${row2}`;
}

/** Parses "C5" or "A2:F4" into 1-based corners. Throws on malformed input (a bug, not user data). */
export function parseRange(ref: string): { row: number; col: number; row2: number; col2: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
  if (!m) throw new DccsError(`Not an A1 range: ${ref}`);
  const colNum = (s: string) => [...s].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  const row = Number(m[2]);
  const col = colNum(m[1]);
  return { row, col, row2: m[4] ? Number(m[4]) : row, col2: m[3] ? colNum(m[3]) : col };
}

/** Quotes a sheet name for a reference: `'Công khai'!A5`. */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
