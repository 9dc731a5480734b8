import type { Issue } from '../../src/domain/issues';
import { issueMessage, issueText, MESSAGES } from '../../src/domain/messages';

const at = { severity: 'error', sheet: 'Công khai', row: 7, column: 'Ngày bắt đầu' } as const;

describe('issueMessage', () => {
  const cases: [Issue, string][] = [
    [{ ...at, code: 'date-invalid', value: 'đầu tháng 3' },
      'Ngày không hợp lệ: "đầu tháng 3". Nhập theo thứ tự ngày/tháng/năm, ví dụ 15/02/2024 (sheet Công khai, dòng 7, cột Ngày bắt đầu)'],
    [{ ...at, code: 'date-impossible', value: '31/02/2024', params: { day: 31, month: 2, year: 2024 } },
      'Ngày không tồn tại: "31/02/2024" — tháng 2 năm 2024 không có ngày 31 (sheet Công khai, dòng 7, cột Ngày bắt đầu)'],
    [{ ...at, code: 'date-impossible', value: '02/15/2024', params: { day: 2, month: 15, year: 2024 } },
      'Ngày không tồn tại: "02/15/2024" — không có tháng 15 (ngày được đọc theo thứ tự ngày/tháng/năm) (sheet Công khai, dòng 7, cột Ngày bắt đầu)'],
    [{ ...at, severity: 'warning', code: 'date-year-range', value: '15/02/1999', params: { year: 1999 } },
      'Năm 1999 của ngày "15/02/1999" nằm ngoài khoảng 2000–2100; kiểm tra lại (sheet Công khai, dòng 7, cột Ngày bắt đầu)'],
    [{ ...at, column: 'Hình thức', code: 'vocab-unknown', value: 'Bảng tin', params: { vocabulary: 'Hình thức công khai', accepted: 'Niêm yết, Khác' } },
      'Giá trị "Bảng tin" không có trong danh mục "Hình thức công khai". Các giá trị được chấp nhận: Niêm yết, Khác (sheet Công khai, dòng 7, cột Hình thức)'],
    [{ ...at, row: null, column: null, code: 'sheet-missing' }, 'Không tìm thấy sheet "Công khai" (sheet Công khai)'],
    [{ ...at, row: 1, column: null, code: 'column-missing', params: { header: 'Nội dung công khai' } },
      'Thiếu cột bắt buộc "Nội dung công khai" trong sheet "Công khai" (sheet Công khai, dòng 1)'],
  ];
  it.each(cases)('words %j', (issue, text) => {
    expect(issueMessage(issue)).toBe(text);
  });

  it('falls back to the code for a code nobody registered', () => {
    expect(issueText({ ...at, code: 'no-such-code', value: 'x' })).toBe('Lỗi dữ liệu (mã no-such-code): "x"');
  });

  it('words every registered code without leaving a placeholder', () => {
    for (const [code, make] of Object.entries(MESSAGES)) {
      // Verdict codes (`posting.short`, `BQ_…`) take their own parameters; their modules test them.
      if (code.includes('.')) continue;
      const text = make({ value: 'v', sheet: 's', column: 'c', header: 'h', rows: 15, expected: 'e', day: 1, month: 2, year: 2024, vocabulary: 'x', accepted: 'a' });
      expect([code, /undefined|\$\{/.test(text)]).toEqual([code, false]);
    }
  });
});
