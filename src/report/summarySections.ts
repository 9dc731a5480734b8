import type { PostingStatus } from '../domain/postings/checkPosting';
import { POSTING_STATUS_LABELS } from '../domain/postings/labels';
import { columnLetter, type FormatSpec, type FormulaValue } from './document';
import type { ReportModel } from './model';
import { BODY, HEADER, HEADER_FILL } from './style';
import { columnPoints, textHeight } from './textMetrics';
import {
  FEEDBACK_STATE_LABELS, FEEDBACK_STATES, JUDGED_STATUSES, MET_STATUSES, POSTING_STATUSES, TASK_STATUS_NAMES, TASK_STATUSES,
  TIMELY_LABELS, VOTE_LABELS, VOTE_OUTCOMES, type SummaryData,
} from './summaryData';
import { countifs, criterion, formula, TABLES, type DetailRange, type SheetRows } from './summaryDetail';
import { COUNT_COLUMNS, type FeedbackCounting } from './feedbackSynthesis';

/** Columns of the postings table: group, khoản, one per status, total, judged, rate, late. */
export const STATUS_COL = 3;
const TOTAL_COL = STATUS_COL + POSTING_STATUSES.length;
const JUDGED_COL = TOTAL_COL + 1;
export const RATE_COL = JUDGED_COL + 1;
const LATE_COL = RATE_COL + 1;
export const LAST_COL = LATE_COL;
export const PERCENT = '0.0%';

export const RATE_NOTE = 'Tỷ lệ đạt = (Đạt + Niêm yết thường xuyên) / Được đánh giá; Được đánh giá = Đạt + Niêm yết thường xuyên + Chưa đủ thời gian. '
  + 'Không tính nội dung đang niêm yết, chưa bắt đầu, không yêu cầu thời hạn, thiếu dữ liệu hoặc dữ liệu không hợp lệ (lỗi dữ liệu được báo riêng). '
  + 'Công khai chậm: công khai sau thời điểm phải công khai (khoản 3 Điều 12 Luật Thực hiện dân chủ ở cơ sở; khoản 2 Điều 47 với cơ quan, đơn vị).';

const HEAD: FormatSpec = { font: HEADER, fill: HEADER_FILL, border: 'thin', horizontal: 'center', vertical: 'middle', wrap: true };
const CELL: FormatSpec = { border: 'thin', vertical: 'middle', wrap: true };
const NUM: FormatSpec = { horizontal: 'center' };
const BOLD: FormatSpec = { font: { ...BODY, bold: true } };
const col = (c: number) => columnLetter(c);
/** Height of a line of numbers (points): a little air around 12 pt text. Lines with user text grow to fit instead. */
const LINE = 18;

/** A section heading across the page (`I. CÔNG KHAI THÔNG TIN…`). */
export function heading(rows: SheetRows, text: string, size = 13): number {
  const r = rows.add([text], 21);
  rows.merge(r, 1, LAST_COL);
  rows.format(r, 1, r, 1, { font: { ...HEADER, size }, vertical: 'bottom' });
  return r;
}

/** A header row, then the body's borders and the total row's bold once the body is written. */
function table(rows: SheetRows, headers: string[], height = 33): { header: number; close: (numbersFrom: number) => number } {
  const header = rows.add(headers, height);
  rows.format(header, 1, header, headers.length, HEAD);
  return {
    header,
    close: (numbersFrom) => {
      const last = rows.next - 1;
      rows.format(header + 1, 1, last, headers.length, CELL);
      rows.format(header + 1, numbersFrom, last, headers.length, NUM);
      rows.format(last, 1, last, headers.length, BOLD);
      return last;
    },
  };
}

/** An empty table's only line, so the totals under it still SUM a range (of nothing). */
function emptyLine(rows: SheetRows, text: string, cols: number): void {
  const r = rows.add([text]);
  rows.merge(r, 1, cols);
  rows.format(r, 1, r, 1, { font: { ...BODY, italic: true } });
}

/** Postings by content group × status, with totals, rates and the rate's definition. */
export function postingsTable(rows: SheetRows, data: SummaryData, detail: DetailRange): { first: number; last: number } {
  const t = table(rows, ['Nhóm nội dung', 'Khoản (Điều 11)', ...POSTING_STATUSES.map((s) => POSTING_STATUS_LABELS[s]),
    'Tổng số', 'Được đánh giá', 'Tỷ lệ đạt', 'Công khai chậm'], 48);
  const first = rows.next;
  const sumOf = (r: number, of: readonly PostingStatus[]) => of.map((s) => `${col(STATUS_COL + POSTING_STATUSES.indexOf(s))}${r}`).join('+');
  const rateOf = (r: number) => `IFERROR((${sumOf(r, MET_STATUSES)})/${col(JUDGED_COL)}${r},"")`;
  for (const g of data.groups) {
    const r = rows.next;
    rows.add([g.label, g.clause,
      ...POSTING_STATUSES.map((s) => countifs(detail, { table: TABLES.postings, key: g.label, result: POSTING_STATUS_LABELS[s] }, g.byStatus[s])),
      formula(`SUM(${col(STATUS_COL)}${r}:${col(TOTAL_COL - 1)}${r})`, g.total),
      formula(sumOf(r, JUDGED_STATUSES), g.judged),
      formula(rateOf(r), g.rate),
      countifs(detail, { table: TABLES.postings, key: g.label, timely: TIMELY_LABELS.late }, g.late)], LINE);
  }
  if (data.groups.length === 0) emptyLine(rows, 'Chưa có nội dung công khai nào.', LAST_COL);
  const last = rows.next - 1;
  const p = data.postings;
  const total = rows.next;
  const sum = (c: number, result: number) => formula(`SUM(${col(c)}${first}:${col(c)}${last})`, result);
  rows.add(['Tổng cộng', null, ...POSTING_STATUSES.map((s, i) => sum(STATUS_COL + i, p.byStatus[s])),
    sum(TOTAL_COL, p.total), sum(JUDGED_COL, p.judged), formula(rateOf(total), p.rate), sum(LATE_COL, p.late)], LINE);
  t.close(2);
  rows.format(first, RATE_COL, total, RATE_COL, { numberFormat: PERCENT });
  const note = rows.add([RATE_NOTE]);
  rows.merge(note, 1, LAST_COL);
  rows.format(note, 1, note, 1, { font: { ...BODY, size: 11, italic: true }, wrap: true, vertical: 'top' });
  return { first, last };
}

/** The chart's source: group labels beside their rates (a chart wants the two side by side). */
export function chartData(rows: SheetRows, data: SummaryData, groupRows: { first: number }): string {
  const t = table(rows, ['Nhóm nội dung', 'Tỷ lệ đạt'], 21);
  data.groups.forEach((g, i) => rows.add([g.label, formula(`${col(RATE_COL)}${groupRows.first + i}`, g.rate)], LINE));
  if (data.groups.length === 0) rows.add(['', null]);
  const last = rows.next - 1;
  rows.format(t.header + 1, 1, last, 2, CELL);
  rows.format(t.header + 1, 2, last, 2, { ...NUM, numberFormat: PERCENT });
  return `A${t.header}:B${last}`;
}

export function votesTable(rows: SheetRows, data: SummaryData, detail: DetailRange): void {
  const t = table(rows, ['Kết quả biểu quyết', 'Số việc'], 21);
  const first = rows.next;
  for (const o of VOTE_OUTCOMES) rows.add([VOTE_LABELS[o], countifs(detail, { table: TABLES.votes, result: VOTE_LABELS[o] }, data.votes[o])], LINE);
  rows.add(['Tổng cộng', formula(`SUM(B${first}:B${rows.next - 1})`, data.votes.total)], LINE);
  t.close(2);
}

/**
 * A COUNTIFS over `TH Ý kiến`'s counting columns: the opinions of one consultation in one state.
 * @example feedbackCountifs({ sheet: 'TH Ý kiến', first: 9, last: 40 }, 'QC-2024', 'Tiếp thu', 1)
 * // { formula: "COUNTIFS('TH Ý kiến'!$G$9:$G$40,\"QC-2024\",'TH Ý kiến'!$H$9:$H$40,\"Tiếp thu\")", result: 1 }
 */
export function feedbackCountifs(on: FeedbackCounting, key: string, state: string, result: number): FormulaValue {
  const sheet = `'${on.sheet.replace(/'/g, "''")}'!`;
  const range = (col: string) => `${sheet}$${col}$${on.first}:$${col}$${on.last}`;
  return { formula: `COUNTIFS(${range(COUNT_COLUMNS.key)},${criterion(key)},${range(COUNT_COLUMNS.state)},${criterion(state)})`, result };
}

export function consultationsTable(rows: SheetRows, data: SummaryData, feedback: FeedbackCounting): void {
  const states = FEEDBACK_STATES.map((s) => FEEDBACK_STATE_LABELS[s]);
  const t = table(rows, ['Nội dung lấy ý kiến', 'Mã đợt', 'Tổng số ý kiến', ...states]);
  const first = rows.next;
  const keys = ['accepted', 'partlyAccepted', 'explained', 'pending'] as const;
  for (const c of data.consultations) {
    const r = rows.next;
    rows.add([c.subject, c.key, formula(`SUM(D${r}:G${r})`, c.feedback.total),
      ...states.map((label, i) => feedbackCountifs(feedback, c.key, label, c.feedback[keys[i]]))]);
  }
  if (data.consultations.length === 0) emptyLine(rows, 'Chưa có đợt lấy ý kiến nào.', 7);
  const last = rows.next - 1;
  const f = data.feedback;
  rows.add(['Tổng cộng', null, ...['C', 'D', 'E', 'F', 'G'].map((c, i) =>
    formula(`SUM(${c}${first}:${c}${last})`, i === 0 ? f.total : f[keys[i - 1]]))], LINE);
  t.close(3);
}

export function tasksTable(rows: SheetRows, data: SummaryData, detail: DetailRange): void {
  const t = table(rows, ['Tình trạng', 'Số việc'], 21);
  const first = rows.next;
  for (const s of TASK_STATUSES) rows.add([TASK_STATUS_NAMES[s], countifs(detail, { table: TABLES.tasks, result: TASK_STATUS_NAMES[s] }, data.tasks.byStatus[s])], LINE);
  rows.add(['Tổng cộng', formula(`SUM(B${first}:B${rows.next - 1})`, data.tasks.total)], LINE);
  t.close(2);
}

/** Where the overdue list may break: the printed page's height in the sheet's points, and the breaks found. */
export interface ListPaging {
  readonly pageHeight: number;
  readonly breaks: number[];
  /** The row the list's first page starts at (the heading of its section, above the list). */
  readonly pageStart: number;
}

/**
 * Overdue tasks: title, lead (merged B:D), due day (E:F) and days overdue (G:H). Plain values: a
 * list, not totals. The day spans two columns: «dd/mm/yyyy» in 12 pt needs about 12 character
 * units, more than one status column, and a date too wide for its cell prints «###». A long list
 * starts a page with its section and its header row is written again at the top of each page it
 * continues on (print titles hold the sheet's title; a sheet has one such range).
 */
export function overdueList(rows: SheetRows, data: SummaryData, paging?: ListPaging): void {
  const HEAD_HEIGHT = 33;
  const merge = (r: number) => [[2, 4], [5, 6], [7, 8]].forEach(([a, b]) => rows.merge(r, a, b));
  const header = () => {
    const r = rows.add(['Việc quá hạn', 'Chủ trì', null, null, 'Thời hạn', null, 'Số ngày quá hạn', null], HEAD_HEIGHT);
    merge(r);
    rows.format(r, 1, r, 8, HEAD);
    return r;
  };
  const heightOf = (t: SummaryData['tasks']['overdue'][number]) =>
    Math.max(LINE, textHeight(t.title, columnPoints(34), BODY), textHeight(t.lead ?? '', columnPoints(30), BODY));
  // A short list stays where it falls; a long one starts a page and repeats its header on each.
  const pages = paging && data.tasks.overdue.reduce((h, t) => h + heightOf(t), HEAD_HEIGHT) > paging.pageHeight / 3 ? paging : undefined;
  if (pages) pages.breaks.push(pages.pageStart);
  // What the page already holds above the list (its section's heading and table).
  let above = 0;
  for (let r = pages?.pageStart ?? rows.next; r < rows.next; r++) above += rows.heights[r] ?? 15;
  let from = header() + 1;
  // Borders and centred numbers on the rows under one header (a block per page, not per row).
  const close = () => {
    rows.format(from, 1, rows.next - 1, 8, CELL);
    rows.format(from, 5, rows.next - 1, 8, NUM);
  };
  let used = above + HEAD_HEIGHT;
  for (const task of data.tasks.overdue) {
    const height = heightOf(task);
    if (pages && used + height > pages.pageHeight) {
      close();
      pages.breaks.push(rows.next);
      from = header() + 1;
      used = HEAD_HEIGHT;
    }
    merge(rows.add([task.title, task.lead, null, null, task.due, null, task.days, null], height));
    used += height;
  }
  if (data.tasks.overdue.length === 0) emptyLine(rows, 'Không có việc quá hạn.', 8);
  close();
}

/**
 * The rows of other years than the report's: listed, not counted, so a person
 * sees they were read and where they are. An empty list writes nothing.
 */
export function outOfPeriodList(rows: SheetRows, model: Pick<ReportModel, 'outOfPeriod' | 'unit'>): void {
  const out = model.outOfPeriod ?? [];
  if (out.length === 0) return;
  rows.add();
  heading(rows, `NGOÀI KỲ BÁO CÁO NĂM ${model.unit.year} (không tính vào các số liệu trên)`, 12);
  // The day over E:F: «dd/mm/yyyy» is wider than one status column («###»).
  const merge = (r: number) => [[2, 3], [5, 6]].forEach(([a, b]) => rows.merge(r, a, b));
  const t = table(rows, ['Nội dung', 'Sheet', '', 'Dòng', 'Ngày', ''], 21);
  merge(t.header);
  for (const o of out) merge(rows.add([o.title, o.sheet, null, o.row, o.date, null]));
  rows.format(t.header + 1, 1, rows.next - 1, 6, CELL);
  rows.format(t.header + 1, 4, rows.next - 1, 6, NUM);
}
