import { checkConsultation } from '../../../src/domain/consultations/checkConsultation';
import { checkFeedback } from '../../../src/domain/consultations/checkFeedback';
import { synthesisDeadline } from '../../../src/domain/consultations/synthesisDeadline';
import type { ConsultationRow } from '../../../src/domain/consultations/types';
import type { PostingRow } from '../../../src/domain/postings/types';
import type { RuleOverride } from '../../../src/domain/rules/resolve';
import { consultation, day, feedbackRow, options, posting, text } from './fixtures';

function check(c: ConsultationRow, asOf: string, p: { postings?: PostingRow[]; rules?: RuleOverride[]; pending?: number } = {}) {
  const deadline = synthesisDeadline(c, 2026);
  const feedback = Array.from({ length: p.pending ?? 0 }, (_, i) =>
    checkFeedback(feedbackRow({ row: 5 + i, decision: null, response: null }), { to: c.to, deadline }, day(asOf)));
  return checkConsultation(c, deadline, feedback, p.postings ?? [], options(asOf, p.rules));
}
const codes = (r: ReturnType<typeof check>) => r.findings.map((f) => f.code);

describe('checkConsultation: the window (Luật 10/2022/QH15, Điều 28 khoản 2)', () => {
  const cases: [string, Parameters<typeof consultation>[0], string, string, number | null][] = [
    ['An Thượng: 15/02/2024 to the end of 06/03/2024 is 20 days', { from: '2024-02-15', to: '2024-03-06', resultPublished: '2024-03-11' }, '2024-04-01', 'met', 20],
    ['Bắc Kạn: 01/6/2026 to the end of 05/6/2026 is 4 days', { from: '2026-06-01', to: '2026-06-05', resultPublished: '2026-06-10' }, '2026-06-20', 'short', 4],
    ['a planned window that is too short is short already', { from: '2026-06-01', to: '2026-06-05' }, '2026-05-01', 'short', 4],
    ['a planned window long enough', { from: '2026-06-01', to: '2026-06-30' }, '2026-05-01', 'planned', 29],
    ['a window still open', { from: '2026-06-01', to: '2026-06-30' }, '2026-06-10', 'ongoing', 29],
    ['a window whose last day is today', { from: '2026-06-01', to: '2026-06-30' }, '2026-06-30', 'ongoing', 29],
    ['no Đến ngày', { from: '2026-06-01', to: null }, '2026-06-10', 'missing-data', null],
    ['no Từ ngày', { from: null, to: '2026-06-30' }, '2026-06-10', 'missing-data', null],
    ['an end before the start', { from: '2026-06-30', to: '2026-06-01' }, '2026-07-10', 'invalid', null],
    ['an unreadable Từ ngày', { from: null, to: '2026-06-30', badCells: ['from'] }, '2026-07-10', 'invalid', null],
  ];
  it.each(cases)('%s', (_name, row, asOf, status, days) => {
    const r = check(consultation(row), asOf);
    expect([r.status, r.days, r.requiredDays]).toEqual([status, days, 20]);
  });

  it('explains a short window with its numbers and its article', () => {
    const r = check(consultation({ from: '2026-06-01', to: '2026-06-16', resultPublished: '2026-06-18' }), '2026-07-01');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ sheet: 'Lấy ý kiến', row: 4, rule: 'YK_THOI_GIAN', severity: 'error', code: 'YK_THOI_GIAN.short' });
    expect(text(r.findings[0])).toBe(
      'Lấy ý kiến 15 ngày (01/06/2026 – hết 16/06/2026), Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, được sửa đổi, bổ sung bởi Luật số 47/2024/QH15 và Luật số 97/2025/QH15, Điều 28 khoản 2 yêu cầu ít nhất 20 ngày: thiếu 5 ngày. ' +
      'Không tính ngày bắt đầu (Bộ luật Dân sự 2015, Điều 147).');
    expect(r.verdict).toEqual({ sheet: 'Lấy ý kiến', row: 4, label: 'Chưa đủ 20 ngày', severity: 'error' });
  });

  it('says until when a window not yet over must run', () => {
    const r = check(consultation({ from: '2026-06-01', to: '2026-06-05' }), '2026-06-03');
    expect(text(r.findings[0])).toContain('Để đạt, cần lấy ý kiến đến hết ngày 21/06/2026.');
  });

  it('uses a number raised in the Quy định sheet and says so', () => {
    const r = check(consultation({ from: '2024-02-15', to: '2024-03-06', resultPublished: '2024-03-11' }), '2024-04-01',
      { rules: [{ id: 'YK_THOI_GIAN', value: 25, row: 8 }] });
    expect([r.status, r.requiredDays]).toEqual(['short', 25]);
    expect(text(r.findings[0])).toContain('theo sheet Quy định cần ít nhất 25 ngày (Luật 10/2022/QH15, Điều 28 khoản 2: ít nhất 20 ngày): thiếu 5 ngày');
  });

  it('counts the first day when TINH_NGAY_DAU is 1', () => {
    const r = check(consultation({ from: '2024-02-15', to: '2024-03-06', resultPublished: '2024-03-11' }), '2024-04-01',
      { rules: [{ id: 'TINH_NGAY_DAU', value: 1, row: 9 }] });
    expect(r.days).toBe(21);
  });

  it('tells an open window how many days remain, and a planned one when it runs', () => {
    expect(text(check(consultation({ from: '2026-06-01', to: '2026-06-30' }), '2026-06-10').findings[0]))
      .toBe('Đang lấy ý kiến từ 01/06/2026 đến hết 30/06/2026 (29 ngày; Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, được sửa đổi, bổ sung bởi Luật số 47/2024/QH15 và Luật số 97/2025/QH15, Điều 28 khoản 2 yêu cầu ít nhất 20 ngày), còn 20 ngày nữa thì kết thúc.');
    expect(codes(check(consultation({ from: '2026-06-01', to: '2026-06-30' }), '2026-05-01'))).toEqual(['YK_THOI_GIAN.planned']);
  });

  it('gives no finding for an end before the start: it is an input error', () => {
    const r = check(consultation({ from: '2026-06-30', to: '2026-06-01' }), '2026-07-10');
    expect([r.reason, r.findings]).toEqual(['end-before-start', []]);
  });
});

describe('checkConsultation: feedback handled and results published (Điều 28 khoản 3, Điều 11 khoản 11)', () => {
  // Synthesis done Monday 06/07/2026: results due 5 working days later, Monday 13/07/2026 (Điều 12 khoản 3).
  const closed = { from: '2026-06-01', to: '2026-06-30', synthesized: '2026-07-06' };

  it('is met when Ngày công khai kết quả is filled', () => {
    const r = check(consultation({ ...closed, resultPublished: '2026-07-08' }), '2026-08-01');
    expect([r.status, r.findings, r.resultsPublished]).toEqual(['met', [], day('2026-07-08')]);
  });

  it('accepts a Công khai row of group Lấy ý kiến starting on or after the synthesis', () => {
    const r = check(consultation(closed), '2026-08-01', { postings: [posting({ start: '2026-07-06' }), posting({ start: '2026-07-09' })] });
    expect([r.status, r.resultsPublished]).toEqual(['met', day('2026-07-06')]);
  });

  it('ignores the plan notice before the synthesis and postings of other groups', () => {
    const postings = [posting({ start: '2026-05-31' }), posting({ start: '2026-07-07', clause: 2 }), posting({ start: '2026-07-07', hasBadCells: true })];
    const r = check(consultation(closed), '2026-08-01', { postings });
    expect([r.status, r.resultsPublished]).toEqual(['unpublished', null]);
    expect(r.findings[0]).toMatchObject({ rule: 'YK_CONG_KHAI_KQ', severity: 'error', code: 'YK_CONG_KHAI_KQ.unpublished' });
    expect(text(r.findings[0])).toContain('Hạn công khai 13/07/2026 (5 ngày làm việc kể từ ngày tổng hợp xong 06/07/2026, Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, được sửa đổi, bổ sung bởi Luật số 47/2024/QH15 và Luật số 97/2025/QH15, Điều 12 khoản 3) đã qua 19 ngày.');
    expect(r.verdict).toMatchObject({ label: 'Chưa công khai kết quả', severity: 'error' });
  });

  it('without a synthesis date, counts postings after Đến ngày and the time from the deadline', () => {
    const r = check(consultation({ from: '2026-06-01', to: '2026-06-30', synthesisDue: 'trước ngày 10/7/2026' }), '2026-08-01',
      { postings: [posting({ start: '2026-07-01' })] });
    expect([r.status, r.resultsPublished]).toEqual(['met', day('2026-07-01')]);
    const none = check(consultation({ from: '2026-06-01', to: '2026-06-30', synthesisDue: 'trước ngày 10/7/2026' }), '2026-08-01');
    expect(none.publishBy).toEqual(day('2026-07-16')); // 09/07 + 5 working days
  });

  it('reminds of the publication deadline while it has not passed', () => {
    const r = check(consultation(closed), '2026-07-08');
    expect([r.status, codes(r)]).toEqual(['met', ['YK_CONG_KHAI_KQ.publish-due']]);
    expect(r.findings[0].severity).toBe('info');
  });

  it('flags results published late but keeps the status met', () => {
    const r = check(consultation({ ...closed, resultPublished: '2026-07-20' }), '2026-08-01');
    expect([r.status, codes(r)]).toEqual(['met', ['YK_CONG_KHAI_KQ.published-late']]);
    expect(r.verdict).toMatchObject({ label: 'Công khai kết quả muộn 7 ngày', severity: 'warning' });
  });

  it('puts pending feedback before unpublished results, and reports both', () => {
    const r = check(consultation(closed), '2026-08-01', { pending: 3 });
    expect(r.status).toBe('pending-feedback');
    expect(codes(r)).toEqual(['YK_CONG_KHAI_KQ.pending-feedback', 'YK_CONG_KHAI_KQ.unpublished']);
    expect(text(r.findings[0])).toMatch(/^Còn 3\/3 ý kiến chưa xử lý .*đã quá ngày tổng hợp xong 06\/07\/2026 26 ngày\. Luật Thực hiện dân chủ ở cơ sở số 10\/2022\/QH15, được sửa đổi, bổ sung bởi Luật số 47\/2024\/QH15 và Luật số 97\/2025\/QH15, Điều 28 khoản 3/);
    expect(r.verdict).toMatchObject({ label: 'Còn 3 ý kiến chưa xử lý', severity: 'error' });
  });

  it('puts a short window before everything else, and still reports the rest', () => {
    const r = check(consultation({ from: '2026-06-01', to: '2026-06-05', synthesized: '2026-06-08' }), '2026-08-01', { pending: 1 });
    expect(r.status).toBe('short');
    expect(codes(r)).toEqual(['YK_THOI_GIAN.short', 'YK_CONG_KHAI_KQ.pending-feedback', 'YK_CONG_KHAI_KQ.unpublished']);
  });

  it('judges pending feedback against an assumed deadline with a warning', () => {
    const r = check(consultation({ from: '2026-06-01', to: '2026-06-30' }), '2026-07-05', { pending: 2 });
    expect(r.findings[0]).toMatchObject({ code: 'YK_CONG_KHAI_KQ.pending-feedback', severity: 'warning' });
    expect(text(r.findings[0])).toContain('ngày 01/07/2026 (ngày sau khi kết thúc lấy ý kiến; chưa ghi «Hạn tổng hợp»)');
    expect(r.verdict.severity).toBe('warning');
  });

  it('does not call results unpublished while the window is open or the Ngày công khai cell is unreadable', () => {
    expect(check(consultation({ from: '2026-06-01', to: '2026-06-30' }), '2026-06-20').status).toBe('ongoing');
    const bad = check(consultation({ ...closed, badCells: ['resultPublished'] }), '2026-08-01');
    expect([bad.status, codes(bad)]).toEqual(['invalid', []]);
  });
});
