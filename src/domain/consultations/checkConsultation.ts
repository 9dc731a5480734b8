import { isCalendarYear } from '../calendar/calendarRange';
import { addDays, compareDates, diffDays, formatVi, type LocalDate } from '../calendar/localDate';
import { countDays } from '../calendar/period';
import { provisionalNote } from '../calendar/provisional';
import { addWorkingDays } from '../calendar/workingDays';
import type { Finding } from '../findings';
import { citeFor, lawFor } from '../law/edition';
import type { PostingRow } from '../postings/types';
import { CONSULTATION_STATUS_SEVERITY, consultationLabel } from './labels';
import type {
  ConsultationOptions, ConsultationResult, ConsultationRow, ConsultationStatus, FeedbackResult, SynthesisDeadline,
} from './types';

/** Luật 10/2022/QH15, Điều 11 khoản 11: the results of a consultation are a content to publish. */
const CONSULTATION_CLAUSE = 11;

/**
 * Checks one `Lấy ý kiến` row as of a date: the window, the feedback handled, the results published.
 *
 * Statuses, worst first — the first that applies is the row's status; every applicable finding is
 * still emitted on its own:
 * 1. `invalid` — a cell unreadable, or the end before the start (input errors);
 * 2. `missing-data` — no `Từ ngày` or no `Đến ngày`: the window cannot be counted;
 * 3. `short` — the window, finished or planned, is shorter than YK_THOI_GIAN (Điều 28 khoản 2);
 * 4. `pending-feedback` — the synthesis deadline has passed with feedback not yet answered (Điều 28 khoản 3);
 * 5. `unpublished` — the window is closed and the results were not published within CK_THOI_DIEM
 *    working days of the synthesis (Điều 28 khoản 3, Điều 11 khoản 11, Điều 12 khoản 3);
 * 6. `planned` (starts after the as-of date), `ongoing` (started, `Đến ngày` not yet over);
 * 7. `met`.
 * Days are counted by the Civil Code (first day not counted) unless `TINH_NGAY_DAU` = 1.
 *
 * @example
 * // An Thượng: from 15/02/2024 to the end of 06/03/2024, results published 11/03/2024
 * checkConsultation(anThuong, synthesisDeadline(anThuong, 2024), [], [], opts)
 * // { status: 'met', days: 20, requiredDays: 20, resultsPublished: { y: 2024, m: 3, d: 11 }, … }
 */
export function checkConsultation(
  c: ConsultationRow, deadline: SynthesisDeadline, feedback: readonly FeedbackResult[],
  postings: readonly PostingRow[], opts: ConsultationOptions,
): ConsultationResult {
  const { asOf } = opts;
  // Điều 28 khoản 2's 20 days bind UBND cấp xã; an agency or public service unit (Điều 53–55) has a
  // minimum only where its Quy định sheet sets CQ_LAY_Y_KIEN (RULES.md, corrections).
  const ruleId = opts.unit === 'agency' ? 'CQ_LAY_Y_KIEN' : 'YK_THOI_GIAN';
  const rule = opts.rules.get(ruleId);
  const required = rule.value;
  const countFirstDay = opts.rules.get('TINH_NGAY_DAU').value === 1;
  const at = { sheet: c.sheet, row: c.row };
  const findings: Finding[] = [];
  // The rule set and its citation follow the day the consultation content was published (`Từ ngày`).
  const need = {
    required, law: rule.rule.value, ruleSource: rule.source, scope: opts.unit,
    basis: citeFor(rule.rule.basis, c.from), lawName: lawFor(c.from),
  };

  const reason = windowProblem(c);
  const { from, to } = c;
  const days = from && to && reason === null ? countDays(from, to, countFirstDay) : null;
  const window = { from: from ? formatVi(from) : null, to: to ? formatVi(to) : null, days, ...need, countFirstDay: countFirstDay ? 1 : 0 };

  let windowStatus: ConsultationStatus = 'met';
  if (reason === 'bad-cells' || reason === 'end-before-start') windowStatus = 'invalid';
  else if (reason !== null) {
    windowStatus = 'missing-data';
    findings.push({ ...at, rule: ruleId, severity: 'warning', code: 'YK_THOI_GIAN.missing-data', params: { ...window, missing: reason } });
  } else if (required !== null && days! < required) {
    windowStatus = 'short';
    // Still open (or not started): say until when it must run to reach the minimum.
    const extendTo = compareDates(to!, asOf) >= 0 ? formatVi(addDays(from!, required - (countFirstDay ? 1 : 0))) : null;
    findings.push({ ...at, rule: ruleId, severity: 'error', code: 'YK_THOI_GIAN.short', params: { ...window, missing: required - days!, extendTo } });
  } else if (compareDates(from!, asOf) > 0) {
    windowStatus = 'planned';
    findings.push({ ...at, rule: ruleId, severity: 'info', code: 'YK_THOI_GIAN.planned', params: window });
  } else if (compareDates(to!, asOf) >= 0) {
    windowStatus = 'ongoing';
    findings.push({ ...at, rule: ruleId, severity: 'info', code: 'YK_THOI_GIAN.ongoing', params: { ...window, remaining: diffDays(to!, asOf) } });
  }

  // Luật 10/2022/QH15, Điều 28 khoản 3: every opinion answered by the synthesis deadline.
  const overdue = feedback.filter((f) => f.overdue).length;
  const pendingSeverity = deadline.source === 'assumed' ? 'warning' : 'error';
  if (overdue > 0 && deadline.due) {
    findings.push({ ...at, rule: 'YK_CONG_KHAI_KQ', severity: pendingSeverity, code: 'YK_CONG_KHAI_KQ.pending-feedback',
      params: { pending: overdue, total: feedback.length, due: formatVi(deadline.due), source: deadline.source, overdueDays: diffDays(asOf, deadline.due),
        lawName: lawFor(c.from), ...movedParams(deadline) } });
  }

  const publication = reason === null ? checkPublication(c, deadline, postings, opts) : { published: null, publishBy: null, finding: null };
  if (publication.finding) findings.push({ ...at, ...publication.finding });
  const unpublished = publication.finding?.code === 'YK_CONG_KHAI_KQ.unpublished';

  // Any unreadable cell makes the row `invalid` (as a posting's); what could be judged is still reported.
  const status: ConsultationStatus = c.badCells.length > 0 ? 'invalid'
    : windowStatus === 'invalid' || windowStatus === 'missing-data' || windowStatus === 'short' ? windowStatus
      : overdue > 0 ? 'pending-feedback'
        : unpublished ? 'unpublished'
          : windowStatus;
  const severity = status === 'pending-feedback' ? pendingSeverity : CONSULTATION_STATUS_SEVERITY[status];
  // Published, but late: the status stays `met` (SCHEMA.md has no status for it); the column says so.
  const lateBy = status === 'met' && publication.finding?.code === 'YK_CONG_KHAI_KQ.published-late' ? publication.finding.params.lateDays : null;
  const verdict = lateBy !== null
    ? { ...at, label: `Công khai kết quả muộn ${lateBy} ngày`, severity: 'warning' as const }
    : { ...at, label: consultationLabel(status, { required: required ?? 0, pending: overdue }), severity };
  return {
    consultation: c, status, days, requiredDays: required,
    resultsPublished: publication.published, publishBy: publication.publishBy, reason, findings, verdict,
  };
}

/** Bộ luật Dân sự 2015, Điều 148 khoản 5: a synthesis deadline on a day off was moved; say from which day. */
export function movedParams(deadline: SynthesisDeadline): Record<string, string> {
  return deadline.movedFrom ? { movedFrom: formatVi(deadline.movedFrom) } : {};
}

function windowProblem(c: ConsultationRow): ConsultationResult['reason'] {
  if (c.badCells.includes('from') || c.badCells.includes('to')) return 'bad-cells';
  if (c.from && c.to && compareDates(c.to, c.from) < 0) return 'end-before-start';
  if (!c.from) return 'no-from';
  if (!c.to) return 'no-to';
  return null;
}

interface Publication {
  readonly published: LocalDate | null;
  readonly publishBy: LocalDate | null;
  readonly finding: Omit<Finding, 'sheet' | 'row'> | null;
}

/**
 * The results are published by `Ngày công khai kết quả`, or by a `Công khai` row of group
 * «Lấy ý kiến» (Điều 11 khoản 11) starting on/after `Ngày tổng hợp xong` — after `Đến ngày` when
 * there is no synthesis date; the earliest such row counts. They are due CK_THOI_DIEM working days
 * after the synthesis (Điều 12 khoản 3; Điều 47 khoản 2 for agencies), or after the synthesis
 * deadline when no synthesis date is given.
 */
function checkPublication(c: ConsultationRow, deadline: SynthesisDeadline, postings: readonly PostingRow[], opts: ConsultationOptions): Publication {
  const { asOf } = opts;
  const posted = c.synthesized
    ? (p: LocalDate) => compareDates(p, c.synthesized!) >= 0
    : (p: LocalDate) => compareDates(p, c.to!) > 0;
  let published = c.resultPublished;
  let via: 'cell' | 'posting' = 'cell';
  if (!published) {
    for (const p of postings) {
      // A posting that starts after the as-of date has not published anything yet.
      if (p.clause !== CONSULTATION_CLAUSE || p.hasBadCells || !p.start || !posted(p.start) || compareDates(p.start, asOf) > 0) continue;
      if (!published || compareDates(p.start, published) < 0) [published, via] = [p.start, 'posting'];
    }
  }
  const ruleId = opts.unit === 'agency' ? 'CQ_THOI_DIEM' : 'CK_THOI_DIEM';
  const timing = opts.rules.get(ruleId);
  const workingDays = timing.value ?? 5;
  const reference = c.synthesized ?? deadline.due;
  const publishBy = reference && isCalendarYear(reference.y) && isCalendarYear(reference.y + 1)
    ? addWorkingDays(opts.calendar, reference, workingDays) : null;
  const params = {
    publishBy: publishBy ? formatVi(publishBy) : null, workingDays, basis: citeFor(timing.rule.basis, reference), timingSource: timing.source,
    lawName: lawFor(c.from),
    provisional: reference && publishBy ? provisionalNote(opts.calendar, reference, compareDates(asOf, publishBy) > 0 ? asOf : publishBy) : null,
    reference: reference ? formatVi(reference) : null, referenceKind: c.synthesized ? 'synthesized' : deadline.source,
  };
  if (published) {
    if (publishBy && compareDates(published, publishBy) > 0) {
      return { published, publishBy, finding: { rule: 'YK_CONG_KHAI_KQ', severity: 'warning', code: 'YK_CONG_KHAI_KQ.published-late',
        params: { ...params, published: formatVi(published), via, lateDays: diffDays(published, publishBy) } } };
    }
    return { published, publishBy, finding: null };
  }
  // An unreadable `Ngày công khai kết quả` (or synthesis date) may hold the answer: say nothing rather than a wrong "unpublished".
  if (c.badCells.includes('resultPublished') || c.badCells.includes('synthesized') || compareDates(c.to!, asOf) >= 0 || !publishBy) return { published: null, publishBy, finding: null };
  if (compareDates(asOf, publishBy) > 0) {
    return { published: null, publishBy, finding: { rule: 'YK_CONG_KHAI_KQ', severity: 'error', code: 'YK_CONG_KHAI_KQ.unpublished',
      params: { ...params, overdueDays: diffDays(asOf, publishBy) } } };
  }
  return { published: null, publishBy, finding: { rule: 'YK_CONG_KHAI_KQ', severity: 'info', code: 'YK_CONG_KHAI_KQ.publish-due', params } };
}
