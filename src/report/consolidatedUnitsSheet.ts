import { formatVi, type LocalDate } from '../domain/calendar/localDate';
import { a1, columnLetter, type ChartSpec, type ColorScale, type DocValue, type FormatRange, type SheetDocument } from './document';
import { complianceOf, handledRate, type Consolidation, type UnitSummary } from './consolidatedModel';
import { withFittedRows } from './rowFit';
import { a4, BODY, HEADER, HEADER_FILL, TITLE } from './style';

/** The per-unit table of a consolidation; the add-in owns it and replaces it on every run. */
export const UNITS_SHEET = 'TH Đơn vị';
export const UNITS_OWNER = 'th-don-vi';
export const UNITS_TITLE = 'TỔNG HỢP KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ THEO ĐƠN VỊ';

interface Column {
  readonly group: string;
  readonly header: string;
  readonly width: number;
  /** The unit's value; a `rate` column is a formula over other columns of its row instead. */
  readonly value?: (u: UnitSummary) => DocValue;
  readonly rate?: (row: number) => { formula: string; result: number | string };
  /** Summed on the totals row. */
  readonly sum?: boolean;
}

const L = (key: string) => columnLetter(COLUMNS.findIndex((c) => c.header === key) + 1);
const rateFormula = (num: string, den: string) => `IF(${den}=0,"",${num}/${den})`;

/** Every column of the table; the rates are formulas, so the colour follows a corrected count. */
export const COLUMNS: readonly Column[] = [
  { group: '', header: 'STT', width: 5 },
  { group: '', header: 'Đơn vị', width: 28, value: (u) => u.unit },
  { group: '', header: 'Năm', width: 7, value: (u) => u.year },
  { group: 'Công khai', header: 'Tổng số', width: 8, value: (u) => Object.values(u.postings).reduce((a, b) => a + b, 0), sum: true },
  { group: 'Công khai', header: 'Đạt', width: 7, value: (u) => u.postings.met, sum: true },
  { group: 'Công khai', header: 'Thường xuyên', width: 10, value: (u) => u.postings.permanent, sum: true },
  { group: 'Công khai', header: 'Chưa đủ thời gian', width: 10, value: (u) => u.postings.short, sum: true },
  { group: 'Công khai', header: 'Đang niêm yết', width: 9, value: (u) => u.postings.ongoing, sum: true },
  { group: 'Công khai', header: 'Chưa bắt đầu', width: 9, value: (u) => u.postings.planned, sum: true },
  { group: 'Công khai', header: 'Không yêu cầu thời hạn', width: 10, value: (u) => u.postings['no-requirement'], sum: true },
  { group: 'Công khai', header: 'Thiếu dữ liệu', width: 8, value: (u) => u.postings['missing-data'], sum: true },
  { group: 'Công khai', header: 'Không hợp lệ', width: 8, value: (u) => u.postings.invalid, sum: true },
  {
    group: 'Công khai', header: 'Tỷ lệ đạt', width: 9,
    rate: (r) => ({ formula: rateFormula(`(${L('Đạt')}${r}+${L('Thường xuyên')}${r})`, `(${L('Đạt')}${r}+${L('Thường xuyên')}${r}+${L('Chưa đủ thời gian')}${r})`), result: '' }),
  },
  { group: 'Công khai', header: 'Công khai chậm', width: 8, value: (u) => u.latePublications, sum: true },
  { group: 'Kế hoạch', header: 'Số việc', width: 8, value: (u) => Object.values(u.tasks).reduce((a, b) => a + b, 0), sum: true },
  { group: 'Kế hoạch', header: 'Quá hạn', width: 8, value: (u) => u.tasks.overdue, sum: true },
  { group: 'Kế hoạch', header: 'Hoàn thành muộn', width: 10, value: (u) => u.tasks['done-late'], sum: true },
  { group: 'Lấy ý kiến', header: 'Số đợt', width: 7, value: (u) => u.consultations, sum: true },
  { group: 'Lấy ý kiến', header: 'Số ý kiến', width: 8, value: (u) => u.feedback.total, sum: true },
  { group: 'Lấy ý kiến', header: 'Chưa xử lý', width: 8, value: (u) => u.feedback.pending, sum: true },
  {
    group: 'Lấy ý kiến', header: 'Tỷ lệ đã xử lý', width: 9,
    rate: (r) => ({ formula: rateFormula(`(${L('Số ý kiến')}${r}-${L('Chưa xử lý')}${r})`, `${L('Số ý kiến')}${r}`), result: '' }),
  },
  { group: 'Biểu quyết', header: 'Thông qua', width: 9, value: (u) => u.votes.passed, sum: true },
  { group: 'Biểu quyết', header: 'Không thông qua', width: 10, value: (u) => u.votes.failed, sum: true },
  { group: '', header: 'Lỗi dữ liệu', width: 8, value: (u) => u.inputErrors, sum: true },
  { group: '', header: 'Số phát hiện', width: 9, value: (u) => u.findings, sum: true },
  // Last, outside the print area: a path is for finding the file, not for the printed table.
  { group: '', header: 'Tệp', width: 20, value: (u) => u.file },
];

const LAST_COL = COLUMNS.length;
/** The printed table stops before «Tệp» (and the chart's helper columns right of it). */
const PRINTED_COLS = LAST_COL - 1;
/** STT and Đơn vị repeat at the left of each printed page. */
const KEY_COLS = [1, 2] as const;
/**
 * 95 %: 12 pt prints at 11.4 pt. The first page holds the key columns, «Năm» and «Công khai»
 * (136 character units, 714 pt at 100 % — the A4 landscape width between ND 30's margins), so the
 * table splits there; the second page the key columns and the rest.
 */
const PRINT_SCALE = 95;
/** The columns of the first printed page: the title and the lists below stay on it. */
const FIRST_PAGE_COLS = COLUMNS.findIndex((c) => c.header === 'Công khai chậm') + 1;
const HEADER_ROW = 4;
const FIRST_ROW = 5;
/** Red at 0, yellow at 80%, green at 100%: a fixed scale, so colours compare across runs. */
const SCALE = { min: { value: 0, color: '#F8696B' }, mid: { value: 0.8, color: '#FFEB84' }, max: { value: 1, color: '#63BE7B' } };

export interface UnitsSheetOptions {
  readonly order: 'name' | 'compliance';
  /** The as-of date when one was given for every unit; null when each unit used its own. */
  readonly asOf: LocalDate | null;
}

/**
 * Builds `TH Đơn vị`: one row per unit, a `Tổng cộng` row of SUM formulas, then the units left out
 * of the totals (two files for one unit), the files that could not be used and the units that did
 * not report, each with its reason. Rates are formulas with colour scales; in Excel a bar chart
 * of compliance by unit sits under the lists (its data: two columns of formulas right of the table).
 */
export function buildUnitsSheet(c: Consolidation, options: UnitsSheetOptions): SheetDocument {
  const counted = c.units.filter((u) => !u.conflict);
  // The title sits right of the key columns: they repeat on every page, and a title merged over
  // them showed its first word clipped there on page 2. Page 2 has its own «(tiếp theo)».
  const sub = subtitle(c, counted.length, options);
  const italic = { ...BODY, italic: true };
  const values: DocValue[][] = [[], [], groupRow(), COLUMNS.map((col) => col.header)];
  values[0][2] = UNITS_TITLE;
  values[0][FIRST_PAGE_COLS] = 'TỔNG HỢP THEO ĐƠN VỊ (tiếp theo)';
  values[1][2] = sub;
  const formats: FormatRange[] = [
    { range: a1(1, 3, 1, PRINTED_COLS), font: TITLE, horizontal: 'center' },
    { range: a1(2, 3, 2, FIRST_PAGE_COLS), font: italic, horizontal: 'center', wrap: true },
    { range: a1(3, 1, HEADER_ROW, LAST_COL), font: HEADER, fill: HEADER_FILL, border: 'thin', horizontal: 'center', vertical: 'middle', wrap: true },
  ];
  const merges = [a1(1, 3, 1, FIRST_PAGE_COLS), a1(1, FIRST_PAGE_COLS + 1, 1, PRINTED_COLS), a1(2, 3, 2, FIRST_PAGE_COLS), ...groupMerges(), ...COLUMNS.flatMap((col, i) => (col.group ? [] : [a1(3, i + 1, 4, i + 1)]))];
  counted.forEach((u, i) => values.push(unitRow(u, i + 1, FIRST_ROW + i)));
  const last = FIRST_ROW + counted.length - 1;
  const totalRow = last + 1;
  values.push(totalsRow(c, counted.length, totalRow));
  formats.push(
    { range: a1(FIRST_ROW, 1, totalRow, LAST_COL), font: BODY, border: 'thin', vertical: 'middle' },
    { range: a1(FIRST_ROW, 1, totalRow, 1), horizontal: 'center' },
    { range: a1(FIRST_ROW, 3, totalRow, PRINTED_COLS), horizontal: 'center' },
    { range: a1(totalRow, 1, totalRow, LAST_COL), font: { ...BODY, bold: true }, fill: '#F2F2F2' },
  );
  merges.push(a1(totalRow, 1, totalRow, 3));
  const rateCols = COLUMNS.flatMap((col, i) => (col.rate ? [i + 1] : []));
  for (const col of rateCols) formats.push({ range: a1(FIRST_ROW, col, totalRow, col), numberFormat: '0.0%' });
  const colorScales: ColorScale[] = rateCols.map((col) => ({ range: a1(FIRST_ROW, col, totalRow, col), ...SCALE }));

  const conflicted = c.units.filter((u) => u.conflict);
  if (conflicted.length > 0) {
    const top = values.length + 2;
    values.push([], ['Đơn vị có từ hai tệp trở lên — không cộng vào tổng; hãy giữ lại một tệp đúng rồi tổng hợp lại:']);
    formats.push({ range: a1(top, 1), font: { ...BODY, bold: true, color: '#C00000' } });
    conflicted.forEach((u, i) => values.push(unitRow(u, i + 1, top + 1 + i)));
    formats.push({ range: a1(top + 1, 1, top + conflicted.length, LAST_COL), font: BODY, border: 'thin', fill: '#FCE4D6' });
    for (const col of rateCols) formats.push({ range: a1(top + 1, col, top + conflicted.length, col), numberFormat: '0.0%' });
  }
  listBlock(values, formats, merges, 'Tệp không tổng hợp được:', c.failed.map((f) => [f.file, f.reason]));
  if (c.hasExpectedList) {
    listBlock(values, formats, merges, c.missing.length ? 'Đơn vị chưa gửi tệp (theo sheet «Danh sách đơn vị»):' : 'Mọi đơn vị trong «Danh sách đơn vị» đã gửi tệp.',
      c.missing.map((name) => [name, 'Chưa có tệp']));
    if (c.unexpected.length) listBlock(values, formats, merges, 'Đơn vị có tệp nhưng không có trong «Danh sách đơn vị»:', c.unexpected.map((name) => [name, '']));
  }
  const chart = chartBlock(values, formats, counted.length, last);
  return withFittedRows({
    name: UNITS_SHEET, owner: UNITS_OWNER, ifExists: 'replace', values, formats, merges,
    columns: [...COLUMNS.map((col) => ({ width: col.width })), { width: 3 }, { width: 28 }, { width: 10 }],
    rowHeights: { 3: 20, 4: 48 },
    freeze: { rows: HEADER_ROW, columns: 2 },
    ...(counted.length > 0 ? { autoFilter: a1(HEADER_ROW, 1, last, LAST_COL) } : {}),
    colorScales,
    charts: chart ? [chart] : [],
    pageSetup: {
      ...a4('landscape', [3, 4]), fitToWidth: false, scale: PRINT_SCALE, printTitleColumns: KEY_COLS, pageOrder: 'overThenDown',
      printArea: a1(1, 1, values.length, PRINTED_COLS), pageNumbers: 'top-center',
    },
  }, 2);
}

function subtitle(c: Consolidation, counted: number, o: UnitsSheetOptions): string {
  const parts = [
    `${counted} đơn vị được tổng hợp`,
    ...(c.conflicts.length ? [`${c.conflicts.length} đơn vị trùng tệp (không cộng)`] : []),
    ...(c.failed.length ? [`${c.failed.length} tệp không dùng được`] : []),
    ...(c.hasExpectedList ? [`${c.missing.length} đơn vị chưa gửi`] : []),
    o.asOf ? `ngày đánh giá ${formatVi(o.asOf)}` : 'mỗi đơn vị tính theo ngày đánh giá của mình',
    o.order === 'name' ? 'xếp theo tên đơn vị' : 'xếp theo tỷ lệ đạt, cao trước',
  ];
  return `${parts.join('; ')}.`;
}

function groupRow(): DocValue[] {
  return COLUMNS.map((col, i) => (col.group === '' ? col.header : i === 0 || COLUMNS[i - 1].group !== col.group ? col.group : null));
}

function groupMerges(): string[] {
  const merges: string[] = [];
  for (let i = 0; i < COLUMNS.length;) {
    let j = i;
    while (j + 1 < COLUMNS.length && COLUMNS[j + 1].group === COLUMNS[i].group) j++;
    if (COLUMNS[i].group !== '' && j > i) merges.push(a1(3, i + 1, 3, j + 1));
    i = j + 1;
  }
  return merges;
}

function unitRow(u: UnitSummary, n: number, row: number): DocValue[] {
  return COLUMNS.map((col, i) => {
    if (i === 0) return n;
    if (col.rate) {
      const f = col.rate(row);
      const rate = col.header === 'Tỷ lệ đạt' ? complianceOf(u.postings).rate : handledRate(u.feedback);
      return { formula: f.formula, result: rate ?? '' };
    }
    return col.value ? col.value(u) : null;
  });
}

/**
 * `Tổng cộng`: SUM of each count column over the unit rows, the rates recomputed from those sums.
 * Without a unit to add the row holds zeros (a SUM over no rows would be a reversed range).
 */
function totalsRow(c: Consolidation, count: number, row: number): DocValue[] {
  const t = c.totals;
  return COLUMNS.map((col, i) => {
    if (i === 0) return 'Tổng cộng';
    if (i < 3 || !col.sum && !col.rate) return null;
    if (col.rate) {
      const rate = col.header === 'Tỷ lệ đạt' ? complianceOf(t.postings).rate : handledRate(t.feedback);
      return count === 0 ? null : { formula: col.rate(row).formula, result: rate ?? '' };
    }
    if (!col.sum) return null;
    const total = c.units.filter((u) => !u.conflict).reduce((s, u) => s + (col.value!(u) as number), 0);
    const letter = columnLetter(i + 1);
    return count === 0 ? 0 : { formula: `SUM(${letter}${FIRST_ROW}:${letter}${row - 1})`, result: total };
  });
}

function listBlock(values: DocValue[][], formats: FormatRange[], merges: string[], heading: string, rows: readonly [string, string][]): void {
  if (rows.length === 0 && !heading.startsWith('Mọi')) return;
  values.push([]);
  const top = values.length + 1;
  values.push([heading]);
  formats.push({ range: a1(top, 1), font: { ...BODY, bold: true } });
  rows.forEach(([name, reason], i) => {
    const r = top + 1 + i;
    values.push([i + 1, name, reason]);
    merges.push(a1(r, 3, r, FIRST_PAGE_COLS));
  });
  if (rows.length) formats.push({ range: a1(top + 1, 1, top + rows.length, LAST_COL), font: BODY, wrap: true, vertical: 'top' });
}

/**
 * The chart's data (unit names beside their rates, as a chart wants them) in two columns right of
 * the table, formulas over the table so they follow it; the bar chart under the lists.
 */
function chartBlock(values: DocValue[][], formats: FormatRange[], count: number, last: number): ChartSpec | null {
  if (count === 0) return null;
  const nameCol = LAST_COL + 2;
  const rateCol = LAST_COL + 3;
  const rateIndex = COLUMNS.findIndex((c) => c.header === 'Tỷ lệ đạt');
  const rateLetter = columnLetter(rateIndex + 1);
  values[HEADER_ROW - 1][nameCol - 1] = 'Đơn vị (biểu đồ)';
  values[HEADER_ROW - 1][rateCol - 1] = 'Tỷ lệ đạt';
  for (let r = FIRST_ROW; r <= last; r++) {
    const row = values[r - 1];
    row[nameCol - 1] = { formula: `B${r}`, result: row[1] as string };
    const rate = (row[rateIndex] as { result?: number | string }).result;
    row[rateCol - 1] = { formula: `IF(${rateLetter}${r}="",0,${rateLetter}${r})`, result: typeof rate === 'number' ? rate : 0 };
  }
  formats.push(
    { range: a1(HEADER_ROW, nameCol, HEADER_ROW, rateCol), font: HEADER, fill: HEADER_FILL },
    { range: a1(FIRST_ROW, nameCol, last, rateCol), font: { ...BODY, color: '#7F7F7F' } },
    { range: a1(FIRST_ROW, rateCol, last, rateCol), numberFormat: '0.0%' },
  );
  return {
    type: 'bar', title: 'Tỷ lệ công khai đạt thời hạn theo đơn vị',
    dataRange: a1(HEADER_ROW, nameCol, last, rateCol),
    anchor: a1(values.length + 2, 2), width: 12, height: Math.max(15, Math.ceil(count * 1.2) + 4),
  };
}
