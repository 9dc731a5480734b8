import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkWorkbook } from '../../src/app/check/check';
import { createTemplate } from '../../src/app/template/template';
import { INPUT_SHEETS } from '../../src/sheets/schema';
import { newWorkbookFile } from '../../src/workbook/file/host';
import { openWorkbookPath, saveWorkbookPath } from '../../src/workbook/file/hostNode';
import { convert } from './libreoffice';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'so-theo-doi-mau.xlsx');
const today = { y: 2024, m: 3, d: 20 };

describe('what LibreOffice makes of the workbooks we write', () => {
  it('opens the template, keeps every sheet and header, and prints it', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'dccs-render-')), 'so-theo-doi.xlsx');
    const host = newWorkbookFile();
    await createTemplate(host, { year: 2025, unit: 'UBND phường Bắc Kạn' });
    await saveWorkbookPath(host, file);

    const resaved = await openWorkbookPath(convert(file, 'xlsx'));
    const read = await resaved.readSheets(INPUT_SHEETS.map((s) => s.name));
    for (const spec of INPUT_SHEETS) {
      const grid = read.sheets[spec.name];
      expect(grid).not.toBeNull();
      if (spec.name !== 'Thông tin') expect(grid!.values[0].slice(0, spec.columns.length)).toEqual(spec.columns.map((c) => c.header));
    }
    const pdf = readFileSync(convert(file, 'pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 180_000);

  it('gives the same verdicts on the sample after LibreOffice has re-saved it', async () => {
    const before = await checkWorkbook(await openWorkbookPath(SAMPLE), { today });
    const after = await checkWorkbook(await openWorkbookPath(convert(SAMPLE, 'xlsx')), { today });
    const verdicts = (r: typeof before) => r.report.postings.map((p) => [p.row, p.start, p.end, p.status, p.days]);
    expect(verdicts(after)).toEqual(verdicts(before));
    // The impossible date, and row 2's «Số ngày yêu cầu» of 20 below Điều 13 khoản 2's 30 (a warning).
    expect(after.report.inputErrors.map((e) => e.value)).toEqual(['31/02/2024', '20']);
  }, 180_000);
});
