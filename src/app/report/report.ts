import type { LocalDate } from '../../domain/calendar/localDate';
import type { SheetDocument } from '../../report/document';
import { buildFeedbackSynthesis, feedbackCounting, FEEDBACK_SYNTHESIS_OWNER, FEEDBACK_SYNTHESIS_SHEET } from '../../report/feedbackSynthesis';
import { buildQuarterList, QUARTER_LIST_OWNER, QUARTER_LIST_SHEET, quarterOf } from '../../report/quarterList';
import { buildReportDocx } from '../../report/reportDocx';
import { buildReportSheet, REPORT_OWNER, REPORT_SHEET } from '../../report/reportSheet';
import { buildSummarySheet, summarize, SUMMARY_OWNER, SUMMARY_SHEET } from '../../report/summarySheet';
import type { WorkbookHost } from '../../workbook/port';
import { checkWorkbook } from '../check/check';
import { chooseOutputName } from '../outputNames';
import { buildReportModel } from './model';
import { scopeToYear } from './period';
import type { ProgressListener } from '../types';
import type { SkippedFeature } from '../../workbook/features';

export interface ReportOptions {
  readonly today: LocalDate;
  readonly asOf?: LocalDate;
  /** The quarter of `DS Công khai`; the as-of date's quarter when absent. */
  readonly quarter?: { readonly year: number; readonly quarter: 1 | 2 | 3 | 4 };
  readonly onProgress?: ProgressListener;
}

export interface ReportResult {
  /** Sheets written, in order. */
  readonly written: readonly string[];
  /** Formatting the write left out (WriteResult.skippedFeatures). */
  readonly skippedFeatures: readonly SkippedFeature[];
  /** Outputs that took another name because a user's sheet already had theirs. */
  readonly renamed: readonly { readonly wanted: string; readonly written: string }[];
  /** The Word draft of `Báo cáo`. */
  readonly docx: Uint8Array;
  /** Compliance by content group, for the task pane's chart: met of those judged. */
  readonly chart: readonly { readonly label: string; readonly met: number; readonly total: number }[];
  /** For the Word draft's file name. */
  readonly unit: string;
  /** YYYY-MM-DD, the report's as-of date. */
  readonly asOf: string;
}

/**
 * «Lập báo cáo» / `dccs report`: one check, then `Tổng hợp`, `Báo cáo`, `DS Công khai` and
 * `TH Ý kiến` written in one batch, and the Word draft. Each output sheet is the add-in's own
 * (marked); a user's sheet of the same name is left alone and the output takes another name.
 */
export async function writeReports(host: WorkbookHost, options: ReportOptions): Promise<ReportResult> {
  const run = await checkWorkbook(host, { today: options.today, asOf: options.asOf, onProgress: (f, label) => options.onProgress?.(f * 0.5, label) });
  options.onProgress?.(0.55, 'Đang lập báo cáo…');
  // A year's report counts that year's rows.
  const model = scopeToYear(buildReportModel(run), run);
  const quarter = options.quarter ?? quarterOf(model.date);
  // Names first: `Tổng hợp` counts feedback on `TH Ý kiến` by its name, which may have moved
  // aside for a user's sheet.
  const renamed: { wanted: string; written: string }[] = [];
  const taken = new Set<string>();
  const nameOf = (wanted: string, owner: string) => {
    const { name, renamed: moved } = chooseOutputName(wanted, owner, run.read, taken);
    taken.add(name);
    if (moved) renamed.push({ wanted, written: name });
    return name;
  };
  const names = {
    summary: nameOf(SUMMARY_SHEET, SUMMARY_OWNER), report: nameOf(REPORT_SHEET, REPORT_OWNER),
    quarter: nameOf(QUARTER_LIST_SHEET, QUARTER_LIST_OWNER), feedback: nameOf(FEEDBACK_SYNTHESIS_SHEET, FEEDBACK_SYNTHESIS_OWNER),
  };
  const summary = summarize(model);
  const synthesis = buildFeedbackSynthesis(model);
  const documents: SheetDocument[] = [
    { ...buildSummarySheet(model, summary, feedbackCounting(synthesis, names.feedback)), name: names.summary },
    { ...buildReportSheet(model), name: names.report },
    { ...buildQuarterList(model, quarter), name: names.quarter },
    { ...synthesis, name: names.feedback },
  ];
  options.onProgress?.(0.7, 'Đang ghi các sheet báo cáo…');
  const write = await host.writeSheets(documents);
  options.onProgress?.(0.9, 'Đang lập bản Word…');
  const docx = await buildReportDocx(model);
  options.onProgress?.(1, 'Xong');
  // The chart shows the same rate as `Tổng hợp`: met (or permanent) of the postings judged.
  const chart = summary.groups.map((g) => ({ label: g.label, met: g.met, total: g.judged }));
  return { written: write.written, skippedFeatures: write.skippedFeatures, renamed, docx, chart, unit: model.unit.name, asOf: run.report.asOf };
}
