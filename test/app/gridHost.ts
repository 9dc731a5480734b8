import type { SheetGrid } from '../../src/sheets/grid';
import { matchKey } from '../../src/domain/text/normalize';
import type { ReadResult, WorkbookHost } from '../../src/workbook/port';

/** A host over grids held in memory: measures the check without exceljs or Office in the way. */
export class GridHost implements WorkbookHost {
  constructor(private readonly grids: readonly SheetGrid[]) {}
  async readSheets(names: readonly string[]): Promise<ReadResult> {
    const sheets = Object.fromEntries(names.map((n) => [n, this.grids.find((g) => matchKey(g.name) === matchKey(n)) ?? null]));
    return { sheetNames: this.grids.map((g) => g.name), sheets };
  }
  async writeSheets(): Promise<never> {
    throw new Error('not used');
  }
}
