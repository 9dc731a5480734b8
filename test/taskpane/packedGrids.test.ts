import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isPackedGrid, packGrid, packRead, unpackGrid, unpackRead } from '../../src/taskpane/packedGrids';
import type { SheetGrid } from '../../src/sheets/grid';
import { readWorkbookFile } from '../../src/workbook/file/stream/readingHost';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const books = [
  path.join(__dirname, '..', '..', 'assets', 'so-theo-doi-mau.xlsx'),
  ...readdirSync(FIXTURES).filter((n) => n.endsWith('.xlsx')).map((n) => path.join(FIXTURES, n)),
  ...['staff', 'plans'].flatMap((dir) => readdirSync(path.join(FIXTURES, dir)).filter((n) => n.endsWith('.xlsx')).map((n) => path.join(FIXTURES, dir, n))),
];

/** What the page receives: the worker's reply structured-cloned with its transfer list. */
function across<T>(value: T, transfer: ArrayBuffer[]): T {
  return structuredClone(value, { transfer });
}

describe('grids packed for the file worker\'s reply', () => {
  it.each(books.map((file) => [path.relative(FIXTURES, file), file]))('%s: every sheet crosses packed and unpacks to the same grid', async (_name, file) => {
    let host;
    try {
      host = await readWorkbookFile(readFileSync(file), path.basename(file));
    } catch {
      return; // a fixture the hosts refuse (damaged, password, not an .xlsx) has no grid to send
    }
    const read = await host.readSheets([], { others: true });
    const { value, transfer } = packRead(read);
    expect(value.others!.every(isPackedGrid)).toBe(true);
    expect(transfer).toHaveLength(2 * read.others!.length);
    expect(unpackRead(across(value, transfer))).toEqual(read);
  });

  it('keeps every kind of value, the empty grid and a grid\'s merges and tables', () => {
    const grid: SheetGrid = {
      name: 'Công khai', firstRow: 3, firstColumn: 2,
      values: [
        ['Nội dung', 'Từ ngày', 1.5, null],
        ['', { y: 2025, m: 12, d: 31 }, -0, true],
        ['Tết', { y: 1900, m: 1, d: 1 }, 45_658, false],
      ],
      tables: [{ name: 'Bang1', headerRow: 3, lastRow: 5, firstColumn: 2, lastColumn: 5 }],
      merges: [{ top: 3, left: 2, bottom: 4, right: 2 }],
    };
    const packed = packGrid(grid)!;
    expect(packed.strings).toEqual(['Nội dung', 'Từ ngày', '', 'Tết']);
    const back = unpackGrid(across(packed, [packed.kinds.buffer as ArrayBuffer, packed.numbers.buffer as ArrayBuffer]));
    expect(back).toEqual(grid);
    expect(Object.is(back.values[1][2], -0)).toBe(true);
    const empty: SheetGrid = { name: 'Trống', firstRow: 1, firstColumn: 1, values: [], tables: [] };
    expect(unpackGrid(packGrid(empty)!)).toEqual(empty);
  });

  it('sends a grid holding anything else as it is', () => {
    const odd = { name: 'Lạ', firstRow: 1, firstColumn: 1, values: [[{ y: 2025, m: 13, d: 1 }]], tables: [] } as unknown as SheetGrid;
    expect(packGrid(odd)).toBeNull();
    const ragged = { name: 'Lệch', firstRow: 1, firstColumn: 1, values: [[1, 2], [3]], tables: [] } as unknown as SheetGrid;
    expect(packGrid(ragged)).toBeNull();
    const { value, transfer } = packRead({ sheetNames: ['Lạ'], sheets: { Lạ: odd, 'Không có': null }, owners: {} });
    expect(transfer).toEqual([]);
    expect(unpackRead(value)).toEqual({ sheetNames: ['Lạ'], sheets: { Lạ: odd, 'Không có': null }, owners: {} });
  });
});
