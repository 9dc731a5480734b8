import { compareDates, formatIso, type LocalDate } from '../../domain/calendar/localDate';
import type { Finding, RowVerdict } from '../../domain/findings';
import type { Issue } from '../../domain/issues';
import { findingMessage, issueMessage } from '../../domain/messages';
import { LEVELS, vocabEntry } from '../../domain/vocabulary';
import { buildFindingsSheet, FINDINGS_SHEET } from '../../report/findingsSheet';
import { buildStatusPatches, type StatusColumnPlace } from '../../report/statusColumn';
import type { UnitInfo } from '../../sheets/info';
import type { Reading, TableKind } from '../../sheets/reading/types';
import { DAYS_OFF_SHEET, INFO_SHEET, RULES_SHEET } from '../../sheets/schema';
import { levelIssue, unitKind } from '../../domain/units/level';
import { checkConsultationTables } from './consultations';
import type { ReadResult, WorkbookHost, WriteResult } from '../../workbook/port';
import { mergeChecks, noTableError, notRecordedNotes, readUnit, tableEntry } from './parts';
import { checkPostingTable } from './postings';
import { checkPlanTable } from './tasks';
import { checkVoteTable } from './votes';
import { readWorkCalendar } from '../settings/daysOff';
import { findingLines, summaryLine } from './findingLines';
import { chooseOutputName } from '../outputNames';
import { DATA_KINDS, headerNotFound, readFoundRows, readTrackingWorkbook, type FoundTable } from './readTracking';
import { readRuleOverrides } from './ruleOverrides';
import type { CheckContext, TablePlace } from './tableCheck';
import type { CheckRecords } from './records';
import { textPool } from './textPool';
import type { CheckOutcome, CheckReport, ProgressListener } from '../types';

export interface CheckOptions {
  /** Today, read from the clock by the edge (the core has none). */
  readonly today: LocalDate;
  /** Overrides `Thông tin → Ngày đánh giá`; blank there means today. */
  readonly asOf?: LocalDate;
  readonly onProgress?: ProgressListener;
  /** A reading a person confirmed (`--reading FILE.json`): wins over the one stored in the workbook. */
  readonly reading?: Reading | null;
}

/** What a check produced beyond the JSON: the findings with their codes and every table's verdicts. */
export interface CheckRun extends CheckOutcome {
  /** `Thông tin` as read, for the reports' header and signature. */
  readonly info: UnitInfo;
  /** The day the rows were judged as of (`report.asOf` as a date). */
  readonly asOf: LocalDate;
  /** Every checked row with its cells and verdict: what the reports are built from. */
  readonly records: CheckRecords;
  /** The workbook's sheet names and the add-in's marks, for choosing where outputs go. */
  readonly read: Pick<ReadResult, 'sheetNames' | 'owners'>;
  readonly findings: readonly Finding[];
  /** How the workbook was read, and each found table with its grid and rows. */
  readonly reading: Reading;
  readonly found: readonly FoundTable[];
  readonly tables: readonly {
    readonly place: TablePlace | null;
    readonly verdicts: readonly RowVerdict[];
    /** Where «Kiểm tra» writes this table's verdicts, or null (no sheet, no rows). */
    readonly status: StatusColumnPlace | null;
    /** Rows of the table's block that are not data (headings, totals, signatures): the status column skips them. */
    readonly skipRows?: readonly number[];
  }[];
}

export { CHECK_SHEETS } from './readTracking';

/**
 * Reads the whole workbook in one batch, finds its tables by their content (any sheet, several a
 * sheet) and checks every row of every table. Throws UnusableWorkbookError when no table of any
 * checked kind is found; every other problem in the user's data is an input error in the result.
 */
export async function checkWorkbook(host: WorkbookHost, options: CheckOptions): Promise<CheckRun> {
  options.onProgress?.(0, 'Đang đọc dữ liệu…');
  const t = await readTrackingWorkbook(host, options.reading);
  if (!t.found.some((f) => DATA_KINDS.includes(f.table.kind))) throw noTableError(t.grids.map((g) => g.name));
  options.onProgress?.(0.4, 'Đang kiểm tra…');
  const unit = readUnit(t);
  const gridOf = (kind: TableKind, name: string) => t.read.sheets[name] ?? t.found.find((f) => f.table.kind === kind)?.grid ?? null;
  const rules = readRuleOverrides(gridOf('rules', RULES_SHEET.name));
  const daysOff = readWorkCalendar(gridOf('daysOff', DAYS_OFF_SHEET.name));
  const info = unit.info;
  const level = info.level ? vocabEntry(LEVELS, info.level) : null;
  const ctx: CheckContext = {
    asOf: options.asOf ?? info.asOf ?? options.today,
    reportYear: info.year ?? null,
    unit: unitKind(info.level),
    rules: rules.rules,
    calendar: daysOff.calendar,
  };
  const rows = (kind: TableKind) => readFoundRows(t.found, kind, ctx.reportYear);
  // Two-level local government from 01/07/2025 (Luật 97/2025/QH15): a district or township unit is warned
  // when the book's events reach that day — judged by the as-of date, or the end of the report year when
  // that is earlier (the rule set follows the date of the event, RULES.md corrections; held-out case L05).
  const yearEnd = ctx.reportYear === null ? null : { y: ctx.reportYear, m: 12, d: 31 };
  const lastEvent = yearEnd && compareDates(yearEnd, ctx.asOf) < 0 ? yearEnd : ctx.asOf;
  const level0 = levelIssue(info.level, lastEvent, { sheet: t.found.find((f) => f.table.kind === 'info')?.table.sheet ?? INFO_SHEET.name, row: null });
  const postingTables = rows('postings').map((f) => ({ f, check: checkPostingTable(f.grid, f.read as never, ctx) }));
  const postingRows = postingTables.flatMap((p) => p.check.rows);
  const planTables = rows('plan').map((f) => ({ f, check: checkPlanTable(f.grid, f.read as never, ctx) }));
  const voteTables = rows('votes').map((f) => ({ f, check: checkVoteTable(f.grid, f.read as never, ctx) }));
  const cFound = rows('consultations');
  const fFound = rows('feedback');
  const consultations = checkConsultationTables(cFound.map((f) => f.read as never), fFound.map((f) => f.read as never), postingRows, ctx);
  const postings = mergeChecks(postingTables.map((p) => p.check));
  const tasks = mergeChecks(planTables.map((p) => p.check));
  const votes = mergeChecks(voteTables.map((p) => p.check));
  const notes = notRecordedNotes(t.found);
  const issues: Issue[] = [
    ...t.issues, ...unit.issues, ...(level0 ? [level0] : []), ...rules.issues, ...daysOff.issues, ...headerNotFound(t),
    ...[tasks, postings, consultations, consultations.feedbackCheck, votes].flatMap((c) => c.issues),
  ];
  const findings = [...notes, ...[tasks, postings, consultations, consultations.feedbackCheck, votes].flatMap((c) => c.findings)];
  options.onProgress?.(0.8, 'Đang tổng hợp kết quả…');
  // An issue's message is both a finding's and an input error's: one string for both.
  const pooled = textPool();
  const issueTexts = issues.map((i) => pooled(issueMessage(i)));
  const report: CheckReport = {
    unit: info.unit ?? '', asOf: formatIso(ctx.asOf), year: ctx.reportYear, level: level?.label ?? null,
    postings: postings.items, tasks: tasks.items, consultations: consultations.items,
    feedback: consultations.feedbackTotals,
    feedbackItems: [...(consultations.feedbackItems ?? [])],
    votes: votes.items,
    findings: [
      ...findings.map((f) => ({ sheet: f.sheet, row: f.row, rule: f.rule, severity: f.severity, message: pooled(findingMessage(f)) })),
      ...issues.map((i, n) => ({ sheet: i.sheet, row: i.row, rule: i.code, severity: i.severity, message: issueTexts[n] })),
    ],
    // A note (info) about the data is a finding, not an input error.
    inputErrors: issues.flatMap((i, n) => i.severity === 'info' ? []
      : [{ sheet: i.sheet, row: i.row, column: i.column, value: i.value ?? null, message: issueTexts[n] }]),
    reading: t.reading,
  };
  const allVerdicts = [...tasks.verdicts, ...postings.verdicts, ...consultations.verdicts, ...consultations.feedbackCheck.verdicts, ...votes.verdicts];
  // Each table looks only at its own sheet's verdicts (in the same order), not at every verdict of the book.
  const verdictsBySheet = new Map<string, RowVerdict[]>();
  for (const v of allVerdicts) {
    const list = verdictsBySheet.get(v.sheet);
    if (list === undefined) verdictsBySheet.set(v.sheet, [v]);
    else list.push(v);
  }
  const checked = [...planTables.map((p) => p.f), ...postingTables.map((p) => p.f), ...cFound, ...fFound, ...voteTables.map((p) => p.f)];
  const onSheet = new Map<string, number>();
  for (const f of checked) onSheet.set(f.table.sheet, (onSheet.get(f.table.sheet) ?? 0) + 1);
  const tables = checked.map((f) => tableEntry(f, verdictsBySheet.get(f.table.sheet) ?? [], onSheet.get(f.table.sheet) === 1));
  const records: CheckRecords = {
    postings: postings.records, tasks: tasks.records, consultations: consultations.records,
    feedback: consultations.feedbackCheck.records, votes: votes.records,
  };
  return {
    report, issues, findings, info, asOf: ctx.asOf, records, reading: t.reading, found: t.found,
    read: { sheetNames: t.read.sheetNames, owners: t.read.owners },
    tables,
  };
}

/** An output written under another name because a user's sheet already had its own. */
export interface RenamedOutput {
  readonly wanted: string;
  readonly written: string;
}

/**
 * «Kiểm tra» in Excel: the check, then, in one batch, `KQ Kiểm tra` and each input table's own
 * status column (`Kết quả kiểm tra (DCCS)`) refreshed. No cell the user typed changes: a user's
 * own sheet named `KQ Kiểm tra` (no DCCS mark) is kept, and the findings go to `KQ Kiểm tra (2)`.
 */
export async function checkAndWriteFindings(
  host: WorkbookHost, options: CheckOptions,
): Promise<CheckRun & { write: WriteResult; renamedOutputs: readonly RenamedOutput[] }> {
  const outcome = await checkWorkbook(host, options);
  const { name, renamed } = chooseOutputName(FINDINGS_SHEET, FINDINGS_OWNER, outcome.read);
  options.onProgress?.(0.85, `Đang ghi sheet «${name}»…`);
  const built = buildFindingsSheet(outcome.report.unit, outcome.asOf, findingLines(outcome.report), summaryLine(outcome.report));
  const doc = { ...built, name, owner: FINDINGS_OWNER };
  const patches = outcome.tables.flatMap((t) => (t.status ? buildStatusPatches(t.status, t.verdicts, t.skipRows) : []));
  const write = await host.writeSheets([doc], patches);
  options.onProgress?.(1, 'Xong');
  return { ...outcome, write, renamedOutputs: renamed ? [{ wanted: FINDINGS_SHEET, written: name }] : [] };
}

/** The findings sheet's mark (SheetDocument.owner). */
export const FINDINGS_OWNER = 'kq-kiem-tra';
