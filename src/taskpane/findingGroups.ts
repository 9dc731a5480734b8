import type { FindingJson, InputErrorJson } from '../app/types';
import { SEVERITY_RANK, type Severity } from '../domain/issues';

/** One line of the pane's findings list: a rule's verdict on a row, or an input error. */
export interface FindingItem {
  readonly key: string;
  readonly sheet: string;
  /** Null for a sheet-level problem (a missing column): nothing to select. */
  readonly row: number | null;
  /** Rule or input-check id; null for an input error no finding carries. */
  readonly rule: string | null;
  readonly severity: Severity;
  readonly message: string;
  /** The column an input error is about, as the user wrote its header. */
  readonly column: string | null;
}

export interface FindingGroup {
  readonly sheet: string;
  /** Worst first (error, warning, info), then by row; sheet-level lines before rows. */
  readonly items: readonly FindingItem[];
}


const identity = (sheet: string, row: number | null, message: string) => `${sheet}\u0000${row ?? ''}\u0000${message}`;

/**
 * Findings and input errors grouped by sheet, sheets in the order they first occur. The check
 * lists each input error twice — as a finding (with its check id and severity) and in
 * `inputErrors` (with its column) — so a pair with the same sheet, row and message is one line.
 * @example groupFindings([{ sheet: 'Công khai', row: 9, rule: 'CK_NIEM_YET', severity: 'warning', message: 'm' }], [])
 * // [{ sheet: 'Công khai', items: [{ key: 'f0', row: 9, rule: 'CK_NIEM_YET', severity: 'warning', column: null, … }] }]
 */
export function groupFindings(findings: readonly FindingJson[], inputErrors: readonly InputErrorJson[]): FindingGroup[] {
  const columns = new Map<string, string | null>();
  for (const e of inputErrors) {
    const id = identity(e.sheet, e.row, e.message);
    if (!columns.has(id)) columns.set(id, e.column);
  }
  const matched = new Set<string>();
  const items: FindingItem[] = findings.map((f, i) => {
    const id = identity(f.sheet, f.row, f.message);
    const column = columns.get(id) ?? null;
    if (columns.has(id)) matched.add(id);
    return { key: `f${i}`, sheet: f.sheet, row: f.row, rule: f.rule, severity: f.severity, message: f.message, column };
  });
  inputErrors.forEach((e, i) => {
    if (matched.has(identity(e.sheet, e.row, e.message))) return;
    items.push({ key: `e${i}`, sheet: e.sheet, row: e.row, rule: null, severity: 'error', message: e.message, column: e.column });
  });
  const bySheet = new Map<string, FindingItem[]>();
  for (const item of items) {
    const list = bySheet.get(item.sheet) ?? [];
    list.push(item);
    bySheet.set(item.sheet, list);
  }
  return [...bySheet].map(([sheet, list]) => ({
    sheet,
    items: list.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.row ?? 0) - (b.row ?? 0)),
  }));
}

/** The findings list's filters; `''` lets everything through. `rule` is a rule id or `input` (input errors without one). */
export interface FindingFilter {
  readonly severity: Severity | '';
  readonly rule: string;
  readonly sheet: string;
}

export const NO_FILTER: FindingFilter = { severity: '', rule: '', sheet: '' };

/** The rule filter's value for an input error that carries no rule id. */
export const INPUT_RULE = 'input';

/** Groups keeping only the lines that pass every filter; a group left empty is dropped. */
export function filterGroups(groups: readonly FindingGroup[], filter: FindingFilter): FindingGroup[] {
  if (filter.severity === '' && filter.rule === '' && filter.sheet === '') return [...groups];
  return groups
    .filter((g) => filter.sheet === '' || g.sheet === filter.sheet)
    .map((g) => ({
      sheet: g.sheet,
      items: g.items.filter((i) => (filter.severity === '' || i.severity === filter.severity)
        && (filter.rule === '' || (i.rule ?? INPUT_RULE) === filter.rule)),
    }))
    .filter((g) => g.items.length > 0);
}

/** What each filter can choose from: only values that occur, severities worst first, rules sorted. */
export function filterOptions(groups: readonly FindingGroup[]) {
  const items = groups.flatMap((g) => g.items);
  const severities = (['error', 'warning', 'info'] as const).filter((s) => items.some((i) => i.severity === s));
  const rules = [...new Set(items.map((i) => i.rule ?? INPUT_RULE))].sort();
  return { severities, rules, sheets: groups.map((g) => g.sheet) };
}
