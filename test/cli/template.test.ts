import { mkdtempSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './runCli';
import { RULES } from '../../src/domain/rules/catalog';
import { INPUT_SHEETS } from '../../src/sheets/schema';

const run = runCli;

describe('dccs template', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dccs-template-'));
  const file = path.join(dir, 'so-theo-doi.xlsx');
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    const { code, err } = await run('template', '-o', file, '--year', '2025', '--unit', 'UBND xã Hưng Đạo');
    expect(err).toBe('');
    expect(code).toBe(0);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
  });

  it('creates every input sheet of SCHEMA.md with its headers', () => {
    for (const spec of INPUT_SHEETS) {
      const ws = wb.getWorksheet(spec.name);
      expect(ws).toBeDefined();
      if (spec.name === 'Thông tin') continue;
      const headers = (ws!.getRow(1).values as unknown[]).slice(1);
      expect(headers).toEqual(spec.columns.map((c) => c.header));
    }
  });

  it('fills Thông tin with the unit and the year', () => {
    const ws = wb.getWorksheet('Thông tin')!;
    const pairs = Object.fromEntries(ws.getSheetValues().slice(2).map((r) => [(r as unknown[])[1], (r as unknown[])[2]]));
    expect(pairs).toMatchObject({ 'Tên đơn vị': 'UBND xã Hưng Đạo', 'Năm báo cáo': 2025, 'Cấp': 'xã', 'Ký hiệu báo cáo': 'BC-UBND' });
  });

  it('fills Quy định from the rule catalog', () => {
    const ws = wb.getWorksheet('Quy định')!;
    const ids = ws.getSheetValues().slice(2).map((r) => (r as unknown[])[1]);
    expect(ids).toEqual(RULES.map((r) => r.id));
    const niemYet = ws.getSheetValues().find((r) => (r as unknown[])?.[1] === 'CK_NIEM_YET') as unknown[];
    expect(niemYet[3]).toBe(30);
  });

  it('freezes the header row, formats dates dd/mm/yyyy and offers drop-down lists', () => {
    const ws = wb.getWorksheet('Công khai')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('H2').numFmt).toBe('dd/mm/yyyy');
    const lists = wb.getWorksheet('Danh mục')!;
    const column = (label: string) => (lists.getRow(1).values as unknown[]).indexOf(label);
    const forms = column('Hình thức công khai');
    const letter = String.fromCharCode(64 + forms);
    expect(ws.getCell('F2').dataValidation).toMatchObject({ type: 'list', formulae: [`'Danh mục'!$${letter}$2:$${letter}$10`] });
    expect(lists.getColumn(forms).values.slice(2)).toEqual(['Niêm yết', 'Niêm yết thường xuyên', 'Trang thông tin điện tử',
      'Truyền thanh', 'Thông qua trưởng thôn', 'Gửi văn bản', 'Hội nghị', 'Mạng xã hội', 'Khác']);
    // A list whose labels hold commas lives in a range, not an inline list.
    expect(lists.getColumn(column('Nhóm nội dung')).values).toContain('Đầu tư, đất đai');
  });

  it('never overwrites an existing file', async () => {
    const before = readFileSync(file);
    const { code, err } = await run('template', '-o', file);
    expect(code).toBe(2);
    expect(err).toContain('đã có');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('gives a workbook that checks cleanly with no postings', async () => {
    const { code, out } = await run('check', file, '--json', '--as-of', '2025-06-30');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ unit: 'UBND xã Hưng Đạo', postings: [], inputErrors: [] });
  });

  it('refuses a bad year without writing anything', async () => {
    const other = path.join(dir, 'khac.xlsx');
    const { code } = await run('template', '-o', other, '--year', '202');
    expect(code).toBe(2);
    expect(existsSync(other)).toBe(false);
  });
});
