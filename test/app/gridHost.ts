import type { SheetGrid } from '../../src/sheets/grid';
import { matchKey } from '../../src/domain/text/normalize';
import type { ReadOptions, ReadResult, WorkbookHost } from '../../src/workbook/port';

/** A host over grids held in memory: measures the check without exceljs or Office in the way. */
export class GridHost implements WorkbookHost {
  constructor(private readonly grids: readonly SheetGrid[]) {}
  async readSheets(names: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
    const sheets = Object.fromEntries(names.map((n) => [n, this.grids.find((g) => matchKey(g.name) === matchKey(n)) ?? null]));
    const named = new Set(Object.values(sheets));
    const others = options.others ? this.grids.filter((g) => !named.has(g)) : undefined;
    return { sheetNames: this.grids.map((g) => g.name), sheets, owners: {}, ...(others ? { others } : {}) };
  }
  async writeSheets(): Promise<never> {
    throw new Error('not used');
  }
}
