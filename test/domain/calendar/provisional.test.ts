import { daysOffFor, type YearDaysOff } from '../../../src/domain/calendar/holidays';
import { formatIso, type LocalDate } from '../../../src/domain/calendar/localDate';
import { isProvisionalName, provisionalDaysOff, provisionalName } from '../../../src/domain/calendar/provisional';
import { buildWorkCalendar, isWorkingDay, type UserDayRow } from '../../../src/domain/calendar/workingDays';
import { findingMessage } from '../../../src/domain/messages';
import { checkTimeliness } from '../../../src/domain/postings/timeliness';
import { resolveRules } from '../../../src/domain/rules/resolve';
import { checkSending } from '../../../src/domain/votes/sending';

// Issue 14, item 8: provisional calendars are marked provisional everywhere (RULES.md, corrections).
const d = (y: number, m: number, day: number): LocalDate => ({ y, m, d: day });

/** 2027 as if its official notice had been built in since the rows were written: Tết off 4–10/2. */
const official2027 = (year: number): YearDaysOff => (year === 2027
  ? { year, source: 'Thông báo chính thức (thử)', provisional: false, makeUpWorkdays: [],
    daysOff: [d(2027, 1, 1), d(2027, 2, 4), d(2027, 2, 5), d(2027, 2, 8), d(2027, 2, 9), d(2027, 2, 10)].map((date) => ({ date, name: 'Nghỉ' })) }
  : daysOffFor(year));

/** What the template wrote into `Ngày nghỉ` for 2027 before the notice: the computed list, marked. */
const written2027: UserDayRow[] = daysOffFor(2027).daysOff.map((x) => ({ date: x.date, kind: 'day-off', name: provisionalName(x.name) }));

describe('provisional days off (Bộ luật Lao động 2019, Điều 112; no official notice for 2027)', () => {
  it('marks a computed year provisional and an official one not (2026: TB 9441/TB-BNV, CV 12729/VPCP-KGVX)', () => {
    expect(daysOffFor(2027).provisional).toBe(true);
    expect(daysOffFor(2026).provisional).toBe(false);
  });
  it('writes and recognises the «(dự kiến)» mark, once', () => {
    expect(provisionalName('Tết Dương lịch')).toBe('Tết Dương lịch (dự kiến)');
    expect(provisionalName('Tết Dương lịch (dự kiến)')).toBe('Tết Dương lịch (dự kiến)');
    expect(isProvisionalName('Tết Dương lịch ( Dự kiến ) ')).toBe(true);
    expect(isProvisionalName('Ngày Văn hóa Việt Nam')).toBe(false);
  });
  it('lists the provisional days a count crosses: Tết 2027 computed, none in official 2026', () => {
    const cal = buildWorkCalendar();
    expect(provisionalDaysOff(cal, d(2027, 2, 1), d(2027, 2, 15)).map(formatIso)).toEqual(
      ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']);
    expect(provisionalDaysOff(cal, d(2026, 2, 1), d(2026, 2, 28))).toEqual([]);
  });
  it('counts the tool’s own «dự kiến» rows as provisional, a person’s own rows as not', () => {
    const cal = buildWorkCalendar(daysOffFor, [...written2027, { date: d(2027, 11, 24), kind: 'day-off', name: 'Ngày Văn hóa Việt Nam' }]);
    const days = provisionalDaysOff(cal, d(2027, 1, 1), d(2027, 12, 31)).map(formatIso);
    expect(days).toContain('2027-02-05');
    expect(days).not.toContain('2027-11-24');
  });
  it('replaces the tool’s provisional rows by a newer official list, and keeps a person’s own row', () => {
    const own: UserDayRow = { date: d(2027, 11, 24), kind: 'day-off', name: 'Ngày Văn hóa Việt Nam' };
    const cal = buildWorkCalendar(official2027, [...written2027, own]);
    expect(isWorkingDay(cal, d(2027, 2, 4))).toBe(false); // official, not in the computed list
    expect(isWorkingDay(cal, d(2027, 2, 11))).toBe(true); // computed only: gone with the notice
    expect(isWorkingDay(cal, d(2027, 11, 24))).toBe(false); // the person's row still wins
    expect(provisionalDaysOff(cal, d(2027, 1, 1), d(2027, 12, 31))).toEqual([]);
  });
  it('leaves a workbook whose 2027 rows are all a person’s own as it is', () => {
    const cal = buildWorkCalendar(official2027, [{ date: d(2027, 2, 11), kind: 'day-off', name: 'Tết' }]);
    expect(isWorkingDay(cal, d(2027, 2, 11))).toBe(false);
    expect(isWorkingDay(cal, d(2027, 2, 4))).toBe(true);
  });
});

describe('verdicts that depend on a provisional day say so (Luật 10/2022/QH15, Điều 12 khoản 3; Điều 20 khoản 3)', () => {
  const rules = resolveRules([], 'Quy định').rules;
  const cal = buildWorkCalendar();
  it('marks a publication deadline counted over Tết 2027 «dự kiến»', () => {
    const posting = {
      sheet: 'Công khai', row: 5, title: 'x', clause: 2, form: 'niem-yet' as const, formText: 'Niêm yết',
      documentDate: d(2027, 2, 3), start: d(2027, 3, 1), end: null, requiredDaysOverride: null, hasBadCells: false,
    };
    const t = checkTimeliness(posting, 'commune', rules, cal, d(2027, 3, 10));
    expect(findingMessage({ rule: t.rule, ...t.late! })).toContain('lịch nghỉ dự kiến năm 2027 (chưa có thông báo chính thức): kết luận này là dự kiến.');
    const t2026 = checkTimeliness({ ...posting, documentDate: d(2026, 2, 3), start: d(2026, 3, 1) }, 'commune', rules, cal, d(2026, 3, 10));
    expect(findingMessage({ rule: t2026.rule, ...t2026.late! })).not.toContain('dự kiến');
  });
  it('marks a vote’s sending deadline counted over Tết 2027 «dự kiến»', () => {
    const vote = {
      sheet: 'Biểu quyết', row: 4, title: 'x', kind: 'contribution' as const, method: 'meeting' as const, date: d(2027, 2, 3),
      households: 10, participants: 10, agree: 9, sentToCommune: null, unreadable: [],
    };
    const s = checkSending(vote, true, { asOf: d(2027, 3, 1), rules, calendar: cal });
    expect(findingMessage(s.finding!)).toMatch(/dự kiến\.$/);
  });
});
