import { compareDates, daysInMonth, formatVi, type LocalDate } from '../domain/calendar/localDate';
import { fold } from '../domain/text/normalize';
import { a1, type DocValue, type FormatRange, type SheetDocument } from './document';
import type { ReportModel, ReportPosting } from './model';
import { continuedRows, listPageBreaks, type Keep } from './listPages';
import { appendBlock, documentHeader, signatureBlock, type HalfColumns } from './officialBlocks';
import { withFittedRows } from './rowFit';
import { a4, BODY, DATE_FORMAT, FONT, HEADER } from './style';

/** The quarterly list of contents publicised (Luật 10/2022/QH15, Điều 13 khoản 2). */
export const QUARTER_LIST_SHEET = 'DS Công khai';
export const QUARTER_LIST_OWNER = 'ds-cong-khai';
export const QUARTER_LIST_TITLE = 'DANH SÁCH CÁC NỘI DUNG ĐÃ CÔNG KHAI';

export interface Quarter {
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const HEADERS = ['STT', 'Nội dung công khai', 'Nhóm nội dung', 'Hình thức', 'Địa điểm', 'Từ ngày', 'Đến ngày'];
const WIDTHS = [6, 46, 20, 16, 26, 12, 13];
const COLS: HalfColumns = { leftEnd: 3, rightStart: 4, lastCol: HEADERS.length };
const TABLE_HEADER_ROW = 8;
const PERMANENT = 'Thường xuyên';

/** @example quarterOf({ y: 2024, m: 5, d: 2 }) // { year: 2024, quarter: 2 } */
export function quarterOf(date: LocalDate): Quarter {
  return { year: date.y, quarter: (Math.floor((date.m - 1) / 3) + 1) as Quarter['quarter'] };
}

/** @example quarterLabel({ year: 2024, quarter: 1 }) // 'Quý I năm 2024' */
export function quarterLabel(q: Quarter): string {
  return `Quý ${ROMAN[q.quarter - 1]} năm ${q.year}`;
}

/** First and last day of a quarter. @example quarterRange({ year: 2024, quarter: 1 }).to // { y: 2024, m: 3, d: 31 } */
export function quarterRange(q: Quarter): { from: LocalDate; to: LocalDate } {
  const last = q.quarter * 3;
  return { from: { y: q.year, m: last - 2, d: 1 }, to: { y: q.year, m: last, d: daysInMonth(q.year, last) } };
}

/** One line of the list: postings of one content, form and period, their places joined. */
export interface QuarterListLine {
  readonly title: string;
  readonly group: string;
  readonly form: string | null;
  readonly places: string[];
  readonly start: LocalDate;
  readonly end: LocalDate | null;
  readonly permanent: boolean;
}

/**
 * The postings publicised in a quarter, by start date. A posting counts when it had begun by the
 * quarter's end (and by the as-of date: the law lists contents «đã được thực hiện công khai», so
 * a planned one is not yet on it) and had not ended before the quarter began: a 30-day posting from
 * 15/03 belongs to quarter I and to quarter II, and a permanent one to every quarter from its start.
 * Rows without a start date cannot be placed in time and are left out (the check flags them).
 * Postings with the same content, group, form and dates make one line listing their places.
 */
export function quarterLines(postings: readonly ReportPosting[], q: Quarter, asOf: LocalDate): QuarterListLine[] {
  const { from, to } = quarterRange(q);
  const until = compareDates(asOf, to) < 0 ? asOf : to;
  const lines = new Map<string, QuarterListLine>();
  const included = postings
    .filter((p): p is ReportPosting & { start: LocalDate } => p.start !== null && compareDates(p.start, until) <= 0 &&
      (p.end === null || compareDates(p.end, from) >= 0))
    .sort((a, b) => compareDates(a.start, b.start) || a.row - b.row);
  for (const p of included) {
    const key = [fold(p.title), p.clause, p.form ?? '', formatVi(p.start), p.end ? formatVi(p.end) : '', p.status === 'permanent'].join('|');
    const line = lines.get(key);
    if (line && p.place && !line.places.includes(p.place)) line.places.push(p.place);
    if (!line) {
      lines.set(key, {
        title: p.title, group: p.group, form: p.form, places: p.place ? [p.place] : [], start: p.start, end: p.end, permanent: p.status === 'permanent',
      });
    }
  }
  return [...lines.values()];
}

/**
 * Builds `DS Công khai` for a quarter: a Nghị định 30 header, the title and quarter, the table
 * (print titles on its header row) and the dated, signed end, ready to post. Titles and places are
 * user text, written as text whatever they start with.
 */
export function buildQuarterList(model: ReportModel, quarter: Quarter): SheetDocument {
  const { unit } = model;
  const lines = quarterLines(model.postings, quarter, model.date);
  const last = COLS.lastCol;
  const doc = { values: [] as DocValue[][], formats: [] as FormatRange[], merges: [] as string[], rowHeights: {} as Record<number, number> };
  appendBlock(doc, documentHeader(unit, COLS));
  const { to } = quarterRange(quarter);
  const updated = compareDates(model.date, to) < 0 ? ` (cập nhật đến ngày ${formatVi(model.date)})` : '';
  doc.values.push([], [QUARTER_LIST_TITLE], [`${quarterLabel(quarter)}${updated}`], [], HEADERS);
  doc.merges.push(a1(5, 1, 5, last), a1(6, 1, 6, last));
  doc.formats.push(
    { range: a1(5, 1), font: { name: FONT, size: 14, bold: true }, horizontal: 'center' },
    { range: a1(6, 1), font: { name: FONT, size: 13, bold: true }, horizontal: 'center' },
    { range: a1(TABLE_HEADER_ROW, 1, TABLE_HEADER_ROW, last), font: HEADER, border: 'thin', horizontal: 'center', vertical: 'middle', wrap: true },
  );
  const first = TABLE_HEADER_ROW + 1;
  let n = 0;
  for (const [i, l] of lines.entries()) {
    // A title past one row's 409 pt continues on the rows under it.
    for (const row of continuedRows([i + 1, l.title, l.group, l.form ?? '', l.places.join('; '), l.start, l.end ?? (l.permanent ? PERMANENT : '')], WIDTHS, BODY)) {
      doc.values.push(row);
      n++;
    }
  }
  if (lines.length === 0) {
    doc.values.push([`Trong ${quarterLabel(quarter).replace(/^Quý/, 'quý')} chưa có nội dung nào được công khai.`]);
    doc.merges.push(a1(first, 1, first, last));
  }
  const end = first + Math.max(n, 1) - 1;
  doc.formats.push(
    { range: a1(first, 1, end, last), font: BODY, border: 'thin', vertical: 'top', wrap: true },
    { range: a1(first, 1, end, 1), horizontal: 'center' },
    { range: a1(first, 6, end, 7), horizontal: 'center', numberFormat: DATE_FORMAT },
  );
  doc.values.push([]);
  doc.rowHeights[end + 1] = 10;
  const recipients = unit.kind === 'commune'
    // Where Điều 13 khoản 2 has the list posted.
    ? [`- Niêm yết tại trụ sở HĐND, UBND ${unit.level ?? 'xã'};`, '- Niêm yết tại nhà văn hóa, điểm sinh hoạt cộng đồng ở thôn, tổ dân phố;', '- Lưu: VT.']
    : ['- Niêm yết tại trụ sở;', '- Lưu: VT.'];
  appendBlock(doc, signatureBlock(unit, model.date, COLS, end + 2, recipients));
  const fitted = withFittedRows({
    name: QUARTER_LIST_SHEET, ifExists: 'replace', values: doc.values, formats: doc.formats, merges: doc.merges,
    columns: WIDTHS.map((width) => ({ width })), // Rows 4 and 7 are air between the heading, the title and the table: 8 pt, not a 15 pt line.
    rowHeights: { 4: 8, 5: 22, 6: 20, 7: 8, ...doc.rowHeights },
  });
  // The last row of the table goes with the signature (ND 30: a signature never alone on a page).
  const keep = (r: number): Keep => (r >= end ? 'hard' : r < first ? 'soft' : false);
  const frame = { orientation: 'landscape' as const, widths: WIDTHS, titleRows: [TABLE_HEADER_ROW, TABLE_HEADER_ROW] as const };
  return {
    ...fitted,
    owner: QUARTER_LIST_OWNER,
    pageBreaksBefore: listPageBreaks(fitted.rowHeights ?? {}, doc.values.length, keep, frame),
    ...(n > 0 ? { excelFitRows: [[first, end] as const] } : {}),
    pageSetup: { ...a4('landscape', [TABLE_HEADER_ROW, TABLE_HEADER_ROW]), centerHorizontally: true, pageNumbers: 'top-center' },
  };
}
