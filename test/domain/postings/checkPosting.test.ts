import { parseIso, type LocalDate } from '../../../src/domain/calendar/localDate';
import { checkPosting, countDays } from '../../../src/domain/postings/checkPosting';
import { findingMessage } from '../../../src/domain/messages';
import { explainPosting } from '../../../src/domain/postings/explain';
import { requirementFor } from '../../../src/domain/postings/requirement';
import type { PostingForm, PostingRow, UnitKind } from '../../../src/domain/postings/types';
import { resolveRules } from '../../../src/domain/rules/resolve';

const day = (iso: string): LocalDate => parseIso(iso)!;
const law = resolveRules([], 'Quy định').rules;

function row(p: Omit<Partial<PostingRow>, 'start' | 'end'> & { start?: string | LocalDate | null; end?: string | LocalDate | null }): PostingRow {
  const toDay = (x: string | LocalDate | null | undefined) => (typeof x === 'string' ? day(x) : x ?? null);
  return {
    sheet: 'Công khai', row: 5, title: 'Dự thảo Quy chế', clause: 11, form: 'niem-yet', formText: 'Niêm yết',
    documentDate: null, requiredDaysOverride: null, hasBadCells: false, ...p, start: toDay(p.start), end: toDay(p.end),
  };
}

function check(p: PostingRow, asOf: string, unit: UnitKind = 'commune', countFirstDay = false) {
  const req = requirementFor(p, unit, law);
  const v = checkPosting(p, req, { asOf: day(asOf), countFirstDay });
  return { req, v, text: findingMessage({ rule: 'CK_NIEM_YET', ...explainPosting(p, req, v, countFirstDay) }) };
}

describe('countDays (Bộ luật Dân sự 2015, Điều 147–148)', () => {
  it('does not count the first day: 15/02/2024 to the end of 06/03/2024 is 20 days', () => {
    expect(countDays(day('2024-02-15'), day('2024-03-06'), false)).toBe(20);
  });
  it('counts the first day when the unit switches it on', () => {
    expect(countDays(day('2024-02-15'), day('2024-03-06'), true)).toBe(21);
  });
});

describe('requirementFor (RULES.md, "Which rule a posting row gets")', () => {
  const cases: [string, PostingForm, number | null, UnitKind, string, number | null][] = [
    ['a commune posting of a budget', 'niem-yet', 2, 'commune', 'CK_NIEM_YET', 30],
    ['a blank group (unknown content: the general 30 days of Điều 13 khoản 2, assumed)', 'niem-yet', null, 'commune', 'CK_NIEM_YET', 30],
    ['an explicit «Khác» (Điều 11 khoản 14: no minimum in Điều 13 khoản 2)', 'niem-yet', 14, 'commune', 'CK_NIEM_YET_KHAC', null],
    ['radio for social security (k7)', 'radio', 7, 'commune', 'CK_TRUYEN_THANH', 3],
    ['radio for a budget (k2): no minimum', 'radio', 2, 'commune', 'CK_THOI_DIEM', null],
    ['the website: no minimum for a commune', 'website', 1, 'commune', 'CK_THOI_DIEM', null],
    ['an agency posting', 'niem-yet', 2, 'agency', 'CQ_NIEM_YET', 20],
    ['an agency internal website', 'website', 2, 'agency', 'CQ_NIEM_YET', 20],
    ['an agency letter to all staff', 'letter', 2, 'agency', 'CQ_THOI_DIEM', null],
  ];
  it.each(cases)('gives %s its rule', (_name, form, clause, unit, rule, days) => {
    const req = requirementFor(row({ form, clause }), unit, law);
    expect(req.rule).toBe(rule);
    expect(req.kind === 'days' ? req.days : null).toBe(days);
  });
  it('posts the democracy rules (k4) and administrative procedures (k13) permanently, by their content (Điều 13 khoản 2)', () => {
    expect(requirementFor(row({ clause: 4 }), 'commune', law).kind).toBe('permanent');
    expect(requirementFor(row({ clause: 13 }), 'commune', law).kind).toBe('permanent');
    expect(requirementFor(row({ form: 'niem-yet-thuong-xuyen', clause: 4 }), 'commune', law).kind).toBe('permanent');
  });
  it('gives a budget posted «thường xuyên» its 30 days, not permanence (Điều 13 khoản 2 ties permanence to k4 and k13)', () => {
    expect(requirementFor(row({ form: 'niem-yet-thuong-xuyen', clause: 2 }), 'commune', law)).toMatchObject({ kind: 'days', days: 30 });
  });
  it('gives an agency’s «thường xuyên» posting Điều 48’s 20 days', () => {
    expect(requirementFor(row({ form: 'niem-yet-thuong-xuyen', clause: 2 }), 'agency', law)).toMatchObject({ kind: 'days', days: 20, rule: 'CQ_NIEM_YET' });
  });
  it('lets the row raise the law but never lower it (Điều 13 khoản 2: An Thượng’s 20 days do not shorten a k11 posting)', () => {
    const lower = requirementFor(row({ requiredDaysOverride: 20 }), 'commune', law);
    expect(lower).toMatchObject({ kind: 'days', days: 30, source: 'law', rule: 'CK_NIEM_YET', rowBelowLaw: 20 });
    const higher = requirementFor(row({ requiredDaysOverride: 45 }), 'commune', law);
    expect(higher).toMatchObject({ kind: 'days', days: 45, source: 'row', rule: 'CK_NIEM_YET', lawDays: 30 });
  });
  it('uses a raised number from the Quy định sheet and ignores a lowered one', () => {
    const raised = resolveRules([{ id: 'CK_NIEM_YET', value: 45, row: 3 }], 'Quy định');
    expect(requirementFor(row({}), 'commune', raised.rules)).toMatchObject({ days: 45, source: 'sheet' });
    const lowered = resolveRules([{ id: 'CK_NIEM_YET', value: 10, row: 3 }], 'Quy định');
    expect(requirementFor(row({}), 'commune', lowered.rules)).toMatchObject({ days: 30, source: 'law' });
    expect(lowered.issues).toEqual([expect.objectContaining({ code: 'rule-below-law', row: 3 })]);
  });
});

describe('checkPosting', () => {
  const cases: [string, Omit<Partial<PostingRow>, 'start' | 'end'> & { start?: string | null; end?: string | null }, string, string, number | null][] = [
    ['An Thượng: 20 days of a k11 content stay short of Điều 13 khoản 2’s 30 days whatever the row asks', { start: '2024-02-15', end: '2024-03-06', requiredDaysOverride: 20 }, '2024-03-10', 'short', 20],
    ['the same window against the law’s 30 days', { start: '2024-02-15', end: '2024-03-06' }, '2024-03-10', 'short', 20],
    ['a planned end too early is short already', { start: '2026-06-02', end: '2026-06-07' }, '2026-05-01', 'short', 5],
    ['a planned posting long enough', { start: '2026-06-02', end: '2026-07-15' }, '2026-05-01', 'planned', 43],
    ['a running posting not yet long enough (days = the planned length, SCHEMA.md)', { start: '2024-02-15', end: '2024-03-31' }, '2024-02-25', 'ongoing', 45],
    ['a running posting with no end yet (no length to count)', { start: '2024-02-15', end: null }, '2024-02-25', 'ongoing', null],
    ['a running posting that has reached 30 days', { start: '2024-02-15', end: null }, '2024-03-16', 'met', null],
    ['a posting with no start date', { start: null, end: '2024-03-31' }, '2024-04-10', 'missing-data', null],
    ['an end before the start', { start: '2024-03-15', end: '2024-03-01' }, '2024-04-10', 'invalid', null],
    ['a row with an unreadable cell', { start: '2024-03-15', end: null, hasBadCells: true }, '2024-04-10', 'invalid', null],
    ['the website, with no minimum', { form: 'website', start: '2024-03-15', end: '2024-03-16' }, '2024-04-10', 'no-requirement', 1],
    ['a permanent posting still up', { clause: 13, start: '2024-01-02', end: null }, '2024-04-10', 'permanent', null],
    ['a permanent posting taken down', { clause: 4, start: '2024-01-02', end: '2024-02-01' }, '2024-04-10', 'short', 30],
    ['a row with no form', { form: null, formText: null, start: '2024-01-02' }, '2024-04-10', 'missing-data', null],
    ['radio for 3 days (k11)', { form: 'radio', start: '2024-02-15', end: '2024-02-18' }, '2024-03-01', 'met', 3],
    ['radio for 2 days (k11)', { form: 'radio', start: '2024-02-15', end: '2024-02-17' }, '2024-03-01', 'short', 2],
  ];
  it.each(cases)('judges %s', (_name, p, asOf, status, days) => {
    const { v, text } = check(row(p), asOf);
    expect(v.status).toBe(status);
    expect(v.days).toBe(days);
    expect(text).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵêếềệểễôốồộổỗơớờợởỡưứừựửữ]/);
  });
  it('says how many days are counted and how many remain for a running posting', () => {
    const { v, text } = check(row({ start: '2024-02-15', end: '2024-03-31' }), '2024-02-25');
    expect(v).toMatchObject({ days: 45, elapsed: 10, remaining: 20, reachedOn: day('2024-03-16') });
    expect(text).toBe('Đang niêm yết (15/02/2024 – hết 31/03/2024): đã được 10 ngày, còn 20 ngày nữa, đủ vào hết ngày 16/03/2024; Luật 10/2022/QH15, Điều 13 khoản 2 yêu cầu ít nhất 30 ngày liên tục.');
  });
  it('explains a short posting with the missing days and the article', () => {
    const { text } = check(row({ start: '2024-02-15', end: '2024-03-06' }), '2024-03-10');
    expect(text).toBe('Niêm yết 20 ngày (15/02/2024 – hết 06/03/2024; không tính ngày bắt đầu, Bộ luật Dân sự 2015 Điều 147), Luật 10/2022/QH15, Điều 13 khoản 2 yêu cầu ít nhất 30 ngày liên tục: thiếu 10 ngày; thời gian niêm yết là số ngày liên tục, ngày nghỉ cuối thời hạn không được lùi sang ngày làm việc tiếp theo.');
  });
  it('says until when a posting planned too short must stay up', () => {
    const { text } = check(row({ clause: 9, start: '2026-06-02', end: '2026-06-07' }), '2026-06-03');
    expect(text).toMatch(/thiếu 25 ngày.*Để đạt, cần niêm yết đến hết ngày 02\/07\/2026\.$/);
  });
  it('reaches the requirement a day earlier when the first day counts', () => {
    const { v } = check(row({ start: '2024-02-15', end: '2024-03-15' }), '2024-03-20', 'commune', true);
    expect(v).toMatchObject({ status: 'met', days: 30 });
  });
  it('is the same 20 days across the 2024 leap day in every time zone', () => {
    const { v } = check(row({ form: 'website', start: '2024-02-15', end: '2024-03-06', requiredDaysOverride: 20 }), '2024-03-06');
    expect(v).toMatchObject({ status: 'met', days: 20 });
  });
});

describe('the Quy định sheet on deadlines', () => {
  it('may shorten a time limit but not lengthen it', () => {
    const shorter = resolveRules([{ id: 'CK_THOI_DIEM', value: 3, row: 2 }], 'Quy định');
    expect(shorter.rules.get('CK_THOI_DIEM')).toMatchObject({ value: 3, source: 'sheet' });
    const longer = resolveRules([{ id: 'BQ_GUI_QUYET_DINH', value: 10, row: 9 }], 'Quy định');
    expect(longer.rules.get('BQ_GUI_QUYET_DINH')).toMatchObject({ value: 5, source: 'law' });
    expect(longer.issues).toEqual([expect.objectContaining({ code: 'rule-above-law', row: 9 })]);
  });
});
