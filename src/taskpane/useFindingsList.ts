import { useCallback, useMemo, useState } from 'react';
import type { FindingJson, InputErrorJson } from '../app/types';
import type { GoToRowAction } from './actions';
import { describeError } from './describeError';
import { filterGroups, filterOptions, groupFindings, NO_FILTER, type FindingFilter, type FindingGroup, type FindingItem } from './findingGroups';

/** Lines shown per sheet at first, and added by each «Xem thêm»: enough to scan, few enough to render fast. */
export const PAGE_SIZE = 200;

export interface FindingsListProps {
  readonly findings: readonly FindingJson[];
  readonly inputErrors: readonly InputErrorJson[];
  /** Selects a row in Excel; without it the lines are plain text (nothing to go to). */
  readonly goToRow?: GoToRowAction;
}

export interface VisibleGroup extends FindingGroup {
  readonly visible: readonly FindingItem[];
  readonly hidden: number;
}

/**
 * State of the findings list: the groups, how many lines each shows (reset when a new check
 * brings new findings), and the failure of the last «go to row», shown rather than logged.
 */
export function useFindingsList({ findings, inputErrors, goToRow }: FindingsListProps) {
  const allGroups = useMemo(() => groupFindings(findings, inputErrors), [findings, inputErrors]);
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const groups = useMemo(() => filterGroups(allGroups, filter), [allGroups, filter]);
  const [limits, setLimits] = useState<{ of: FindingGroup[]; bySheet: Readonly<Record<string, number>> }>({ of: groups, bySheet: {} });
  const bySheet = limits.of === groups ? limits.bySheet : {};
  const [error, setError] = useState<string | null>(null);

  const visibleGroups: VisibleGroup[] = groups.map((g) => {
    const limit = bySheet[g.sheet] ?? PAGE_SIZE;
    return { ...g, visible: g.items.slice(0, limit), hidden: Math.max(0, g.items.length - limit) };
  });

  const showMore = (sheet: string) =>
    setLimits({ of: groups, bySheet: { ...bySheet, [sheet]: (bySheet[sheet] ?? PAGE_SIZE) + PAGE_SIZE } });

  const go = useCallback((sheet: string, row: number, item?: FindingItem) => {
    if (!goToRow) return;
    setError(null);
    const finding = item && { message: item.message, column: item.column, severity: item.severity };
    // Promise.resolve().then: an action that throws synchronously still lands in the catch.
    Promise.resolve().then(() => goToRow(sheet, row, finding)).catch((e: unknown) => setError(describeError(e)));
  }, [goToRow]);

  return {
    groups: visibleGroups,
    total: allGroups.reduce((n, g) => n + g.items.length, 0),
    shown: groups.reduce((n, g) => n + g.items.length, 0),
    filter,
    setFilter: (change: Partial<FindingFilter>) => setFilter((current) => ({ ...current, ...change })),
    options: useMemo(() => filterOptions(allGroups), [allGroups]),
    showMore,
    go: goToRow ? go : undefined,
    error,
  };
}
