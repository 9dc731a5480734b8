import { matchKey } from '../domain/text/normalize';
import type { SheetGrid } from './grid';

/** The optional sheet of the consolidating workbook that lists the units expected to report. */
export const UNIT_LIST_SHEET = 'Danh sách đơn vị';

const NAME_HEADERS = new Set(['ten don vi', 'don vi', 'ten xa, phuong', 'xa, phuong', 'ten xa', 'ten']);
const TOTALS = new Set(['tong', 'tong cong', 'cong']);

/**
 * The unit names of `Danh sách đơn vị`: the column headed `Tên đơn vị` (or `Đơn vị`, `Tên xã,
 * phường`) in the first 15 rows, read down; without such a header, every text of column A. Blank
 * rows, totals rows and repeats (by `matchKey`) are skipped; names are NFC and trimmed.
 * @example readUnitList({ name: 'Danh sách đơn vị', firstRow: 1, firstColumn: 1, tables: [],
 *   values: [['STT', 'Tên đơn vị'], [1, 'UBND xã An Thượng'], [2, 'UBND xã Song Phương']] })
 * // ['UBND xã An Thượng', 'UBND xã Song Phương']
 */
export function readUnitList(grid: SheetGrid): string[] {
  let top = 0;
  let column = 0;
  found: for (let r = 0; r < Math.min(15, grid.values.length); r++) {
    for (let c = 0; c < grid.values[r].length; c++) {
      const v = grid.values[r][c];
      if (typeof v === 'string' && NAME_HEADERS.has(matchKey(v))) {
        top = r + 1;
        column = c;
        break found;
      }
    }
  }
  const names: string[] = [];
  const seen = new Set<string>();
  for (let r = top; r < grid.values.length; r++) {
    const v = grid.values[r][column];
    if (typeof v !== 'string') continue;
    const name = v.normalize('NFC').trim().replace(/\s+/g, ' ');
    const key = matchKey(name);
    if (key === '' || TOTALS.has(key) || NAME_HEADERS.has(key) || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}
