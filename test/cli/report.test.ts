import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openWorkbookPath, saveWorkbookPath } from '../../src/workbook/file/hostNode';
import { runCli } from './runCli';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'so-theo-doi-mau.xlsx');
const OUTPUTS = ['Tổng hợp', 'Báo cáo', 'DS Công khai', 'TH Ý kiến'];

describe('dccs report', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dccs-report-'));
  const out = path.join(dir, 'bao-cao.xlsx');
  const docx = path.join(dir, 'bao-cao.docx');
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    const before = readFileSync(SAMPLE);
    const { code, out: text, err } = await runCli('report', SAMPLE, '-o', out, '--docx', docx, '--quarter', '2024-Q1');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(text).toContain('Đã ghi «Tổng hợp», «Báo cáo», «DS Công khai», «TH Ý kiến»');
    expect(readFileSync(SAMPLE).equals(before)).toBe(true); // the input is never written
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
  });

  it('writes the four reports beside the user sheets, which stay as they were', async () => {
    const names = wb.worksheets.map((w) => w.name);
    for (const name of OUTPUTS) expect(names).toContain(name);
    const original = await (await openWorkbookPath(SAMPLE)).readSheets(['Công khai', 'Ý kiến']);
    const written = await (await openWorkbookPath(out)).readSheets(['Công khai', 'Ý kiến']);
    expect(written.sheets['Công khai']!.values).toEqual(original.sheets['Công khai']!.values);
    expect(written.sheets['Ý kiến']!.values).toEqual(original.sheets['Ý kiến']!.values);
  });

  it('writes the Word draft', () => {
    const bytes = readFileSync(docx);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('keeps feedback text starting with "=" as text in TH Ý kiến', () => {
    const ws = wb.getWorksheet('TH Ý kiến')!;
    const texts: unknown[] = [];
    ws.eachRow((row) => row.eachCell((cell) => texts.push(cell.value)));
    expect(texts).toContain('=Đề nghị công khai danh sách người góp ý (ô bắt đầu bằng dấu bằng vẫn là chữ)');
  });

  it('replaces its own sheets on a re-run and leaves a user sheet of the same name alone', async () => {
    const host = await openWorkbookPath(out);
    host.workbook.addWorksheet('Báo cáo tháng'); // unrelated
    const again = path.join(dir, 'lan-2.xlsx');
    await saveWorkbookPath(host, again);
    const rerun = path.join(dir, 'lan-3.xlsx');
    expect((await runCli('report', again, '-o', rerun)).code).toBe(0);
    const names = (await openWorkbookPath(rerun)).workbook.worksheets.map((w) => w.name);
    expect(names.filter((n) => n.startsWith('Báo cáo'))).toEqual(['Báo cáo', 'Báo cáo tháng']);

    const user = await openWorkbookPath(SAMPLE);
    user.workbook.addWorksheet('Báo cáo').getCell('A1').value = 'Báo cáo của tôi';
    const mine = path.join(dir, 'cua-toi.xlsx');
    await saveWorkbookPath(user, mine);
    const result = await runCli('report', mine, '-o', path.join(dir, 'cua-toi-bao-cao.xlsx'));
    expect(result.out).toContain('Sheet «Báo cáo» trong sổ không do DCCS tạo nên được giữ nguyên; kết quả ghi vào «Báo cáo (2)»');
    const after = await openWorkbookPath(path.join(dir, 'cua-toi-bao-cao.xlsx'));
    expect(after.workbook.getWorksheet('Báo cáo')!.getCell('A1').value).toBe('Báo cáo của tôi');
  });

  it('refuses to write over its input and rejects a malformed quarter', async () => {
    expect((await runCli('report', SAMPLE, '-o', SAMPLE)).code).toBe(2);
    expect((await runCli('report', SAMPLE, '-o', path.join(dir, 'x.xlsx'), '--quarter', '2024-Q5')).code).toBe(2);
    expect(existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });
});
