import type { CellValue, SheetGrid } from '../sheets/grid';
import type { ReadResult } from '../workbook/port';

/**
 * A read's grids as they cross from the file worker to the page: each cell's kind in one byte and
 * its number in a Float64 (transferred, not copied), the grid's distinct strings once. Structured
 * cloning the grids as arrays of values cost the 27,000-row book 43–76 ms in Chromium, half of it on
 * the page's thread; packed, 4–7 ms to clone and 2–7 ms to unpack on the page (BENCHMARKS.md,
 * issue 18). A grid holding anything but the five kinds of `CellValue` crosses as it is.
 */
export interface PackedGrid extends Omit<SheetGrid, 'values'> {
  readonly rows: number;
  readonly columns: number;
  /** Per cell, row by row: 0 empty, 1 number, 2 string (its index in `strings`), 3 true, 4 false, 5 day (y·10⁴ + m·100 + d). */
  readonly kinds: Uint8Array;
  readonly numbers: Float64Array;
  readonly strings: readonly string[];
}

/** A ReadResult whose grids may be packed. */
export interface PackedRead extends Omit<ReadResult, 'sheets' | 'others'> {
  readonly sheets: Readonly<Record<string, SheetGrid | PackedGrid | null>>;
  readonly others?: readonly (SheetGrid | PackedGrid)[];
}

/** A cell's kind in `PackedGrid.kinds` (unpackGrid spells them as numbers). */
const NUMBER = 1, STRING = 2, TRUE = 3, FALSE = 4, DAY = 5;

/** The grid packed, or null when a cell holds something the five kinds do not cover. */
export function packGrid(grid: SheetGrid): PackedGrid | null {
  const { values, ...rest } = grid;
  const rows = values.length;
  const columns = rows === 0 ? 0 : values[0].length;
  const kinds = new Uint8Array(rows * columns);
  const numbers = new Float64Array(rows * columns);
  const index = new Map<string, number>();
  const strings: string[] = [];
  // A column's last string and its index: a status or a unit repeats down its column as the very same
  // string (one shared string), found here without the map (5 ms against 10–15 for the 27,000 rows).
  const lastString: (string | null)[] = new Array<string | null>(columns).fill(null);
  const lastIndex = new Array<number>(columns).fill(0);
  let k = 0;
  for (const row of values) {
    if (row.length !== columns) return null;
    for (let c = 0; c < columns; c++, k++) {
      const v: CellValue = row[c];
      if (v === null) continue;
      if (typeof v === 'number') {
        kinds[k] = NUMBER;
        numbers[k] = v;
      } else if (typeof v === 'string') {
        let i: number | undefined;
        if (v === lastString[c]) i = lastIndex[c];
        else {
          i = index.get(v);
          if (i === undefined) {
            i = strings.length;
            strings.push(v);
            index.set(v, i);
          }
          lastString[c] = v;
          lastIndex[c] = i;
        }
        kinds[k] = STRING;
        numbers[k] = i;
      } else if (typeof v === 'boolean') {
        kinds[k] = v ? TRUE : FALSE;
      } else if (isPlainDay(v)) {
        kinds[k] = DAY;
        numbers[k] = v.y * 10_000 + v.m * 100 + v.d;
      } else {
        return null;
      }
    }
  }
  return { ...rest, rows, columns, kinds, numbers, strings };
}

/** A day as the readers give it: y, m and d, whole numbers in range. */
function isPlainDay(v: unknown): v is { y: number; m: number; d: number } {
  if (typeof v !== 'object' || v === null) return false;
  const { y, m, d } = v as { y: unknown; m: unknown; d: unknown };
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d)
    && (y as number) >= 0 && (m as number) >= 1 && (m as number) <= 12 && (d as number) >= 1 && (d as number) <= 31;
}

export function isPackedGrid(grid: SheetGrid | PackedGrid): grid is PackedGrid {
  return (grid as PackedGrid).kinds instanceof Uint8Array;
}

/**
 * The grid back as arrays of values. Written to stand alone (no names from outside it), so that
 * test/e2e/responsive.e2e.ts runs this very function in Chromium's page when it times the reply.
 */
export function unpackGrid(packed: PackedGrid): SheetGrid {
  const { rows, columns, kinds, numbers, strings, ...rest } = packed;
  const values: CellValue[][] = new Array<CellValue[]>(rows);
  let k = 0;
  for (let r = 0; r < rows; r++) {
    const row = new Array<CellValue>(columns);
    for (let c = 0; c < columns; c++, k++) {
      // The kinds of packGrid: EMPTY, NUMBER, STRING, TRUE, FALSE, DAY.
      switch (kinds[k]) {
        case 0: row[c] = null; break;
        case 1: row[c] = numbers[k]; break;
        case 2: row[c] = strings[numbers[k]]; break;
        case 3: row[c] = true; break;
        case 4: row[c] = false; break;
        default: {
          const n = numbers[k];
          const y = Math.floor(n / 10_000);
          const m = Math.floor(n / 100) - y * 100;
          row[c] = { y, m, d: n - y * 10_000 - m * 100 };
        }
      }
    }
    values[r] = row;
  }
  return { ...rest, values };
}

/** The read packed for the worker's reply, and the buffers to transfer with it. */
export function packRead(result: ReadResult): { value: PackedRead; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const pack = (grid: SheetGrid): SheetGrid | PackedGrid => {
    const packed = packGrid(grid);
    if (packed === null) return grid;
    transfer.push(packed.kinds.buffer as ArrayBuffer, packed.numbers.buffer as ArrayBuffer);
    return packed;
  };
  const sheets = Object.fromEntries(Object.entries(result.sheets).map(([name, grid]) => [name, grid === null ? null : pack(grid)]));
  const { others, ...rest } = result;
  const value: PackedRead = { ...rest, sheets, ...(others ? { others: others.map(pack) } : {}) };
  return { value, transfer };
}

/** The page's side: the ReadResult the worker's host gave. */
export function unpackRead(read: PackedRead): ReadResult {
  const unpack = (grid: SheetGrid | PackedGrid): SheetGrid => (isPackedGrid(grid) ? unpackGrid(grid) : grid);
  const sheets = Object.fromEntries(Object.entries(read.sheets).map(([name, grid]) => [name, grid === null ? null : unpack(grid)]));
  const { others, ...rest } = read;
  return { ...rest, sheets, ...(others ? { others: others.map(unpack) } : {}) };
}
