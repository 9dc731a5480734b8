import ExcelJS from 'exceljs';
import { checkWorkbook, type CheckRun } from '../../../src/app/check/check';
import { scopeToYear } from '../../../src/app/report/period';
import { buildReportModel } from '../../../src/app/report/model';
import { openWorkbookFile } from '../../../src/workbook/file/host';
import { BOOKS, CASES, FEEDBACK, LATE_FEEDBACK, type BookId, type CaseSheet, type HeldOutCase } from './cases';

// Issue 14, "Evidence": the held-out cases (worked by hand from RULES.md, see README.md) through a
// real .xlsx and the whole check. Each case is graded right / acceptable / wrong; none may be wrong.

const HEADERS: Record<CaseSheet, string[]> = {
  'Công khai': ['STT', 'Nội dung công khai', 'Nhóm nội dung', 'Ngày văn bản', 'Hình thức', 'Ngày bắt đầu', 'Ngày kết thúc', 'Số ngày yêu cầu'],
  'Kế hoạch': ['STT', 'Nội dung công việc', 'Thời hạn', 'Ngày hoàn thành'],
  'Biểu quyết': ['STT', 'Nội dung', 'Loại việc', 'Hình thức', 'Ngày', 'Tổng số hộ', 'Số hộ tham gia', 'Số hộ tán thành', 'Ngày gửi UBND xã'],
  'Lấy ý kiến': ['STT', 'Nội dung lấy ý kiến', 'Mã đợt', 'Từ ngày', 'Đến ngày', 'Hạn tổng hợp', 'Ngày tổng hợp xong', 'Ngày công khai kết quả'],
};
const LIST: Record<CaseSheet, 'postings' | 'tasks' | 'votes' | 'consultations'> = {
  'Công khai': 'postings', 'Kế hoạch': 'tasks', 'Biểu quyết': 'votes', 'Lấy ý kiến': 'consultations',
};

/** The sheet row of each case: header on row 1, cases from row 2 in the order of CASES. */
const rowOf = new Map<string, number>();
const casesOf = (book: BookId, sheet: CaseSheet) => CASES.filter((c) => c.book === book && c.sheet === sheet);
for (const book of Object.keys(BOOKS) as BookId[]) {
  for (const sheet of Object.keys(HEADERS) as CaseSheet[]) casesOf(book, sheet).forEach((c, i) => rowOf.set(c.id, i + 2));
}

/** In the second pass every dd/mm/yyyy text that is a real day becomes a date cell (an Excel serial). */
function asDateCell(v: string | number | null): string | number | null | Date {
  const m = typeof v === 'string' ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v) : null;
  if (!m) return v;
  const d = new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
  return d.getUTCDate() === Number(m[1]) ? d : v;
}

async function bookBytes(id: BookId, dateCells: boolean): Promise<Uint8Array> {
  const b = BOOKS[id];
  const cell = dateCells ? asDateCell : (v: string | number | null) => v;
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Thông tin').addRows([['Tên đơn vị', b.level === 'cơ quan' ? 'Văn phòng HĐND và UBND tỉnh' : 'UBND xã An Thượng'],
    ['Cấp', b.level], ['Năm báo cáo', b.year], ['Ngày đánh giá', cell(b.asOf)]]);
  for (const sheet of Object.keys(HEADERS) as CaseSheet[]) {
    const cases = casesOf(id, sheet);
    if (cases.length === 0) continue;
    // The title column carries the case id; the consultation's id column is its own.
    wb.addWorksheet(sheet).addRows([HEADERS[sheet], ...cases.map((c, i) => [i + 1, `${c.id} ${c.basis}`, ...c.cells.map(cell)])]);
  }
  const feedback = FEEDBACK[id];
  if (feedback) {
    wb.addWorksheet('Ý kiến').addRows([['STT', 'Mã đợt', 'Ngày nhận', 'Người góp ý', 'Nội dung góp ý', 'Hướng xử lý', 'Nội dung tiếp thu, giải trình', 'Ngày xử lý'],
      ...feedback.map((f, i) => [i + 1, f[0], cell(f[1]), 'Ông Nguyễn Văn A', 'Góp ý dự thảo', f[2], f[3], cell(f[4])])]);
  }
  if (b.daysOff) {
    wb.addWorksheet('Ngày nghỉ').addRows([['Ngày', 'Tên', 'Loại'], ...b.daysOff.map(([d, name, kind]) => [cell(d), name, kind])]);
  }
  if (b.rules) {
    wb.addWorksheet('Quy định').addRows([['Mã quy định', 'Nội dung', 'Giá trị', 'Đơn vị', 'Căn cứ'],
      ...b.rules.map(([rule, value]) => [rule, 'Quy chế của đơn vị', value, 'ngày', 'Quy chế dân chủ của đơn vị'])]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

type Grade = 'right' | 'acceptable' | 'wrong';

function rowText(run: CheckRun, sheet: string, row: number, item: Record<string, unknown> | undefined): string {
  return [
    typeof item?.explanation === 'string' ? item.explanation : '',
    ...run.report.findings.filter((f) => f.sheet === sheet && f.row === row).map((f) => f.message),
    ...run.report.inputErrors.filter((e) => e.sheet === sheet && e.row === row).map((e) => e.message),
  ].join('\n');
}

const levelWarned = (run: CheckRun) => run.issues.some((i) => i.code === 'level-abolished');

/** What fails for the case against `expect` (or its `acceptable` alternative, words aside). */
function failures(c: HeldOutCase, run: CheckRun, alternative: boolean): string[] {
  const row = rowOf.get(c.id)!;
  const list = run.report[LIST[c.sheet]] as unknown as Record<string, unknown>[];
  const item = list.find((p) => p.sheet === c.sheet && p.row === row);
  const out: string[] = [];
  const expect = alternative ? c.acceptable! : c.expect;
  if (Object.keys(expect).length > 0 && !item) out.push(`no ${LIST[c.sheet]} item for row ${row}`);
  for (const [key, want] of Object.entries(expect)) {
    if (item && JSON.stringify(item[key] ?? null) !== JSON.stringify(want)) out.push(`${key}: ${JSON.stringify(item[key])} ≠ ${JSON.stringify(want)}`);
  }
  const text = rowText(run, c.sheet, row, item);
  if (!alternative) {
    for (const w of c.words ?? []) if (!text.includes(w)) out.push(`text lacks «${w}»`);
    for (const w of c.without ?? []) if (text.includes(w)) out.push(`text has «${w}»`);
  }
  const onRow = run.report.findings.filter((f) => f.sheet === c.sheet && f.row === row);
  if (!alternative && c.finding && !onRow.some((f) => (!c.finding!.rule || f.rule === c.finding!.rule) && (!c.finding!.severity || f.severity === c.finding!.severity))) {
    out.push(`no finding ${JSON.stringify(c.finding)} (has ${onRow.map((f) => `${f.rule}/${f.severity}`).join(', ') || 'none'})`);
  }
  if (!alternative && c.noFinding && onRow.some((f) => f.rule === c.noFinding)) out.push(`unexpected finding ${c.noFinding}`);
  if (c.inputError && !run.report.inputErrors.some((e) => e.sheet === c.sheet && e.row === row)) out.push('no input error on the row');
  if (c.outOfPeriod !== undefined) {
    const out0 = (scopeToYear(buildReportModel(run), run).outOfPeriod ?? []).some((o) => o.sheet === c.sheet && o.row === row);
    if (out0 !== c.outOfPeriod) out.push(`out of period: ${out0} ≠ ${c.outOfPeriod}`);
  }
  if (c.levelWarning !== undefined && levelWarned(run) !== c.levelWarning) out.push(`level warning: ${levelWarned(run)} ≠ ${c.levelWarning}`);
  if (out.length > 0) out.push(`row text: ${text.replace(/\n/g, ' | ')}`);
  return out;
}

function grade(c: HeldOutCase, run: CheckRun): { grade: Grade; why: string[] } {
  const strict = failures(c, run, false);
  if (strict.length === 0) return { grade: 'right', why: [] };
  if (c.acceptable && failures(c, run, true).length === 0) return { grade: 'acceptable', why: strict };
  return { grade: 'wrong', why: strict };
}

describe.each([['typed as text', false], ['as date cells', true]] as const)('held-out legal cases worked from RULES.md (issue 14, Evidence), dates %s', (mode, dateCells) => {
  const runs = new Map<BookId, CheckRun>();
  const grades = new Map<string, { grade: Grade; why: string[] }>();
  beforeAll(async () => {
    for (const id of Object.keys(BOOKS) as BookId[]) {
      const [d, m, y] = BOOKS[id].asOf.split('/').map(Number);
      runs.set(id, await checkWorkbook(await openWorkbookFile(await bookBytes(id, dateCells), `${id}.xlsx`), { today: { y, m, d } }));
    }
  }, 60_000);

  afterAll(() => {
    const count = (g: Grade) => [...grades.values()].filter((x) => x.grade === g).length;
    const lines = [...grades.entries()].filter(([, g]) => g.grade !== 'right').map(([id, g]) => `  ${id} ${g.grade}: ${g.why.join('; ')}`);
    process.stdout.write(`\nheld-out (dates ${mode}): ${grades.size} cases, ${count('right')} right, ${count('acceptable')} acceptable, ${count('wrong')} wrong\n${lines.join('\n')}\n`);
  });

  it.each(CASES.map((c) => [`${c.id} (${c.basis}): ${c.reasoning}`, c] as const))('%s', (_name, c) => {
    const g = grade(c, runs.get(c.book)!);
    grades.set(c.id, g);
    expect(g.grade === 'wrong' ? g.why : []).toEqual([]);
  });

  it('F01 (Điều 28 khoản 3; BLDS Điều 148 khoản 5): feedback processed 04/09/2025 after C05\'s deadline 31/8 moved to 03/09 is late', () => {
    const run = runs.get(LATE_FEEDBACK.book)!;
    const onRow = run.report.findings.filter((f) => f.sheet === 'Ý kiến' && f.row === LATE_FEEDBACK.row);
    const why = onRow.some((f) => f.message.includes(LATE_FEEDBACK.processedBy)) ? [] : [`no finding naming ${LATE_FEEDBACK.processedBy}: ${onRow.map((f) => f.message).join(' | ')}`];
    grades.set('F01', { grade: why.length ? 'wrong' : 'right', why });
    expect(why).toEqual([]);
  });
});
