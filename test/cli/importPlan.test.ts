import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './runCli';
import { planDocx } from '../workbook/planDocx';
import { SEED_CASES } from '../domain/plan/planCases';

// The four seed plans (../shared/seeds/ of the project), copied so a clean clone has them.
const SEEDS = path.resolve(__dirname, '../fixtures/plans');
const seed0 = path.join(SEEDS, '000_8b80186e377644ce.txt');

describe('dccs import-plan', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dccs-import-plan-'));

  it('prints the plan as the JSON of the README', async () => {
    const { code, out, err } = await runCli('import-plan', seed0, '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['plan', 'tasks', 'postings', 'consultations', 'inputErrors']);
    expect(json.plan).toEqual(SEED_CASES[0].expected.plan);
    expect(json.postings).toEqual([expect.objectContaining({
      form: 'Niêm yết', start: '2024-02-15', end: '2024-03-06', requiredDays: 20,
      excerpt: 'Thời gian: tổ chức niêm yết thông tin ít nhất là 20 ngày liên tục, kể từ ngày 15/02/2024 đến hết ngày 06/03/2024.',
    })]);
    expect(json.consultations).toEqual([expect.objectContaining({ from: '2024-02-26', to: '2024-02-26' })]);
  });

  it('reads a .docx as its text, and prints a Vietnamese summary without --json', async () => {
    const file = path.join(dir, 'ke-hoach-003.docx');
    writeFileSync(file, await planDocx(SEED_CASES[3].text));
    const { code, out } = await runCli('import-plan', file);
    expect(code).toBe(0);
    expect(out).toContain('Kế hoạch (chưa rõ số) của UBND phường Trương Quang Trọng; năm 2023');
    expect(out).toContain('Nhiệm vụ (2):');
    expect(out).toContain('thời hạn: «trước ngày 01/6/2023» → 31/05/2023');
  });

  it('quotes an unreadable deadline among the input errors', async () => {
    const file = path.join(dir, 'sai.txt');
    writeFileSync(file, 'KẾ HOẠCH\nTập huấn năm 2024\n1. Tập huấn\nThời gian thực hiện: khi nào xong');
    const { out } = await runCli('import-plan', file, '--json');
    expect(JSON.parse(out).inputErrors).toEqual([
      { line: 4, severity: 'error', value: 'khi nào xong', message: expect.stringContaining('Không đọc được thời hạn "khi nào xong"') },
    ]);
  });

  it('creates the tracking workbook from the template when -o names a new file', async () => {
    const out = path.join(dir, 'moi.xlsx');
    const { code, out: text } = await runCli('import-plan', path.join(SEEDS, '002_5f59d545d8c9dbb3.txt'), '-o', out);
    expect(code).toBe(0);
    expect(text).toContain('Đã ghi thêm vào sheet «Kế hoạch»: dòng 2–3.');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Thông tin')).toBeDefined();
    expect(wb.getWorksheet('Lấy ý kiến')!.getCell('B3').value).toBe('Đối với các tổ dân phố');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('appends to an existing workbook twice without touching the first rows', async () => {
    const out = path.join(dir, 'co-san.xlsx');
    await runCli('template', '-o', out, '--year', '2023');
    await runCli('import-plan', path.join(SEEDS, '003_70af00815d51f39d.txt'), '-o', out);
    const again = await runCli('import-plan', path.join(SEEDS, '003_70af00815d51f39d.txt'), '-o', out, '--json');
    expect(JSON.parse(again.out).written).toEqual([{ sheet: 'Kế hoạch', firstRow: 4, lastRow: 5, created: false }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Kế hoạch')!;
    expect([2, 3, 4, 5].map((r) => ws.getCell(r, 5).value)).toEqual(['trước ngày 01/6/2023', 'trước ngày 15/10/2023', 'trước ngày 01/6/2023', 'trước ngày 15/10/2023']);
  });

  it('exits 2 naming the file when it is missing, an old .doc, or not a plan file', async () => {
    const missing = await runCli('import-plan', path.join(dir, 'khong-co.docx'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('khong-co.docx');
    const doc = path.join(dir, 'cu.doc');
    writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const old = await runCli('import-plan', doc);
    expect(old.code).toBe(2);
    expect(old.err).toContain('"cu.doc"');
    const fake = path.join(dir, 'gia.docx');
    copyFileSync(seed0, fake);
    const notZip = await runCli('import-plan', fake);
    expect(notZip.code).toBe(2);
    expect(notZip.err).toContain('"gia.docx"');
  });

  it('refuses an output that is not .xlsx, and leaves an existing workbook alone when its sheet cannot be used', async () => {
    expect((await runCli('import-plan', seed0, '-o', path.join(dir, 'x.csv'))).code).toBe(2);
    const out = path.join(dir, 'la.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Công khai').getCell('A1').value = 'Sổ riêng của tôi';
    await wb.xlsx.writeFile(out);
    const before = readFileSync(out);
    const run = await runCli('import-plan', seed0, '-o', out);
    expect(run.code).toBe(2);
    expect(run.err).toContain('Công khai');
    expect(readFileSync(out).equals(before)).toBe(true);
  });
});
