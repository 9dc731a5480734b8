import { extractPlan } from '../../../src/domain/plan/extractPlan';
import { issueText } from '../../../src/domain/messages';
import { ALL_CASES } from './planCases';
import { comparable } from './planJson';

describe('extractPlan: the hand-written extraction of each plan', () => {
  it.each(ALL_CASES.map((c) => [c.name, c] as const))('reads %s', (_name, c) => {
    expect(comparable(extractPlan(c.text))).toEqual(c.expected);
  });

  it.each(ALL_CASES.map((c) => [c.name, c] as const))('keeps, for every item of %s, an excerpt holding its dates', (_name, c) => {
    const r = extractPlan(c.text);
    for (const t of r.tasks) {
      expect(t.excerpt.length).toBeGreaterThan(0);
      if (t.dueText) expect(t.excerpt.replace(/\s*\|\s*/g, ' ')).toContain(t.dueText);
    }
    for (const item of [...r.postings, ...r.consultations]) expect(item.excerpt).toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
  });
});

describe('extractPlan: nothing invented', () => {
  it('keeps an unreadable deadline as the plan wrote it, with an input error quoting it', () => {
    const r = extractPlan('KẾ HOẠCH\nTập huấn năm 2024\n1. Tập huấn cán bộ\nThời gian thực hiện: sớm nhất có thể');
    expect(r.tasks[0]).toMatchObject({ dueText: 'sớm nhất có thể', due: null, start: null });
    expect(r.issues).toEqual([{ code: 'deadline-unreadable', severity: 'error', line: 4, value: 'sớm nhất có thể' }]);
    expect(issueText({ ...r.issues[0], sheet: '', row: null, column: null })).toContain('"sớm nhất có thể"');
  });

  it('reads a deadline without a year in the plan\'s year, never in the current one', () => {
    const r = extractPlan('Hòa Phú, ngày 10 tháng 01 năm 2025\nKẾ HOẠCH\nTập huấn\n1. Tập huấn\nThời hạn: trước ngày 15/10');
    expect(r.tasks[0].due).toEqual({ y: 2025, m: 10, d: 14 });
  });

  it('takes no document date for a deadline: «Kế hoạch số 52/KH-UBND ngày 14/3/2023»', () => {
    const r = extractPlan('KẾ HOẠCH\nA\nI. NỘI DUNG\n1. Thực hiện Kế hoạch số 52/KH-UBND ngày 14/3/2023 của UBND thành phố.\nLuật có hiệu lực từ ngày 01/7/2023.');
    expect(r.tasks).toEqual([]);
    expect(r.issues.map((i) => i.code)).toEqual(['plan-no-year', 'plan-nothing-found']);
  });

  it('reads «thường xuyên trong năm 2025» in a sentence as ongoing, not as due on 31/12/2025', () => {
    const r = extractPlan('KẾ HOẠCH\nA năm 2025\nI. NỘI DUNG\nTuyên truyền thường xuyên trong năm 2025; báo cáo trước ngày 10/12/2025.');
    expect(r.tasks.map((t) => t.dueText)).toEqual(['trước ngày 10/12/2025']);
  });

  it('reads a markdown table pasted as text', () => {
    const r = extractPlan('KẾ HOẠCH\nA năm 2024\n| STT | Nhiệm vụ | Chủ trì | Thời hạn |\n|---|---|---|---|\n| 1 | Tập huấn | Văn phòng | tháng 4/2024 |');
    expect(r.tasks).toEqual([expect.objectContaining({ section: '1', title: 'Tập huấn', lead: 'Văn phòng', dueText: 'tháng 4/2024', due: { y: 2024, m: 4, d: 30 } })]);
  });

  it('reads nothing from an empty text, and says so', () => {
    const r = extractPlan('');
    expect(r.tasks).toEqual([]);
    expect(r.issues.map((i) => i.code)).toEqual(['plan-no-year', 'plan-nothing-found']);
  });
});
