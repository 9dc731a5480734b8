import type { LocalDate } from '../calendar/localDate';
import type { Issue } from '../issues';
import { citeFor } from '../law/edition';
import type { WorkCalendar } from '../calendar/workingDays';
import type { RuleSet } from '../rules/resolve';
import { checkPosting, type PostingVerdict } from './checkPosting';
import { explainPosting, postingEvent, type Explained } from './explain';
import { POSTING_STATUS_SEVERITY } from './labels';
import { requirementFor, type Requirement } from './requirement';
import { checkTimeliness, type Timeliness } from './timeliness';
import type { PostingRow, UnitKind } from './types';

export interface PostingResult {
  readonly posting: PostingRow;
  readonly requirement: Requirement;
  readonly verdict: PostingVerdict;
  /** The rule the verdict is judged by (`CK_NIEM_YET`…), or an input check id. */
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info' | 'ok';
  readonly explanation: Explained;
  /** Published in time after its document (Điều 12 k3 / Điều 47 k2). */
  readonly timeliness: Timeliness;
  /**
   * Warnings on the row's own cells, for the input-error list: `posting-required-below-law` when
   * `Số ngày yêu cầu` is below the law's minimum (it is quoted; the row is judged by the law).
   */
  readonly issues: readonly Issue[];
}

/** The column a row's `Số ngày yêu cầu` warning points at (SCHEMA.md's header). */
export const REQUIRED_DAYS_COLUMN = 'Số ngày yêu cầu';

/** The `issues` of every row that has none: one list for all of them. */
const NO_ISSUES: readonly Issue[] = Object.freeze([]);

function rowIssues(p: PostingRow, req: Requirement): readonly Issue[] {
  if (req.kind === 'none' || req.rowBelowLaw === undefined) return NO_ISSUES;
  const law = req.kind === 'days' ? `${req.days} ngày` : 'niêm yết thường xuyên';
  return [{
    code: 'posting-required-below-law', severity: 'warning', sheet: p.sheet, row: p.row, column: REQUIRED_DAYS_COLUMN,
    value: String(req.rowBelowLaw), params: { law, basis: citeFor(req.basis, postingEvent(p)), rule: req.rule },
  }];
}


/**
 * Checks every posting row of `Công khai` as of a date.
 * Luật 10/2022/QH15, Điều 13 (durations); Bộ luật Dân sự 2015, Điều 147–148 (counting).
 */
export function checkPostings(
  rows: readonly PostingRow[], unit: UnitKind, rules: RuleSet, calendar: WorkCalendar, asOf: LocalDate,
): PostingResult[] {
  const countFirstDay = rules.get('TINH_NGAY_DAU').value === 1;
  return rows.map((posting) => {
    const requirement = requirementFor(posting, unit, rules);
    const verdict = checkPosting(posting, requirement, { asOf, countFirstDay });
    return {
      posting, requirement, verdict,
      rule: requirement.rule ?? 'DU_LIEU',
      severity: POSTING_STATUS_SEVERITY[verdict.status],
      explanation: explainPosting(posting, requirement, verdict, countFirstDay),
      timeliness: checkTimeliness(posting, unit, rules, calendar, asOf),
      issues: rowIssues(posting, requirement),
    };
  });
}
