import { RULES } from '../../domain/rules/catalog';
import { readInfo, type UnitInfo } from '../../sheets/info';
import { INFO_SHEET, RULES_SHEET } from '../../sheets/schema';
import type { WorkbookHost } from '../../workbook/port';
import { readRuleOverrides } from '../check/ruleOverrides';

/** A rule with the value the check uses and where it came from. */
export interface RuleInForceJson {
  readonly id: string;
  readonly description: string;
  readonly value: number | null;
  readonly unit: string;
  readonly basis: string;
  readonly source: 'law' | 'sheet';
}

export interface WorkbookSettings {
  readonly info: UnitInfo;
  readonly rules: readonly RuleInForceJson[];
  /** `TINH_NGAY_DAU` = 1: the unit counts a period's first day too (the default is the Civil Code's). */
  readonly countFirstDay: boolean;
  /** Problems in `Thông tin` and `Quy định`, as the check reports them. */
  readonly issues: number;
}

/** The switch that changes how periods are counted (SCHEMA.md, Counting). */
const COUNT_FIRST_DAY = 'TINH_NGAY_DAU';

/**
 * «Thiết lập»: the unit's details and the rules in force, read as the check reads them (the
 * `Quy định` sheet raising the law's values where it may). Reads only; writes nothing.
 */
export async function readSettings(host: WorkbookHost): Promise<WorkbookSettings> {
  const read = await host.readSheets([INFO_SHEET.name, RULES_SHEET.name]);
  const info = readInfo(read.sheets[INFO_SHEET.name] ?? null);
  const { rules, issues } = readRuleOverrides(read.sheets[RULES_SHEET.name] ?? null);
  const inForce = RULES.map((def) => {
    const rule = rules.get(def.id);
    return { id: def.id, description: def.description, value: rule.value, unit: def.unit, basis: def.basis, source: rule.source };
  });
  return {
    info: info.info,
    rules: inForce,
    countFirstDay: rules.get(COUNT_FIRST_DAY).value === 1,
    issues: info.issues.length + issues.length,
  };
}
