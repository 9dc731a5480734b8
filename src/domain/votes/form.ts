import type { Finding } from '../findings';
import { citeFor } from '../law/edition';
import { VOTE_METHODS, vocabEntry, type VoteKind } from '../vocabulary';
import type { VoteRow } from './types';

export const FORM_RULE = 'BQ_HINH_THUC';

/**
 * Whether the form of deciding is one the Law allows for the matter (Luật 10/2022/QH15, Điều 17 khoản 2):
 * - Điều 15 khoản 3, 4, 5 (hương ước; electing or dismissing village heads and boards) are decided at a
 *   community meeting; ballots only in the case of Điều 19 khoản 1 điểm b (a meeting held without
 *   enough households present to reach the threshold), which the row cannot show: a warning to check it;
 * - an online vote only for the matters of Điều 15 khoản 6;
 * - khoản 1, 2 and 6 may be decided at a meeting or by ballots (Điều 19 khoản 1 điểm a, c).
 * A decision in a form the law does not allow is not recognised (Điều 22 khoản 1 điểm b): an error.
 * `allowed` is null when the form or the kind is unknown, or (ballots for k3–5) depends on Điều 19 k1 b.
 */
export function checkForm(row: VoteRow, kind: VoteKind | null, basis: string): { allowed: boolean | null; finding: Finding | null } {
  if (!kind || !row.method) return { allowed: null, finding: null };
  const meetingOnly = kind.clauses.every((c) => c >= 3 && c <= 5);
  const selfManaged = kind.clauses.every((c) => c === 6);
  const finding = (severity: Finding['severity'], code: string): Finding => ({
    sheet: row.sheet, row: row.row, rule: FORM_RULE, severity, code: `${FORM_RULE}.${code}`,
    params: {
      kind: kind.label, clauses: kind.clauses.join(', '), method: vocabEntry(VOTE_METHODS, row.method!).label,
      basis: citeFor(basis, row.date), law: citeFor('Luật 10/2022/QH15', row.date),
    },
  });
  if (row.method === 'online' && !selfManaged) {
    return { allowed: false, finding: finding('error', meetingOnly ? 'online-meeting-only' : 'online-not-allowed') };
  }
  if (row.method === 'ballot' && meetingOnly) return { allowed: null, finding: finding('warning', 'ballot-after-meeting') };
  return { allowed: true, finding: null };
}
