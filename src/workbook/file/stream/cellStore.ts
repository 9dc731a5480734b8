import type { CellValue } from '../../../sheets/grid';

/**
 * The non-empty cells of a sheet in the order they come. Excel, LibreOffice and exceljs write
 * them row by row, left to right, and then each row is kept as the array of its cells from column A
 * (null where a cell is empty), which becomes the grid's row as it is; a cell out of that order (or
 * a second one at the same address, which replaces the first as in exceljs) turns it into a map.
 */
export class CellStore {
  /** Row number → its cells, column A first, while the cells come in order. */
  private lines: CellValue[][] = [];
  private map: Map<number, Map<number, CellValue>> | null = null;
  private lastRow = 0;
  private lastCol = 0;
  // Small integers from the start (0: none yet), never Infinity: a field that once held a double
  // keeps doubles, and a grid's first row read from it made every row number after it a heap number.
  private top = 0;
  private bottom = 0;
  private left = 0;
  private right = 0;
  /** The longest row so far. */
  private width = 0;

  set(row: number, col: number, value: CellValue): void {
    const empty = value === null || value === '';
    if (this.map === null) {
      if (row > this.lastRow || (row === this.lastRow && col > this.lastCol)) {
        this.lastRow = row;
        this.lastCol = col;
        if (empty) return;
        let line = this.lines[row];
        if (line === undefined) {
          // As long as the row before, to begin with: a grown array keeps room it does not use. Never
          // empty: an empty array holds small integers until a text comes, and that change of kind
          // threw the reading out of its optimized code (the second read of the 27,000-row book's
          // sheets took 43–55 ms with it, 27 ms without).
          const width = col > this.width ? col : this.width;
          this.lines[row] = line = Array<CellValue>(width).fill(null);
          this.width = width;
          if (this.bottom === 0) this.top = row;
          this.bottom = row;
          if (this.left === 0 || col < this.left) this.left = col;
        }
        if (col <= line.length) line[col - 1] = value;
        else {
          while (line.length < col - 1) line.push(null);
          line.push(value);
          this.width = line.length;
        }
        if (col > this.right) this.right = col;
        return;
      }
      this.map = new Map();
      this.lines.forEach((line, r) => line.forEach((v, c) => {
        if (v !== null) this.put(r, c + 1, v);
      }));
      this.lines = [];
    }
    if (empty) this.map.get(row)?.delete(col);
    else this.put(row, col, value);
  }

  private put(row: number, col: number, value: CellValue): void {
    let cells = this.map!.get(row);
    if (cells === undefined) this.map!.set(row, (cells = new Map()));
    cells.set(col, value);
  }

  /** Calls `each` once per non-empty cell. */
  forEach(each: (row: number, col: number, value: CellValue) => void): void {
    if (this.map === null) {
      this.lines.forEach((line, r) => line.forEach((v, c) => {
        if (v !== null) each(r, c + 1, v);
      }));
      return;
    }
    for (const [row, cells] of this.map) for (const [col, value] of cells) each(row, col, value);
  }

  /**
   * The cells as a grid from the first row and column that hold one to the last (null where a cell
   * is empty); null when there is none. The store's rows become the grid's: use it once.
   */
  grid(): { top: number; left: number; values: CellValue[][] } | null {
    if (this.map !== null) return this.mappedGrid();
    const { top, bottom, left, right } = this;
    if (bottom === 0) return null;
    const width = right - left + 1;
    const values: CellValue[][] = new Array(bottom - top + 1);
    for (let r = top; r <= bottom; r++) {
      const line = this.lines[r];
      let row: CellValue[];
      if (line === undefined) row = Array<CellValue>(width).fill(null);
      else {
        row = left === 1 ? line : line.slice(left - 1);
        while (row.length < width) row.push(null);
      }
      values[r - top] = row;
    }
    this.lines = [];
    return { top, left, values };
  }

  private mappedGrid(): { top: number; left: number; values: CellValue[][] } | null {
    let top = Infinity, left = Infinity, bottom = 0, right = 0;
    this.forEach((r, c) => {
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
    if (bottom === 0) return null;
    const width = right - left + 1;
    const values: CellValue[][] = Array.from({ length: bottom - top + 1 }, () => Array<CellValue>(width).fill(null));
    this.forEach((r, c, v) => {
      values[r - top][c - left] = v;
    });
    return { top, left, values };
  }
}
