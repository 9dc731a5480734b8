import path from 'node:path';
import { checkAndWriteFindings, checkWorkbook } from '../../src/app/check/check';
import { FINDINGS_SHEET, FINDINGS_TITLE } from '../../src/report/findingsSheet';
import { POSTINGS_SHEET } from '../../src/sheets/schema';
import { newWorkbookFile } from '../../src/workbook/file/host';
import { openWorkbookPath } from '../../src/workbook/file/hostNode';
import { OfficeHost } from '../../src/workbook/office/host';
import { createFakeExcel } from '../workbook/fakeExcel';
import { BIG_AS_OF, INFO_ROWS, postingRows, seedFake } from './bigWorkbook';

const today = BIG_AS_OF;

describe('«Kiểm tra» in Excel (Office host on the strict fake)', () => {
  it('checks 10,000 posting rows and writes KQ Kiểm tra in at most 2 syncs', async () => {
    const fake = createFakeExcel();
    seedFake(fake.model, 10_000);
    fake.resetCounters();
    const progress: number[] = [];
    const outcome = await checkAndWriteFindings(new OfficeHost(fake.run, { requirements: fake.requirements }), {
      today, onProgress: (f) => progress.push(f),
    });
    expect(fake.syncs).toBeLessThanOrEqual(2);
    expect(outcome.report.postings).toHaveLength(10_000);
    expect(outcome.write.written).toEqual([FINDINGS_SHEET]);
    const sheet = fake.model.sheet(FINDINGS_SHEET);
    expect(sheet.peek(1, 1)?.value).toBe(FINDINGS_TITLE);
    const lines = outcome.report.findings.length;
    expect(lines).toBeGreaterThan(4_000);
    expect(sheet.peek(5 + lines - 1, 1)?.value).toBe(lines); // STT of the last finding
    expect(sheet.peek(5 + lines, 1)).toBeUndefined();
    expect(sheet.autofitRows.has(5)).toBe(true); // rows grow to show their explanations
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(1);
  });

  it('gives the same report as the file host on the same rows', async () => {
    const fake = createFakeExcel();
    seedFake(fake.model, 300);
    const office = await checkWorkbook(new OfficeHost(fake.run, { requirements: fake.requirements }), { today });

    const file = newWorkbookFile();
    await file.writeSheets([
      { name: 'Thông tin', ifExists: 'replace', values: INFO_ROWS },
      { name: POSTINGS_SHEET.name, ifExists: 'replace', values: [POSTINGS_SHEET.columns.map((c) => c.header), ...postingRows(300)] },
    ]);
    const fromFile = await checkWorkbook(file, { today });
    expect(office.report).toEqual(fromFile.report);
    // The file host cannot measure text: it sizes wrapped rows itself so LibreOffice prints them whole.
    await checkAndWriteFindings(file, { today });
    const heights = file.workbook.getWorksheet(FINDINGS_SHEET)!.getRow(5).height;
    expect(heights).toBeGreaterThan(15.75);
    const statuses = new Set(office.report.postings.map((p) => p.status));
    expect([...statuses].sort()).toEqual(['met', 'no-requirement', 'ongoing', 'permanent', 'planned', 'short']);
  });

  it('replaces its own findings sheet on a re-run and never touches the user sheets', async () => {
    const fake = createFakeExcel();
    seedFake(fake.model, 20);
    const host = new OfficeHost(fake.run, { requirements: fake.requirements });
    await checkAndWriteFindings(host, { today });
    const before = fake.model.sheet(POSTINGS_SHEET.name).peek(2, 2)?.value;
    await checkAndWriteFindings(host, { today });
    expect(fake.model.sheets.map((s) => s.name)).toEqual(['Thông tin', POSTINGS_SHEET.name, FINDINGS_SHEET]);
    expect(fake.model.sheet(POSTINGS_SHEET.name).peek(2, 2)?.value).toBe(before);
  });
});

describe('«Kiểm tra» beside a user sheet named KQ Kiểm tra', () => {
  it('keeps the user sheet, writes KQ Kiểm tra (2) and says so, then reuses its own sheet on a re-run', async () => {
    const fake = createFakeExcel();
    seedFake(fake.model, 20);
    fake.model.addSheet(FINDINGS_SHEET).cell(1, 1).value = 'Ghi chú của cán bộ';
    const host = new OfficeHost(fake.run, { requirements: fake.requirements });
    fake.resetCounters();
    const first = await checkAndWriteFindings(host, { today });
    // The marks ride in the read sync and the write sync; the user's own sheet is read too (staff
    // keep tables on sheets of any name), which takes one sync more: its name is known only after the first.
    expect(fake.syncs).toBe(3);
    expect(first.renamedOutputs).toEqual([{ wanted: FINDINGS_SHEET, written: `${FINDINGS_SHEET} (2)` }]);
    expect(first.write.written).toEqual([`${FINDINGS_SHEET} (2)`]);
    const again = await checkAndWriteFindings(new OfficeHost(fake.run, { requirements: fake.requirements }), { today });
    expect(again.renamedOutputs).toEqual(first.renamedOutputs);
    expect(fake.model.sheets.map((s) => s.name)).toEqual(['Thông tin', POSTINGS_SHEET.name, FINDINGS_SHEET, `${FINDINGS_SHEET} (2)`]);
    expect(fake.model.sheet(FINDINGS_SHEET).peek(1, 1)?.value).toBe('Ghi chú của cán bộ');
    expect(fake.model.sheet(`${FINDINGS_SHEET} (2)`).peek(1, 1)?.value).toBe(FINDINGS_TITLE);
  });

  it('writes to KQ Kiểm tra itself, marked, when no user sheet has the name', async () => {
    const fake = createFakeExcel();
    seedFake(fake.model, 5);
    const outcome = await checkAndWriteFindings(new OfficeHost(fake.run, { requirements: fake.requirements }), { today });
    expect(outcome.renamedOutputs).toEqual([]);
    expect(fake.model.names.map((n) => [n.name, n.sheet.name])).toEqual([['DCCS_KQ_KIEM_TRA', FINDINGS_SHEET]]);
  });
});

describe('the check with the workbook’s own days off (sheet Ngày nghỉ)', () => {
  const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'so-theo-doi-mau.xlsx');
  const sampleToday = { y: 2024, m: 3, d: 20 };
  const publishBy = (report: { postings: { row: number; publishBy: string | null }[] }, row: number) =>
    report.postings.find((p) => p.row === row)?.publishBy;

  it('moves publishBy when the user adds a day off, and reports a bad row without stopping', async () => {
    const before = await checkWorkbook(await openWorkbookPath(SAMPLE), { today: sampleToday });
    expect(publishBy(before.report, 6)).toBe('2024-01-05'); // document 28/12/2023

    const host = await openWorkbookPath(SAMPLE);
    const sheet = host.workbook.getWorksheet('Ngày nghỉ')!;
    sheet.addRow([new Date(Date.UTC(2024, 0, 2)), 'Nghỉ thêm của xã', 'Nghỉ']);
    const bad = sheet.addRow(['30/02/2024', 'Gõ nhầm', 'Nghỉ']);
    const after = await checkWorkbook(host, { today: sampleToday });
    expect(publishBy(after.report, 6)).toBe('2024-01-08');
    expect(after.report.inputErrors).toContainEqual(expect.objectContaining({ sheet: 'Ngày nghỉ', row: bad.number, column: 'Ngày', value: '30/02/2024' }));
  });
});

describe('odd cells in Công khai', () => {
  it('reports an end typed before the start as an input error at its cell, and checks the other rows', async () => {
    const file = newWorkbookFile();
    const header = POSTINGS_SHEET.columns.map((c) => c.header);
    const row = (title: string, start: string, end: string) => [1, title, 'Ngân sách', null, null, 'Niêm yết', null, start, end, null, null];
    await file.writeSheets([
      { name: 'Thông tin', ifExists: 'replace', values: INFO_ROWS },
      { name: POSTINGS_SHEET.name, ifExists: 'replace', values: [header, row('Dự toán', '02/03/2025', '01/02/2025'), row('Quyết toán', '01/02/2025', '15/03/2025')] },
    ]);
    const { report } = await checkWorkbook(file, { today: { y: 2025, m: 4, d: 1 } });
    expect(report.inputErrors).toEqual([expect.objectContaining({ sheet: 'Công khai', row: 2, column: 'Ngày kết thúc', value: '01/02/2025' })]);
    expect(report.inputErrors[0].message).toContain('trước ngày bắt đầu 02/03/2025');
    expect(report.postings.map((p) => p.status)).toEqual(['invalid', 'met']);
  });
});
