import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Reading } from '../../src/sheets/reading/types';
import { READING_SHEET } from '../../src/sheets/reading/storedReading';
import { convert } from '../render/libreoffice';
import { runCli } from './runCli';

const STAFF = path.join(__dirname, '..', 'fixtures', 'staff');

/**
 * A book whose start column the words cannot name («Ngày treo»): the reading says so, a person
 * corrects it, the correction is kept in the workbook and survives a save in LibreOffice.
 */
async function ownWordsBook(dir: string): Promise<string> {
  const file = path.join(dir, 'so-rieng.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bảng tin');
  ws.addRow(['UBND XÃ TÂN LẬP']);
  ws.addRow(['THEO DÕI NIÊM YẾT NĂM 2024']);
  ws.addRow([]);
  ws.addRow(['STT', 'Nội dung', 'Ngày treo', 'Ngày hạ', 'Ghi chú']);
  ws.addRow([1, 'Dự toán ngân sách xã năm 2024', '03/01/2024', '05/02/2024', null]);
  ws.addRow([2, 'Kế hoạch sử dụng đất năm 2024', '10/03/2024', '25/03/2024', null]);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('dccs inspect', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dccs-inspect-'));
  });

  it('says in Vietnamese which tables it found where, each column with its confidence, and the facts inferred', async () => {
    const { code, out } = await runCli('inspect', path.join(STAFF, '08-muc-trong-bang.xlsx'));
    expect(code).toBe(0);
    expect(out).toContain('Công khai – niêm yết — sheet «Sổ niêm yết 2024», dòng tiêu đề 6, dữ liệu dòng 7–');
    expect(out).toMatch(/cột 5 «Ngày bắt đầu» → Ngày bắt đầu \(chắc chắn 100%\)/);
    expect(out).toContain('mọi dòng: Hình thức = «Niêm yết» (suy ra từ tên sheet «Sổ niêm yết 2024»)');
    expect(out).toMatch(/bỏ qua \(dòng tiêu đề mục\): dòng 7, 8/);
    expect(out).toMatch(/bỏ qua \(phần ký tên\)/);
    expect(out).toContain('Tên đơn vị: UBND xã An Thượng — từ tiêu đề «ỦY BAN NHÂN DÂN XÃ AN THƯỢNG»');
  });

  it('lists a header it does not recognise as such, and the check cannot count the posting without its start', async () => {
    const file = await ownWordsBook(dir);
    const { out } = await runCli('inspect', file);
    expect(out).toContain('cột 3 «Ngày treo»: không nhận ra, bỏ qua');
    expect(out).toContain('cột 4 «Ngày hạ» → Ngày kết thúc');
    const check = JSON.parse((await runCli('check', file, '--as-of', '2024-12-31', '--json')).out);
    expect(check.postings.map((p: { status: string }) => p.status)).toEqual(['missing-data', 'missing-data']);
    expect(check.unit).toBe('UBND xã Tân Lập');
  });

  it('uses a corrected reading given with --reading, keeps it in a copy with --save, and the copy reads the same after LibreOffice saves it', async () => {
    const file = await ownWordsBook(dir);
    const reading = JSON.parse((await runCli('inspect', file, '--json')).out) as Reading;
    const corrected: Reading = {
      ...reading,
      tables: reading.tables.map((t) => ({
        ...t, columns: t.columns.map((c) => (c.header === 'Ngày treo' ? { ...c, key: 'start', status: 'taken' as const, from: 'user' as const, confidence: 1 } : c)),
      })),
    };
    const readingFile = path.join(dir, 'cach-doc.json');
    await fs.writeFile(readingFile, JSON.stringify(corrected));
    const given = JSON.parse((await runCli('check', file, '--as-of', '2024-12-31', '--reading', readingFile, '--json')).out);
    expect(given.postings.map((p: { status: string }) => p.status)).toEqual(['met', 'short']);

    const saved = path.join(dir, 'so-rieng-da-xac-nhan.xlsx');
    const save = await runCli('inspect', file, '--reading', readingFile, '--save', '-o', saved);
    expect(save.code).toBe(0);
    expect(save.out).toContain('Đã lưu cách đọc sổ');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.getWorksheet(READING_SHEET)?.state).toBe('hidden');
    expect(wb.getWorksheet('Bảng tin')?.getCell('C5').value).toBe('03/01/2024'); // the user's cells are untouched
    const stored = JSON.parse((await runCli('check', saved, '--as-of', '2024-12-31', '--json')).out);
    expect(stored.postings.map((p: { status: string }) => p.status)).toEqual(['met', 'short']);
    expect(stored.reading.confirmed).toBe(true);

    // Typed rows added later are read through the stored reading too.
    wb.getWorksheet('Bảng tin')!.addRow([3, 'Danh sách hộ nghèo năm 2024', '01/04/2024', '10/05/2024', null]);
    const grown = path.join(dir, 'so-rieng-them-dong.xlsx');
    await wb.xlsx.writeFile(grown);
    const again = JSON.parse((await runCli('check', grown, '--as-of', '2024-12-31', '--json')).out);
    expect(again.postings.map((p: { status: string }) => p.status)).toEqual(['met', 'short', 'met']);

    const viaLibreOffice = convert(saved, 'xlsx');
    const afterLo = JSON.parse((await runCli('check', viaLibreOffice, '--as-of', '2024-12-31', '--json')).out);
    expect(afterLo.postings.map((p: { status: string }) => p.status)).toEqual(['met', 'short']);
    expect(afterLo.reading.confirmed).toBe(true);
  }, 120_000);

  it('refuses a --reading file that is not a reading, saying why (exit 2)', async () => {
    const bad = path.join(dir, 'hong.json');
    await fs.writeFile(bad, '{"version": 1, "tables": [{"kind": "bang-la", "sheet": "x", "headerRows": [1], "columns": []}]}');
    const { code, err } = await runCli('check', path.join(STAFF, '01-theo-doi-niem-yet.xlsx'), '--reading', bad);
    expect(code).toBe(2);
    expect(err).toContain('hong.json');
    expect(err).toContain('loại bảng "bang-la" không có');
  });

  it('refuses --save without -o: the input is never overwritten', async () => {
    const { code, err } = await runCli('inspect', path.join(STAFF, '01-theo-doi-niem-yet.xlsx'), '--save');
    expect(code).toBe(2);
    expect(err).toContain('không ghi đè');
  });
});
