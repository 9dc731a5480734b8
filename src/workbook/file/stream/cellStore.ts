import type { CellValue } from '../../../sheets/grid';

/**
 * The non-empty cells of a sheet in the order they come. Excel, LibreOffice and exceljs write
 * them row by row, left to right, and then a list is all it takes; a cell out of that order (or a
 * second one at the same address, which replaces the first as in exceljs) turns it into a map.
 */
export class CellStore {
  readonly rows: number[] = [];
  readonly cols: number[] = [];
  readonly values: CellValue[] = [];
  private map: Map<number, Map<number, CellValue>> | null = null;
  private lastRow = 0;
  private lastCol = 0;

  set(row: number, col: number, value: CellValue): void {
    const empty = value === null || value === '';
    if (this.map === null) {
      if (row > this.lastRow || (row === this.lastRow && col > this.lastCol)) {
        this.lastRow = row;
        this.lastCol = col;
        if (empty) return;
        this.rows.push(row);
        this.cols.push(col);
        this.values.push(value);
        return;
      }
      this.map = new Map();
      for (let i = 0; i < this.rows.length; i++) this.put(this.rows[i], this.cols[i], this.values[i]);
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
      for (let i = 0; i < this.rows.length; i++) each(this.rows[i], this.cols[i], this.values[i]);
      return;
    }
    for (const [row, cells] of this.map) for (const [col, value] of cells) each(row, col, value);
  }
}
