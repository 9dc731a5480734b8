import { parseIso, type LocalDate } from '../../../src/domain/calendar/localDate';
import { buildWorkCalendar } from '../../../src/domain/calendar/workingDays';
import { findingMessage } from '../../../src/domain/messages';
import { checkTimeliness } from '../../../src/domain/postings/timeliness';
import type { PostingRow } from '../../../src/domain/postings/types';
import { resolveRules } from '../../../src/domain/rules/resolve';

const day = (iso: string): LocalDate => parseIso(iso)!;
const law = resolveRules([], 'Quy định').rules;
const cal = buildWorkCalendar();

const row = (documentDate: string | null, start: string | null): PostingRow => ({
  sheet: 'Công khai', row: 4, title: 'Dự toán', clause: 2, form: 'niem-yet', formText: 'Niêm yết',
  documentDate: documentDate ? day(documentDate) : null, start: start ? day(start) : null, end: null,
  requiredDaysOverride: null, hasBadCells: false,
});

describe('checkTimeliness (Luật 10/2022/QH15, Điều 12 khoản 3)', () => {
  const cases: [string, string, string][] = [
    ['an ordinary week', '2024-02-28', '2024-03-06'],
    ['across the Tết Giáp Thìn block (8–14/02/2024)', '2024-02-07', '2024-02-21'],
    ['across 27/4–1/5/2024, counting the make-up Saturday 4/5', '2024-04-26', '2024-05-07'],
    ['across New Year 2024', '2023-12-28', '2024-01-05'],
  ];
  it.each(cases)('gives 5 working days %s', (_name, doc, by) => {
    expect(checkTimeliness(row(doc, null), 'commune', law, cal, day(doc)).publishBy).toEqual(day(by));
  });

  it('is timely when the posting starts by the last day', () => {
    expect(checkTimeliness(row('2024-02-07', '2024-02-21'), 'commune', law, cal, day('2024-03-01'))).toMatchObject({ timely: true, late: null });
  });

  it('says how many working days late a posting started, with the article', () => {
    const t = checkTimeliness(row('2024-02-07', '2024-02-23'), 'commune', law, cal, day('2024-03-01'));
    expect(t.timely).toBe(false);
    expect(findingMessage({ rule: t.rule, ...t.late! })).toBe('Công khai chậm: bắt đầu ngày 23/02/2024, hạn chậm nhất là ngày 21/02/2024 (5 ngày làm việc kể từ ngày văn bản 07/02/2024, Luật 10/2022/QH15, Điều 12 khoản 3); chậm 2 ngày làm việc.');
  });

  it('flags a document not yet published once its day has passed, and waits before that', () => {
    expect(checkTimeliness(row('2024-02-07', null), 'commune', law, cal, day('2024-02-22')).timely).toBe(false);
    expect(checkTimeliness(row('2024-02-07', null), 'commune', law, cal, day('2024-02-21')).timely).toBeNull();
  });

  it('uses the agency rule for cơ quan, đơn vị sự nghiệp (Điều 47 khoản 2)', () => {
    expect(checkTimeliness(row('2024-02-28', '2024-03-01'), 'agency', law, cal, day('2024-03-01')).rule).toBe('CQ_THOI_DIEM');
  });

  it('follows the user’s Ngày nghỉ: a day they add off moves the deadline', () => {
    const withExtra = buildWorkCalendar(undefined, [
      ...[8, 9, 10, 11, 12, 13, 14].map((d) => ({ date: { y: 2024, m: 2, d }, kind: 'day-off' as const })),
      { date: { y: 2024, m: 2, d: 15 }, kind: 'day-off' as const, name: 'Nghỉ thêm' },
    ]);
    expect(checkTimeliness(row('2024-02-07', null), 'commune', law, withExtra, day('2024-02-07')).publishBy).toEqual(day('2024-02-22'));
  });

  it('has nothing to say without a document date', () => {
    expect(checkTimeliness(row(null, '2024-02-21'), 'commune', law, cal, day('2024-03-01'))).toMatchObject({ publishBy: null, timely: null });
  });
});
