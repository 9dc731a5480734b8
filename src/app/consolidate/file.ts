import type { LocalDate } from '../../domain/calendar/localDate';
import type { PostingStatus } from '../../domain/postings/checkPosting';
import type { TaskStatus } from '../../domain/tasks/checkTask';
import type { UnitFinding, UnitSummary } from '../../report/consolidatedModel';
import { POSTING_STATUSES, TASK_STATUSES } from '../../report/summaryData';
import { HostError, type WorkbookHost } from '../../workbook/port';
import { checkWorkbook } from '../check/check';
import { consolidateMessages as msg } from './messages';
import { UnusableWorkbookError } from '../errors';
import type { CheckReport } from '../types';
import { UserError } from '../../domain/errors';

/**
 * One file handed to a consolidation: its name and a way to open it as a workbook host. The CLI
 * reads it from disk, the task pane from a `File` the user dropped in; nothing else differs.
 */
export interface ConsolidateSource {
  readonly name: string;
  open(): Promise<WorkbookHost>;
  /**
   * Reduces the file elsewhere and answers its outcome, a bad file as `failed` like
   * `summarizeFile` (the task pane: `summarizeFile` in a Web Worker, so the page's thread only
   * gets the counts); rejects only when the run is cancelled. Absent: `summarizeFile` opens it here.
   */
  summarize?(options: SummarizeOptions): Promise<FileOutcome>;
}

/** What one file gave: a unit's summary and findings, or the reason it could not be used. Serialisable (worker threads). */
export type FileOutcome =
  | {
    readonly kind: 'unit'; readonly summary: Omit<UnitSummary, 'conflict'>; readonly findings: readonly UnitFinding[];
    /** True when the unit's findings were left out of `TH Chi tiết` (FindingsBudget): its counts still add up. */
    readonly findingsOmitted?: boolean;
  }
  | { readonly kind: 'failed'; readonly file: string; readonly reason: string };

export interface SummarizeOptions {
  readonly today: LocalDate;
  /** One as-of date for every unit; absent: each unit's own `Ngày đánh giá`, else today. */
  readonly asOf?: LocalDate;
}

/**
 * Opens one file, runs the full check on it and keeps only its counts and findings. Never throws
 * for a bad file: unreadable, old .xls, password-protected, without `Công khai` or without a unit
 * name, the outcome says why; the grids are dropped when this returns.
 */
export async function summarizeFile(source: ConsolidateSource, options: SummarizeOptions): Promise<FileOutcome> {
  const file = source.name;
  const failed = (reason: string): FileOutcome => ({ kind: 'failed', file, reason });
  try {
    const host = await source.open();
    const { report } = await checkWorkbook(host, { today: options.today, asOf: options.asOf });
    const unit = report.unit.normalize('NFC').trim();
    if (unit === '') return failed(msg.noUnitName(file));
    return { kind: 'unit', summary: summarizeReport(file, { ...report, unit }), findings: unitFindings(file, unit, report) };
  } catch (e) {
    if (e instanceof HostError) return failed(e.message);
    if (e instanceof UnusableWorkbookError) return failed(msg.unusable(file, e.message));
    if (e instanceof ConsolidateSourceError) return failed(e.message);
    return failed(msg.unexpected(file, e instanceof Error ? e.message : String(e)));
  }
}

/** A source could not hand its bytes over (empty, vanished): the message names the file. */
export class ConsolidateSourceError extends UserError {
  override name = 'ConsolidateSourceError';
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The counts `TH Đơn vị` shows for one unit. Pure. */
export function summarizeReport(file: string, report: CheckReport): Omit<UnitSummary, 'conflict'> {
  const postings = zeros<PostingStatus>(POSTING_STATUSES);
  let late = 0;
  for (const p of report.postings) {
    postings[p.status] += 1;
    if (p.timely === false) late += 1;
  }
  const tasks = zeros<TaskStatus>(TASK_STATUSES);
  for (const t of report.tasks) tasks[t.status] += 1;
  let passed = 0, failedVotes = 0;
  for (const v of report.votes) {
    if (v.passed === true) passed += 1;
    else if (v.passed === false) failedVotes += 1;
  }
  return {
    file, unit: report.unit, year: report.year, asOf: report.asOf, postings, latePublications: late, tasks,
    consultations: report.consultations.length, feedback: { ...report.feedback }, votes: { passed, failed: failedVotes },
    inputErrors: report.inputErrors.length, findings: report.findings.length,
  };
}

function unitFindings(file: string, unit: string, report: CheckReport): UnitFinding[] {
  return report.findings.map((f) => ({ unit, file, sheet: f.sheet, row: f.row, rule: f.rule, severity: f.severity, message: f.message }));
}

/**
 * How many finding lines a consolidation keeps for `TH Chi tiết`. A sheet holds at most 1,048,576
 * rows, and saving one with a few hundred thousand lines costs the save a gigabyte; past this
 * budget a unit's lines are left out whole (never half a unit) and `TH Chi tiết` says which units,
 * so memory stops growing with the number of files. Its counts stay in `TH Đơn vị` and the JSON.
 */
export const FINDINGS_BUDGET = 150_000;

/** Applies the budget as outcomes arrive, in reading order: the first units read keep their lines. */
export class FindingsBudget {
  private left: number;
  constructor(limit = FINDINGS_BUDGET) {
    this.left = limit;
  }

  take(outcome: FileOutcome): FileOutcome {
    if (outcome.kind !== 'unit' || outcome.findings.length === 0) return outcome;
    if (outcome.findings.length <= this.left) {
      this.left -= outcome.findings.length;
      return outcome;
    }
    return { ...outcome, findings: [], findingsOmitted: true };
  }
}
