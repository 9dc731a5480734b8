import { dueSoon, toIcs } from '../../src/app/check/dueSoon';
import type { CheckReport, ConsultationJson, PostingJson, TaskJson, VoteJson } from '../../src/app/types';

const posting = (o: Partial<PostingJson>) => ({ sheet: 'Công khai', row: 5, title: 'Dự toán ngân sách', start: '2024-02-15', status: 'ongoing', reachedOn: '2024-03-15', publishBy: null, rule: 'CK_NIEM_YET', ...o } as PostingJson);
const report = (o: Partial<CheckReport>): Pick<CheckReport, 'postings' | 'tasks' | 'consultations' | 'votes'> => ({ postings: [], tasks: [], consultations: [], votes: [], ...o });
const asOf = { y: 2024, m: 3, d: 6 };

describe('dueSoon', () => {
  it('lists what falls due in the 14 days from the as-of date, soonest first, each with its legal basis', () => {
    const items = dueSoon(report({
      postings: [posting({}), posting({ row: 6, reachedOn: '2024-04-30' }), posting({ row: 7, status: 'planned', start: null, publishBy: '2024-03-08' })],
      tasks: [{ sheet: 'Kế hoạch', row: 3, title: 'Tổ chức hội nghị', due: '2024-03-06', status: 'due-soon' } as TaskJson,
        { sheet: 'Kế hoạch', row: 4, title: 'Đã xong', due: '2024-03-07', status: 'done-on-time' } as TaskJson],
      consultations: [{ sheet: 'Lấy ý kiến', row: 2, subject: 'Dự thảo quy ước', to: '2024-03-19', status: 'ongoing', synthesisDue: '2024-03-25', synthesisSource: 'deadline' } as ConsultationJson],
      votes: [{ sheet: 'Biểu quyết', row: 2, title: 'Làm đường thôn', sendBy: '2024-03-11', sentToCommune: null } as VoteJson],
    }), asOf);
    expect(items.map((i) => [i.kind, i.date, i.inDays, i.basis])).toEqual([
      ['task', '2024-03-06', 0, 'Kế hoạch của đơn vị; Luật 10/2022/QH15, Điều 14 khoản 1'],
      ['publish-by', '2024-03-08', 2, 'Luật 10/2022/QH15, Điều 12 khoản 3'],
      ['vote-send', '2024-03-11', 5, 'Luật 10/2022/QH15, Điều 20 khoản 3'],
      ['posting-until', '2024-03-15', 9, 'Luật 10/2022/QH15, Điều 13 khoản 2'],
      ['consultation-ends', '2024-03-19', 13, 'Luật 10/2022/QH15, Điều 28 khoản 2'],
    ]);
  });

  it('lists the synthesis deadline of a consultation not yet synthesised (Luật 10/2022/QH15, Điều 28 khoản 3)', () => {
    const c = (o: Partial<ConsultationJson>) => ({ sheet: 'Lấy ý kiến', row: 2, subject: 'Dự thảo quy ước', to: '2024-03-05', status: 'met', pending: 2, synthesisDue: '2024-03-11', synthesisSource: 'deadline', ...o } as ConsultationJson);
    const items = dueSoon(report({ consultations: [c({}), c({ row: 3, synthesisSource: 'assumed', synthesisDue: '2024-03-06', status: 'planned', pending: 0 }),
      c({ row: 4, synthesisSource: 'synthesized' }), c({ row: 5, pending: 0 }), c({ row: 6, synthesisDue: null })] }), asOf);
    expect(items.map((i) => [i.kind, i.row, i.date, i.inDays, i.basis])).toEqual([
      ['synthesis-due', 3, '2024-03-06', 0, 'Luật 10/2022/QH15, Điều 28 khoản 3; Điều 11 khoản 11'],
      ['synthesis-due', 2, '2024-03-11', 5, 'Luật 10/2022/QH15, Điều 28 khoản 3; Điều 11 khoản 11'],
    ]);
  });

  it('leaves out what is past, beyond the window, done or sent', () => {
    expect(dueSoon(report({
      postings: [posting({ reachedOn: '2024-03-05' }), posting({ reachedOn: '2024-03-20' })],
      votes: [{ sheet: 'Biểu quyết', row: 2, title: 'x', sendBy: '2024-03-08', sentToCommune: '2024-03-07' } as VoteJson],
    }), asOf)).toEqual([]);
  });
});

describe('toIcs', () => {
  it('writes all-day events that end the next day, with text escaped and long lines folded', () => {
    const [item] = dueSoon(report({ postings: [posting({ title: 'Dự toán; quyết toán, năm 2024 '.repeat(4) })] }), asOf);
    const ics = toIcs([item], { summary: (i) => `Giữ niêm yết: ${i.title}`, description: (i) => i.basis }, '20240306T000000Z');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20240315\r\nDTEND;VALUE=DATE:20240316\r\n');
    expect(ics).toContain('Dự toán\\; quyết toán\\, năm 2024');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
  });
});
