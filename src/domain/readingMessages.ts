import type { MessageFn } from './messages';

const quote = (v: unknown) => `"${v ?? ''}"`;

/**
 * How a workbook was read (src/sheets/reading): what was inferred, proposed or not recorded. Notes
 * (`info`) and warnings, never a violation: the reading proposes, people decide (DESIGN.md).
 */
export const READING_MESSAGES: Record<string, MessageFn> = {
  'fact-inferred': (p) => `${p.what ?? ''} không được nhập ở sheet Thông tin; DCCS hiểu là ${quote(p.inferred)} theo dòng ${quote(p.text)}`,
  'unit-unknown': () =>
    'Sổ không có sheet "Thông tin" và tiêu đề không ghi tên đơn vị (ví dụ "UBND XÃ AN THƯỢNG"): nhập tên đơn vị ở sheet Thông tin',
  'group-proposed': (p) => `Nhóm nội dung không được ghi; DCCS đề xuất theo tên nội dung: ${p.basis ?? ''}`,
  'answer-proposed': (p) => `Câu trả lời ${p.value ? `${quote(p.value)} ` : ''}chưa rõ hướng xử lý; DCCS đề xuất: ${p.decision ?? ''} — cần xác nhận`,
  'form-proposed': (p) => `Hình thức ${quote(p.value)} được hiểu là ${quote(p.form)} — cần xác nhận`,
  'vote-kind-proposed': (p) => `Loại việc không được ghi; DCCS đề xuất theo nội dung: ${p.basis ?? ''} — cần xác nhận`,
  'consultation-not-recorded': (p) =>
    `Sổ có ${p.count ?? ''} ý kiến góp ý nhưng không ghi đợt lấy ý kiến (thời gian, hạn tổng hợp, ngày công khai kết quả): ` +
    'không kiểm tra được thời hạn lấy ý kiến và việc tiếp thu, giải trình, công khai kết quả (Điều 28)',
  'not-recorded': (p) => `Sổ không ghi ${p.column ?? ''}: không kiểm tra được ${p.basis ?? ''}`,
  'reading-stored-invalid': (p) => `Cách đọc sổ lưu trong sổ không dùng được (${p.problem ?? ''}); DCCS đọc lại sổ theo tiêu đề`,
};
