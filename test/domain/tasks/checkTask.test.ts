import type { LocalDate } from '../../../src/domain/calendar/localDate';
import { checkTask, type TaskRow, type TaskStatus } from '../../../src/domain/tasks/checkTask';
import { taskLabel, taskVerdictSeverity } from '../../../src/domain/tasks/labels';

const day = (d: number, m: number, y: number): LocalDate => ({ y, m, d });
const asOf = day(12, 6, 2024);

const task = (due: string | LocalDate | null, completed: LocalDate | null = null, extra: Partial<TaskRow> = {}): TaskRow => ({
  sheet: 'Kế hoạch', row: 5, title: 'Báo cáo 6 tháng',
  due, dueText: typeof due === 'string' ? due : due && `${due.d}/${due.m}/${due.y}`,
  completed, hasResult: false, badDue: false, badCompleted: false, ...extra,
});

const check = (t: TaskRow, reportYear: number | null = 2024) => checkTask(t, { asOf, reportYear });

describe('checkTask (SCHEMA.md, task status) as of 12/06/2024', () => {
  // [case, Thời hạn, Ngày hoàn thành, status, days, label]
  const cases: [string, string | LocalDate | null, LocalDate | null, TaskStatus, number | null, string][] = [
    ['done before the due day', 'trước ngày 01/6/2024', day(20, 5, 2024), 'done-on-time', null, 'Hoàn thành đúng hạn'],
    ['completed on the due day', day(31, 5, 2024), day(31, 5, 2024), 'done-on-time', null, 'Hoàn thành đúng hạn'],
    ['completed one day after «trước ngày» (strictly before)', 'trước ngày 01/6/2024', day(1, 6, 2024), 'done-late', 1, 'Hoàn thành muộn 1 ngày'],
    ['completed 3 days late', 'chậm nhất ngày 05/6/2024', day(8, 6, 2024), 'done-late', 3, 'Hoàn thành muộn 3 ngày'],
    ['not completed, 12 days past', 'trước ngày 01/6/2024', null, 'overdue', 12, 'Quá hạn 12 ngày'],
    ['not completed, due yesterday', day(11, 6, 2024), null, 'overdue', 1, 'Quá hạn 1 ngày'],
    ['due on the as-of day', day(12, 6, 2024), null, 'due-soon', 0, 'Đến hạn hôm nay'],
    ['due in 5 days', 'trong ngày 17/6/2024', null, 'due-soon', 5, 'Còn 5 ngày'],
    ['due in exactly 7 days', day(19, 6, 2024), null, 'due-soon', 7, 'Còn 7 ngày'],
    ['due in 8 days', day(20, 6, 2024), null, 'open', 8, 'Chưa đến hạn'],
    ['due at the end of the quarter', 'Quý III/2024', null, 'open', 110, 'Chưa đến hạn'],
    ['ongoing work', 'Thường xuyên', null, 'no-deadline', null, 'Không có thời hạn'],
    ['ongoing work, completed anyway', 'Thường xuyên', day(1, 6, 2024), 'no-deadline', null, 'Không có thời hạn'],
    ['periodic', 'Định kỳ và khi có yêu cầu', null, 'no-deadline', null, 'Không có thời hạn'],
    ['a start only', 'Từ Quý III năm 2024', null, 'no-deadline', null, 'Không có thời hạn'],
    ['blank', null, null, 'no-deadline', null, 'Chưa ghi thời hạn'],
    ['an unreadable phrase', 'sớm nhất có thể', null, 'invalid', null, 'Thời hạn không đọc được'],
  ];
  it.each(cases)('%s: %j → %s', (_, due, completed, status, days, label) => {
    const v = check(task(due, completed));
    expect([v.status, v.days, taskLabel(v)]).toEqual([status, days, label]);
  });

  it('keeps the start of a start-only phrase and of a range', () => {
    expect(check(task('Từ Quý III năm 2024')).start).toEqual(day(1, 7, 2024));
    const range = check(task('từ 01/6/2024 đến hết 20/6/2024'));
    expect([range.start, range.due, range.status]).toEqual([day(1, 6, 2024), day(20, 6, 2024), 'open']);
  });

  it('gives overdue an error finding with the phrase, the due day and the days', () => {
    const v = check(task('trước ngày 01/6/2024'));
    expect(v.findings).toEqual([{
      sheet: 'Kế hoạch', row: 5, rule: 'KH_THOI_HAN', severity: 'error', code: 'KH_THOI_HAN.overdue',
      params: { title: 'Báo cáo 6 tháng', dueText: 'trước ngày 01/6/2024', due: '31/05/2024', asOf: '12/06/2024', completed: null, days: 12 },
    }]);
    expect(taskVerdictSeverity(v)).toBe('error');
  });

  it('grades findings: done-late a warning, due-soon info, on time and open none', () => {
    const codes = (t: TaskRow) => check(t).findings.map((f) => [f.code, f.severity]);
    expect(codes(task(day(5, 6, 2024), day(8, 6, 2024)))).toEqual([['KH_THOI_HAN.done-late', 'warning']]);
    expect(codes(task(day(15, 6, 2024)))).toEqual([['KH_THOI_HAN.due-soon', 'info']]);
    expect(codes(task(day(15, 6, 2024), day(10, 6, 2024)))).toEqual([]);
    expect(codes(task(day(30, 9, 2024)))).toEqual([]);
    expect(codes(task('Thường xuyên'))).toEqual([]);
  });

  it('says «chưa ghi thời hạn» as info for a blank Thời hạn, not an error', () => {
    const v = check(task(null));
    expect([v.reason, v.deadlineError, v.findings.map((f) => [f.code, f.severity])]).toEqual(['blank', null, [['KH_THOI_HAN.blank', 'info']]]);
    expect(taskVerdictSeverity(v)).toBe('info');
  });

  it('notes a result without a completion date, and keeps the status by the dates', () => {
    const v = check(task('trước ngày 01/6/2024', null, { hasResult: true }));
    expect(v.status).toBe('overdue');
    expect(v.findings.map((f) => f.code)).toEqual(['KH_THOI_HAN.overdue', 'KH_THOI_HAN.result-undated']);
    // Ongoing work reports results without dates all the time: nothing to prove there.
    expect(check(task('Thường xuyên', null, { hasResult: true })).findings).toEqual([]);
  });

  it('does not take a completion date after the as-of day as done', () => {
    const v = check(task(day(10, 6, 2024), day(20, 6, 2024)));
    expect([v.status, v.days, v.completed]).toEqual(['overdue', 2, null]);
    expect(v.findings.map((f) => [f.code, f.severity])).toEqual([['KH_THOI_HAN.completed-future', 'warning'], ['KH_THOI_HAN.overdue', 'error']]);
  });

  it('puts a yearly deadline in the report year', () => {
    const v = checkTask(task('Hằng năm, trước ngày 01 tháng 11'), { asOf: day(1, 12, 2025), reportYear: 2025 });
    expect([v.status, v.due, v.days]).toEqual(['overdue', day(31, 10, 2025), 31]);
    expect(checkTask(task('trước ngày 15/10'), { asOf: day(1, 10, 2025), reportYear: 2025 }).due).toEqual(day(14, 10, 2025));
  });

  it('turns a yearly deadline without a report year into the parser error, never a silent no-deadline', () => {
    const v = check(task('trước ngày 15/10'), null);
    expect([v.status, v.reason, v.deadlineError?.code, v.deadlineError?.phrase]).toEqual(['invalid', 'bad-deadline', 'deadline-needs-year', 'trước ngày 15/10']);
  });

  it('quotes an unreadable phrase in its error', () => {
    expect(check(task('sớm nhất có thể')).deadlineError).toEqual({ code: 'deadline-unreadable', phrase: 'sớm nhất có thể', params: {} });
  });

  it('marks a row invalid when a cell could not be read, yet keeps its due day', () => {
    const v = check(task('trước ngày 01/6/2024', null, { badCompleted: true }));
    expect([v.status, v.reason, v.due, taskLabel(v)]).toEqual(['invalid', 'bad-completed', day(31, 5, 2024), 'Ngày hoàn thành không đọc được']);
    expect(check(task(null, null, { badDue: true, dueText: '31/02/2024' })).reason).toBe('bad-deadline');
  });

  it('never mutates its input', () => {
    const t = Object.freeze(task('trước ngày 01/6/2024', day(3, 6, 2024), { hasResult: true }));
    expect(() => check(t)).not.toThrow();
  });
});
