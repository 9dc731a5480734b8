import { formatIso, parseIso, type LocalDate } from '../domain/calendar/localDate';
import type { Issue } from '../domain/issues';
import { issueMessage } from '../domain/messages';
import { checkPostings, type PostingResult } from '../domain/postings/checkPostings';
import { LEVELS, vocabEntry } from '../domain/vocabulary';
import { buildFindingsSheet, FINDINGS_SHEET } from '../report/findingsSheet';
import { DAYS_OFF_SHEET, INFO_SHEET, POSTINGS_SHEET, RULES_SHEET } from '../sheets/schema';
import { readWorkCalendar } from './daysOff';
import type { WorkbookHost, WriteResult } from '../workbook/port';
import { UnusableWorkbookError } from './errors';
import { findingLines, summaryLine } from './findingLines';
import { readRuleOverrides } from './ruleOverrides';
import { readInfo } from '../sheets/info';
import { readTable } from '../sheets/table';
import { toPostingRows } from './postingRows';
import type { CheckOutcome, CheckReport, PostingJson, ProgressListener } from './types';

export interface CheckOptions {
  /** Today, read from the clock by the edge (the core has none). */
  readonly today: LocalDate;
  /** Overrides `Thông tin → Ngày đánh giá`; blank there means today. */
  readonly asOf?: LocalDate;
  readonly onProgress?: ProgressListener;
}

/** The sheets a check reads, in one batch. */
export const CHECK_SHEETS = [INFO_SHEET.name, POSTINGS_SHEET.name, RULES_SHEET.name, DAYS_OFF_SHEET.name] as const;

/**
 * Reads `Thông tin`, `Công khai` and `Quy định` in one batch and checks every posting row.
 * Throws UnusableWorkbookError when the workbook has no `Công khai` sheet; every other problem
 * in the user's data is an input error in the result.
 */
export async function checkWorkbook(host: WorkbookHost, options: CheckOptions): Promise<CheckOutcome> {
  options.onProgress?.(0, 'Đang đọc dữ liệu…');
  const read = await host.readSheets(CHECK_SHEETS);
  const postingsGrid = read.sheets[POSTINGS_SHEET.name];
  if (!postingsGrid) {
    throw new UnusableWorkbookError('sheet-missing', `Không có sheet «${POSTINGS_SHEET.name}»: đây không phải sổ theo dõi thực hiện dân chủ ở cơ sở, hoặc sheet đã bị đổi tên.`);
  }
  options.onProgress?.(0.4, 'Đang kiểm tra…');
  const info = readInfo(read.sheets[INFO_SHEET.name]);
  const rules = readRuleOverrides(read.sheets[RULES_SHEET.name]);
  const daysOff = readWorkCalendar(read.sheets[DAYS_OFF_SHEET.name]);
  const table = readTable(postingsGrid, POSTINGS_SHEET);
  const asOf = options.asOf ?? info.info.asOf ?? options.today;
  const level = info.info.level ? vocabEntry(LEVELS, info.info.level) : null;
  const results = checkPostings(toPostingRows(postingsGrid.name, table), level?.kind ?? 'commune', rules.rules, daysOff.calendar, asOf);
  const issues = [...info.issues, ...rules.issues, ...daysOff.issues, ...table.issues];
  options.onProgress?.(0.8, 'Đang tổng hợp kết quả…');
  return {
    report: toReport(info.info.unit ?? '', asOf, info.info.year ?? null, level?.label ?? null, results, issues),
    issues,
  };
}

/** «Kiểm tra» in Excel: the check, then `KQ Kiểm tra` written in one batch. */
export async function checkAndWriteFindings(host: WorkbookHost, options: CheckOptions): Promise<CheckOutcome & { write: WriteResult }> {
  const outcome = await checkWorkbook(host, options);
  options.onProgress?.(0.85, `Đang ghi sheet «${FINDINGS_SHEET}»…`);
  const doc = buildFindingsSheet(outcome.report.unit, parseIso(outcome.report.asOf)!, findingLines(outcome), summaryLine(outcome.report));
  const write = await host.writeSheets([doc]);
  options.onProgress?.(1, 'Xong');
  return { ...outcome, write };
}

const iso = (d: LocalDate | null) => (d ? formatIso(d) : null);

function toReport(unit: string, asOf: LocalDate, year: number | null, level: string | null, results: readonly PostingResult[], issues: readonly Issue[]): CheckReport {
  const postings: PostingJson[] = results.map(({ posting: p, verdict: v, rule, explanation, timeliness: t }) => ({
    sheet: p.sheet, row: p.row, title: p.title, form: p.formText,
    start: iso(p.start), end: iso(p.end), days: v.days, requiredDays: v.requiredDays,
    status: v.status, timely: t.timely, publishBy: iso(t.publishBy),
    remaining: v.remaining, reachedOn: iso(v.reachedOn), rule, explanation,
  }));
  const inputErrors = issues.map((i) => ({ sheet: i.sheet, row: i.row, column: i.column, value: i.value ?? null, message: issueMessage(i) }));
  const findings = [
    ...results.filter((r) => r.severity !== 'ok').map((r) => ({
      sheet: r.posting.sheet, row: r.posting.row, rule: r.rule, severity: r.severity as 'error' | 'warning' | 'info', message: r.explanation,
    })),
    ...results.filter((r) => r.timeliness.lateExplanation !== null).map((r) => ({
      sheet: r.posting.sheet, row: r.posting.row, rule: r.timeliness.rule, severity: 'error' as const, message: r.timeliness.lateExplanation!,
    })),
    ...issues.map((i) => ({ sheet: i.sheet, row: i.row, rule: i.code, severity: i.severity, message: issueMessage(i) })),
  ];
  return {
    unit, asOf: formatIso(asOf), year, level, postings, tasks: [], consultations: [],
    feedback: { total: 0, accepted: 0, partlyAccepted: 0, explained: 0, pending: 0 },
    votes: [], findings, inputErrors,
  };
}
