import { performance } from 'node:perf_hooks';
import { writeReports } from '../../src/app/report/report';
import type { SheetDocument } from '../../src/report/document';
import type { CellValue } from '../../src/sheets/grid';
import { newWorkbookFile, openWorkbookFile } from '../../src/workbook/file/host';
import { tracking } from '../../bench/engineRows';
import { firstLine, printSheet, recording, type PrintedSheet } from './printed';

/**
 * Issue 16: a large commune workbook (3,000 postings, 300 plan tasks, 1,000 comments over 10
 * consultations) through `dccs report`'s sheets, printed by LibreOffice: every page numbered from
 * 1 (the report from page 2), no «###», text never under 9 pt, A4 everywhere, and page counts
 * that stay within what a person would print. PNGs of the first pages and the last are in
 * test-artifacts/print/.
 */
let documents: SheetDocument[] = [];
let built = 0;

beforeAll(async () => {
  const input = newWorkbookFile('lon.xlsx');
  await input.writeSheets(tracking(3_000, 300, 1_000).map((g) => ({ name: g.name, ifExists: 'replace' as const, values: g.values as CellValue[][] })));
  const rec = recording(await openWorkbookFile(await input.toBuffer(), 'lon.xlsx'));
  const t0 = performance.now();
  await writeReports(rec.host, { today: { y: 2025, m: 6, d: 30 }, quarter: { year: 2025, quarter: 2 } });
  built = performance.now() - t0;
  documents = rec.documents;
}, 180_000);

const byName = (name: string) => documents.find((d) => d.name === name)!;

function expectNumbered(p: PrintedSheet, fromPage: 1 | 2, landscape: boolean): void {
  const size = landscape ? [842, 595] : [595, 842];
  for (const [w, h] of p.sizes) expect([Math.round(w), Math.round(h)]).toEqual(size);
  expect(p.smallestTextPt).toBeGreaterThanOrEqual(9);
  p.pageTexts.forEach((text, i) => {
    expect(text).not.toContain('###');
    if (i + 1 >= fromPage) expect([i + 1, firstLine(text)]).toEqual([i + 1, String(i + 1)]);
    else expect(firstLine(text)).not.toBe('1');
  });
}

describe('the report sheets of 3,000 postings and 1,000 comments, as LibreOffice prints them', () => {
  it('builds them in reasonable time', () => expect(built).toBeLessThan(60_000));

  it('prints «Tổng hợp» (its summary only) on a few numbered landscape pages', async () => {
    const p = await printSheet(byName('Tổng hợp'), 'large-tong-hop');
    expectNumbered(p, 1, true);
    // 100 overdue tasks: the list starts a page and its header heads each page it continues on.
    expect(p.pages).toBeLessThanOrEqual(8);
    const listed = p.pageTexts.filter((t) => /Công việc \d+/u.test(t));
    for (const text of listed) expect(text).toContain('Việc quá hạn');
  }, 300_000);

  it('prints «Báo cáo» portrait, numbered from page 2', async () => {
    const p = await printSheet(byName('Báo cáo'), 'large-bao-cao');
    expectNumbered(p, 2, false);
    expect(p.pages).toBeLessThanOrEqual(8);
  }, 300_000);

  it('prints the quarter\'s «DS Công khai» on numbered landscape pages, the header on each', async () => {
    const p = await printSheet(byName('DS Công khai'), 'large-ds-cong-khai');
    expectNumbered(p, 1, true);
    for (const text of p.pageTexts) expect(text).toContain('Nội dung công khai');
    expect(p.pageTexts[p.pages - 1]).toContain('CHỦ TỊCH'); // the signature on the last page, with rows above it
    expect(p.pageTexts[p.pages - 1]).toMatch(/Nội dung công khai số \d+/u);
  }, 300_000);

  it('prints «TH Ý kiến» on numbered landscape pages, the header on each, no page left half empty by a break', async () => {
    const p = await printSheet(byName('TH Ý kiến'), 'large-th-y-kien');
    expectNumbered(p, 1, true);
    for (const text of p.pageTexts) expect(text).toContain('Nội dung góp ý');
    // 1,000 one-line opinions, about 26 a page at 92 %, with a band per consultation: no page per
    // band (10 consultations), and manual breaks only where a band or the signature would stand alone.
    expect(p.pages).toBeLessThanOrEqual(Math.ceil(1_000 / 25) + 10);
    expect(byName('TH Ý kiến').pageBreaksBefore!.length).toBeLessThanOrEqual(11);
    for (const text of p.pageTexts.slice(0, -1)) expect(text.match(/Người góp ý \d+/gu)?.length ?? 0).toBeGreaterThanOrEqual(15);
  }, 300_000);
});
