import type { Issue } from '../issues';
import { RULES, UnknownRuleError, type RuleDef } from './catalog';

/** A value the user typed in the `Quy định` sheet, with its sheet row for messages. */
export interface RuleOverride {
  readonly id: string;
  readonly value: number | null;
  readonly row: number;
}

/** The value in force for a rule, and where it came from (said in every explanation). */
export interface RuleInForce {
  readonly rule: RuleDef;
  readonly value: number | null;
  readonly source: 'law' | 'sheet';
}

export interface RuleSet {
  get(id: string): RuleInForce;
}

/**
 * Merges the catalog with the `Quy định` sheet. A `minimum` may be raised, never lowered below
 * the law, and a `deadline` shortened, never lengthened (the law's value stays, with a warning); a `switch` takes 0 or 1; `fixed` rules keep
 * the law's value. Unknown ids are warned about and ignored.
 * @example resolveRules([{ id: 'CK_NIEM_YET', value: 45, row: 4 }], 'Quy định').rules.get('CK_NIEM_YET').value // 45
 */
export function resolveRules(overrides: readonly RuleOverride[], sheet: string): { rules: RuleSet; issues: Issue[] } {
  const issues: Issue[] = [];
  const inForce = new Map<string, RuleInForce>(RULES.map((rule) => [rule.id, { rule, value: rule.value, source: 'law' }]));
  for (const o of overrides) {
    const current = inForce.get(o.id);
    const at = { sheet, row: o.row, column: 'Giá trị' } as const;
    if (!current) {
      issues.push({ code: 'rule-unknown', severity: 'warning', ...at, column: 'Mã quy định', value: o.id, params: { id: o.id } });
      continue;
    }
    const { rule } = current;
    if (o.value === null || o.value === rule.value || rule.kind === 'fixed') continue;
    if (rule.kind === 'switch') {
      if (o.value === 0 || o.value === 1) inForce.set(rule.id, { rule, value: o.value, source: 'sheet' });
      else issues.push({ code: 'rule-switch-invalid', severity: 'warning', ...at, value: String(o.value), params: { id: rule.id } });
      continue;
    }
    if (rule.value !== null && rule.kind === 'minimum' && o.value < rule.value) {
      issues.push({ code: 'rule-below-law', severity: 'warning', ...at, value: String(o.value),
        params: { id: rule.id, law: rule.value, basis: rule.basis } });
      continue;
    }
    if (rule.value !== null && rule.kind === 'deadline' && o.value > rule.value) {
      issues.push({ code: 'rule-above-law', severity: 'warning', ...at, value: String(o.value),
        params: { id: rule.id, law: rule.value, basis: rule.basis } });
      continue;
    }
    inForce.set(rule.id, { rule, value: o.value, source: 'sheet' });
  }
  return {
    rules: {
      get(id) {
        const r = inForce.get(id);
        if (!r) throw new UnknownRuleError(id);
        return r;
      },
    },
    issues,
  };
}
