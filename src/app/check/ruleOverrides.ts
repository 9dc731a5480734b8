import { resolveRules, type RuleOverride } from '../../domain/rules/resolve';
import type { SheetGrid } from '../../sheets/grid';
import { RULES_SHEET } from '../../sheets/schema';
import { readTable } from '../../sheets/table';

/** The rules in force: the catalog, raised where the `Quy định` sheet says so (absent sheet = the law). */
export function readRuleOverrides(grid: SheetGrid | null) {
  if (!grid) return resolveRules([], RULES_SHEET.name);
  const table = readTable(grid, RULES_SHEET);
  const overrides: RuleOverride[] = table.rows.flatMap(({ row, record }) =>
    record.id ? [{ id: record.id.trim().toUpperCase(), value: typeof record.value === 'number' ? record.value : null, row }] : []);
  const resolved = resolveRules(overrides, grid.name);
  return { rules: resolved.rules, issues: [...table.issues, ...resolved.issues] };
}
