import { checkPlanSheet } from '../../src/app/check/tasks';
import type { CheckContext } from '../../src/app/check/tableCheck';
import { toExcelSerial, type LocalDate } from '../../src/domain/calendar/localDate';
import { buildWorkCalendar } from '../../src/domain/calendar/workingDays';
import { issueMessage } from '../../src/domain/messages';
import { resolveRules } from '../../src/domain/rules/resolve';
import { TASK_MESSAGES } from '../../src/domain/tasks/messages';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';

const day = (d: number, m: number, y: number): LocalDate => ({ y, m, d });
const ctx = (asOf: LocalDate, reportYear: number | null = null): CheckContext => ({
  asOf, reportYear, unit: 'commune', rules: resolveRules([], 'Quy định').rules, calendar: buildWorkCalendar(),
});

const HEADER = ['STT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Thời hạn', 'Ngày hoàn thành', 'Kết quả', 'Ghi chú'];
/** A plan sheet as staff keep it: a merged title, a blank line, the header on row 3, data from row 4. */
const plan = (rows: [CellValue, CellValue?, CellValue?][], header = HEADER): SheetGrid => ({
  name: 'Kế hoạch', firstRow: 1, firstColumn: 1, tables: [],
  values: [
    ['KẾ HOẠCH THỰC HIỆN DÂN CHỦ Ở CƠ SỞ NĂM 2024', null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
    header,
    ...rows.map(([due, completed, result], i): CellValue[] =>
      [i + 1, `Công việc ${i + 1}`, 'Văn phòng UBND', due, completed ?? null, result ?? null, null]),
  ],
});

describe('checkPlanSheet (sheet «Kế hoạch»)', () => {
  // SCHEMA.md, "Counting": every phrase row of the deadline table, typed into `Thời hạn`.
  const phrases: [CellValue, string, string | null, string | null][] = [
    [day(10, 6, 2026), '10/06/2026', '2026-06-10', null],
    [toExcelSerial(day(10, 6, 2026)), '10/06/2026', '2026-06-10', null],
    ['10/6/2026', '10/6/2026', '2026-06-10', null],
    ['chậm nhất ngày 10/6/2026', 'chậm nhất ngày 10/6/2026', '2026-06-10', null],
    ['trong ngày 08/6/2026', 'trong ngày 08/6/2026', '2026-06-08', null],
    ['đến hết ngày 06/03/2024', 'đến hết ngày 06/03/2024', '2024-03-06', null],
    ['trước ngày 05/9/2024', 'trước ngày 05/9/2024', '2024-09-04', null],
    ['trước tháng 4/2024', 'trước tháng 4/2024', '2024-03-31', null],
    ['tháng 4/2024', 'tháng 4/2024', '2024-04-30', null],
    ['trong tháng 4 năm 2024', 'trong tháng 4 năm 2024', '2024-04-30', null],
    ['Quý III/2024', 'Quý III/2024', '2024-09-30', null],
    ['quý 3 năm 2024', 'quý 3 năm 2024', '2024-09-30', null],
    ['6 tháng đầu năm 2023', '6 tháng đầu năm 2023', '2023-06-30', null],
    ['đầu tháng 5/2024', 'đầu tháng 5/2024', '2024-05-01', null],
    ['giữa tháng 5/2024', 'giữa tháng 5/2024', '2024-05-15', null],
    ['cuối tháng 5/2024', 'cuối tháng 5/2024', '2024-05-31', null],
    ['giữa năm 2024', 'giữa năm 2024', '2024-06-30', null],
    ['kỳ họp định kỳ giữa năm 2024', 'kỳ họp định kỳ giữa năm 2024', '2024-06-30', null],
    ['cuối năm 2024', 'cuối năm 2024', '2024-12-31', null],
    ['năm 2024', 'năm 2024', '2024-12-31', null],
    ['Hằng năm, trước ngày 01 tháng 11', 'Hằng năm, trước ngày 01 tháng 11', '2024-10-31', null],
    ['trước ngày 15/10', 'trước ngày 15/10', '2024-10-14', null],
    ['Từ Quý III năm 2024', 'Từ Quý III năm 2024', null, '2024-07-01'],
    ['Thường xuyên', 'Thường xuyên', null, null],
    ['Thường xuyên trong năm 2025', 'Thường xuyên trong năm 2025', null, null],
    ['Định kỳ và khi có yêu cầu', 'Định kỳ và khi có yêu cầu', null, null],
    ['Theo kế hoạch của UBND huyện', 'Theo kế hoạch của UBND huyện', null, null],
  ];

  it('reads every deadline phrase of SCHEMA.md into its due day, with no input error', () => {
    const result = checkPlanSheet(plan(phrases.map(([cell]) => [cell])), ctx(day(1, 1, 2020), 2024));
    expect(result.issues).toEqual([]);
    expect(result.items.map((t) => [t.dueText, t.due, t.start])).toEqual(phrases.map(([, text, due, start]) => [text, due, start]));
    expect(result.items.map((t) => t.status)).toEqual(phrases.map(([, , due]) => (due ? 'open' : 'no-deadline')));
  });

  it('reads the task deadlines of the seed plans', () => {
    const seeds: [string, string | null, string][] = [
      ['trước ngày 10/6/2026', '2026-06-09', 'due-soon'],
      ['trong ngày 08/6/2026', '2026-06-08', 'due-soon'],
      ['thường xuyên trong năm 2025', null, 'no-deadline'],
      ['06 tháng đầu năm gửi trước ngày 01/6/2023', '2023-05-31', 'overdue'],
      // Seed 003 gives two deadlines in one sentence: the earlier one decides.
      ['định kỳ báo cáo 06 tháng đầu năm gửi trước ngày 01/6/2023, báo cáo năm gửi trước ngày 15/10/2023', '2023-05-31', 'overdue'],
    ];
    const result = checkPlanSheet(plan(seeds.map(([cell]) => [cell])), ctx(day(5, 6, 2026), 2026));
    expect(result.issues).toEqual([]);
    expect(result.items.map((t) => [t.due, t.status])).toEqual(seeds.map(([, due, status]) => [due, status]));
    expect(result.items.map((t) => t.days)).toEqual([4, 3, null, 1101, 1101]);
  });

  it('puts a yearly deadline in report year 2025 and judges it as of the as-of day', () => {
    const result = checkPlanSheet(plan([['Hằng năm, trước ngày 01 tháng 11', day(3, 11, 2025)], ['trước ngày 15/10']]), ctx(day(20, 10, 2025), 2025));
    expect(result.items.map((t) => [t.due, t.completed, t.status, t.days])).toEqual([
      ['2025-10-31', '2025-11-03', 'open', 11], // completed after the as-of day: not done yet
      ['2025-10-14', null, 'overdue', 6],
    ]);
  });

  it('reports a yearly deadline without a report year as an input error, never as no deadline', () => {
    const result = checkPlanSheet(plan([['trước ngày 15/10']]), ctx(day(20, 10, 2025)));
    expect(result.items[0].status).toBe('invalid');
    expect(result.issues.map((i) => [i.code, i.row, i.column])).toEqual([['deadline-needs-year', 4, 'Thời hạn']]);
  });

  it('quotes an unreadable phrase in its input error, with sheet, row and the column as written', () => {
    const header = HEADER.map((h) => (h === 'Thời hạn' ? 'Thời gian thực hiện' : h));
    const result = checkPlanSheet(plan([['Quý III/2024'], ['khi nào xong thì thôi']], header), ctx(day(12, 6, 2024), 2024));
    expect(result.items.map((t) => t.status)).toEqual(['open', 'invalid']);
    expect(result.issues).toHaveLength(1);
    const issue = result.issues[0];
    expect([issue.code, issue.severity, issue.sheet, issue.row, issue.column, issue.value]).toEqual(
      ['deadline-unreadable', 'error', 'Kế hoạch', 5, 'Thời gian thực hiện', 'khi nào xong thì thôi']);
    expect(issueMessage(issue)).toContain('"khi nào xong thì thôi"');
    expect(issueMessage(issue)).toContain('(sheet Kế hoạch, dòng 5, cột Thời gian thực hiện)');
    expect(result.verdicts[1]).toEqual({ sheet: 'Kế hoạch', row: 5, label: 'Thời hạn không đọc được', severity: 'error' });
  });

  it('reports a bad completion date and still checks the rest of the table', () => {
    const result = checkPlanSheet(plan([
      ['trước ngày 01/6/2024', '31/02/2024'],
      ['trước ngày 01/6/2024', '03/06/2024'],
      ['trước ngày 01/6/2024'],
    ]), ctx(day(12, 6, 2024), 2024));
    expect(result.issues.map((i) => [i.code, i.row, i.column, i.value])).toEqual([['date-impossible', 4, 'Ngày hoàn thành', '31/02/2024']]);
    expect(result.items.map((t) => [t.status, t.due, t.days])).toEqual([
      ['invalid', '2024-05-31', null], ['done-late', '2024-05-31', 3], ['overdue', '2024-05-31', 12],
    ]);
    expect(result.verdicts.map((v) => v.label)).toEqual(['Ngày hoàn thành không đọc được', 'Hoàn thành muộn 3 ngày', 'Quá hạn 12 ngày']);
  });

  it('explains an overdue task in Vietnamese with the phrase, the due day and the days', () => {
    const result = checkPlanSheet(plan([['trước ngày 01/6/2024', null, 'Đã dự thảo']]), ctx(day(12, 6, 2024), 2024));
    expect(result.findings.map((f) => [f.row, f.rule, f.severity, TASK_MESSAGES[f.code](f.params)])).toEqual([
      [4, 'KH_THOI_HAN', 'error', 'Quá hạn 12 ngày: thời hạn theo kế hoạch «trước ngày 01/6/2024» (hết ngày 31/05/2024), đến ngày 12/06/2024 chưa ghi ngày hoàn thành.'],
      [4, 'KH_THOI_HAN', 'info', expect.stringContaining('Đã ghi kết quả nhưng chưa ghi ngày hoàn thành') as string],
    ]);
  });

  it('gives every row a verdict label and keeps the table place for the status column', () => {
    const result = checkPlanSheet(plan([
      [day(31, 5, 2024), day(31, 5, 2024)], [day(17, 6, 2024)], [day(30, 9, 2024)], ['Thường xuyên'], [null, null, 'Đã tổ chức'],
    ]), ctx(day(12, 6, 2024), 2024));
    expect(result.verdicts.map((v) => [v.row, v.label, v.severity])).toEqual([
      [4, 'Hoàn thành đúng hạn', 'ok'], [5, 'Còn 5 ngày', 'info'], [6, 'Chưa đến hạn', 'ok'],
      [7, 'Không có thời hạn', 'ok'], [8, 'Chưa ghi thời hạn', 'info'],
    ]);
    expect(result.findings.map((f) => [f.row, f.code])).toEqual([[5, 'KH_THOI_HAN.due-soon'], [8, 'KH_THOI_HAN.blank']]);
    expect(result.place).toEqual({ sheet: 'Kế hoạch', headerRow: 3, lastColumn: 7, rows: [4, 5, 6, 7, 8] });
  });

  it('treats a missing or empty sheet as nothing to check, not an error', () => {
    const nothing = { items: [], records: [], findings: [], issues: [], verdicts: [], place: null };
    expect(checkPlanSheet(null, ctx(day(12, 6, 2024)))).toEqual(nothing);
    const empty: SheetGrid = { name: 'Kế hoạch', firstRow: 1, firstColumn: 1, values: [[null, ' ']], tables: [] };
    expect(checkPlanSheet(empty, ctx(day(12, 6, 2024)))).toEqual(nothing);
  });

  it('says once that the sheet has no Thời hạn column instead of flagging every row', () => {
    const header = HEADER.map((h) => (h === 'Thời hạn' ? 'Cột lạ' : h));
    const result = checkPlanSheet(plan([['x'], ['y']], header), ctx(day(12, 6, 2024)));
    expect(result.items.map((t) => t.status)).toEqual(['no-deadline', 'no-deadline']);
    expect(result.findings.map((f) => [f.row, f.code, f.severity])).toEqual([[null, 'KH_THOI_HAN.no-due-column', 'warning']]);
  });
});
