import fs from 'node:fs/promises';
import os from 'node:os';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { runCli } from './runCli';
import type { CheckReport } from '../../src/app/types';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'so-theo-doi-mau.xlsx');
const FIXTURES = path.join(__dirname, '..', 'fixtures');

const run = runCli;

describe('dccs check on the sample workbook', () => {
  let report: CheckReport;
  beforeAll(async () => {
    const { code, out, err } = await run('check', SAMPLE, '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    report = JSON.parse(out);
  });

  it('names the unit and takes the as-of date from Thông tin', () => {
    expect(report).toMatchObject({ unit: 'UBND xã An Thượng', asOf: '2024-03-20', year: 2024, level: 'xã' });
  });

  // A row's «Số ngày yêu cầu» raises the law's minimum, never lowers it (Luật 10/2022/QH15, Điều 13 khoản 2;
  // RULES.md, corrections); `days` is the length to the planned end, null without an end (SCHEMA.md).
  it('judges every posting row of the seed plans (Điều 13 khoản 2: a plan’s 20 days do not shorten a k11 posting)', () => {
    const byRow = Object.fromEntries(report.postings.map((p) => [p.row, [p.status, p.days, p.requiredDays]]));
    expect(byRow).toEqual({
      2: ['short', 20, 30], // An Thượng: the plan asks 20 days, Điều 13 khoản 2 requires 30 for a k11 content
      3: ['short', 20, 30], // the same window at the cultural houses, against Điều 13's 30 days
      4: ['met', 3, 3], // radio, Điều 13 khoản 3
      5: ['no-requirement', null, null], // website
      6: ['met', 33, 30], // budget estimate
      7: ['permanent', null, null], // quy chế dân chủ (k4): no end, no length
      8: ['permanent', null, null], // administrative procedures (k13)
      9: ['ongoing', 30, 30], // land-use plan, running: 30 days planned
      10: ['short', 1, 3], // radio for one day
      11: ['planned', 34, 30],
      12: ['short', 5, 30], // Bắc Kạn's voter list: planned too short, flagged now
      13: ['missing-data', null, 30],
      14: ['invalid', null, 30], // "31/02/2024"
    });
  });

  it('checks publication within 5 working days of the document (Điều 12 khoản 3)', () => {
    const timely = Object.fromEntries(report.postings.map((p) => [p.row, [p.timely, p.publishBy]]));
    expect(timely[6]).toEqual([true, '2024-01-05']); // document 28/12/2023, across New Year
    expect(timely[11]).toEqual([false, '2024-03-08']); // planned for 01/04: already late
    expect(timely[13]).toEqual([false, '2024-03-12']); // not posted at all, day passed
    expect(timely[7]).toEqual([null, null]); // no document date
    const late = report.findings.filter((f) => f.rule === 'CK_THOI_DIEM').map((f) => f.row);
    expect(late).toEqual([11, 13]);
  });

  it('judges the plan tasks by their deadline phrases', () => {
    expect(report.tasks.map((t) => [t.row, t.status, t.due])).toEqual([
      [2, 'done-on-time', '2024-03-06'], // «từ ngày 15/02/2024 đến hết ngày 06/03/2024»
      [3, 'done-on-time', '2024-02-26'], // «trong ngày 26/02/2024»
      [4, 'open', '2024-05-31'], // «trước ngày 01/6/2024»
      [5, 'open', '2024-10-14'], // «trước ngày 15/10/2024»
      [6, 'no-deadline', null], // «Thường xuyên trong năm 2024»
    ]);
  });

  it('tallies the household votes exactly and times the decision sent to UBND xã', () => {
    expect(report.votes.map((v) => [v.row, v.threshold, v.passed, v.sendBy, v.sentInTime])).toEqual([
      [2, '2/3', true, '2024-03-15', true], // 85/120 ≥ 2/3; voted Sunday 10/3, sent 13/3
      [3, '>50%', false, null, null], // 48/96 is not more than half
    ]);
  });

  it('checks the consultation window, the feedback handled and the results published', () => {
    expect(report.consultations.map((c) => [c.row, c.id, c.days, c.requiredDays, c.status, c.pending, c.resultsPublished])).toEqual([
      // 15/02 to the end of 06/03/2024 is 20 days; one of three feedback rows has no decision.
      // Guards a fixed bug: Bắc Kạn's 2026 posting (group Lấy ý kiến) is after the as-of date and publishes nothing yet.
      [2, 'QC-2024', 20, 20, 'pending-feedback', 1, null],
    ]);
    expect(report.feedback).toEqual({ total: 3, accepted: 1, partlyAccepted: 0, explained: 1, pending: 1 });
    const rules = report.findings.filter((f) => f.sheet === 'Lấy ý kiến').map((f) => f.rule);
    expect(rules).toEqual(['YK_CONG_KHAI_KQ', 'YK_CONG_KHAI_KQ']); // feedback pending, results unpublished
  });

  it('says how many days remain for a running posting', () => {
    const running = report.postings.find((p) => p.row === 9)!;
    expect(running).toMatchObject({ remaining: 11, reachedOn: '2024-03-31', rule: 'CK_NIEM_YET' });
    expect(running.explanation).toContain('còn 11 ngày nữa');
  });

  it('reports the impossible date as an input error naming sheet, row and column', () => {
    expect(report.inputErrors).toEqual([
      expect.objectContaining({ sheet: 'Công khai', row: 14, column: 'Ngày bắt đầu', value: '31/02/2024' }),
      // Row 2 asks 20 days where Điều 13 khoản 2 sets 30: a warning quoting the row (Luật 10/2022/QH15).
      expect.objectContaining({ sheet: 'Công khai', row: 2, column: 'Số ngày yêu cầu' }),
    ]);
    expect(report.inputErrors[0].message).toContain('31/02/2024');
  });

  it('lists a finding with its rule for every row that is not in order', () => {
    const rules = report.findings.filter((f) => f.sheet === 'Công khai' && (f.row === 3 || f.row === 10)).map((f) => [f.row, f.rule, f.severity]);
    expect(rules).toEqual([[3, 'CK_NIEM_YET', 'error'], [10, 'CK_TRUYEN_THANH', 'error']]);
  });

  it('lets --as-of move the evaluation day (`days` = the planned length, SCHEMA.md)', async () => {
    const { out } = await run('check', SAMPLE, '--json', '--as-of', '2024-04-05');
    const later: CheckReport = JSON.parse(out);
    expect(later.asOf).toBe('2024-04-05');
    expect(later.postings.find((p) => p.row === 9)).toMatchObject({ status: 'met', days: 30 });
    expect(later.postings.find((p) => p.row === 11)).toMatchObject({ status: 'ongoing', days: 34, remaining: 26 });
  });

  it('prints a readable Vietnamese summary without --json', async () => {
    const { code, out } = await run('check', SAMPLE);
    expect(code).toBe(0);
    expect(out).toContain('Đơn vị: UBND xã An Thượng — Ngày đánh giá: 20/03/2024');
    expect(out).toContain('Công khai: 13 dòng (Đạt 2, Chưa đủ thời gian 4,'); // row 2 is short by Điều 13 khoản 2
    // The worst first: errors before warnings before notes.
    const order = [...out.matchAll(/^\s+\[(Lỗi|Cảnh báo|Lưu ý)\]/gm)].map((m) => m[1]);
    expect(order.indexOf('Cảnh báo')).toBeGreaterThan(order.lastIndexOf('Lỗi'));
    expect(order.indexOf('Lưu ý')).toBeGreaterThan(order.lastIndexOf('Cảnh báo'));
  });
});

describe('dccs check on input it cannot use', () => {
  const cases: [string, string, RegExp][] = [
    ['a missing file', path.join(FIXTURES, 'khong-co.xlsx'), /Không tìm thấy tệp .*khong-co\.xlsx/],
    ['a text file named .xlsx', path.join(FIXTURES, 'van-ban.xlsx'), /van-ban\.xlsx/],
    ['an old .xls', path.join(FIXTURES, 'so-cu.xls'), /so-cu\.xls.*\.xlsx/s],
    ['a password-protected workbook', path.join(FIXTURES, 'mat-khau.xlsx'), /mat-khau\.xlsx.*mật khẩu/s],
    ['a truncated workbook', path.join(FIXTURES, 'hong.xlsx'), /hong\.xlsx/],
  ];
  it.each(cases)('refuses %s with exit code 2 and a message naming the file', async (_name, file, message) => {
    const { code, out, err } = await run('check', file, '--json');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });

  it('checks a plan-only workbook for what it has (no sheet is required)', async () => {
    const { code, out } = await run('check', path.join(FIXTURES, 'khong-cong-khai.xlsx'), '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.postings).toEqual([]);
    expect(json.reading.tables.map((t: { kind: string; sheet: string }) => [t.kind, t.sheet])).toEqual([['info', 'Thông tin'], ['plan', 'Kế hoạch']]);
    expect(json.reading.notFound).toContain('postings');
  });

  it('refuses a workbook with no recognisable table, naming the file and the kinds it looked for', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dccs-no-table-'));
    const file = path.join(dir, 'danh-ba.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh bạ');
    ws.addRow(['Họ và tên', 'Số điện thoại', 'Chức vụ']);
    ws.addRow(['Nguyễn Văn A', '0912 345 678', 'Văn thư']);
    await wb.xlsx.writeFile(file);
    const { code, err } = await run('check', file);
    expect(code).toBe(2);
    expect(err).toContain('danh-ba.xlsx');
    expect(err).toContain('«Danh bạ»');
    for (const kind of ['Kế hoạch', 'Công khai', 'Lấy ý kiến', 'Ý kiến', 'Biểu quyết']) expect(err).toContain(`«${kind}»`);
  });

  it('refuses a malformed --as-of', async () => {
    const { code, err } = await run('check', SAMPLE, '--as-of', '20/03/2024');
    expect(code).toBe(2);
    expect(err).toContain('YYYY-MM-DD');
  });
});
