import type { RuleSet } from '../rules/resolve';
import type { PostingForm, PostingRow, UnitKind } from './types';

/**
 * What the law (or the row) asks of a posting. `assumed`: the content group was blank, so the
 * general 30 days of Điều 13 k2 were applied (the verdict says so). `rowBelowLaw`: the row's
 * `Số ngày yêu cầu`, lower than the law's number and therefore not used.
 */
export type Requirement =
  | {
    readonly kind: 'days'; readonly days: number; readonly rule: string; readonly basis: string;
    readonly source: 'law' | 'sheet' | 'row'; readonly assumed?: boolean; readonly rowBelowLaw?: number;
    /** For `source: 'row'`: the number the row raised (null: the law sets none for this form or group). */
    readonly lawDays?: number | null;
  }
  | { readonly kind: 'permanent'; readonly rule: string; readonly basis: string; readonly rowBelowLaw?: number }
  | {
    readonly kind: 'none'; readonly rule: string | null; readonly basis: string | null;
    /** Radio with a blank group: whether Điều 13 khoản 3's 3 days apply cannot be told. */
    readonly radioUnknownGroup?: boolean;
  };

// Luật 10/2022/QH15, Điều 13 khoản 2: khoản 4 and 13 of Điều 11 are posted permanently.
const PERMANENT_CLAUSES = new Set([4, 13]);
// Điều 13 khoản 3: khoản 7–12 of Điều 11 also go on the commune radio for at least 3 days.
const RADIO_CLAUSES = new Set([7, 8, 9, 10, 11, 12]);
// Điều 11 khoản 14 («Nội dung khác»): Điều 13 khoản 2 sets no posting minimum for it.
const OTHER_CLAUSE = 14;
const POSTED_FORMS: ReadonlySet<PostingForm> = new Set(['niem-yet', 'niem-yet-thuong-xuyen']);

function days(rules: RuleSet, id: string, extra: { assumed?: boolean } = {}): Requirement {
  const r = rules.get(id);
  if (r.value === null) return { kind: 'none', rule: id, basis: r.rule.basis };
  return { kind: 'days', days: r.value, rule: id, basis: r.rule.basis, source: r.source, ...extra };
}

const permanent = (rules: RuleSet, id: string): Requirement => ({ kind: 'permanent', rule: id, basis: rules.get(id).rule.basis });

/** The requirement by unit level, form and content group alone, before the row's own number. */
function byLaw(p: PostingRow, unit: UnitKind, rules: RuleSet): Requirement {
  if (p.form === null) return { kind: 'none', rule: null, basis: null };
  if (unit === 'agency') {
    // Điều 48 khoản 1–2: internal website/system or posting at the office, at least 20 consecutive
    // days, whether or not the unit calls it permanent: no content of Điều 46 must stay up for good.
    if (POSTED_FORMS.has(p.form) || p.form === 'website') return days(rules, 'CQ_NIEM_YET');
    return { kind: 'none', rule: 'CQ_THOI_DIEM', basis: rules.get('CQ_THOI_DIEM').rule.basis };
  }
  const clause = p.clause;
  if (POSTED_FORMS.has(p.form)) {
    // Permanence follows the content (Điều 13 khoản 2: k4 and k13), not the form the row names: a
    // budget posted «thường xuyên» still owes its 30 days, and taking it down after them is lawful.
    if (clause !== null && PERMANENT_CLAUSES.has(clause)) return permanent(rules, 'CK_THUONG_XUYEN');
    // «Khác» (k14): a minimum only where the Quy định sheet sets CK_NIEM_YET_KHAC.
    if (clause === OTHER_CLAUSE) return days(rules, 'CK_NIEM_YET_KHAC');
    // A blank group is unknown content: the 30 days that cover most groups, said to be assumed.
    return days(rules, 'CK_NIEM_YET', clause === null ? { assumed: true } : {});
  }
  if (p.form === 'radio' && clause !== null && RADIO_CLAUSES.has(clause)) return days(rules, 'CK_TRUYEN_THANH');
  if (p.form === 'radio' && clause === null) {
    return { kind: 'none', rule: 'CK_TRUYEN_THANH', basis: rules.get('CK_TRUYEN_THANH').rule.basis, radioUnknownGroup: true };
  }
  // Website, village heads, letters, meetings, social networks: no minimum duration for a commune.
  return { kind: 'none', rule: 'CK_THOI_DIEM', basis: rules.get('CK_THOI_DIEM').rule.basis };
}

/**
 * The minimum a posting row must reach (RULES.md, "Which rule a posting row gets"): by unit level,
 * form and content group; the row's own `Số ngày yêu cầu` may raise it, never lower it (RULES.md,
 * corrections: a commune plan is not «pháp luật» in the sense of Điều 13 k2's «trừ trường hợp pháp
 * luật có quy định khác»). A lower number is kept in `rowBelowLaw` for a warning.
 * @example requirementFor({ form: 'radio', clause: 11, … }, 'commune', rules) // { kind: 'days', days: 3, rule: 'CK_TRUYEN_THANH', … }
 * @example requirementFor({ form: 'niem-yet', clause: 11, requiredDaysOverride: 20, … }, 'commune', rules)
 * // { kind: 'days', days: 30, source: 'law', rowBelowLaw: 20, … }
 */
export function requirementFor(p: PostingRow, unit: UnitKind, rules: RuleSet): Requirement {
  const law = byLaw(p, unit, rules);
  const asked = p.requiredDaysOverride;
  if (asked === null) return law;
  if (law.kind === 'permanent') return { ...law, rowBelowLaw: asked };
  if (law.kind === 'days') {
    if (asked === law.days) return law;
    if (asked > law.days) return { kind: 'days', days: asked, rule: law.rule, basis: law.basis, source: 'row', lawDays: law.days };
    return { ...law, rowBelowLaw: asked };
  }
  // No minimum by law for this form or group: the row's number is the one in force.
  const rule = law.rule && law.rule !== 'CK_THOI_DIEM' && law.rule !== 'CQ_THOI_DIEM' ? law.rule
    : unit === 'agency' ? 'CQ_NIEM_YET' : p.form === 'radio' ? 'CK_TRUYEN_THANH' : 'CK_NIEM_YET';
  return { kind: 'days', days: asked, rule, basis: rules.get(rule).rule.basis, source: 'row', lawDays: null };
}
