import { checkConsultationSheets } from '../../src/app/check/consultations';
import type { CheckContext } from '../../src/app/check/tableCheck';
import { parseIso, toExcelSerial } from '../../src/domain/calendar/localDate';
import { buildWorkCalendar } from '../../src/domain/calendar/workingDays';
import { CONSULTATION_MESSAGES } from '../../src/domain/consultations/messages';
import type { Finding } from '../../src/domain/findings';
import type { PostingRow } from '../../src/domain/postings/types';
import { resolveRules, type RuleOverride } from '../../src/domain/rules/resolve';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';

const day = (iso: string) => parseIso(iso)!;
const serial = (iso: string) => toExcelSerial(day(iso));
const calendar = buildWorkCalendar();

function ctx(asOf: string, overrides: RuleOverride[] = []): CheckContext {
  return { asOf: day(asOf), reportYear: 2026, unit: 'commune', rules: resolveRules(overrides, 'Quy định').rules, calendar };
}

/** A sheet as a host reads it: a title row, a blank row, the header on row 3, data from row 4. */
function grid(name: string, header: string[], rows: CellValue[][]): SheetGrid {
  const values = [[`SỔ THEO DÕI – ${name.toUpperCase()}`], [], header, ...rows];
  const width = Math.max(...values.map((r) => r.length));
  return { name, firstRow: 1, firstColumn: 1, tables: [], values: values.map((r) => [...r, ...Array(width - r.length).fill(null)]) };
}

const C_HEADER = ['Mã đợt', 'Nội dung lấy ý kiến', 'Từ ngày', 'Đến ngày', 'Hạn tổng hợp', 'Ngày tổng hợp xong', 'Ngày công khai kết quả'];
const F_HEADER = ['STT', 'Mã đợt', 'Ngày nhận', 'Người góp ý', 'Nội dung góp ý', 'Hướng xử lý', 'Nội dung tiếp thu, giải trình', 'Ngày xử lý'];
const consultations = (rows: CellValue[][]) => grid('Lấy ý kiến', C_HEADER, rows);
const feedback = (rows: CellValue[][]) => grid('Ý kiến', F_HEADER, rows);

const posting = (start: string, clause = 11): PostingRow => ({
  sheet: 'Công khai', row: 12, title: 'Kết quả lấy ý kiến', clause, form: 'niem-yet', formText: 'Niêm yết',
  documentDate: null, start: day(start), end: null, requiredDaysOverride: null, hasBadCells: false,
});
const text = (f: Finding) => CONSULTATION_MESSAGES[f.code](f.params);
const at = (f: { row: number | null; code: string }) => `${f.row} ${f.code}`;

describe('checkConsultationSheets: a workbook with three consultations', () => {
  const cSheet = consultations([
    // Dates as Excel serials, LocalDate objects and text alike.
    ['YK01', 'Dự thảo Quy chế thực hiện dân chủ', serial('2026-06-01'), serial('2026-06-30'), '10/7/2026', day('2026-07-06'), day('2026-07-08')],
    ['YK02', 'Kế hoạch phát triển kinh tế - xã hội', '01/06/2026', '30/06/2026', null, '06/07/2026', null],
    ['YK03', 'Đề án sáp nhập thôn', '20/06/2026', '15/07/2026', null, '16/07/2026', null],
  ]);
  const fSheet = feedback([
    [1, 'YK01', '10/06/2026', 'Ông A', 'Bổ sung trách nhiệm trưởng thôn', 'Tiếp thu', 'Đã bổ sung Điều 5', '01/07/2026'],
    [2, 'YK01', '12/06/2026', 'Bà B', 'Bỏ Điều 7', 'Giải trình', 'Điều 7 do luật quy định', '12/07/2026'],
    [3, 'yk01', '02/07/2026', 'Thôn 3', 'Sửa Điều 2', 'Tiếp thu một phần', 'Sửa khoản 1 Điều 2', '05/07/2026'],
    [4, 'YK02', '15/06/2026', 'Ông C', 'Thêm chỉ tiêu', null, null, null],
    [5, 'YK02', '16/06/2026', 'Bà D', 'Giảm chỉ tiêu', 'Tiếp thu', null, null],
    [6, null, '16/06/2026', 'Ông E', 'Ý kiến khác', 'Tiếp thu', 'Đã tiếp thu', '20/06/2026'],
    [7, 'YK09', '16/06/2026', 'Bà G', 'Ý kiến khác', null, null, null],
  ]);
  const r = checkConsultationSheets(cSheet, fSheet, [posting('2026-05-25'), posting('2026-07-07'), posting('2026-07-20', 2)], ctx('2026-08-01'));

  it('gives each consultation its status, counts and publication', () => {
    expect(r.items.map((i) => [i.id, i.status, i.days, i.requiredDays, i.pending, i.late, i.resultsPublished])).toEqual([
      ['YK01', 'met', 29, 20, 0, 1, '2026-07-08'],
      ['YK02', 'pending-feedback', 29, 20, 2, 0, '2026-07-07'],
      ['YK03', 'unpublished', 25, 20, 0, 0, null],
    ]);
    expect(r.items[0]).toMatchObject({ sheet: 'Lấy ý kiến', row: 4, from: '2026-06-01', to: '2026-06-30',
      feedback: { total: 3, accepted: 1, partlyAccepted: 1, explained: 1, pending: 0 } });
  });

  it('gives each consultation its synthesis deadline and where it comes from (Điều 28 khoản 3)', () => {
    expect(r.items.map((i) => [i.id, i.synthesisDue, i.synthesisSource])).toEqual([
      ['YK01', '2026-07-10', 'deadline'],
      ['YK02', '2026-07-06', 'synthesized'],
      ['YK03', '2026-07-16', 'synthesized'],
    ]);
  });

  it('moves a synthesis deadline on a day off to the next working day (Bộ luật Dân sự Điều 148 khoản 5), as the due list shows it', () => {
    const sunday = checkConsultationSheets(consultations([['YK04', 'Dự thảo quy ước', '01/06/2026', '30/06/2026', '05/07/2026', null, null]]),
      feedback([[1, 'YK04', '10/06/2026', 'Ông A', 'Sửa Điều 2', null, null, null]]), [], ctx('2026-07-01'));
    expect(sunday.items.map((i) => [i.synthesisDue, i.synthesisSource, i.status])).toEqual([['2026-07-06', 'deadline', 'met']]);
    // No «Hạn tổng hợp»: the day after «Đến ngày», 01/07/2026 (a Wednesday), assumed.
    const assumed = checkConsultationSheets(consultations([['YK05', 'Dự thảo quy ước', '01/06/2026', '30/06/2026', null, null, null]]), feedback([]), [], ctx('2026-07-01'));
    expect(assumed.items.map((i) => [i.synthesisDue, i.synthesisSource])).toEqual([['2026-07-01', 'assumed']]);
  });

  it('totals every feedback row of the workbook, linked or not', () => {
    expect(r.feedbackTotals).toEqual({ total: 7, accepted: 2, partlyAccepted: 1, explained: 1, pending: 3 });
  });

  it('flags late processing, feedback after the window, missing decisions and explanations', () => {
    expect(r.feedbackCheck.findings.map(at)).toEqual([
      '5 YK_CONG_KHAI_KQ.feedback-late', '6 YK_THOI_GIAN.feedback-after-window',
      '7 YK_CONG_KHAI_KQ.feedback-pending', '8 YK_CONG_KHAI_KQ.feedback-no-explanation',
    ]);
    expect(text(r.feedbackCheck.findings[0])).toBe('Ý kiến xử lý ngày 12/07/2026, sau hạn tổng hợp 10/07/2026 2 ngày (Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, được sửa đổi, bổ sung bởi Luật số 47/2024/QH15 và Luật số 97/2025/QH15, Điều 28 khoản 3).'); // a 2026 consultation: the Law as amended (Luật 97/2025/QH15)
    expect(r.feedbackCheck.verdicts.map((v) => [v.row, v.label, v.severity])).toEqual([
      [4, 'Đã tiếp thu', 'ok'], [5, 'Xử lý muộn 2 ngày', 'warning'], [6, 'Đã tiếp thu một phần', 'ok'],
      [7, 'Chưa xử lý, quá hạn 26 ngày', 'error'], [8, 'Thiếu nội dung tiếp thu, giải trình, quá hạn 26 ngày', 'error'],
      [9, 'Không xác định được đợt lấy ý kiến', 'error'], [10, 'Không xác định được đợt lấy ý kiến', 'error'],
    ]);
  });

  it('refuses a blank Mã đợt among several consultations and an unknown one, naming the rows', () => {
    expect(r.feedbackCheck.issues.map((i) => [i.sheet, i.row, i.column, i.code])).toEqual([
      ['Ý kiến', 9, 'Mã đợt', 'feedback-consultation-blank'], ['Ý kiến', 10, 'Mã đợt', 'feedback-consultation-unknown'],
    ]);
  });

  it('reports the consultations’ findings and verdicts', () => {
    expect(r.findings.map(at)).toEqual(['5 YK_CONG_KHAI_KQ.pending-feedback', '6 YK_CONG_KHAI_KQ.unpublished']);
    expect(r.verdicts.map((v) => v.label)).toEqual(['Đạt', 'Còn 2 ý kiến chưa xử lý', 'Chưa công khai kết quả']);
    expect(r.issues).toEqual([]);
  });

  it('tells «Kiểm tra» where both tables sit', () => {
    expect(r.place).toEqual({ sheet: 'Lấy ý kiến', headerRow: 3, lastColumn: 7, rows: [4, 5, 6] });
    expect(r.feedbackCheck.place).toEqual({ sheet: 'Ý kiến', headerRow: 3, lastColumn: 8, rows: [4, 5, 6, 7, 8, 9, 10] });
  });
});

describe('checkConsultationSheets: edge cases', () => {
  it('gives a blank Mã đợt to the only consultation', () => {
    const r = checkConsultationSheets(
      consultations([[null, 'Dự thảo Quy chế', '15/02/2024', '06/03/2024', null, '07/03/2024', '11/03/2024']]),
      feedback([[1, null, '20/02/2024', 'Ông A', 'Góp ý', 'Tiếp thu', 'Đã sửa', '05/03/2024']]), [], ctx('2024-04-01'));
    expect(r.items.map((i) => [i.status, i.days, i.feedback.accepted])).toEqual([['met', 20, 1]]);
    expect([...r.issues, ...r.feedbackCheck.issues]).toEqual([]);
  });

  it('says nothing but an info when the workbook has no consultation sheets', () => {
    const r = checkConsultationSheets(null, null, [], ctx('2026-08-01'));
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['sheet-missing', 'info']]);
    expect([r.items, r.findings, r.place, r.feedbackCheck.place]).toEqual([[], [], null, null]);
    expect(r.feedbackTotals).toEqual({ total: 0, accepted: 0, partlyAccepted: 0, explained: 0, pending: 0 });
  });

  it('notes a missing Ý kiến sheet as info only', () => {
    const r = checkConsultationSheets(consultations([['YK01', 'Dự thảo', '01/06/2026', '30/06/2026', null, null, '02/07/2026']]), null, [], ctx('2026-08-01'));
    expect([...r.issues, ...r.feedbackCheck.issues].map((i) => [i.sheet, i.code, i.severity])).toEqual([['Ý kiến', 'sheet-missing', 'info']]);
    expect(r.items[0].status).toBe('met');
  });

  it('notes once that a book of feedback without its consultations does not record them (not recorded is not "not done"), and still counts its rows', () => {
    const r = checkConsultationSheets(null, feedback([[1, null, '10/06/2026', 'Ông A', 'Góp ý', 'Tiếp thu', 'Đã sửa', null]]), [], ctx('2026-08-01'));
    expect(r.issues.map((i) => [i.sheet, i.row, i.code, i.severity])).toEqual([['Ý kiến', null, 'consultation-not-recorded', 'info']]);
    expect(r.feedbackTotals.accepted).toBe(1);
    expect(r.feedbackCheck.issues).toEqual([]);
  });

  it('uses a YK_THOI_GIAN raised in the Quy định sheet and says so', () => {
    const r = checkConsultationSheets(consultations([['YK01', 'Dự thảo', '01/06/2026', '30/06/2026', null, null, '02/07/2026']]), null, [],
      ctx('2026-08-01', [{ id: 'YK_THOI_GIAN', value: 30, row: 7 }]));
    expect([r.items[0].status, r.items[0].requiredDays]).toEqual(['short', 30]);
    expect(text(r.findings[0])).toContain('Lấy ý kiến 29 ngày (01/06/2026 – hết 30/06/2026), theo sheet Quy định cần ít nhất 30 ngày');
    expect(r.verdicts[0].label).toBe('Chưa đủ 30 ngày');
  });

  it('reports bad cells with sheet, row and column, and checks the rest', () => {
    const r = checkConsultationSheets(
      consultations([
        ['YK01', 'Dự thảo A', '31/02/2026', '30/06/2026', null, null, null],
        ['YK02', 'Dự thảo B', '30/06/2026', '01/06/2026', null, null, null],
        ['YK03', 'Dự thảo C', '01/06/2026', '30/06/2026', 'sớm', null, '02/07/2026'],
      ]),
      feedback([
        [1, 'YK03', 'hôm qua', 'Ông A', 'Góp ý', 'Tiếp thu', 'Đã sửa', '01/07/2026'],
        [2, 'YK03', '10/06/2026', 'Bà B', 'Góp ý', 'Đồng ý', 'Đã sửa', '01/07/2026'],
      ]), [], ctx('2026-08-01'));
    expect(r.issues.map((i) => [i.sheet, i.row, i.column, i.code])).toEqual([
      ['Lấy ý kiến', 4, 'Từ ngày', 'date-impossible'],
      ['Lấy ý kiến', 6, 'Hạn tổng hợp', 'deadline-unreadable'],
      ['Lấy ý kiến', 5, 'Đến ngày', 'consultation-end-before-start'],
    ]);
    expect(r.feedbackCheck.issues.map((i) => [i.sheet, i.row, i.column, i.code])).toEqual([
      ['Ý kiến', 4, 'Ngày nhận', 'date-invalid'], ['Ý kiến', 5, 'Hướng xử lý', 'vocab-unknown'],
    ]);
    // An unreadable decision is no decision: the row stays pending, worded once (as its input error).
    expect(r.items.map((i) => i.status)).toEqual(['invalid', 'invalid', 'pending-feedback']);
    expect(r.feedbackCheck.verdicts.map((v) => v.label)).toEqual(['Dữ liệu không hợp lệ', 'Hướng xử lý không hợp lệ']);
    expect(r.feedbackCheck.findings).toEqual([]);
    expect(r.items[2].feedback).toEqual({ total: 2, accepted: 1, partlyAccepted: 0, explained: 0, pending: 1 });
  });
});
