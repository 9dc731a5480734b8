import type { CellValue, SheetGrid, TableInfo } from '../../src/sheets/grid';
import { DAYS_OFF_SHEET, FEEDBACK_SHEET, INPUT_SHEETS, PLAN_SHEET, POSTINGS_SHEET, VOTES_SHEET } from '../../src/sheets/schema';
import { findSheet, readTable } from '../../src/sheets/table';
import { matchKey } from '../../src/domain/text/normalize';

/** A grid from rows of cells, padded to a rectangle, starting at sheet row/column 1 unless told. */
function grid(name: string, rows: CellValue[][], options: { firstRow?: number; tables?: TableInfo[] } = {}): SheetGrid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return {
    name,
    firstRow: options.firstRow ?? 1,
    firstColumn: 1,
    values: rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]),
    tables: options.tables ?? [],
  };
}

const POSTING_HEADER = ['STT', 'Nội dung công khai', 'Hình thức', 'Ngày bắt đầu', 'Ngày kết thúc'];

describe('readTable: finding the header', () => {
  const headers: [string, CellValue[]][] = [
    ['canonical headers', POSTING_HEADER],
    ['aliases in capitals', ['TT', 'NỘI DUNG', 'HÌNH THỨC CÔNG KHAI', 'NGÀY NIÊM YẾT', 'ĐẾN NGÀY']],
    ['decomposed headers from a Mac', POSTING_HEADER.map((h) => (h as string).normalize('NFD'))],
    ['headers with line breaks and colons', ['STT', 'Nội dung\ncông khai', 'Hình  thức:', 'Ngày\r\nbắt đầu', 'Ngày kết thúc (dd/mm/yyyy)']],
    ['headers without accents', ['stt', 'noi dung cong khai', 'hinh thuc', 'ngay bat dau', 'ngay ket thuc']],
  ];
  it.each(headers)('reads a header of %s', (_what, header) => {
    const read = readTable(grid('Công khai', [header, [1, 'Dự toán 2024', 'Niêm yết', '15/02/2024', '06/03/2024']]), POSTINGS_SHEET);
    expect(read.issues).toEqual([]);
    expect(read.headerRow).toBe(1);
    expect(read.rows).toEqual([expect.objectContaining({
      row: 2,
      // No «Nhóm nội dung» column: the group is unknown, not «Khác» (Luật 10/2022/QH15, Điều 13 khoản 2).
      record: { index: '1', title: 'Dự toán 2024', form: 'niem-yet', start: { y: 2024, m: 2, d: 15 }, end: { y: 2024, m: 3, d: 6 } },
    })]);
  });

  it('reads a header below a merged title and a unit name', () => {
    const read = readTable(grid('Công khai', [
      ['ỦY BAN NHÂN DÂN XÃ AN THƯỢNG'],
      ['SỔ THEO DÕI CÔNG KHAI NĂM 2024'],
      [],
      POSTING_HEADER,
      [1, 'Dự toán 2024', 'Niêm yết', 45337, null],
    ]), POSTINGS_SHEET);
    expect(read.headerRow).toBe(4);
    expect(read.rows.map((r) => [r.row, r.record.title, r.record.start])).toEqual([[5, 'Dự toán 2024', { y: 2024, m: 2, d: 15 }]]);
    expect(read.columns.start).toEqual({ header: 'Ngày bắt đầu', column: 4 });
  });

  it('reports sheet rows when the used range starts lower down', () => {
    const read = readTable(grid('Công khai', [POSTING_HEADER, ['1', 'A', 'Loa']], { firstRow: 6 }), POSTINGS_SHEET);
    expect([read.headerRow, read.rows[0].row]).toEqual([6, 7]);
  });

  it('does not take a title that names one known header for the header row', () => {
    const read = readTable(grid('Công khai', [['Nội dung công khai'], POSTING_HEADER, [1, 'A', 'Loa']]), POSTINGS_SHEET);
    expect(read.headerRow).toBe(2);
  });

  it('looks no further than the first 15 rows', () => {
    const rows: CellValue[][] = Array.from({ length: 15 }, (_, i) => [`Ghi chú dòng ${i + 1}`]);
    const read = readTable(grid('Công khai', [...rows, POSTING_HEADER, [1, 'A', 'Loa']]), POSTINGS_SHEET);
    expect(read.headerRow).toBeNull();
    expect(read.issues).toEqual([expect.objectContaining({ code: 'header-not-found', sheet: 'Công khai', row: null })]);
  });

  it('lets an Excel table win over the header search', () => {
    const read = readTable(grid('Công khai', [
      ['Nội dung', 'Hình thức'], // looks like a header, but is a note above the real table
      ['x', 'y'],
      [null, 'STT', 'Nội dung', 'Hình thức', 'Từ ngày'],
      [null, 1, 'Dự toán 2024', 'Truyền thanh', '15/02/2024'],
      [null, 2, 'Ngoài bảng', 'Niêm yết', '15/02/2024'],
    ], { tables: [{ name: 'CongKhai', headerRow: 3, lastRow: 4, firstColumn: 2, lastColumn: 5 }] }), POSTINGS_SHEET);
    expect(read.headerRow).toBe(3);
    expect(read.rows.map((r) => [r.row, r.record.title, r.record.form])).toEqual([[4, 'Dự toán 2024', 'radio']]);
  });

  it('ignores an Excel table that names no known column', () => {
    const read = readTable(grid('Công khai', [POSTING_HEADER, [1, 'A', 'Loa'], [], ['Mã', 'Tên']],
      { tables: [{ name: 'Other', headerRow: 4, lastRow: 4, firstColumn: 1, lastColumn: 2 }] }), POSTINGS_SHEET);
    expect(read.headerRow).toBe(1);
  });

  it('adds the columns of a second header row under a merged group header', () => {
    const read = readTable(grid('Công khai', [
      ['STT', 'Nội dung công khai', 'Hình thức', 'Thời gian niêm yết', null],
      [null, null, null, 'Từ ngày', 'Đến ngày'],
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      [1, 'Dự toán', 'Niêm yết', '15/02/2024', '06/03/2024'],
    ]), POSTINGS_SHEET);
    expect(read.issues).toEqual([]);
    expect(read.rows.map((r) => [r.row, r.record.start, r.record.end])).toEqual([[4, { y: 2024, m: 2, d: 15 }, { y: 2024, m: 3, d: 6 }]]);
  });

  it('reads the unit in brackets off a header', () => {
    const read = readTable(grid('Công khai', [['Nội dung', 'Số ngày tối thiểu (ngày)'], ['A', '30 ngày']]), POSTINGS_SHEET);
    expect(read.rows[0].record.requiredDays).toBe(30);
    expect(read.columns.requiredDays).toEqual({ header: 'Số ngày tối thiểu (ngày)', column: 2 });
  });

  it('warns about a repeated column and reads the first one', () => {
    const read = readTable(grid('Công khai', [['Nội dung', 'Hình thức', 'Hình thức công khai'], ['A', 'Loa', 'Niêm yết']]), POSTINGS_SHEET);
    expect(read.rows[0].record.form).toBe('radio');
    expect(read.issues).toEqual([expect.objectContaining({ code: 'column-duplicate', severity: 'warning', row: 1, column: 'Hình thức công khai' })]);
  });
});

describe('readTable: rows', () => {
  it('skips blank rows, rows with only a pre-filled STT, and totals rows, and keeps reading', () => {
    const read = readTable(grid('Biểu quyết', [
      ['Nội dung', 'Tổng số hộ', 'Số hộ tán thành', 'Ghi chú riêng'],
      ['Làm đường thôn Đông', 120, 90],
      [],
      [null, null, null, 'chỉ có cột lạ'],
      ['Bầu trưởng thôn', '1.200', '700'],
      ['Tổng cộng', 1320, 790],
      ['  TỔNG:  ', 1320, 790],
      ['Cộng', 1320, 790],
      ['Sửa nhà văn hóa', 80, 60],
    ]), VOTES_SHEET);
    expect(read.rows.map((r) => [r.row, r.record.title, r.record.households])).toEqual([
      [2, 'Làm đường thôn Đông', 120], [5, 'Bầu trưởng thôn', 1200], [9, 'Sửa nhà văn hóa', 80],
    ]);
    expect(read.issues).toEqual([]);
  });

  it('does not take a row that merely starts with "Tổng" for a totals row', () => {
    const read = readTable(grid('Biểu quyết', [['Nội dung', 'Tổng số hộ'], ['Tổng vệ sinh môi trường', 50]]), VOTES_SHEET);
    expect(read.rows).toHaveLength(1);
  });

  it('skips a row of pre-numbered STT', () => {
    const read = readTable(grid('Kế hoạch', [['STT', 'Nội dung', 'Thời hạn'], [1, 'Xây dựng kế hoạch', 'Quý III/2024'], [2], [3]]), PLAN_SHEET);
    expect(read.rows.map((r) => r.record)).toEqual([{ index: '1', title: 'Xây dựng kế hoạch', due: 'Quý III/2024' }]);
  });

  it('turns every bad cell into an issue with sheet, row, header as written and value', () => {
    const read = readTable(grid('CÔNG KHAI', [
      ['TT', 'NỘI DUNG', 'Hình thức', 'NGÀY NIÊM YẾT', 'Số ngày tối thiểu'],
      [1, 'Dự toán', 'Bảng tin', '31/02/2024', 'ba mươi'],
      [2, 'Quyết toán', 'Niêm yết', '15/02/1999', 30],
    ]), POSTINGS_SHEET);
    expect(read.issues).toEqual([
      { code: 'vocab-unknown', severity: 'error', sheet: 'CÔNG KHAI', row: 2, column: 'Hình thức', value: 'Bảng tin', params: expect.objectContaining({ vocabulary: 'Hình thức công khai' }) },
      { code: 'date-impossible', severity: 'error', sheet: 'CÔNG KHAI', row: 2, column: 'NGÀY NIÊM YẾT', value: '31/02/2024', params: { day: 31, month: 2, year: 2024 } },
      { code: 'number-invalid', severity: 'error', sheet: 'CÔNG KHAI', row: 2, column: 'Số ngày tối thiểu', value: 'ba mươi' },
      { code: 'date-year-range', severity: 'warning', sheet: 'CÔNG KHAI', row: 3, column: 'NGÀY NIÊM YẾT', value: '15/02/1999', params: { year: 1999 } },
    ]);
    expect(read.rows[0].record).toEqual({ index: '1', title: 'Dự toán' }); // no group column: unknown, not «Khác» (Điều 13 khoản 2)
    expect(read.rows[0].invalid).toEqual(['form', 'start', 'requiredDays']);
    expect(read.rows[0].raw.start).toBe('31/02/2024');
    expect(read.rows[1].record.start).toEqual({ y: 1999, m: 2, d: 15 });
  });

  it('reports a missing required column once, not once per row', () => {
    const read = readTable(grid('Ý kiến', [['STT', 'Mã đợt', 'Hướng xử lý'], [1, 'D1', 'Tiếp thu'], [2, 'D1', 'Giải trình']]), FEEDBACK_SHEET);
    expect(read.issues).toEqual([{ code: 'column-missing', severity: 'error', sheet: 'Ý kiến', row: 1, column: null, params: { header: 'Nội dung góp ý' } }]);
    expect(read.rows.map((r) => r.record.decision)).toEqual(['accepted', 'explained']);
  });

  it('reports a blank required cell on a data row', () => {
    const read = readTable(grid('Ngày nghỉ', [['Ngày', 'Tên', 'Loại'], [null, 'Giỗ Tổ', 'Nghỉ'], ['10/01/2026', 'Làm bù Tết DL', 'Làm bù']]), DAYS_OFF_SHEET);
    expect(read.issues).toEqual([{ code: 'required-missing', severity: 'error', sheet: 'Ngày nghỉ', row: 2, column: 'Ngày' }]);
    expect(read.rows[1].record).toEqual({ date: { y: 2026, m: 1, d: 10 }, name: 'Làm bù Tết DL', kind: 'make-up-workday' });
  });

  it('reports a missing sheet with the severity the caller chooses', () => {
    expect(readTable(null, DAYS_OFF_SHEET, { missingSeverity: 'info' }).issues)
      .toEqual([{ code: 'sheet-missing', severity: 'info', sheet: 'Ngày nghỉ', row: null, column: null }]);
    expect(readTable(null, POSTINGS_SHEET).issues[0].severity).toBe('error');
  });

  it('reports a header it cannot find, listing the expected columns', () => {
    const read = readTable(grid('Công khai', []), POSTINGS_SHEET);
    expect(read.issues).toEqual([expect.objectContaining({
      code: 'header-not-found', params: expect.objectContaining({ rows: 15, expected: expect.stringContaining('Nội dung công khai, Nhóm nội dung') }),
    })]);
  });
});

describe('schema', () => {
  it.each(INPUT_SHEETS.map((s) => [s.name, s] as const))('gives each header and alias of %s one column', (_name, spec) => {
    const keys = spec.columns.flatMap((c) => [c.header, ...c.aliases].map(matchKey));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('finds a sheet by name regardless of case and accents', () => {
    const grids = [grid('Ke hoach', []), grid('CÔNG KHAI', [])];
    expect(findSheet(grids, POSTINGS_SHEET)?.name).toBe('CÔNG KHAI');
    expect(findSheet(grids, PLAN_SHEET)?.name).toBe('Ke hoach');
    expect(findSheet(grids, VOTES_SHEET)).toBeNull();
  });
});
