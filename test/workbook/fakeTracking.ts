import type { CellValue } from '../../src/sheets/grid';
import { tracking } from '../../bench/engineRows';
import type { FakeWorkbookModel } from './fakeModel';

/**
 * The report's tracking workbook in a fake model (the strict fake's or the Office.js client's):
 * `n` postings and `n` feedback rows over 10 consultations, dates as the serials Excel holds.
 */
export function seedTracking(model: FakeWorkbookModel, n: number): void {
  for (const g of tracking(n, 0, n)) {
    const sheet = model.addSheet(g.name);
    g.values.forEach((row, r) => row.forEach((v: CellValue | { y: number; m: number; d: number }, c) => {
      if (v === null) return;
      sheet.cell(r + 1, c + 1).value = typeof v === 'object' ? 25569 + Math.round(Date.UTC(v.y, v.m - 1, v.d) / 864e5) : v;
    }));
  }
}
