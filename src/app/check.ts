import { formatIso, parseIso, type LocalDate } from '../domain/calendar/localDate';
import type { Finding, RowVerdict } from '../domain/findings';
import type { Issue } from '../domain/issues';
import { findingMessage, issueMessage } from '../domain/messages';
import { LEVELS, vocabEntry } from '../domain/vocabulary';
import { buildFindingsSheet, FINDINGS_SHEET } from '../report/findingsSheet';
import { buildStatusPatch, type StatusColumnPlace } from '../report/statusColumn';
import type { SheetGrid } from '../sheets/grid';
import { statusColumnOf } from './statusColumn';
import { readInfo, type UnitInfo } from '../sheets/info';
import {
  CONSULTATIONS_SHEET, DAYS_OFF_SHEET, FEEDBACK_SHEET, INFO_SHEET, PLAN_SHEET, POSTINGS_SHEET, RULES_SHEET, VOTES_SHEET,
} from '../sheets/schema';
import { checkConsultationSheets } from './checkConsultations';
import type { ReadResult, WorkbookHost, WriteResult } from '../workbook/port';
import { checkPostingSheet } from './checkPostings';
import { checkPlanSheet } from './checkTasks';
import { checkVoteSheet } from './checkVotes';
import { readWorkCalendar } from './daysOff';
import { UnusableWorkbookError } from './errors';
import { findingLines, summaryLine } from './findingLines';
import { chooseOutputName } from './outputNames';
import { readRuleOverrides } from './ruleOverrides';
import type { CheckContext, TablePlace } from './tableCheck';
import type { CheckOutcome, CheckReport, ProgressListener } from './types';

export interface CheckOptions {
  /** Today, read from the clock by the edge (the core has none). */
  readonly today: LocalDate;
  /** Overrides `Thông tin → Ngày đánh giá`; blank there means today. */
  readonly asOf?: LocalDate;
  readonly onProgress?: ProgressListener;
}

/** What a check produced beyond the JSON: the findings with their codes and every table's verdicts. */
export interface CheckRun extends CheckOutcome {
  /** `Thông tin` as read, for the reports' header and signature. */
  readonly info: UnitInfo;
  /** The grids the check read, by requested sheet name (the reports read a few more fields). */
  readonly grids: Readonly<Record<string, SheetGrid | null>>;
  /** The workbook's sheet names and the add-in's marks, for choosing where outputs go. */
  readonly read: Pick<ReadResult, 'sheetNames' | 'owners'>;
  readonly findings: readonly Finding[];
  readonly tables: readonly {
    readonly place: TablePlace | null;
    readonly verdicts: readonly RowVerdict[];
    /** Where «Kiểm tra» writes this table's verdicts, or null (no sheet, no rows). */
    readonly status: StatusColumnPlace | null;
  }[];
}

/** The sheets a check reads, in one batch. */
export const CHECK_SHEETS = [
  INFO_SHEET.name, POSTINGS_SHEET.name, RULES_SHEET.name, DAYS_OFF_SHEET.name, PLAN_SHEET.name, VOTES_SHEET.name,
  CONSULTATIONS_SHEET.name, FEEDBACK_SHEET.name,
] as const;

/**
 * Reads every input sheet in one batch and checks every row of every table. Throws
 * UnusableWorkbookError when the workbook has no `Công khai` sheet; every other problem in the
 * user's data is an input error in the result.
 */
export async function checkWorkbook(host: WorkbookHost, options: CheckOptions): Promise<CheckRun> {
  options.onProgress?.(0, 'Đang đọc dữ liệu…');
  const read = await host.readSheets(CHECK_SHEETS);
  const grid = (name: string) => read.sheets[name] ?? null;
  if (!grid(POSTINGS_SHEET.name)) {
    throw new UnusableWorkbookError('sheet-missing', `Không có sheet «${POSTINGS_SHEET.name}»: đây không phải sổ theo dõi thực hiện dân chủ ở cơ sở, hoặc sheet đã bị đổi tên.`);
  }
  options.onProgress?.(0.4, 'Đang kiểm tra…');
  const info = readInfo(grid(INFO_SHEET.name));
  const rules = readRuleOverrides(grid(RULES_SHEET.name));
  const daysOff = readWorkCalendar(grid(DAYS_OFF_SHEET.name));
  const level = info.info.level ? vocabEntry(LEVELS, info.info.level) : null;
  const ctx: CheckContext = {
    asOf: options.asOf ?? info.info.asOf ?? options.today,
    reportYear: info.info.year ?? null,
    unit: level?.kind ?? 'commune',
    rules: rules.rules,
    calendar: daysOff.calendar,
  };
  const postings = checkPostingSheet(grid(POSTINGS_SHEET.name), ctx);
  const tasks = checkPlanSheet(grid(PLAN_SHEET.name), ctx);
  const votes = checkVoteSheet(grid(VOTES_SHEET.name), ctx);
  const consultations = checkConsultationSheets(grid(CONSULTATIONS_SHEET.name), grid(FEEDBACK_SHEET.name), postings.rows, ctx);
  const tables = [tasks, postings, consultations, consultations.feedbackCheck, votes];
  const issues: Issue[] = [...info.issues, ...rules.issues, ...daysOff.issues, ...tables.flatMap((t) => t.issues)];
  const findings = tables.flatMap((t) => t.findings);
  options.onProgress?.(0.8, 'Đang tổng hợp kết quả…');
  const report: CheckReport = {
    unit: info.info.unit ?? '', asOf: formatIso(ctx.asOf), year: ctx.reportYear, level: level?.label ?? null,
    postings: postings.items, tasks: tasks.items, consultations: consultations.items,
    feedback: consultations.feedbackTotals,
    votes: votes.items,
    findings: [
      ...findings.map((f) => ({ sheet: f.sheet, row: f.row, rule: f.rule, severity: f.severity, message: findingMessage(f) })),
      ...issues.map((i) => ({ sheet: i.sheet, row: i.row, rule: i.code, severity: i.severity, message: issueMessage(i) })),
    ],
    // A note (info) about the data is a finding, not an input error.
    inputErrors: issues.filter((i) => i.severity !== 'info')
      .map((i) => ({ sheet: i.sheet, row: i.row, column: i.column, value: i.value ?? null, message: issueMessage(i) })),
  };
  const status = (t: (typeof tables)[number]) => statusColumnOf(t.place ? findGrid(read.sheets, t.place.sheet) : null, t.place);
  return {
    report, issues, findings, info: info.info, grids: read.sheets, read: { sheetNames: read.sheetNames, owners: read.owners },
    tables: tables.map((t) => ({ place: t.place, verdicts: t.verdicts, status: status(t) })),
  };
}

/** The grid whose sheet has this exact name (a place names the sheet as it stands in the workbook). */
function findGrid(sheets: Readonly<Record<string, SheetGrid | null>>, name: string): SheetGrid | null {
  return Object.values(sheets).find((g) => g?.name === name) ?? null;
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
  const built = buildFindingsSheet(outcome.report.unit, parseIso(outcome.report.asOf)!, findingLines(outcome.report), summaryLine(outcome.report));
  const doc = { ...built, name, owner: FINDINGS_OWNER };
  const patches = outcome.tables.flatMap((t) => (t.status ? [buildStatusPatch(t.status, t.verdicts)] : []));
  const write = await host.writeSheets([doc], patches);
  options.onProgress?.(1, 'Xong');
  return { ...outcome, write, renamedOutputs: renamed ? [{ wanted: FINDINGS_SHEET, written: name }] : [] };
}

/** The findings sheet's mark (SheetDocument.owner). */
export const FINDINGS_OWNER = 'kq-kiem-tra';
