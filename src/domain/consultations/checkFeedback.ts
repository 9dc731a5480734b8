import { compareDates, diffDays, formatVi, type LocalDate } from '../calendar/localDate';
import type { Finding, RowVerdict } from '../findings';
import { lawFor } from '../law/edition';
import { FEEDBACK_DECISIONS, vocabEntry } from '../vocabulary';
import { FEEDBACK_DONE_LABELS } from './labels';
import type { FeedbackResult, FeedbackRow, FeedbackState, SynthesisDeadline } from './types';

/** The consultation a feedback row belongs to, as far as its row check needs it. */
export interface FeedbackWindow {
  /** `Đến ngày` of the consultation. */
  readonly to: LocalDate | null;
  /** `Từ ngày`: the day whose law governs the consultation (`law/edition.ts`); `to` stands in when absent. */
  readonly from?: LocalDate | null;
  readonly deadline: SynthesisDeadline;
}

const after = (a: LocalDate | null, b: LocalDate | null): a is LocalDate => a !== null && b !== null && compareDates(a, b) > 0;

/**
 * Checks one `Ý kiến` row against its consultation as of a date.
 * Luật 10/2022/QH15, Điều 28 khoản 3: every opinion is received, synthesised and answered —
 * accepted (`Tiếp thu`), partly accepted, or explained (`Giải trình`) — and the answer is written
 * down (`Nội dung tiếp thu, giải trình`). A row lacking either is pending.
 *
 * Severity: pending before the deadline passes is no finding (an `info` verdict: work in hand);
 * after it, an `error` — a `warning` when the deadline is only assumed (no `Hạn tổng hợp`, no
 * `Ngày tổng hợp xong`). Processed after the deadline: a `warning` (it was answered, late).
 * Received after `Đến ngày`: `info` — it must still be considered (Điều 28 khoản 3).
 * `window` null: the row belongs to no known consultation (its input error is reported by the
 * linker); its decision still counts, nothing else is judged.
 *
 * @example checkFeedback({ …, decision: null, response: null }, { to: 5/6/2026, deadline: { due: 9/6/2026, source: 'deadline' } }, 12/6/2026)
 * // { state: 'pending', overdue: true, verdict: { label: 'Chưa xử lý, quá hạn 3 ngày', severity: 'error' }, … }
 */
export function checkFeedback(f: FeedbackRow, window: FeedbackWindow | null, asOf: LocalDate): FeedbackResult {
  const answered = f.response !== null && f.response.trim() !== '';
  const state: FeedbackState = f.decision !== null && answered ? f.decision : 'pending';
  const at = { sheet: f.sheet, row: f.row };
  // Written out, not spread from `at`: a feedback sheet has thousands of rows.
  const verdict = (label: string, severity: RowVerdict['severity']): RowVerdict => ({ sheet: f.sheet, row: f.row, label, severity });
  if (!window) {
    return { feedback: f, state, afterWindow: false, late: false, overdue: false, findings: [], verdict: verdict('Không xác định được đợt lấy ý kiến', 'error') };
  }

  const findings: Finding[] = [];
  const { due, source } = window.deadline;
  const dueParams = {
    due: due ? formatVi(due) : null, source, lawName: lawFor(window.from ?? window.to),
    ...(window.deadline.movedFrom ? { movedFrom: formatVi(window.deadline.movedFrom) } : {}),
  };

  const afterWindow = after(f.received, window.to);
  if (afterWindow) {
    findings.push({ ...at, rule: 'YK_THOI_GIAN', severity: 'info', code: 'YK_THOI_GIAN.feedback-after-window',
      params: { received: formatVi(f.received!), to: formatVi(window.to!), days: diffDays(f.received!, window.to!), lawName: dueParams.lawName } });
  }

  const overdue = state === 'pending' && after(asOf, due);
  const severity = source === 'assumed' ? 'warning' : 'error';
  // An unreadable `Hướng xử lý` is already an input error: counted pending, not worded twice.
  const badDecision = f.badCells.includes('decision');
  if (overdue && !badDecision) {
    const overdueDays = diffDays(asOf, due!);
    const decision = f.decision ? vocabEntry(FEEDBACK_DECISIONS, f.decision).label : null;
    findings.push({ ...at, rule: 'YK_CONG_KHAI_KQ', severity,
      code: decision ? 'YK_CONG_KHAI_KQ.feedback-no-explanation' : 'YK_CONG_KHAI_KQ.feedback-pending',
      params: { ...dueParams, overdueDays, decision } });
  }

  // Late only against a deadline the workbook gives: an assumed one would call every row late.
  const late = state !== 'pending' && source !== 'assumed' && after(f.processed, due);
  if (late) {
    findings.push({ ...at, rule: 'YK_CONG_KHAI_KQ', severity: 'warning', code: 'YK_CONG_KHAI_KQ.feedback-late',
      params: { ...dueParams, processed: formatVi(f.processed!), lateDays: diffDays(f.processed!, due!) } });
  }

  return { feedback: f, state, afterWindow, late, overdue, findings, verdict: rowVerdict() };

  function rowVerdict(): RowVerdict {
    if (badDecision) return verdict('Hướng xử lý không hợp lệ', 'error');
    if (state === 'pending') {
      const what = f.decision ? 'Thiếu nội dung tiếp thu, giải trình' : 'Chưa xử lý';
      if (overdue) return verdict(`${what}, quá hạn ${diffDays(asOf, due!)} ngày`, severity);
      return verdict(due ? `${what} (hạn ${formatVi(due)})` : what, 'info');
    }
    if (late) return verdict(`Xử lý muộn ${diffDays(f.processed!, due!)} ngày`, 'warning');
    if (f.badCells.length > 0) return verdict('Dữ liệu không hợp lệ', 'error');
    return verdict(FEEDBACK_DONE_LABELS[state], 'ok');
  }
}
