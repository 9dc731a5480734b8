import { formatVi } from '../domain/calendar/localDate';
import { a1, type ChartSpec, type SheetDocument } from './document';
import type { ReportModel } from './model';
import { listPageBreaks, printedPageHeight } from './listPages';
import { fittedHeights } from './rowFit';
import { buildFeedbackSynthesis, feedbackCounting, type FeedbackCounting } from './feedbackSynthesis';
import { a4, BODY, HEADER, HEADER_FILL, TITLE } from './style';
import { POSTING_STATUSES, summarize, type SummaryData } from './summaryData';
import { DETAIL_HEADERS, DETAIL_HEADING, DETAIL_NOTE, detailRows, SheetRows, type DetailRange } from './summaryDetail';
import {
  chartData, consultationsTable, heading, LAST_COL, outOfPeriodList, overdueList, postingsTable, tasksTable, votesTable,
} from './summarySections';

export { summarize, type SummaryData, type GroupSummary, type ConsultationSummary } from './summaryData';

/** The summary sheet the `report` use case writes; the add-in owns it and replaces it on every run. */
export const SUMMARY_SHEET = 'Tổng hợp';
export const SUMMARY_OWNER = 'tong-hop';
export const SUMMARY_TITLE = 'TỔNG HỢP KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ';
export const CHART_TITLE = 'Tỷ lệ đạt theo nhóm nội dung';

/** Column widths (Excel character units): group, khoản, eight statuses, total, judged, rate, late. */
const WIDTHS = [34, 10, ...POSTING_STATUSES.map(() => 10), 9, 10, 9, 10];
/** The chart: beside its data, this many columns wide and at least this many rows high. */
const CHART = { col: 4, width: 10, height: 12 };

/**
 * Builds `Tổng hợp`: postings by content group × status with compliance rates and late
 * publications, votes, consultations with their feedback, tasks with the overdue list, and below
 * them the detail block every total is a COUNTIFS or SUM over, so a person can audit each number.
 * Every formula carries the number `summarize` computed from the model as its result.
 */
export function buildSummarySheet(
  model: ReportModel,
  data: SummaryData = summarize(model),
  feedback: FeedbackCounting = feedbackCounting(buildFeedbackSynthesis(model)),
): SheetDocument {
  // The totals point at the detail block below them: lay the summary out once to find where it starts.
  const summaryRows = layoutSummary(model, data, { first: 1, last: 1 }, feedback).rows.next - 1;
  const detailHeader = summaryRows + 4; // after a blank row, the heading and the note
  const details = detailRows(model);
  const detail: DetailRange = { first: detailHeader + 1, last: detailHeader + Math.max(1, details.length) };
  const { rows, chart, decisions, overdueBreaks } = layoutSummary(model, data, detail, feedback);

  rows.add();
  const head = rows.add([DETAIL_HEADING], 21);
  rows.merge(head, 1, LAST_COL);
  rows.format(head, 1, head, 1, { font: { ...HEADER, size: 13 } });
  const note = rows.add([DETAIL_NOTE], 20);
  rows.merge(note, 1, LAST_COL);
  rows.format(note, 1, note, 1, { font: { ...BODY, italic: true } });
  rows.add(DETAIL_HEADERS, 33);
  rows.format(detailHeader, 1, detailHeader, DETAIL_HEADERS.length, {
    font: HEADER, fill: HEADER_FILL, border: 'thin', horizontal: 'center', vertical: 'middle', wrap: true,
  });
  for (const row of details) rows.add(row);
  // One format for the whole block (not a font pass, then borders): 20,000 rows write twice as fast.
  rows.format(detail.first, 1, rows.next - 1, DETAIL_HEADERS.length, { font: BODY, border: 'thin', vertical: 'top', wrap: true });
  rows.format(detail.first, 2, rows.next - 1, 2, { horizontal: 'center' });

  const doc: SheetDocument = {
    name: SUMMARY_SHEET,
    owner: SUMMARY_OWNER,
    ifExists: 'replace',
    values: rows.values,
    // Times New Roman on the summary first, so each later format only adds to it.
    formats: [
      { range: a1(1, 1, summaryRows, LAST_COL), font: BODY },
      ...rows.formats,
    ],
    merges: rows.merges,
    columns: WIDTHS.map((width) => ({ width })),
    rowHeights: rows.heights,
    freeze: { rows: 2, columns: 0 },
    // The detail block is fitted by the host (Excel's own autofit: no merges there); the printed
    // summary above it here, by font metrics, merged notes included.
    autoFitRowsFrom: detail.first,
    // Page 1: publicising and its chart; page 2: decisions, consultations, tasks; then the detail.
    pageBreaksBefore: [decisions, ...overdueBreaks, head],
    autoFilter: a1(detailHeader, 1, Math.max(detailHeader + 1, rows.next - 1), DETAIL_HEADERS.length),
    charts: [chart],
    // The summary prints; the detail block (one row per input row: hundreds of pages on 10,000 rows)
    // is for auditing the formulas on screen.
    pageSetup: { ...a4('landscape', [1, 2]), printArea: a1(1, 1, summaryRows, LAST_COL), pageNumbers: 'top-center' },
  };
  // A set height is a floor (air around numbers); a header whose words need more lines grows.
  const fitted = fittedHeights(doc, 1, summaryRows);
  const heights: Record<number, number> = { ...fitted };
  for (const [r, h] of Object.entries(rows.heights)) heights[Number(r)] = Math.max(h, fitted[Number(r)] ?? 0);
  // A table with its heading moves whole to the next page rather than leave its last rows alone
  // on one (blocks are separated by blank rows); a long list already breaks itself.
  const filled = (r: number) => (rows.values[r - 1] ?? []).some((v) => v !== null && v !== '');
  const forced = [decisions, ...overdueBreaks];
  const breaks = listPageBreaks(heights, summaryRows, (r) => (filled(r) && filled(r + 1) ? 'soft' : false),
    { orientation: 'landscape', widths: WIDTHS, titleRows: [1, 2] }, forced);
  return { ...doc, rowHeights: heights, pageBreaksBefore: [...new Set([...forced, ...breaks])].sort((a, b) => a - b).concat(head) };
}

/** The summary's printed page in its own points: A4 landscape at its scale, less the repeated title rows. */
const PAGE_HEIGHT = printedPageHeight(WIDTHS, 'landscape') - 24 - 20;

function layoutSummary(model: ReportModel, data: SummaryData, detail: DetailRange, feedback: FeedbackCounting):
  { rows: SheetRows; chart: ChartSpec; decisions: number; overdueBreaks: number[] } {
  const rows = new SheetRows();
  const title = rows.add([`${SUMMARY_TITLE} NĂM ${model.unit.year}`], 24);
  rows.merge(title, 1, LAST_COL);
  rows.format(title, 1, title, 1, { font: TITLE, horizontal: 'center', vertical: 'middle' });
  const unit = rows.add([`Đơn vị: ${model.unit.name || '(chưa ghi tên đơn vị)'} — Số liệu tính đến ngày ${formatVi(model.date)}`], 20);
  rows.merge(unit, 1, LAST_COL);
  rows.format(unit, 1, unit, 1, { font: { ...BODY, italic: true }, horizontal: 'center' });
  rows.add();

  heading(rows, 'I. CÔNG KHAI THÔNG TIN (Điều 11 Luật Thực hiện dân chủ ở cơ sở)');
  const groups = postingsTable(rows, data, detail);
  rows.add();
  heading(rows, CHART_TITLE, 12);
  const chartTop = rows.next;
  const dataRange = chartData(rows, data, groups);
  const height = Math.max(CHART.height, data.groups.length + 3);
  while (rows.next < chartTop + height) rows.add();
  const chart: ChartSpec = { type: 'bar', title: CHART_TITLE, dataRange, anchor: a1(chartTop, CHART.col), width: CHART.width, height };
  rows.add();

  const decisions = heading(rows, 'II. NHÂN DÂN BÀN VÀ QUYẾT ĐỊNH (Điều 15, Điều 21 Luật Thực hiện dân chủ ở cơ sở)');
  votesTable(rows, data, detail);
  rows.add();
  heading(rows, 'III. NHÂN DÂN THAM GIA Ý KIẾN (Điều 28 Luật Thực hiện dân chủ ở cơ sở)');
  consultationsTable(rows, data, feedback);
  rows.add();
  const plan = heading(rows, 'IV. THỰC HIỆN KẾ HOẠCH');
  tasksTable(rows, data, detail);
  rows.add();
  const paging = { pageHeight: PAGE_HEIGHT, breaks: [] as number[], pageStart: plan };
  overdueList(rows, data, paging);
  outOfPeriodList(rows, model);
  return { rows, chart, decisions, overdueBreaks: paging.breaks };
}
