import type { LocalDate } from '../../../src/domain/calendar/localDate';
import { buildWorkCalendar } from '../../../src/domain/calendar/workingDays';
import { findingMessage } from '../../../src/domain/messages';
import { checkTask, type TaskRow } from '../../../src/domain/tasks/checkTask';

// Issue 14, item 5: a time limit for doing something whose last day is a day off ends on the next
// working day (Bộ luật Dân sự 2015, Điều 148 khoản 5).
const day = (d: number, m: number, y: number): LocalDate => ({ y, m, d });
const task = (due: string, completed: LocalDate | null = null): TaskRow => ({
  sheet: 'Kế hoạch', row: 9, title: 'Báo cáo quý III', due, dueText: due, completed, hasResult: false, badDue: false, badCompleted: false,
});

describe('plan deadlines on a day off (Bộ luật Dân sự 2015, Điều 148 khoản 5)', () => {
  it('ends «chậm nhất ngày 31/8/2024» (Saturday, then Quốc khánh 31/8–3/9) on Wednesday 04/9/2024', () => {
    const v = checkTask(task('chậm nhất ngày 31/8/2024', day(4, 9, 2024)), { asOf: day(10, 9, 2024), reportYear: 2024 });
    expect([v.status, v.due, v.endsOn]).toEqual(['done-on-time', day(31, 8, 2024), day(4, 9, 2024)]);
  });
  it('counts the days late from the moved end and says why', () => {
    const v = checkTask(task('chậm nhất ngày 31/8/2024', day(6, 9, 2024)), { asOf: day(10, 9, 2024), reportYear: 2024 });
    expect([v.status, v.days]).toEqual(['done-late', 2]);
    expect(findingMessage(v.findings[0])).toBe(
      'Hoàn thành muộn 2 ngày: hoàn thành ngày 06/09/2024, thời hạn theo kế hoạch «chậm nhất ngày 31/8/2024» (hết ngày 04/09/2024; ' +
      'ngày 31/08/2024 là ngày nghỉ nên thời hạn kết thúc vào ngày làm việc tiếp theo, Bộ luật Dân sự 2015, Điều 148 khoản 5).');
  });
  it('leaves a working day as written', () => {
    const v = checkTask(task('trước ngày 05/9/2024'), { asOf: day(10, 9, 2024), reportYear: 2024 });
    expect([v.status, v.due, v.endsOn, v.days]).toEqual(['overdue', day(4, 9, 2024), null, 6]);
  });
  it('follows the workbook’s Ngày nghỉ: a day the unit works is not moved', () => {
    const calendar = buildWorkCalendar(undefined, [{ date: day(2, 9, 2024), kind: 'day-off' }]);
    const v = checkTask(task('30/8/2024'), { asOf: day(10, 9, 2024), reportYear: 2024, calendar });
    expect(v.endsOn).toBeNull(); // the sheet lists 2024 with 2/9 only: Friday 30/8 is a working day
  });
  it('says «dự kiến» when the move crossed a provisional day off (Tết 2027 has no notice yet)', () => {
    const v = checkTask(task('chậm nhất ngày 06/02/2027'), { asOf: day(1, 3, 2027), reportYear: 2027 });
    expect(v.endsOn).not.toBeNull();
    expect(findingMessage(v.findings[0])).toContain('lịch nghỉ dự kiến năm 2027');
  });
});
