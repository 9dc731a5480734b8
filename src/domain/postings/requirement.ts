import type { RuleSet } from '../rules/resolve';
import type { PostingForm, PostingRow, UnitKind } from './types';

/** What the law (or the row) asks of a posting. */
export type Requirement =
  | { readonly kind: 'days'; readonly days: number; readonly rule: string; readonly basis: string; readonly source: 'law' | 'sheet' | 'row' }
  | { readonly kind: 'permanent'; readonly rule: string; readonly basis: string }
  | { readonly kind: 'none'; readonly rule: string | null; readonly basis: string | null };

// Luật 10/2022/QH15, Điều 13 khoản 2: khoản 4 and 13 of Điều 11 are posted permanently.
const PERMANENT_CLAUSES = new Set([4, 13]);
// Điều 13 khoản 3: khoản 7–12 of Điều 11 also go on the commune radio for at least 3 days.
const RADIO_CLAUSES = new Set([7, 8, 9, 10, 11, 12]);
const POSTED_FORMS: ReadonlySet<PostingForm> = new Set(['niem-yet', 'niem-yet-thuong-xuyen']);

function days(rules: RuleSet, id: string): Requirement {
  const r = rules.get(id);
  return { kind: 'days', days: r.value ?? 0, rule: id, basis: r.rule.basis, source: r.source };
}

/**
 * The minimum a posting row must reach (RULES.md, "Which rule a posting row gets"):
 * the row's own `Số ngày yêu cầu` first, then by unit level, form and content group.
 * @example requirementFor({ form: 'radio', clause: 11, … }, 'commune', rules) // { kind: 'days', days: 3, rule: 'CK_TRUYEN_THANH', … }
 */
export function requirementFor(p: PostingRow, unit: UnitKind, rules: RuleSet): Requirement {
  const clause = p.clause ?? 14; // blank group = Khác (Điều 11 khoản 14)
  if (p.requiredDaysOverride !== null) {
    const rule = unit === 'agency' ? 'CQ_NIEM_YET' : p.form === 'radio' ? 'CK_TRUYEN_THANH' : 'CK_NIEM_YET';
    return { kind: 'days', days: p.requiredDaysOverride, rule, basis: rules.get(rule).rule.basis, source: 'row' };
  }
  if (p.form === null) return { kind: 'none', rule: null, basis: null };
  if (unit === 'agency') {
    // Điều 48: internal website/system or posting at the office, at least 20 consecutive days.
    if (p.form === 'niem-yet-thuong-xuyen') return { kind: 'permanent', rule: 'CQ_NIEM_YET', basis: rules.get('CQ_NIEM_YET').rule.basis };
    if (POSTED_FORMS.has(p.form) || p.form === 'website') return days(rules, 'CQ_NIEM_YET');
    return { kind: 'none', rule: 'CQ_THOI_DIEM', basis: rules.get('CQ_THOI_DIEM').rule.basis };
  }
  if (POSTED_FORMS.has(p.form)) {
    if (p.form === 'niem-yet-thuong-xuyen' || PERMANENT_CLAUSES.has(clause)) {
      return { kind: 'permanent', rule: 'CK_THUONG_XUYEN', basis: rules.get('CK_THUONG_XUYEN').rule.basis };
    }
    return days(rules, 'CK_NIEM_YET');
  }
  if (p.form === 'radio' && RADIO_CLAUSES.has(clause)) return days(rules, 'CK_TRUYEN_THANH');
  // Website, village heads, letters, meetings, social networks: no minimum duration for a commune.
  return { kind: 'none', rule: 'CK_THOI_DIEM', basis: rules.get('CK_THOI_DIEM').rule.basis };
}
