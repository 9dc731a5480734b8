import ExcelJS from 'exceljs';
import { join } from 'path';
import type { LocalDate } from '../../src/domain/calendar/localDate';
import { classifyFeedbackAnswer } from '../../src/domain/consultations/feedbackAnswer';
import { inferPostingForm, matchPostingFormLoose } from '../../src/domain/postings/inferForm';
import { proposeContentGroup } from '../../src/domain/postings/proposeGroup';
import type { CellResult } from '../../src/sheets/cellResult';
import { parseDateCell } from '../../src/sheets/dateCell';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';
import { parsePeriodCell } from '../../src/sheets/periodCell';
import { readWorksheet } from '../../src/workbook/file/read';

/**
 * The cell readers on the staff-style books of test/fixtures/staff, read from the .xlsx through
 * exceljs as the file host reads them: the cells as staff typed them, the values a person worked out.
 */
const DIR = join(__dirname, '../fixtures/staff');

async function sheetOf(file: string, sheet: string): Promise<SheetGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(DIR, file));
  return readWorksheet(wb.getWorksheet(sheet)!);
}

/** The `count` cells under the first cell that reads exactly `header`. */
function under(grid: SheetGrid, header: string, count: number): CellValue[] {
  for (let r = 0; r < grid.values.length; r += 1) {
    const c = grid.values[r].findIndex((v) => v === header);
    if (c >= 0) return grid.values.slice(r + 1, r + 1 + count).map((row) => row[c]);
  }
  throw new Error(`no header ${header} in ${grid.name}`);
}

const D = (y: number, m: number, d: number): LocalDate => ({ y, m, d });
const valueOf = <T>(r: CellResult<T>) => (r.ok ? r.value : r.problem.code);
const warningOf = <T>(r: CellResult<T>) => (r.ok ? r.warning?.code ?? null : null);

describe('dates as staff typed them', () => {
  it('reads dates in words and with trailing punctuation (04-ngay-viet-chu)', async () => {
    const grid = await sheetOf('04-ngay-viet-chu.xlsx', 'Sheet1');
    expect(under(grid, 'Thời gian bắt đầu', 6).map((c) => valueOf(parseDateCell(c))))
      .toEqual([D(2024, 2, 15), D(2024, 2, 15), D(2024, 6, 10), D(2024, 7, 5), D(2024, 7, 1), D(2024, 1, 2)]);
    expect(under(grid, 'Thời gian kết thúc', 6).map((c) => valueOf(parseDateCell(c))))
      .toEqual([D(2024, 3, 6), D(2024, 2, 18), D(2024, 7, 15), D(2024, 8, 10), D(2024, 7, 20), null]);
  });

  it('reads a day and month in the title\'s year, saying so (05-ngay-khong-nam)', async () => {
    const grid = await sheetOf('05-ngay-khong-nam.xlsx', 'Theo dõi niêm yết');
    const starts = under(grid, 'Từ ngày', 5).map((c) => parseDateCell(c, { defaultYear: 2024 }));
    expect(starts.map(valueOf)).toEqual([D(2024, 2, 15), D(2024, 1, 3), D(2024, 3, 1), D(2024, 4, 1), D(2024, 12, 2)]);
    expect(starts.map(warningOf)).toEqual(Array(5).fill('date-year-assumed'));
    expect(under(grid, 'Đến ngày', 5).map((c) => valueOf(parseDateCell(c))))
      .toEqual(Array(5).fill('date-no-year'));
  });

  it('reads dotted dates (03-ck-2025-ngay-cham)', async () => {
    const grid = await sheetOf('03-ck-2025-ngay-cham.xlsx', 'CK 2025');
    expect(under(grid, 'Ngày niêm yết', 6).map((c) => valueOf(parseDateCell(c))))
      .toEqual([D(2025, 2, 20), D(2025, 1, 6), D(2025, 3, 10), D(2025, 11, 1), D(2025, 1, 2), D(2025, 5, 15)]);
  });
});

describe('a period in one cell (06-thoi-gian-mot-o)', () => {
  it('reads every period of the book', async () => {
    const grid = await sheetOf('06-thoi-gian-mot-o.xlsx', 'Theo dõi công khai');
    expect(under(grid, 'Thời gian niêm yết', 5).map((c) => valueOf(parsePeriodCell(c, { defaultYear: 2026 })))).toEqual([
      { start: D(2026, 6, 2), end: D(2026, 6, 7) },
      { start: D(2026, 6, 1), end: D(2026, 7, 1) },
      { start: D(2026, 6, 1), end: D(2026, 6, 5) },
      { start: D(2026, 5, 15), end: D(2026, 6, 20) },
      { start: D(2026, 6, 10), end: D(2026, 6, 13) },
    ]);
  });

  it('reads its forms and proposes its groups', async () => {
    const grid = await sheetOf('06-thoi-gian-mot-o.xlsx', 'Theo dõi công khai');
    expect(under(grid, 'Hình thức', 5).map((c) => matchPostingFormLoose(String(c))?.id))
      .toEqual(['niem-yet', 'niem-yet', 'website', 'niem-yet', 'radio']);
    expect(under(grid, 'Nội dung niêm yết', 5).map((c) => proposeContentGroup(String(c))?.group))
      .toEqual(['consultation', 'consultation', 'consultation', 'socio-economic', 'social-security']);
  });
});

describe('groups and forms a book implies', () => {
  it('proposes every group from the titles of a book without a group column (20-nhom-tu-ten)', async () => {
    const grid = await sheetOf('20-nhom-tu-ten.xlsx', 'Niêm yết 2025');
    expect(under(grid, 'Nội dung', 5).map((c) => proposeContentGroup(String(c))?.basis)).toEqual([
      '«dự toán ngân sách» → Điều 11 khoản 2',
      '«quyết toán ngân sách» → Điều 11 khoản 2',
      '«thủ tục hành chính» → Điều 11 khoản 13',
      '«kế hoạch sử dụng đất» → Điều 11 khoản 3',
      '«hộ nghèo» → Điều 11 khoản 7',
    ]);
    expect(inferPostingForm(grid.name)).toBe('niem-yet');
  });

  it('proposes the groups of «Theo dõi niêm yết» (01-theo-doi-niem-yet)', async () => {
    const grid = await sheetOf('01-theo-doi-niem-yet.xlsx', 'Theo dõi niêm yết');
    expect(under(grid, 'Nội dung niêm yết', 7).map((c) => proposeContentGroup(String(c))?.group)).toEqual([
      'consultation', 'budget', 'investment-land', 'social-security', 'consultation', 'funds', 'inspection',
    ]);
    expect(inferPostingForm(grid.name)).toBe('niem-yet');
  });

  it.each([
    ['01-theo-doi-niem-yet.xlsx', 'niem-yet'], ['05-ngay-khong-nam.xlsx', 'niem-yet'], ['08-muc-trong-bang.xlsx', 'niem-yet'],
    ['15-libreoffice.xlsx', 'niem-yet'], ['19-tieu-de-xuong-dong.xlsx', 'niem-yet'], ['20-nhom-tu-ten.xlsx', 'niem-yet'],
    ['02-sheet1-tieu-de-hai-dong.xlsx', null], ['03-ck-2025-ngay-cham.xlsx', null], ['06-thoi-gian-mot-o.xlsx', null],
    ['12-y-kien-cau-tu-do.xlsx', null], ['18-so-nhieu-sheet.xlsx', null], ['22-quy-va-dong-gop.xlsx', null],
  ])('infers from the first sheet name of %s the form %j', async (file, form) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(DIR, file));
    expect(inferPostingForm(wb.worksheets[0].name)).toBe(form);
  });
});

describe('free-sentence answers to feedback (12-y-kien-cau-tu-do)', () => {
  it('reads each answer as the decision a person gave it', async () => {
    const grid = await sheetOf('12-y-kien-cau-tu-do.xlsx', 'Tổng hợp ý kiến');
    const answers = under(grid, 'Kết quả tiếp thu, giải trình', 9).map((c) => classifyFeedbackAnswer(c === null ? '' : String(c)));
    expect(answers.map((a) => [a.decision, a.confidence])).toEqual([
      ['accepted', 'high'], ['accepted', 'high'], ['explained', 'high'], ['explained', 'high'], ['partly-accepted', 'high'],
      ['explained', 'low'], [null, 'high'], [null, 'high'], ['accepted', 'high'],
    ]);
    expect(answers[1].explanation).toBe('Tiếp thu, bổ sung vào khoản 2 Điều 7');
  });
});
