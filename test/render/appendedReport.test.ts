import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeReports } from '../../src/app/report/report';
import { SUMMARY_SHEET } from '../../src/report/summarySheet';
import { openWorkbookForAppend, openWorkbookPath, saveWorkbookPath } from '../../src/workbook/file/hostNode';
import { convert, convertRecalculating } from './libreoffice';
import { pdfFacts, squash } from './pdf';

const today = { y: 2024, m: 3, d: 20 };

/**
 * `dccs report` saves its copy by splicing the report sheets into the tracking workbook's own
 * package (workbook/file/append.ts). LibreOffice must open that package as it opens one exceljs wrote whole:
 * every sheet there, the totals recalculated to the numbers we cached, the report printable.
 */
describe('a report spliced into a tracking workbook, in LibreOffice', () => {
  it.each([
    ['the bundled sample (written by exceljs)', path.join(__dirname, '../../assets/so-theo-doi-mau.xlsx')],
    ['the sample as LibreOffice saved it', path.join(__dirname, '../fixtures/so-theo-doi-libreoffice.xlsx')],
  ])('opens, recalculates and prints %s with its report', async (_, input) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dccs-spliced-'));
    const host = await openWorkbookForAppend(input);
    await writeReports(host, { today });
    const file = path.join(dir, 'bao-cao.xlsx');
    await saveWorkbookPath(host, file);

    const ours = (await openWorkbookPath(file)).workbook;
    const recalculated = (await openWorkbookPath(convertRecalculating(file, 'xlsx'))).workbook;
    expect(recalculated.worksheets.map((ws) => ws.name)).toEqual(ours.worksheets.map((ws) => ws.name));
    const summary = ours.getWorksheet(SUMMARY_SHEET)!;
    let formulas = 0;
    summary.eachRow((row) => row.eachCell((cell) => {
      const v = cell.value as { formula?: string; result?: unknown } | null;
      if (!v || typeof v !== 'object' || v.formula === undefined) return;
      formulas++;
      const again = recalculated.getWorksheet(SUMMARY_SHEET)!.getCell(cell.address).value as { result?: unknown } | number | string | null;
      const got = again !== null && typeof again === 'object' ? again.result : again;
      expect([cell.address, got ?? '']).toEqual([cell.address, typeof v.result === 'number' ? expect.closeTo(v.result, 9) : v.result ?? '']);
    }));
    expect(formulas).toBeGreaterThan(30);

    const facts = pdfFacts(convert(file, 'pdf'));
    expect(facts.pages).toBeGreaterThan(5);
    expect(squash(facts.text)).toContain(squash('BÁO CÁO'));
    expect(squash(facts.text)).toContain(squash('TỔNG HỢP Ý KIẾN CỦA NHÂN DÂN'));
  }, 240_000);
});
