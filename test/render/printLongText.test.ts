import { writeReports } from '../../src/app/report/report';
import { buildQuarterList } from '../../src/report/quarterList';
import { SAMPLE_MODEL } from '../report/sampleModel';
import type { SheetDocument } from '../../src/report/document';
import { newWorkbookFile, openWorkbookFile } from '../../src/workbook/file/host';
import { LONG_TEXT_AS_OF, longTextSheets } from './longTextWorkbook';
import { firstLine, printSheet, recording, type PrintedSheet } from './printed';

/**
 * Issue 16: every sheet `dccs report` writes, printed by LibreOffice from a workbook of long
 * texts, read as a reviewer reads it: A4, page numbers on every page from 1 (none on the report's
 * first page), no «###», text never below 9 pt, the signature never alone on a page.
 * PNGs of the pages are in test-artifacts/print/.
 */
let documents: SheetDocument[] = [];

beforeAll(async () => {
  const input = newWorkbookFile('so-theo-doi.xlsx');
  await input.writeSheets(longTextSheets());
  const rec = recording(await openWorkbookFile(await input.toBuffer(), 'so-theo-doi.xlsx'));
  await writeReports(rec.host, { today: LONG_TEXT_AS_OF, asOf: LONG_TEXT_AS_OF, quarter: { year: 2024, quarter: 1 } });
  documents = rec.documents;
}, 120_000);

const byName = (name: string) => documents.find((d) => d.name === name)!;

function expectPrintedWell(p: PrintedSheet, opts: { numberFirstPage: boolean; landscape: boolean }): void {
  const [w, h] = opts.landscape ? [842, 595] : [595, 842];
  for (const [pw, ph] of p.sizes) expect([Math.round(pw), Math.round(ph)]).toEqual([w, h]);
  for (const text of p.pageTexts) expect(text).not.toContain('###');
  expect(p.smallestTextPt).toBeGreaterThanOrEqual(9);
  p.pageTexts.forEach((text, i) => {
    if (i === 0 && !opts.numberFirstPage) expect(firstLine(text)).not.toBe('1');
    else expect(firstLine(text)).toBe(String(i + 1));
  });
}

describe('the report sheets of a workbook of long texts, as LibreOffice prints them', () => {
  it.each([
    ['Tổng hợp', 'tong-hop', true, true],
    ['Báo cáo', 'bao-cao', false, false],
    ['DS Công khai', 'ds-cong-khai', true, true],
    ['TH Ý kiến', 'th-y-kien', true, true],
  ])('prints «%s» on A4 with page numbers, no «###», nothing under 9 pt', async (name, base, numberFirstPage, landscape) => {
    const p = await printSheet(byName(name), `long-${base}`);
    expectPrintedWell(p, { numberFirstPage, landscape });
    // ND 30: the signature block whole on the last page, with the end of the table or text above it.
    if (name !== 'Tổng hợp') {
      const lastPage = p.pageTexts[p.pages - 1];
      for (const line of ['Nơi nhận:', 'CHỦ TỊCH', 'Nguyễn Văn Minh']) expect([p.pages, lastPage.includes(line)]).toEqual([p.pages, true]);
      expect(lastPage.replace(/\s+/g, ' ').length).toBeGreaterThan(name === 'Báo cáo' ? 200 : 250);
    }
  }, 240_000);
});

describe('a short list, as LibreOffice prints it', () => {
  // Issue 16: «DS Công khai» of 8 rows put its signature block alone on a second page.
  it('prints «DS Công khai» of 8 postings on one page, signature included', async () => {
    const base = SAMPLE_MODEL.postings[2];
    const postings = Array.from({ length: 8 }, (_, i) => ({ ...base, row: 10 + i, title: `Kế hoạch số ${i + 1}/KH-UBND năm 2024` }));
    const p = await printSheet(buildQuarterList({ ...SAMPLE_MODEL, postings }, { year: 2024, quarter: 1 }), 'short-ds-cong-khai');
    expect(p.pages).toBe(1);
    expect(p.pageTexts[0]).toContain('Nguyễn Văn Minh');
    expect(firstLine(p.pageTexts[0])).toBe('1');
  }, 240_000);
});
