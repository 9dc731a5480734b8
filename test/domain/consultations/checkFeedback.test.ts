import { checkFeedback, type FeedbackWindow } from '../../../src/domain/consultations/checkFeedback';
import { synthesisDeadline } from '../../../src/domain/consultations/synthesisDeadline';
import type { SynthesisDeadline } from '../../../src/domain/consultations/types';
import { day, feedbackRow, text } from './fixtures';

const window = (source: SynthesisDeadline['source'] = 'deadline', due = '2026-06-09'): FeedbackWindow =>
  ({ to: day('2026-06-05'), deadline: { due: day(due), source, error: null } });

describe('checkFeedback (Luật 10/2022/QH15, Điều 28 khoản 3)', () => {
  type Case = [string, Parameters<typeof feedbackRow>[0], FeedbackWindow | null, string, string, string, string[]];
  const cases: Case[] = [
    ['accepted with its explanation', {}, window(), '2026-06-20', 'accepted', 'Đã tiếp thu', []],
    ['partly accepted', { decision: 'partly-accepted' }, window(), '2026-06-20', 'partly-accepted', 'Đã tiếp thu một phần', []],
    ['explained', { decision: 'explained' }, window(), '2026-06-20', 'explained', 'Đã giải trình', []],
    ['not processed, deadline not passed', { decision: null, response: null }, window(), '2026-06-09', 'pending', 'Chưa xử lý (hạn 09/06/2026)', []],
    ['not processed after the deadline', { decision: null, response: null }, window(), '2026-06-12', 'pending', 'Chưa xử lý, quá hạn 3 ngày', ['YK_CONG_KHAI_KQ.feedback-pending']],
    ['a decision without an explanation', { response: '  ' }, window(), '2026-06-12', 'pending', 'Thiếu nội dung tiếp thu, giải trình, quá hạn 3 ngày', ['YK_CONG_KHAI_KQ.feedback-no-explanation']],
    ['an explanation without a decision', { decision: null }, window(), '2026-06-12', 'pending', 'Chưa xử lý, quá hạn 3 ngày', ['YK_CONG_KHAI_KQ.feedback-pending']],
    ['processed after the deadline', { processed: '2026-06-11' }, window(), '2026-06-20', 'accepted', 'Xử lý muộn 2 ngày', ['YK_CONG_KHAI_KQ.feedback-late']],
    ['processed on the deadline', { processed: '2026-06-09' }, window(), '2026-06-20', 'accepted', 'Đã tiếp thu', []],
    ['processed late against an assumed deadline is not called late', { processed: '2026-06-11' }, window('assumed', '2026-06-06'), '2026-06-20', 'accepted', 'Đã tiếp thu', []],
    ['received after the window closed', { received: '2026-06-07' }, window(), '2026-06-20', 'accepted', 'Đã tiếp thu', ['YK_THOI_GIAN.feedback-after-window']],
    ['received on the last day', { received: '2026-06-05' }, window(), '2026-06-20', 'accepted', 'Đã tiếp thu', []],
    ['belonging to no known consultation', { decision: null }, null, '2026-06-20', 'pending', 'Không xác định được đợt lấy ý kiến', []],
    ['with an unreadable cell', { badCells: ['received'] }, window(), '2026-06-20', 'accepted', 'Dữ liệu không hợp lệ', []],
  ];
  it.each(cases)('%s', (_name, row, w, asOf, state, label, codes) => {
    const r = checkFeedback(feedbackRow(row), w, day(asOf));
    expect([r.state, r.verdict.label, r.findings.map((f) => f.code)]).toEqual([state, label, codes]);
  });

  it('makes pending feedback an error after a deadline the workbook gives, a warning after an assumed one', () => {
    const row = feedbackRow({ decision: null, response: null });
    expect(checkFeedback(row, window('deadline'), day('2026-06-12')).findings[0].severity).toBe('error');
    expect(checkFeedback(row, window('synthesized'), day('2026-06-12')).findings[0].severity).toBe('error');
    expect(checkFeedback(row, window('assumed'), day('2026-06-12')).findings[0].severity).toBe('warning');
  });

  it('words each finding with its dates and article', () => {
    const late = checkFeedback(feedbackRow({ processed: '2026-06-11', received: '2026-06-07' }), window(), day('2026-06-20'));
    expect(late.findings.map(text)).toEqual([
      'Ý kiến nhận ngày 07/06/2026, sau khi hết thời gian lấy ý kiến (hết 05/06/2026) 2 ngày: vẫn cần được tổng hợp, tiếp thu hoặc giải trình (Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, được sửa đổi, bổ sung bởi Luật số 47/2024/QH15 và Luật số 97/2025/QH15, Điều 28 khoản 3).',
      'Ý kiến xử lý ngày 11/06/2026, sau hạn tổng hợp 09/06/2026 2 ngày (Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, được sửa đổi, bổ sung bởi Luật số 47/2024/QH15 và Luật số 97/2025/QH15, Điều 28 khoản 3).',
    ]);
    const bare = checkFeedback(feedbackRow({ response: null, decision: 'explained' }), window('synthesized'), day('2026-06-12'));
    expect(text(bare.findings[0])).toBe(
      'Ý kiến đã ghi hướng xử lý «Giải trình» nhưng chưa có nội dung tiếp thu, giải trình, đã quá ngày tổng hợp xong 09/06/2026 3 ngày. ' +
      'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, được sửa đổi, bổ sung bởi Luật số 47/2024/QH15 và Luật số 97/2025/QH15, Điều 28 khoản 3: nội dung tiếp thu, giải trình phải được ghi rõ để công khai đến Nhân dân.');
  });
});

describe('synthesisDeadline', () => {
  const to = day('2026-06-05');
  const cases: [string, string | null, string | null, string | null, string | null][] = [
    ['a date typed in Hạn tổng hợp', '10/6/2026', null, '2026-06-10', 'deadline'],
    ['Bắc Kạn: «trước ngày 10/6/2026» is the 9th', 'Thời hạn hoàn thành: trước ngày 10/6/2026', null, '2026-06-09', 'deadline'],
    ['a phrase without a year takes the report year', 'trước ngày 10/6', null, '2026-06-09', 'deadline'],
    ['no deadline: the synthesis date', null, '2026-06-12', '2026-06-12', 'synthesized'],
    ['«Thường xuyên» has no day: the synthesis date', 'Thường xuyên', '2026-06-12', '2026-06-12', 'synthesized'],
    ['neither: the day after Đến ngày, Saturday 06/6, ends on Monday 08/6 (Bộ luật Dân sự 2015, Điều 148 khoản 5)', null, null, '2026-06-08', 'assumed'],
    ['a typed deadline on Sunday 07/6 ends on Monday 08/6 (Bộ luật Dân sự 2015, Điều 148 khoản 5)', '07/6/2026', null, '2026-06-08', 'deadline'],
  ];
  it.each(cases)('%s', (_name, due, synthesized, expected, source) => {
    const d = synthesisDeadline({ to, synthesisDue: due, synthesized: synthesized ? day(synthesized) : null }, 2026);
    expect([d.due, d.source, d.error]).toEqual([expected ? day(expected) : null, source, null]);
  });

  it('says a synthesis deadline moved off a day off, with its article (Bộ luật Dân sự 2015, Điều 148 khoản 5)', () => {
    const d = synthesisDeadline({ to, synthesisDue: '07/6/2026', synthesized: null }, 2026);
    expect(d.movedFrom).toEqual(day('2026-06-07'));
    const r = checkFeedback(feedbackRow({ decision: null, response: null }), { to, deadline: d }, day('2026-06-20'));
    expect(text(r.findings[0])).toContain(
      'hạn tổng hợp 08/06/2026 («Hạn tổng hợp» 07/06/2026 là ngày nghỉ nên thời hạn kết thúc vào ngày làm việc tiếp theo, Bộ luật Dân sự 2015, Điều 148 khoản 5)');
  });

  it('returns an unreadable phrase as an error and falls back', () => {
    const d = synthesisDeadline({ to, synthesisDue: 'sớm', synthesized: null }, 2026);
    expect(d).toEqual({ due: day('2026-06-08'), movedFrom: day('2026-06-06'), source: 'assumed', error: { code: 'deadline-unreadable', phrase: 'sớm' } });
  });
});

describe('checkFeedback with an unreadable Hướng xử lý', () => {
  it('counts the row pending and leaves the wording to its input error', () => {
    const r = checkFeedback(feedbackRow({ decision: null, badCells: ['decision'] }), window(), day('2026-06-20'));
    expect([r.state, r.overdue, r.findings, r.verdict.label]).toEqual(['pending', true, [], 'Hướng xử lý không hợp lệ']);
  });
});
