import type { Issue } from '../issues';
import { fold } from '../text/normalize';
import type { ConsultationRow, FeedbackRow } from './types';

/** The header texts of the two `Mã đợt` columns as the user wrote them, for the input errors. */
export interface IdColumns {
  readonly consultation: string;
  readonly feedback: string;
}

/**
 * Gives every feedback row its consultation by `Mã đợt` (compared by `fold`: case, accents and
 * spacing do not matter). A blank code belongs to the only consultation when the workbook has
 * exactly one; blank with several, or a code no consultation has, is an input error naming the
 * row, and the row belongs to none. A code used by two consultations is an input error on the
 * second; feedback goes to the first.
 *
 * @example linkFeedback([dot1, dot2], [{ …, consultationId: 'Đợt 2' }, { …, consultationId: null }], cols)
 * // { links: [1, null], issues: [{ code: 'feedback-consultation-blank', row: 6, … }] }
 */
export function linkFeedback(
  consultations: readonly ConsultationRow[], feedback: readonly FeedbackRow[], columns: IdColumns,
): { links: (number | null)[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const byKey = new Map<string, number>();
  consultations.forEach((c, i) => {
    if (c.id === null) {
      // Several consultations: one without a code cannot be named by its feedback.
      if (consultations.length > 1) {
        issues.push({ code: 'consultation-id-missing', severity: 'warning', sheet: c.sheet, row: c.row, column: columns.consultation,
          params: { count: consultations.length } });
      }
      return;
    }
    const key = fold(c.id);
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, i);
    else {
      issues.push({ code: 'consultation-id-duplicate', severity: 'error', sheet: c.sheet, row: c.row, column: columns.consultation,
        value: c.id, params: { firstRow: consultations[first].row } });
    }
  });
  const known = consultations.filter((c) => c.id !== null).map((c) => c.id).join(', ') || '(chưa có mã đợt nào)';

  const links = feedback.map((f): number | null => {
    if (f.consultationId === null) {
      if (consultations.length === 1) return 0;
      issues.push({ code: 'feedback-consultation-blank', severity: 'error', sheet: f.sheet, row: f.row, column: columns.feedback,
        params: { count: consultations.length, known } });
      return null;
    }
    const index = byKey.get(fold(f.consultationId));
    if (index !== undefined) return index;
    issues.push({ code: 'feedback-consultation-unknown', severity: 'error', sheet: f.sheet, row: f.row, column: columns.feedback,
      value: f.consultationId, params: { known } });
    return null;
  });
  return { links, issues };
}
