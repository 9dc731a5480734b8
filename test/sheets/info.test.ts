import type { CellValue, SheetGrid } from '../../src/sheets/grid';
import { readInfo } from '../../src/sheets/info';

function grid(rows: CellValue[][], name = 'Thông tin'): SheetGrid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return { name, firstRow: 1, firstColumn: 1, values: rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]), tables: [] };
}

const FULL: CellValue[][] = [
  ['THÔNG TIN CHUNG'],
  ['Thông tin', 'Giá trị'],
  ['Tên đơn vị', 'UBND xã An Thượng'],
  ['Cấp', 'xã'],
  ['Cơ quan cấp trên', 'UBND tỉnh Hưng Yên'],
  ['Địa danh', 'An Thượng'],
  ['Năm báo cáo', 2024],
  ['Ngày đánh giá', 45357],
  ['Người ký', 'Nguyễn Văn A'],
  ['Chức vụ người ký', 'Phó Chủ tịch'],
  ['Quyền hạn ký', 'KT.'],
  ['Ký hiệu báo cáo', 'BC-UBND'],
];

describe('readInfo', () => {
  it('reads every field of a filled sheet', () => {
    const read = readInfo(grid(FULL));
    expect(read.issues).toEqual([]);
    expect(read.info).toEqual({
      unit: 'UBND xã An Thượng', level: 'commune', parent: 'UBND tỉnh Hưng Yên', place: 'An Thượng', year: 2024,
      asOf: { y: 2024, m: 3, d: 6 }, signer: 'Nguyễn Văn A', signerTitle: 'Phó Chủ tịch', signAuthority: 'KT', reportSymbol: 'BC-UBND',
    });
    expect(read.rows.unit).toBe(3);
  });

  const labels: [string, CellValue[][], Partial<Record<string, unknown>>][] = [
    ['labels in capitals with colons', [['TÊN ĐƠN VỊ:', 'UBND phường Hà Đông'], ['CẤP:', 'Phường']], { unit: 'UBND phường Hà Đông', level: 'ward' }],
    ['labels without accents', [['ten don vi', 'Trường THCS Kim Đồng'], ['cap', 'đơn vị sự nghiệp']], { unit: 'Trường THCS Kim Đồng', level: 'public-service-unit' }],
    ['decomposed labels and values', [['Tên đơn vị'.normalize('NFD'), 'UBND xã Đông Hòa'.normalize('NFD')]], { unit: 'UBND xã Đông Hòa' }],
    ['an STT column before the labels', [['STT', 'Nội dung', 'Giá trị'], [1, 'Tên đơn vị', 'UBND xã A'], [2, 'Năm báo cáo', '2025']], { unit: 'UBND xã A', year: 2025 }],
    ['a value a few columns to the right', [['Tên đơn vị', null, null, 'UBND xã B']], { unit: 'UBND xã B' }],
    ['a text date and year', [['Tên đơn vị', 'X'], ['Ngày đánh giá', 'ngày 06 tháng 3 năm 2024'], ['Năm', '2024']], { asOf: { y: 2024, m: 3, d: 6 }, year: 2024 }],
    ['a repeated label, first wins', [['Tên đơn vị', 'UBND xã A'], ['Tên đơn vị', 'UBND xã B']], { unit: 'UBND xã A' }],
  ];
  it.each(labels)('reads %s', (_what, rows, expected) => {
    const read = readInfo(grid(rows));
    expect(read.info).toEqual(expect.objectContaining(expected));
  });

  it('defaults the report symbol and leaves blank fields null', () => {
    const read = readInfo(grid([['Tên đơn vị', 'UBND xã A'], ['Ký hiệu báo cáo', null], ['Ngày đánh giá', '']]));
    expect(read.info).toEqual(expect.objectContaining({ reportSymbol: 'BC-UBND', asOf: null, level: null, signAuthority: null }));
    expect(read.issues).toEqual([]);
  });

  it('reports a missing unit name', () => {
    expect(readInfo(grid([['Cấp', 'xã']])).issues)
      .toEqual([{ code: 'required-missing', severity: 'error', sheet: 'Thông tin', row: null, column: 'Tên đơn vị' }]);
    expect(readInfo(grid([['Tên đơn vị:', '  ']])).issues)
      .toEqual([{ code: 'required-missing', severity: 'error', sheet: 'Thông tin', row: 1, column: 'Tên đơn vị:' }]);
  });

  it('reports bad values where they are', () => {
    const read = readInfo(grid([['Tên đơn vị', 'X'], ['Cấp', 'làng'], ['Ngày đánh giá', '31/04/2024'], ['Năm báo cáo', 1999]], 'THONG TIN'));
    expect(read.issues).toEqual([
      expect.objectContaining({ code: 'vocab-unknown', sheet: 'THONG TIN', row: 2, column: 'Cấp', value: 'làng' }),
      expect.objectContaining({ code: 'date-impossible', row: 3, column: 'Ngày đánh giá', value: '31/04/2024' }),
      { code: 'year-range', severity: 'warning', sheet: 'THONG TIN', row: 4, column: 'Năm báo cáo', value: '1999' },
    ]);
    expect(read.info.year).toBe(1999);
  });

  it('reports a missing sheet', () => {
    const read = readInfo(null);
    expect(read.issues).toEqual([{ code: 'sheet-missing', severity: 'error', sheet: 'Thông tin', row: null, column: null }]);
    expect(read.info.unit).toBeNull();
  });
});
