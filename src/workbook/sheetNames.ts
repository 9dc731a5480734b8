import { fold, matchKey } from '../domain/text/normalize';
import type { TableInfo } from '../sheets/grid';

/**
 * Helpers both hosts share: finding a sheet by its matching key and describing a table.
 * Sheet names match by `matchKey` (SCHEMA.md, "Finding tables"), so `cong khai`, `CÔNG KHAI` and a
 * Mac-typed decomposed `Công khai` all find the sheet `Công khai`.
 */

/** The first name in workbook order whose key equals the wanted name's key. */
export function findSheetName(names: readonly string[], wanted: string): string | undefined {
  const key = matchKey(wanted);
  return names.find((name) => matchKey(name) === key);
}

/**
 * Whether a sheet a write would add is already there: Excel's own rule (case-insensitive) widened
 * to accents and spaces, so a user's `Cong khai` counts as `Công khai`. Stricter than `matchKey`,
 * which drops a trailing bracket: `KQ Kiểm tra (2)` is another sheet than `KQ Kiểm tra`, and a
 * write under the first must never replace the second (a user's sheet).
 */
export function writeKey(name: string): string {
  return fold(name);
}

/** The existing sheet a document of this name would replace or skip. */
export function findSheetToWrite(names: readonly string[], name: string): string | undefined {
  const key = writeKey(name);
  return names.find((n) => writeKey(n) === key);
}

/**
 * Spellings worth asking Excel for directly, cheapest first: the name as given (NFC) and its
 * accent-stripped form (`Công khai` → `Cong khai`, how people type without a Vietnamese keyboard).
 * Excel compares sheet names case-insensitively, so case variants are not needed.
 */
export function nameSpellings(wanted: string): string[] {
  const nfc = wanted.normalize('NFC');
  const stripped = nfc.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return stripped.toUpperCase() === nfc.toUpperCase() ? [nfc] : [nfc, stripped];
}

/**
 * A table's extent as TableInfo. `headerRow` is the header's row; when the table hides its header
 * (rare), it is the row above the body, so `headerRow + 1` is always the first data row.
 */
export function tableInfo(
  name: string,
  bounds: { row: number; col: number; row2: number; col2: number },
  showHeaders: boolean,
  showTotals: boolean,
): TableInfo {
  const headerRow = showHeaders ? bounds.row : bounds.row - 1;
  const lastRow = Math.max(headerRow, showTotals ? bounds.row2 - 1 : bounds.row2);
  return { name, headerRow, lastRow, firstColumn: bounds.col, lastColumn: bounds.col2 };
}
