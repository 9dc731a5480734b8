import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openWorkbookPath } from '../../src/workbook/file/hostNode';
import { newWorkbookFile } from '../../src/workbook/file/host';
import { saveWorkbookPath } from '../../src/workbook/file/hostNode';
import { communeWorkbook } from '../../bench/communeWorkbooks';
import { runCli } from './runCli';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const SIZE = { postings: 20, tasks: 8, feedback: 20 };

describe('dccs consolidate', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'dccs-consolidate-'));
  const dir = path.join(root, 'xa');

  beforeAll(async () => {
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'an-thuong.xlsx'), await communeWorkbook('UBND xã An Thượng', SIZE, 0));
    writeFileSync(path.join(dir, 'song-phuong.xlsx'), await communeWorkbook('UBND xã Song Phương', SIZE, 2));
    writeFileSync(path.join(dir, 'rong.xlsx'), new Uint8Array());
    copyFileSync(path.join(FIXTURES, 'so-cu.xls'), path.join(dir, 'so-cu.xls'));
    writeFileSync(path.join(dir, 'ghi-chu.txt'), 'không phải sổ');
  });

  it('consolidates a folder into OUT.xlsx and the Word draft; unusable files are listed, exit 0', async () => {
    const out = path.join(root, 'tong-hop.xlsx');
    const docx = path.join(root, 'tong-hop.docx');
    const { code, out: text, err } = await runCli('consolidate', dir, '-o', out, '--docx', docx, '--as-of', '2025-06-30', '--jobs', '1');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(text).toContain('Tổng hợp 2 đơn vị');
    expect(text).toContain('rong.xlsx» rỗng (0 byte)');
    expect(text).toContain('so-cu.xls» không phải tệp .xlsx; nếu là tệp .xls cũ, hãy lưu lại dưới dạng .xlsx');
    expect(text).toContain('Đã ghi «TH Đơn vị», «TH Chi tiết», «Báo cáo tổng hợp»');
    const read = await (await openWorkbookPath(out)).readSheets(['TH Đơn vị', 'TH Chi tiết', 'Báo cáo tổng hợp']);
    expect(read.sheets['TH Đơn vị']!.values[4][1]).toBe('UBND xã An Thượng');
    expect(read.sheets['Báo cáo tổng hợp']).not.toBeNull();
    expect(readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('reads Danh sách đơn vị of an existing OUT.xlsx and names who has not reported', async () => {
    const out = path.join(root, 'phong-noi-vu.xlsx');
    const office = newWorkbookFile();
    await office.writeSheets([{ name: 'Danh sách đơn vị', ifExists: 'replace', values: [['Tên đơn vị'], ['UBND xã An Thượng'], ['UBND xã Lại Yên']] }]);
    await saveWorkbookPath(office, out);
    const { code, out: json, err } = await runCli('consolidate', dir, '-o', out, '--json', '--jobs', '1');
    expect(code).toBe(0);
    const parsed = JSON.parse(json);
    expect(parsed.missing).toEqual(['UBND xã Lại Yên']);
    expect(parsed.units.map((u: { unit: string }) => u.unit)).toEqual(['UBND xã An Thượng', 'UBND xã Song Phương']);
    expect(parsed.failed.map((f: { file: string }) => path.basename(f.file))).toEqual(['so-cu.xls', 'rong.xlsx']);
    expect(parsed.totals.postings.met).toBe(parsed.units[0].postings.met + parsed.units[1].postings.met);
    expect(err).toContain('Đơn vị chưa gửi tệp (1): UBND xã Lại Yên.');
    const names = (await (await openWorkbookPath(out)).readSheets([])).sheetNames;
    expect(names).toEqual(['Danh sách đơn vị', 'TH Đơn vị', 'TH Chi tiết', 'Báo cáo tổng hợp']);
  });

  it('heads the Word draft with the office\'s own Thông tin when OUT.xlsx has one, and with placeholders for a new OUT.xlsx', async () => {
    const text = (file: string) => strFromU8(unzipSync(readFileSync(file))['word/document.xml']).replace(/<[^>]+>/g, '');
    const out = path.join(root, 'phong-van-hoa.xlsx');
    const office = newWorkbookFile();
    await office.writeSheets([{ name: 'Thông tin', ifExists: 'replace', values: [['Tên đơn vị', 'Phòng Văn hóa - Xã hội'], ['Người ký', 'Trần Văn Ký']] }]);
    await saveWorkbookPath(office, out);
    const docx = path.join(root, 'phong-van-hoa.docx');
    expect((await runCli('consolidate', dir, '-o', out, '--docx', docx, '--as-of', '2025-06-30', '--jobs', '1')).code).toBe(0);
    expect(text(docx)).toContain('Phòng Văn hóa - Xã hội tổng hợp kết quả');
    expect(text(docx)).toContain('Trần Văn Ký');
    const fresh = path.join(root, 'moi.docx');
    expect((await runCli('consolidate', dir, '-o', path.join(root, 'moi.xlsx'), '--docx', fresh, '--as-of', '2025-06-30', '--jobs', '1')).code).toBe(0);
    expect(text(fresh)).not.toContain('Trần Văn Ký');
    expect(text(fresh)).toContain('Tổng hợp kết quả thực hiện dân chủ ở cơ sở');
  });

  it('into the office\'s own workbook: its sheets stay byte for byte, a second run replaces the results in place and the file does not grow', async () => {
    const out = path.join(root, 'so-tinh.xlsx');
    const office = newWorkbookFile();
    await office.writeSheets([
      { name: 'Thông tin', ifExists: 'replace', values: [['Tên đơn vị', 'Sở Nội vụ tỉnh Mẫu'], ['Người ký', 'Lê Thị Ký']] },
      { name: 'Danh sách đơn vị', ifExists: 'replace', values: [['Tên đơn vị'], ['UBND xã An Thượng'], ['UBND xã Song Phương']] },
      // The office's own sheet under an output's name: never replaced, the results go beside it.
      { name: 'TH Chi tiết', ifExists: 'replace', values: [['Ghi chú của văn phòng'], ['Đừng xóa sheet này']] },
    ]);
    await saveWorkbookPath(office, out);
    const parts = (file: string) => unzipSync(readFileSync(file));
    const before = parts(out);
    const run = () => runCli('consolidate', dir, '-o', out, '--as-of', '2025-06-30', '--jobs', '1');
    const first = await run();
    expect(first.code).toBe(0);
    expect(first.out).toContain('Đã ghi «TH Đơn vị», «TH Chi tiết (2)», «Báo cáo tổng hợp»');
    const once = parts(out);
    // Every part of the office's workbook but the lists that gain the new sheets is as it was (folders
    // are no parts: the zip's directory entries are not kept).
    const lists = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', 'xl/sharedStrings.xml'];
    for (const [name, bytes] of Object.entries(before)) {
      if (!lists.includes(name) && !name.endsWith('/')) expect([name, once[name] !== undefined && Buffer.from(once[name]).equals(Buffer.from(bytes))]).toEqual([name, true]);
    }
    const second = await run();
    expect(second.code).toBe(0);
    const twice = parts(out);
    expect(Object.keys(twice).sort()).toEqual(Object.keys(once).sort());
    expect(twice['xl/sharedStrings.xml'].length).toBe(once['xl/sharedStrings.xml'].length);
    // exceljs itself, which names each sheet exactly (the hosts' reads take «TH Chi tiết (2)» for «TH Chi tiết»).
    const book = await new ExcelJS.Workbook().xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Thông tin', 'Danh sách đơn vị', 'TH Chi tiết', 'TH Đơn vị', 'TH Chi tiết (2)', 'Báo cáo tổng hợp']);
    const texts = (name: string) => book.getWorksheet(name)!.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
    expect(texts('TH Chi tiết')).toEqual([['Ghi chú của văn phòng'], ['Đừng xóa sheet này']]);
    expect(texts('TH Đơn vị')[4][1]).toBe('UBND xã An Thượng');
    expect(texts('TH Chi tiết (2)')[0][0]).toBe('CHI TIẾT CÁC PHÁT HIỆN THEO ĐƠN VỊ');
    expect(texts('Thông tin')[0]).toEqual(['Tên đơn vị', 'Sở Nội vụ tỉnh Mẫu']);
  });

  it('uses worker threads and gives the same JSON', async () => {
    const one = await runCli('consolidate', dir, '--json', '--jobs', '1', '--as-of', '2025-06-30');
    const two = await runCli('consolidate', dir, '--json', '--jobs', '2', '--as-of', '2025-06-30');
    expect(two.code).toBe(0);
    expect(JSON.parse(two.out)).toEqual(JSON.parse(one.out));
  });

  it('exits 2 with a message for an empty folder and for a folder without .xlsx', async () => {
    const empty = path.join(root, 'trong');
    mkdirSync(empty);
    const a = await runCli('consolidate', empty, '--json');
    expect(a.code).toBe(2);
    expect(a.err).toContain(`Thư mục «${empty}» trống`);
    const noXlsx = path.join(root, 'chi-xls');
    mkdirSync(noXlsx);
    copyFileSync(path.join(FIXTURES, 'so-cu.xls'), path.join(noXlsx, 'so-cu.xls'));
    const b = await runCli('consolidate', noXlsx, '-o', path.join(root, 'khong.xlsx'));
    expect(b.code).toBe(2);
    expect(b.err).toContain(`Thư mục «${noXlsx}» không có tệp .xlsx nào`);
    expect(b.err).toContain('Không tổng hợp được tệp nào.');
    expect(existsSync(path.join(root, 'khong.xlsx'))).toBe(false);
  });

  it('exits 2 when every file named is unusable, each with its reason', async () => {
    const { code, err } = await runCli('consolidate', path.join(FIXTURES, 'mat-khau.xlsx'), path.join(root, 'khong-co.xlsx'), '--json');
    expect(code).toBe(2);
    expect(err).toContain('mật khẩu');
    expect(err).toContain('khong-co.xlsx');
  });

  it('refuses a bad --sort with the usage', async () => {
    const { code, err } = await runCli('consolidate', dir, '--sort', 'size');
    expect(code).toBe(2);
    expect(err).toContain('--sort nhận «name»');
  });
});
