import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/app/check/check';
import { openWorkbookFile } from '../../src/workbook/file/host';
import { runCli } from './runCli';

// Issue 14, item 11: «Bản gửi cấp trên» without citizens' names and contact details
// (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15, in force 01/01/2026).
const today = { y: 2026, m: 7, d: 1 };
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Cường'];

async function commune(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Thông tin').addRows([['Tên đơn vị', 'UBND xã An Thượng'], ['Cấp', 'xã'], ['Năm báo cáo', 2026], ['Người ký', 'Phạm Văn Ký']]);
  wb.addWorksheet('Công khai').addRows([
    ['STT', 'Nội dung công khai', 'Nhóm nội dung', 'Hình thức', 'Ngày bắt đầu', 'Ngày kết thúc'],
    [1, 'Dự thảo quy chế', 'Lấy ý kiến', 'Niêm yết', '01/06/2026', '01/07/2026'],
  ]);
  wb.addWorksheet('Lấy ý kiến').addRows([
    ['Mã đợt', 'Nội dung lấy ý kiến', 'Từ ngày', 'Đến ngày', 'Hạn tổng hợp'],
    ['QC', 'Dự thảo quy chế', '01/06/2026', '25/06/2026', '30/06/2026'],
  ]);
  wb.addWorksheet('Ý kiến').addRows([
    ['STT', 'Mã đợt', 'Ngày nhận', 'Người góp ý', 'Số điện thoại', 'Địa chỉ', 'Thôn, tổ dân phố', 'Nội dung góp ý', 'Hướng xử lý', 'Nội dung tiếp thu, giải trình'],
    [1, 'QC', '05/06/2026', NAMES[0], '0912 345 678', 'Xóm Đông', 'Thôn 1', 'Sửa Điều 5', 'Tiếp thu', 'Đã sửa'],
    [2, 'QC', '06/06/2026', NAMES[1], 912345679, null, 'Thôn 2', 'Thêm khoản 2', 'Giải trình', 'Đã có ở Điều 7'],
    [3, 'QC', '07/06/2026', NAMES[2], null, 'Xóm Tây', 'Thôn 2', 'Bỏ Điều 9', null, null],
  ]);
  await wb.xlsx.writeFile(file);
}

async function cellsOf(file: string, sheets?: readonly string[]): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const texts: string[] = [];
  // A formula cell without a cached result has no `text`: its value as JSON still shows any name in it.
  const textOf = (cell: ExcelJS.Cell) => { try { return String(cell.text); } catch { return JSON.stringify(cell.value); } };
  wb.eachSheet((ws) => {
    if (!sheets || sheets.includes(ws.name)) ws.eachRow((row) => row.eachCell((cell) => texts.push(textOf(cell))));
  });
  return texts;
}

describe('dccs export --for-superior (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dccs-export-'));
  const file = path.join(dir, 'so.xlsx');
  const copy = path.join(dir, 'gui-cap-tren.xlsx');
  beforeAll(() => commune(file));

  it('writes a copy without citizens’ names, phones and addresses, and leaves the file as it was', async () => {
    const before = readFileSync(file);
    const { code, out, err } = await runCli('export', '--for-superior', file, '-o', copy);
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain('- Sheet «Ý kiến», cột «Người góp ý»: ẩn 3 ô.');
    expect(out).toContain('- Sheet «Ý kiến», cột «Số điện thoại»: ẩn 2 ô.');
    expect(readFileSync(file).equals(before)).toBe(true);
    const texts = (await cellsOf(copy)).join('\n');
    for (const secret of [...NAMES, '0912 345 678', '912345679', 'Xóm Đông', 'Xóm Tây']) expect(texts).not.toContain(secret);
    for (const kept of ['Sửa Điều 5', 'Đã có ở Điều 7', 'Thôn 2', 'Phạm Văn Ký', 'UBND xã An Thượng']) expect(texts).toContain(kept);
  });

  it('keeps the counts and decisions: the copy checks as the original', async () => {
    await runCli('export', '--for-superior', file, '-o', copy);
    const original = await checkWorkbook(await openWorkbookFile(readFileSync(file), 'so.xlsx'), { today });
    const sent = await checkWorkbook(await openWorkbookFile(readFileSync(copy), 'gui.xlsx'), { today });
    expect(sent.report.feedback).toEqual(original.report.feedback);
    expect(sent.report.feedback).toMatchObject({ total: 3, accepted: 1, explained: 1, pending: 1 });
    expect(sent.report.consultations.map((c) => c.status)).toEqual(original.report.consultations.map((c) => c.status));
  });

  it('hides the authors that «dccs report» copied into TH Ý kiến of the sample too', async () => {
    const sample = path.join(__dirname, '..', '..', 'assets', 'so-theo-doi-mau.xlsx');
    const reported = path.join(dir, 'bao-cao.xlsx');
    const sent = path.join(dir, 'bao-cao-gui.xlsx');
    expect((await runCli('report', sample, '-o', reported)).code).toBe(0);
    const feedback = (await (await openWorkbookFile(readFileSync(sample), 's.xlsx')).readSheets(['Ý kiến'])).sheets['Ý kiến']!;
    const col = feedback.values[0].indexOf('Người góp ý');
    const authors = feedback.values.slice(1).map((r) => r[col]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    expect(authors.length).toBeGreaterThan(0);
    expect((await cellsOf(reported)).join('\n')).toContain(authors[0]);
    const { code, out } = await runCli('export', '--for-superior', reported, '-o', sent);
    expect(code).toBe(0);
    expect(out).toMatch(/Sheet «TH Ý kiến», cột «Cá nhân, tổ chức góp ý»: ẩn \d+ ô/);
    // The feedback sheets: an organisation that gave an opinion («Công đoàn cơ sở») may also lead a plan task.
    const texts = await cellsOf(sent, ['Ý kiến', 'TH Ý kiến']);
    expect(texts.length).toBeGreaterThan(10);
    for (const a of authors) expect(texts.filter((t) => t.includes(a))).toEqual([]);
  }, 30_000); // a report and an export of the sample on a shared machine

  it('refuses without --for-superior, and never overwrites its input', async () => {
    expect((await runCli('export', file, '-o', copy)).code).toBe(2);
    expect((await runCli('export', '--for-superior', file, '-o', file)).code).toBe(2);
  });

  it('says so when the book has no citizens’ data', async () => {
    const plain = path.join(dir, 'plain.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Thông tin').addRows([['Tên đơn vị', 'UBND xã B']]);
    await wb.xlsx.writeFile(plain);
    const { code, out } = await runCli('export', '--for-superior', plain, '-o', path.join(dir, 'plain-out.xlsx'));
    expect(code).toBe(0);
    expect(out).toContain('Sổ không có cột họ tên, liên hệ của người dân nào có dữ liệu.');
  });
});
