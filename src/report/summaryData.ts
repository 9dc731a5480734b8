import { FEEDBACK_DONE_LABELS } from '../domain/consultations/labels';
import type { PostingStatus } from '../domain/postings/checkPosting';
import type { TaskStatus } from '../domain/tasks/checkTask';
import { byClause, type FeedbackCounts, type ReportFeedback, type ReportModel, type ReportTask, type ReportVote } from './model';

import { JUDGED_STATUSES, MET_STATUSES, POSTING_STATUSES } from '../domain/postings/labels';

/** The posting statuses in their one order (the summary's columns) and those a rate counts: the domain's tables. */
export { JUDGED_STATUSES, MET_STATUSES, POSTING_STATUSES };

export const TASK_STATUSES: readonly TaskStatus[] = ['done-on-time', 'done-late', 'overdue', 'due-soon', 'open', 'no-deadline', 'invalid'];

/** Task statuses without their days: `taskLabel` words one row, these name a count. */
export const TASK_STATUS_NAMES: Readonly<Record<TaskStatus, string>> = {
  'done-on-time': 'Hoàn thành đúng hạn', 'done-late': 'Hoàn thành muộn', overdue: 'Quá hạn', 'due-soon': 'Sắp đến hạn',
  open: 'Chưa đến hạn', 'no-deadline': 'Không có thời hạn', invalid: 'Thời hạn không đọc được',
};

export type FeedbackState = 'accepted' | 'partly-accepted' | 'explained' | 'pending';
export const FEEDBACK_STATES: readonly FeedbackState[] = ['accepted', 'partly-accepted', 'explained', 'pending'];
export const FEEDBACK_STATE_LABELS: Readonly<Record<FeedbackState, string>> = { ...FEEDBACK_DONE_LABELS, pending: 'Chưa xử lý' };

export type VoteOutcome = 'passed' | 'failed' | 'unknown';
export const VOTE_OUTCOMES: readonly VoteOutcome[] = ['passed', 'failed', 'unknown'];
export const VOTE_LABELS: Readonly<Record<VoteOutcome, string>> = { passed: 'Thông qua', failed: 'Không thông qua', unknown: 'Chưa xác định' };

export const TIMELY_LABELS = { timely: 'Đúng hạn', late: 'Muộn' } as const;

/** Keys the detail block files feedback under when it names no consultation. */
export const NO_CONSULTATION = '(chưa xác định đợt)';
export const NO_CONSULTATION_ID = '(không có mã đợt)';

export interface GroupSummary {
  /** `Ngân sách`; `Tổng cộng` on the totals line. */
  readonly label: string;
  /** Điều 11 khoản; null for the unknown group, 0 on the totals line. */
  readonly clause: number | null;
  readonly byStatus: Readonly<Record<PostingStatus, number>>;
  readonly total: number;
  /** Postings the rate is computed on (JUDGED_STATUSES). */
  readonly judged: number;
  /** Met or permanent: the rate's numerator. */
  readonly met: number;
  /** met / judged; null when nothing is judged (the sheet shows an empty cell). */
  readonly rate: number | null;
  /** Published after the time limit (`timely === false`), whatever the duration verdict. */
  readonly late: number;
}

export interface ConsultationSummary {
  /** The consultation's `Mã đợt` (the key feedback is counted by), or NO_CONSULTATION(_ID). */
  readonly key: string;
  readonly subject: string;
  readonly feedback: FeedbackCounts;
}

export interface SummaryData {
  /** Every content group that has postings, by Điều 11 khoản. */
  readonly groups: readonly GroupSummary[];
  readonly postings: GroupSummary;
  readonly tasks: { readonly byStatus: Readonly<Record<TaskStatus, number>>; readonly total: number; readonly overdue: readonly ReportTask[] };
  readonly consultations: readonly ConsultationSummary[];
  readonly feedback: FeedbackCounts;
  readonly votes: Readonly<Record<VoteOutcome, number>> & { readonly total: number };
}

/**
 * A feedback row is done when it has a decision and a written answer (Luật 10/2022/QH15,
 * Điều 28 khoản 3), as `checkFeedback` judges it; otherwise pending.
 */
export function feedbackState(f: ReportFeedback): FeedbackState {
  return f.decision !== null && (f.response ?? '').trim() !== '' ? f.decision : 'pending';
}

export const voteOutcome = (v: ReportVote): VoteOutcome => (v.passed === null ? 'unknown' : v.passed ? 'passed' : 'failed');

const blankTo = (s: string | null, fallback: string): string => (s === null || s.trim() === '' ? fallback : s);
// COUNTIFS ignores case, so keys compare case-blind, as the formulas will.
const fold = (s: string) => s.toLocaleLowerCase('vi');

/**
 * The key each feedback row is counted under: its consultation's `Mã đợt`, or NO_CONSULTATION when
 * it names none the model knows. One key per consultation (the first of equal ids), so every
 * feedback row is counted exactly once and the SUM of the lines is the number of rows.
 */
export function feedbackKeys(model: ReportModel): { consultations: { key: string; subject: string }[]; keyOf: (f: ReportFeedback) => string } {
  const known = new Map<string, { key: string; subject: string }>();
  for (const c of model.consultations) {
    const key = blankTo(c.id, NO_CONSULTATION_ID);
    if (!known.has(fold(key))) known.set(fold(key), { key, subject: c.subject });
  }
  // Many rows share a few ids; folding each row's id again cost more than the rest of the summary.
  const byId = new Map<string | null, string>();
  const keyOf = (f: ReportFeedback) => {
    let key = byId.get(f.consultationId);
    if (key === undefined) {
      key = known.get(fold(blankTo(f.consultationId, NO_CONSULTATION)))?.key ?? NO_CONSULTATION;
      byId.set(f.consultationId, key);
    }
    return key;
  };
  const consultations = [...known.values()];
  if (model.feedback.some((f) => keyOf(f) === NO_CONSULTATION) && !known.has(fold(NO_CONSULTATION))) {
    consultations.push({ key: NO_CONSULTATION, subject: 'Ý kiến chưa gắn với đợt lấy ý kiến nào' });
  }
  return { consultations, keyOf };
}

function consultationSummaries(model: ReportModel): ConsultationSummary[] {
  const { consultations, keyOf } = feedbackKeys(model);
  const rows = new Map<string, ReportFeedback[]>(consultations.map((c) => [c.key, []]));
  for (const f of model.feedback) rows.get(keyOf(f))?.push(f);
  return consultations.map((c) => ({ ...c, feedback: feedbackCounts(rows.get(c.key)!) }));
}

/**
 * The numbers of `Tổng hợp`, straight from the model: what its formulas must recompute, and what
 * the task pane draws. Pure.
 * @example summarize(SAMPLE_MODEL).postings // { label: 'Tổng cộng', total: 6, judged: 4, met: 2, rate: 0.5, late: 1, … }
 */
export function summarize(model: ReportModel): SummaryData {
  const byGroup = new Map<string, { clause: number | null; statuses: PostingStatus[]; late: number }>();
  for (const p of model.postings) {
    const g = byGroup.get(p.group) ?? { clause: p.clause, statuses: [], late: 0 };
    g.statuses.push(p.status);
    if (p.timely === false) g.late++;
    byGroup.set(p.group, g);
  }
  const groups = [...byGroup.entries()]
    .sort(([la, a], [lb, b]) => byClause(a.clause, b.clause) || la.localeCompare(lb, 'vi'))
    .map(([label, g]) => groupSummary(label, g.clause, g.statuses, g.late));
  const postings = groupSummary('Tổng cộng', 0, model.postings.map((p) => p.status), model.postings.filter((p) => p.timely === false).length);

  const taskCounts = count(TASK_STATUSES, model.tasks.map((t) => t.status));
  const overdue = model.tasks.filter((t) => t.status === 'overdue');

  const consultations = consultationSummaries(model);
  const votes = count(VOTE_OUTCOMES, model.votes.map(voteOutcome));
  return {
    groups, postings,
    tasks: { byStatus: taskCounts, total: model.tasks.length, overdue },
    consultations,
    feedback: feedbackCounts(model.feedback),
    votes: { ...votes, total: model.votes.length },
  };
}

function groupSummary(label: string, clause: number | null, statuses: readonly PostingStatus[], late: number): GroupSummary {
  const byStatus = count(POSTING_STATUSES, statuses);
  const sum = (of: readonly PostingStatus[]) => of.reduce((n, s) => n + byStatus[s], 0);
  const judged = sum(JUDGED_STATUSES);
  const met = sum(MET_STATUSES);
  return { label, clause, byStatus, total: statuses.length, judged, met, rate: judged === 0 ? null : met / judged, late };
}

function feedbackCounts(rows: readonly ReportFeedback[]): FeedbackCounts {
  const c = count(FEEDBACK_STATES, rows.map(feedbackState));
  return { total: rows.length, accepted: c.accepted, partlyAccepted: c['partly-accepted'], explained: c.explained, pending: c.pending };
}

function count<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) out[v]++;
  return out;
}

