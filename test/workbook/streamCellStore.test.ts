import type { CellValue } from '../../src/sheets/grid';
import { CellStore } from '../../src/workbook/file/stream/cellStore';

/** The grid the cells make, built the plain way: a map of the last value at each address. */
function reference(cells: readonly [number, number, CellValue][]): { top: number; left: number; values: CellValue[][] } | null {
  const at = new Map<string, [number, number, CellValue]>();
  for (const [r, c, v] of cells) at.set(`${r}:${c}`, [r, c, v]);
  const kept = [...at.values()].filter(([, , v]) => v !== null && v !== '');
  if (kept.length === 0) return null;
  const top = Math.min(...kept.map(([r]) => r)), bottom = Math.max(...kept.map(([r]) => r));
  const left = Math.min(...kept.map(([, c]) => c)), right = Math.max(...kept.map(([, c]) => c));
  const values = Array.from({ length: bottom - top + 1 }, () => Array<CellValue>(right - left + 1).fill(null));
  for (const [r, c, v] of kept) values[r - top][c - left] = v;
  return { top, left, values };
}

function stored(cells: readonly [number, number, CellValue][]) {
  const store = new CellStore();
  for (const [r, c, v] of cells) store.set(r, c, v);
  const each: [number, number, CellValue][] = [];
  store.forEach((r, c, v) => each.push([r, c, v]));
  return { each, grid: store.grid() };
}

describe('CellStore', () => {
  it('gives the grid of cells in order, from column A or further right, with empty rows and empty values', () => {
    const cells: [number, number, CellValue][] = [[2, 3, 'a'], [2, 5, null], [2, 6, 1], [4, 4, ''], [4, 7, true], [5, 3, { y: 2025, m: 6, d: 30 }]];
    expect(stored(cells).grid).toEqual(reference(cells));
    const fromA: [number, number, CellValue][] = [[1, 1, 'STT'], [1, 2, 'Nội dung'], [3, 1, 1], [3, 4, 'x']];
    expect(stored(fromA).grid).toEqual(reference(fromA));
    expect(stored(fromA).each).toEqual(fromA);
  });

  it('gives the same grid when cells come out of order or twice at one address', () => {
    const cells: [number, number, CellValue][] = [[3, 2, 'b'], [1, 4, 'a'], [3, 2, 'c'], [2, 1, 5], [2, 1, null], [7, 9, 'z']];
    expect(stored(cells).grid).toEqual(reference(cells));
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let n = 0; n < 50; n++) {
      const many: [number, number, CellValue][] = Array.from({ length: 40 }, () => [1 + Math.floor(random() * 12), 1 + Math.floor(random() * 8), random() < 0.2 ? null : Math.floor(random() * 100)]);
      if (n % 2 === 0) many.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      expect(stored(many).grid).toEqual(reference(many));
    }
  });

  it('has no grid without a value', () => {
    expect(stored([]).grid).toBeNull();
    expect(stored([[1, 1, null], [2, 2, '']]).grid).toBeNull();
  });
});
