import type { Strings } from './strings';

/** A rule id is UPPER_SNAKE (`CK_NIEM_YET`); anything else a finding carries is an input check's code. */
const RULE_ID = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/**
 * What the pane shows for a finding's rule: the rule's name in words, «Dữ liệu đầu vào» for an
 * input check, never the id or the code (they go in a tooltip at most).
 * @example ruleLabel(vi, 'CK_NIEM_YET') // 'Thời gian niêm yết'
 * @example ruleLabel(vi, 'date-impossible') // 'Dữ liệu đầu vào'
 */
export function ruleLabel(t: Strings, rule: string | null): string {
  if (rule === null || !RULE_ID.test(rule)) return t.findings.inputError;
  return t.ruleNames[rule] ?? t.otherRule;
}
