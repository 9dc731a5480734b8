import type { PostingStatus } from '../../domain/postings/checkPosting';
import type { TaskStatus } from '../../domain/tasks/checkTask';
import { matchKey } from '../../domain/text/normalize';
import {
  complianceOf, type ConsolidatedTotals, type Consolidation, type FailedFile, type UnitConflict, type UnitFinding, type UnitSummary,
} from '../../report/consolidatedModel';
import { POSTING_STATUSES, TASK_STATUSES } from '../../report/summaryData';
import type { FileOutcome } from './file';

/** How `TH Đơn vị` orders its units: by name (Vietnamese order), or by compliance rate, best first. */
export type UnitOrder = 'name' | 'compliance';

/**
 * Puts the files' outcomes together (pure): conflicts, missing and unexpected units, totals.
 *
 * Two files naming the same unit (compared by `matchKey`: accents, case and spaces do not count)
 * are a conflict: both stay in the list, marked, and neither is added into the totals. Adding one
 * of them would pick a winner the office has not chosen; adding both would count a commune twice.
 * The office resolves it (removes the wrong file) and runs again.
 */
export function assembleConsolidation(
  outcomes: readonly FileOutcome[], expected: readonly string[] | null, order: UnitOrder = 'name',
): Consolidation {
  const read: Omit<UnitSummary, 'conflict'>[] = [];
  const failed: FailedFile[] = [];
  const findings: UnitFinding[] = [];
  const findingsOmitted: string[] = [];
  for (const o of outcomes) {
    if (o.kind === 'failed') failed.push({ file: o.file, reason: o.reason });
    else {
      read.push(o.summary);
      if (o.findingsOmitted) findingsOmitted.push(o.summary.unit);
      for (const f of o.findings) findings.push(f);
    }
  }
  const byKey = new Map<string, Omit<UnitSummary, 'conflict'>[]>();
  for (const u of read) {
    const key = matchKey(u.unit);
    byKey.set(key, [...(byKey.get(key) ?? []), u]);
  }
  const conflicts: UnitConflict[] = [...byKey.values()].filter((g) => g.length > 1).map((g) => ({ unit: g[0].unit, files: g.map((u) => u.file) }));
  const conflicting = new Set(conflicts.flatMap((c) => c.files));
  const units: UnitSummary[] = sortUnits(read.map((u) => ({ ...u, conflict: conflicting.has(u.file) })), order);
  const expectedKeys = new Map((expected ?? []).map((name) => [matchKey(name), name]));
  return {
    units, failed, conflicts,
    missing: [...expectedKeys].filter(([key]) => !byKey.has(key)).map(([, name]) => name),
    unexpected: expected ? [...byKey].filter(([key]) => !expectedKeys.has(key)).map(([, g]) => g[0].unit) : [],
    hasExpectedList: expected !== null,
    totals: totalsOf(units.filter((u) => !u.conflict)),
    findings: sortFindings(findings, units),
    findingsOmitted,
  };
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

function sortUnits(units: UnitSummary[], order: UnitOrder): UnitSummary[] {
  const byName = (a: UnitSummary, b: UnitSummary) => collator.compare(a.unit, b.unit) || collator.compare(a.file, b.file);
  if (order === 'name') return units.sort(byName);
  // Best first; units with nothing judged last (no rate is not a rate of 0).
  const rate = (u: UnitSummary) => complianceOf(u.postings).rate ?? -1;
  return units.sort((a, b) => rate(b) - rate(a) || byName(a, b));
}

/** Findings grouped by unit in the table's order, each unit's in its own order (errors first came from the check). */
function sortFindings(findings: UnitFinding[], units: readonly UnitSummary[]): UnitFinding[] {
  const rank = new Map(units.map((u, i) => [u.file, i]));
  return findings.map((f, i) => ({ f, i })).sort((a, b) => (rank.get(a.f.file)! - rank.get(b.f.file)!) || a.i - b.i).map(({ f }) => f);
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function totalsOf(units: readonly UnitSummary[]): ConsolidatedTotals {
  const postings = zeros<PostingStatus>(POSTING_STATUSES);
  const tasks = zeros<TaskStatus>(TASK_STATUSES);
  const feedback = { total: 0, accepted: 0, partlyAccepted: 0, explained: 0, pending: 0 };
  const votes = { passed: 0, failed: 0 };
  let latePublications = 0, consultations = 0, inputErrors = 0;
  for (const u of units) {
    for (const s of POSTING_STATUSES) postings[s] += u.postings[s];
    for (const s of TASK_STATUSES) tasks[s] += u.tasks[s];
    for (const k of Object.keys(feedback) as (keyof typeof feedback)[]) feedback[k] += u.feedback[k];
    votes.passed += u.votes.passed;
    votes.failed += u.votes.failed;
    latePublications += u.latePublications;
    consultations += u.consultations;
    inputErrors += u.inputErrors;
  }
  return { postings, tasks, feedback, votes, latePublications, consultations, inputErrors };
}
