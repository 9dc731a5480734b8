import { checkVoteSheet } from '../../src/app/check/votes';
import type { CheckContext } from '../../src/app/check/tableCheck';
import { parseIso, toExcelSerial, type LocalDate } from '../../src/domain/calendar/localDate';
import { buildWorkCalendar } from '../../src/domain/calendar/workingDays';
import type { Issue } from '../../src/domain/issues';
import { MESSAGES } from '../../src/domain/messages';
import { resolveRules } from '../../src/domain/rules/resolve';
import { VOTE_MESSAGES } from '../../src/domain/votes/messages';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';

const day = (iso: string): LocalDate => parseIso(iso)!;

function grid(rows: CellValue[][], name = 'Biểu quyết'): SheetGrid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return { name, firstRow: 1, firstColumn: 1, values: rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]), tables: [] };
}

const ctx = (asOf = '2024-06-01'): CheckContext => ({
  asOf: day(asOf), reportYear: 2024, unit: 'commune', rules: resolveRules([], 'Quy định').rules, calendar: buildWorkCalendar(),
});

const HEADER = ['Nội dung', 'Loại việc', 'Thôn, tổ dân phố', 'Hình thức', 'Ngày', 'Tổng số hộ', 'Số hộ tham gia', 'Số hộ tán thành', 'Ngày gửi UBND xã'];
const VOTE_DAY = day('2024-04-26'); // Friday; 27/4–1/5 off, Saturday 4/5 a make-up working day

const SHEET = grid([
  ['SỔ THEO DÕI NHÂN DÂN BÀN VÀ QUYẾT ĐỊNH'],
  HEADER,
  ['Bê tông hóa đường thôn 3', 'Đóng góp, thu chi', 'Thôn 3', 'Hội nghị', VOTE_DAY, 120, 100, 85, toExcelSerial(day('2024-05-07'))],
  ['Mức đóng góp quỹ khuyến học', '1', 'Thôn 1', 'Phát phiếu', '26/04/2024', '120 hộ', 110, 90, '09/05/2024'],
  ['Sửa đổi hương ước', 'k3', 'Thôn 2', 'Hội nghị', toExcelSerial(VOTE_DAY), 120, 90, 61, null],
  ['Bầu Trưởng thôn', 'Bầu, cho thôi', 'Thôn 4', 'Hội nghị', VOTE_DAY, null, 90, 70, null],
  ['Thu chi quỹ đường làng', 'k1-2', 'Thôn 5', 'Hội nghị', VOTE_DAY, 120, 140, 130, null],
  ['Xây cổng làng', 'Xây dựng', 'Thôn 6', 'Hội nghị', VOTE_DAY, 120, 100, 90, null],
  ['Quỹ vệ sinh môi trường', 'Tự quản khác', 'Thôn 7', 'Hội nghị', VOTE_DAY, -5, 60, 50, null],
  [null, null, null, null, null, null, null, null, null],
  ['Tổng', null, null, null, null, 840, 690, 586, null],
]);

const text = (i: Issue) => VOTE_MESSAGES[i.code]({ ...i.params, value: i.value, sheet: i.sheet, column: i.column });

describe('checkVoteSheet (Biểu quyết)', () => {
  const result = checkVoteSheet(SHEET, ctx());
  const byRow = (row: number) => result.items.find((v) => v.row === row)!;
  const verdict = (row: number) => result.verdicts.find((v) => v.row === row);

  it('judges every data row, skipping the title, the blank row and the totals row', () => {
    expect(result.items.map((v) => v.row)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(result.place).toEqual({ sheet: 'Biểu quyết', headerRow: 2, lastColumn: 9, rows: [3, 4, 5, 6, 7, 8, 9] });
  });

  it('passes a vote sent in time across the 30/4–1/5 holidays (due 07/05/2024)', () => {
    expect(byRow(3)).toEqual({
      sheet: 'Biểu quyết', row: 3, title: 'Bê tông hóa đường thôn 3', kind: 'Đóng góp, thu chi',
      households: 120, participants: 100, agree: 85, threshold: '2/3', passed: true,
      date: '2024-04-26', sentToCommune: '2024-05-07', sendBy: '2024-05-07', sentInTime: true, formAllowed: true,
    });
    expect(verdict(3)).toEqual({ sheet: 'Biểu quyết', row: 3, label: 'Thông qua (2/3)', severity: 'ok' });
  });

  it('reads the khoản number as the kind and flags the decision sent late', () => {
    expect(byRow(4)).toMatchObject({ kind: 'Đóng góp, thu chi', threshold: '2/3', passed: true, sendBy: '2024-05-07', sentInTime: false });
    expect(result.findings.filter((f) => f.row === 4)).toEqual([
      expect.objectContaining({ sheet: 'Biểu quyết', rule: 'BQ_GUI_QUYET_DINH', severity: 'error', code: 'BQ_GUI_QUYET_DINH.late', params: expect.objectContaining({ lateDays: 2 }) }),
    ]);
    expect(verdict(4)?.label).toBe('Thông qua (2/3); gửi UBND xã muộn 2 ngày làm việc');
  });

  it('reads k3 as hương ước (> 50%) and flags the decision not sent after the deadline', () => {
    expect(byRow(5)).toMatchObject({ kind: 'Hương ước', threshold: '>50%', passed: true, sentToCommune: null, sentInTime: false });
    expect(result.findings.filter((f) => f.row === 5).map((f) => f.code)).toEqual(['BQ_GUI_QUYET_DINH.not-sent']);
    expect(verdict(5)).toMatchObject({ label: 'Thông qua (trên 50%); chưa gửi UBND xã, quá hạn 07/05/2024', severity: 'error' });
  });

  it('gives passed null and an input error on the column for a missing count', () => {
    expect(byRow(6)).toMatchObject({ households: null, threshold: '>50%', passed: null, sentInTime: null });
    const issue = result.issues.find((i) => i.row === 6)!;
    expect(issue).toMatchObject({ code: 'vote-count-missing', severity: 'error', sheet: 'Biểu quyết', column: 'Tổng số hộ' });
    expect(text(issue)).toContain('Chưa nhập "Tổng số hộ"');
    expect(verdict(6)?.label).toBe('Thiếu số hộ');
  });

  it('names the row and both columns when counts contradict each other', () => {
    expect(byRow(7)).toMatchObject({ passed: null });
    const issues = result.issues.filter((i) => i.row === 7);
    expect(issues.map((i) => [i.column, i.params?.otherColumn])).toEqual([
      ['Số hộ tham gia', 'Tổng số hộ'], ['Số hộ tán thành', 'Tổng số hộ'],
    ]);
    expect(text(issues[1])).toBe(
      '"Số hộ tán thành" (130) lớn hơn "Tổng số hộ" (120): số liệu không khớp, chưa kết luận được biểu quyết ' +
      '(Luật 10/2022/QH15, Điều 20 khoản 2 điểm b)');
    expect(verdict(7)).toMatchObject({ label: 'Số hộ không khớp', severity: 'error' });
  });

  it('refuses an unknown kind, listing the accepted kinds, and judges nothing', () => {
    expect(byRow(8)).toMatchObject({ kind: null, threshold: null, passed: null, sendBy: '2024-05-07', sentInTime: null });
    const issues = result.issues.filter((i) => i.row === 8);
    expect(issues).toEqual([expect.objectContaining({ code: 'vocab-unknown', column: 'Loại việc', value: 'Xây dựng' })]);
    expect(MESSAGES['vocab-unknown']({ ...issues[0].params, value: issues[0].value })).toContain('Đóng góp, thu chi, Hương ước, Bầu, cho thôi, Tự quản khác');
  });

  it('refuses a negative household count (the integer column type) without a second "missing" error', () => {
    expect(byRow(9)).toMatchObject({ households: null, passed: null });
    expect(result.issues.filter((i) => i.row === 9)).toEqual([
      expect.objectContaining({ code: 'integer-invalid', column: 'Tổng số hộ', value: '-5' }),
    ]);
    expect(verdict(9)).toMatchObject({ label: 'Dữ liệu không hợp lệ', severity: 'error' });
  });

  it('has a message for every code it emits', () => {
    const all = { ...MESSAGES, ...VOTE_MESSAGES };
    for (const code of [...result.findings, ...result.issues].map((x) => x.code)) expect(all[code]).toBeDefined();
  });
});

describe('checkVoteSheet: other tables', () => {
  it('reads aliased headers and a vote whose deadline has not come yet', () => {
    const r = checkVoteSheet(grid([
      ['Nội dung biểu quyết', 'Loại', 'Ngày biểu quyết', 'Số hộ', 'Số hộ đồng ý', 'Ngày gửi'],
      ['Đường điện thôn 2', 'khoản 2', '26/04/2024', 100, 67, null],
      ['Đường điện thôn 5', 'khoản 1', '26/04/2024', 100, 66, null],
    ]), ctx('2024-05-03'));
    expect(r.items.map((v) => [v.passed, v.sendBy, v.sentInTime])).toEqual([[true, '2024-05-07', null], [false, null, null]]);
    expect(r.findings.map((f) => [f.row, f.code, f.severity])).toEqual([
      [2, 'BQ_GUI_QUYET_DINH.due', 'info'], [3, 'BQ_HAI_PHAN_BA.failed', 'info'],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.verdicts.map((v) => v.label)).toEqual(['Thông qua (2/3); hạn gửi UBND xã 07/05/2024', 'Không thông qua']);
  });

  it('says nothing about a missing sheet: not every commune votes every year', () => {
    expect(checkVoteSheet(null, ctx())).toEqual({ items: [], records: [], findings: [], issues: [], verdicts: [], place: null });
  });

  it('says nothing about an empty sheet', () => {
    expect(checkVoteSheet(grid([], 'BIỂU QUYẾT'), ctx())).toEqual({ items: [], records: [], findings: [], issues: [], verdicts: [], place: null });
  });

  it('never throws on odd cells, and keeps every address inside the grid', () => {
    const odd: CellValue[] = ['#N/A', true, 1e300, -1, 0.5, 'x'.repeat(10_000), day('2199-12-31'), day('1899-01-01'), 9e15, '', null];
    const rows: CellValue[][] = [HEADER];
    for (let i = 0; i < 300; i++) rows.push(HEADER.map((_, c) => odd[(i * 7 + c * 3) % odd.length]));
    const r = checkVoteSheet(grid(rows), ctx('2199-12-31'));
    for (const x of [...r.items, ...r.findings, ...r.issues, ...r.verdicts]) {
      expect(x.row === null || (x.row >= 1 && x.row <= rows.length)).toBe(true);
    }
    expect(r.items.length).toBeGreaterThan(0);
  });

  it('reports a sheet whose header cannot be found', () => {
    const r = checkVoteSheet(grid([['Danh sách'], ['a', 'b']]), ctx());
    expect(r.issues.map((i) => i.code)).toEqual(['header-not-found']);
    expect(r.place).toBeNull();
  });
});
