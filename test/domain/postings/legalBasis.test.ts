import { parseIso, type LocalDate } from '../../../src/domain/calendar/localDate';
import { buildWorkCalendar } from '../../../src/domain/calendar/workingDays';
import { findingMessage, issueMessage, MESSAGES } from '../../../src/domain/messages';
import { checkPostings } from '../../../src/domain/postings/checkPostings';
import type { PostingRow, UnitKind } from '../../../src/domain/postings/types';
import { resolveRules, type RuleOverride } from '../../../src/domain/rules/resolve';

// Issue 14, items 1, 2, 6 and 10: every posting verdict right to the article.
const day = (iso: string): LocalDate => parseIso(iso)!;
const calendar = buildWorkCalendar();

function row(p: Omit<Partial<PostingRow>, 'start' | 'end' | 'documentDate'> & { start?: string | null; end?: string | null; documentDate?: string | null }): PostingRow {
  const d = (x: string | null | undefined) => (x ? day(x) : null);
  return {
    sheet: 'Công khai', row: 7, title: 'Kế hoạch lấy ý kiến', clause: 11, form: 'niem-yet', formText: 'Niêm yết',
    requiredDaysOverride: null, hasBadCells: false, ...p, start: d(p.start), end: d(p.end), documentDate: d(p.documentDate),
  };
}

function judge(p: PostingRow, asOf: string, unit: UnitKind = 'commune', overrides: RuleOverride[] = []) {
  const [r] = checkPostings([p], unit, resolveRules(overrides, 'Quy định').rules, calendar, day(asOf));
  return { ...r, text: findingMessage({ rule: r.rule, ...r.explanation }) };
}

describe('a row raises a statutory minimum, never lowers it (Luật 10/2022/QH15, Điều 13 khoản 2; RULES.md, corrections)', () => {
  it('judges a 20-day k11 posting against the law’s 30 days although the row asks «ít nhất 20 ngày», and warns quoting the row', () => {
    const r = judge(row({ start: '2024-02-15', end: '2024-03-06', requiredDaysOverride: 20 }), '2024-03-10');
    expect(r.verdict).toMatchObject({ status: 'short', days: 20, requiredDays: 30 });
    expect(r.text).toContain('dòng này ghi «Số ngày yêu cầu» 20 ngày, thấp hơn mức luật định nên vẫn áp dụng 30 ngày');
    expect(r.issues).toHaveLength(1);
    expect(issueMessage(r.issues[0])).toBe(
      '«Số ngày yêu cầu» "20" của dòng này thấp hơn mức luật định (30 ngày, Luật 10/2022/QH15, Điều 13 khoản 2): kế hoạch của ' +
      'đơn vị chỉ được đặt cao hơn, không thấp hơn mức luật định; vẫn kiểm tra theo mức luật định (sheet Công khai, dòng 7, cột Số ngày yêu cầu)');
  });
  it('takes a higher number of the row and says it is above the law (Điều 13 khoản 2)', () => {
    const r = judge(row({ start: '2024-02-15', end: '2024-03-26', requiredDaysOverride: 45 }), '2024-04-10');
    expect(r.verdict).toMatchObject({ status: 'short', days: 40, requiredDays: 45 });
    expect(r.text).toContain('dòng này ghi «Số ngày yêu cầu» ít nhất 45 ngày liên tục (cao hơn mức 30 ngày của Luật 10/2022/QH15, Điều 13 khoản 2)');
    expect(r.issues).toEqual([]);
  });
  it('does not let a row turn a permanent posting (Điều 13 khoản 2, Điều 11 khoản 13) into 30 days', () => {
    const r = judge(row({ clause: 13, start: '2024-01-02', end: '2024-02-15', requiredDaysOverride: 30 }), '2024-04-10');
    expect(r.verdict.status).toBe('short');
    expect(r.issues.map((i) => i.params?.law)).toEqual(['niêm yết thường xuyên']);
  });
});

describe('content groups as Điều 13 khoản 2 lists them', () => {
  it('has no statutory minimum for an explicit «Khác» (Điều 11 khoản 14)', () => {
    const r = judge(row({ clause: 14, start: '2024-02-15', end: '2024-02-20' }), '2024-03-10');
    expect(r.verdict.status).toBe('no-requirement');
    expect(r.text).toBe('Hình thức «Niêm yết»: Luật 10/2022/QH15, Điều 13 khoản 2 không quy định thời gian niêm yết tối thiểu cho nội dung khác (Điều 11 khoản 14).');
  });
  it('applies a minimum to «Khác» only when the Quy định sheet sets CK_NIEM_YET_KHAC (Điều 11 khoản 14)', () => {
    const r = judge(row({ clause: 14, start: '2024-02-15', end: '2024-02-20' }), '2024-03-10', 'commune', [{ id: 'CK_NIEM_YET_KHAC', value: 15, row: 4 }]);
    expect(r.verdict).toMatchObject({ status: 'short', requiredDays: 15 });
  });
  it('applies a «Khác» minimum the row sets (Điều 11 khoản 14)', () => {
    const r = judge(row({ clause: 14, start: '2024-02-15', end: '2024-03-06', requiredDaysOverride: 15 }), '2024-03-10');
    expect(r.verdict).toMatchObject({ status: 'met', requiredDays: 15 });
  });
  it('treats a blank group as unknown: the general 30 days of Điều 13 khoản 2, said to be assumed', () => {
    const r = judge(row({ clause: null, start: '2024-02-15', end: '2024-03-06' }), '2024-03-10');
    expect(r.verdict).toMatchObject({ status: 'short', requiredDays: 30 });
    expect(r.text).toContain('chưa ghi «Nhóm nội dung»: áp dụng mức chung 30 ngày của Điều 13 khoản 2');
  });
  it('cannot tell Điều 13 khoản 3’s 3 radio days for a blank group, and says why', () => {
    const r = judge(row({ clause: null, form: 'radio', formText: 'Truyền thanh', start: '2024-02-15', end: '2024-02-16' }), '2024-03-10');
    expect(r.verdict.status).toBe('no-requirement');
    expect(r.text).toBe('Hình thức «Truyền thanh»: chưa ghi «Nhóm nội dung» nên chưa xác định được nội dung có thuộc Điều 11 khoản 7–12 ' +
      '(phát ít nhất 03 ngày liên tục, Luật 10/2022/QH15, Điều 13 khoản 3) hay không.');
  });
  it.each([1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12])('posts Điều 11 khoản %i for 30 days (Điều 13 khoản 2)', (clause) => {
    expect(judge(row({ clause, start: '2024-02-15', end: null }), '2024-02-20').verdict.requiredDays).toBe(30);
  });
  it('reminds a permanent posting with a planned end that Điều 13 khoản 2 asks it to stay up', () => {
    const r = judge(row({ clause: 13, start: '2024-01-02', end: '2024-12-31' }), '2024-04-10');
    expect(r.verdict.status).toBe('permanent');
    expect(r.text).toContain('Dòng ghi ngày kết thúc 31/12/2024: nội dung này phải niêm yết liên tục');
  });
  it.each([4, 13])('posts Điều 11 khoản %i permanently (Điều 13 khoản 2)', (clause) => {
    expect(judge(row({ clause, start: '2024-02-15', end: null }), '2024-02-20').verdict.status).toBe('permanent');
  });
});

describe('exact messages and fields (SCHEMA.md `days`; no «null» in any message)', () => {
  it('never says «ít nhất null ngày» for a permanent posting without a start (Điều 13 khoản 2)', () => {
    const r = judge(row({ clause: 4, start: null }), '2024-04-10');
    expect(r.text).toBe('Thiếu ngày bắt đầu: không tính được thời gian niêm yết; Luật 10/2022/QH15, Điều 13 khoản 2 yêu cầu niêm yết thường xuyên.');
  });
  it('counts days from start to planned end and the days so far in `elapsed` (Bộ luật Dân sự 2015, Điều 147)', () => {
    const r = judge(row({ start: '2024-02-15', end: '2024-03-31' }), '2024-02-25');
    expect(r.verdict).toMatchObject({ status: 'ongoing', days: 45, elapsed: 10 });
    const done = judge(row({ start: '2024-02-15', end: '2024-03-31' }), '2024-04-10');
    expect(done.verdict).toMatchObject({ status: 'met', days: 45, elapsed: null });
    const running = judge(row({ start: '2024-02-15', end: null }), '2024-03-20');
    expect(running.verdict).toMatchObject({ status: 'met', days: null, elapsed: 34 });
    expect(running.text).toMatch(/^Đạt: đang niêm yết \(từ 15\/02\/2024\), đã được 34 ngày/);
  });
  it('words every posting code without «null» or «undefined» when its parameters are null', () => {
    const nulls = { verb: 'niêm yết', days: null, elapsed: null, required: null, missing: null, reachedOn: null, start: null, end: null, basis: null };
    for (const [code, make] of Object.entries(MESSAGES).filter(([c]) => c.startsWith('posting'))) {
      expect([code, /null|undefined/.test(make(nulls))]).toEqual([code, false]);
    }
  });
});

describe('the amended Law for events from 01/07/2025 (Luật 97/2025/QH15)', () => {
  const AMENDED = 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, được sửa đổi, bổ sung bởi Luật số 47/2024/QH15 và Luật số 97/2025/QH15';
  it('cites the amended Law for a decision of 01/07/2025 and the original for 30/06/2025 (Điều 13 khoản 2)', () => {
    const after = judge(row({ documentDate: '2025-07-01', start: '2025-07-02', end: '2025-07-12' }), '2025-08-01');
    expect(after.text).toContain(`${AMENDED}, Điều 13 khoản 2 yêu cầu ít nhất 30 ngày`);
    const before = judge(row({ documentDate: '2025-06-30', start: '2025-07-02', end: '2025-07-12' }), '2025-08-01');
    expect(before.text).toContain('Luật 10/2022/QH15, Điều 13 khoản 2 yêu cầu');
    expect(before.text).not.toContain('97/2025');
  });
  it('cites the amended Law in the timeliness verdict of a 2025 decision (Điều 12 khoản 3)', () => {
    const r = judge(row({ documentDate: '2025-08-01', start: '2025-08-20', end: '2025-09-30' }), '2025-10-01');
    expect(findingMessage({ rule: r.timeliness.rule, ...r.timeliness.late! })).toContain(`${AMENDED}, Điều 12 khoản 3`);
  });
});
