import { isCalendarYear } from '../calendar/calendarRange';
import { compareDates, formatVi, type LocalDate } from '../calendar/localDate';
import { provisionalNote } from '../calendar/provisional';
import { addWorkingDays, countWorkingDays, type WorkCalendar } from '../calendar/workingDays';
import { citeFor } from '../law/edition';
import type { RuleSet } from '../rules/resolve';
import type { Explained } from './explain';
import type { PostingRow, UnitKind } from './types';

/** Whether a posting went up in time after its document (Luật 10/2022/QH15, Điều 12 k3; Điều 47 k2 for agencies). */
export interface Timeliness {
  /** The last day to publish: N working days after `Ngày văn bản`; null without a document date. */
  readonly publishBy: LocalDate | null;
  /** Started no later than `publishBy`; false also when not started and the day has passed; null when unknown. */
  readonly timely: boolean | null;
  readonly rule: string;
  /** The message when late (`posting.late`, `posting.not-published`), null otherwise. */
  readonly late: Explained | null;
}

/**
 * `publishBy` counts working days from the day after the document (Bộ luật Dân sự 2015, Điều 147),
 * skipping weekends and days off and counting make-up Saturdays, with the user's `Ngày nghỉ`.
 * @example checkTimeliness(row, 'commune', rules, buildWorkCalendar(), asOf).publishBy
 * // Ngày văn bản 14/02/2024 → { y: 2024, m: 2, d: 21 } (Wed 14 → Thu 15, Fri 16, Mon 19, Tue 20, Wed 21)
 */
export function checkTimeliness(p: PostingRow, unit: UnitKind, rules: RuleSet, cal: WorkCalendar, asOf: LocalDate): Timeliness {
  const rule = unit === 'agency' ? 'CQ_THOI_DIEM' : 'CK_THOI_DIEM';
  const doc = p.documentDate;
  if (!doc || !isCalendarYear(doc.y) || !isCalendarYear(doc.y + 1)) return { publishBy: null, timely: null, rule, late: null };
  const { value, rule: def } = rules.get(rule);
  const days = value ?? 5;
  const publishBy = addWorkingDays(cal, doc, days);
  const params = {
    workingDays: days, documentDate: formatVi(doc), publishBy: formatVi(publishBy), basis: citeFor(def.basis, doc),
    provisional: provisionalNote(cal, doc, p.start && compareDates(p.start, publishBy) > 0 ? p.start : publishBy),
  };
  if (p.start) {
    if (compareDates(p.start, publishBy) <= 0) return { publishBy, timely: true, rule, late: null };
    const lateDays = isCalendarYear(p.start.y) ? countWorkingDays(cal, publishBy, p.start) : null;
    return { publishBy, timely: false, rule, late: { code: 'posting.late', params: { ...params, start: formatVi(p.start), lateDays } } };
  }
  if (compareDates(asOf, publishBy) > 0) {
    return { publishBy, timely: false, rule, late: { code: 'posting.not-published', params } };
  }
  return { publishBy, timely: null, rule, late: null };
}
