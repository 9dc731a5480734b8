import { personalColumns } from '../../../src/domain/privacy/personalData';

// Issue 14, item 11: citizens' personal data (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15).
describe('personalColumns (Luật 91/2025/QH15: feedback rows name citizens)', () => {
  it('finds the feedback author and the contact columns under their headers, and only the filled cells', () => {
    const grid = {
      name: 'Ý kiến', firstRow: 3, firstColumn: 1, values: [
        ['STT', 'Mã đợt', 'Người góp ý', 'Số điện thoại', 'Địa chỉ', 'Nội dung góp ý', 'Hướng xử lý'],
        [1, 'QC-2026', 'Nguyễn Văn An', '0912 345 678', 'Thôn Đông', 'Sửa Điều 5', 'Tiếp thu'],
        ['Trần Thị Bình', 'QC-2026', 'Trần Thị Bình', 912345679, null, 'Thêm khoản 2', null],
        [3, 'QC-2026', null, null, null, 'Không rõ người góp ý', 'Giải trình'],
      ],
    };
    expect(personalColumns(grid).map((c) => [c.header, c.column, c.rows])).toEqual([
      ['Người góp ý', 3, [4, 5]], ['Số điện thoại', 4, [4, 5]], ['Địa chỉ', 5, [4]],
    ]);
  });
  it('stops a column at the next table’s header row, and reads accent-free headers (Luật 91/2025/QH15)', () => {
    const grid = {
      name: 'Sổ', firstRow: 1, firstColumn: 2, values: [
        ['STT', 'ho va ten', 'Nội dung'],
        [1, 'Lê Văn Cường', 'x'],
        [null, null, null],
        ['STT', 'Loại việc', 'Tổng số hộ'],
        [1, 'Hương ước', 120],
      ],
    };
    expect(personalColumns(grid)).toEqual([{ sheet: 'Sổ', header: 'ho va ten', headerRow: 1, column: 3, rows: [2] }]);
  });
  it('leaves the officials of Thông tin and the village of a row alone', () => {
    const grid = { name: 'Thông tin', firstRow: 1, firstColumn: 1, values: [['Người ký', 'Nguyễn Văn Ký'], ['Thôn, tổ dân phố', 'Thôn 1']] };
    expect(personalColumns(grid)).toEqual([]);
  });
});
