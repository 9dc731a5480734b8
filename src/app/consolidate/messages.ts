/**
 * Vietnamese text of the consolidation, in one table (STYLE.md, "Errors"): every message about a
 * file names it, so a list of reasons can be read without the file column.
 */
export const consolidateMessages = {
  emptyFile: (file: string) => `Tệp «${file}» rỗng (0 byte): hãy xin đơn vị gửi lại tệp.`,
  vanished: (file: string) => `Tệp «${file}» không còn ở đó khi đọc (đã bị xóa, đổi tên hoặc di chuyển trong lúc tổng hợp).`,
  unreadable: (file: string, detail: string) => `Không đọc được tệp «${file}» (${detail}).`,
  noUnitName: (file: string) =>
    `Tệp «${file}»: sheet «Thông tin» không ghi Tên đơn vị, nên không biết số liệu của đơn vị nào. Hãy điền Tên đơn vị rồi gửi lại.`,
  unusable: (file: string, detail: string) => `Tệp «${file}»: ${detail}`,
  unexpected: (file: string, detail: string) => `Tệp «${file}»: lỗi không mong đợi khi kiểm tra (${detail}); xin báo lại cho nhóm phát triển.`,
  cancelled: 'Đã hủy tổng hợp.',
  nothingConsolidated: 'Không tổng hợp được tệp nào.',
  emptyFolder: (dir: string) => `Thư mục «${dir}» trống: không có tệp nào để tổng hợp.`,
  noXlsxInFolder: (dir: string) => `Thư mục «${dir}» không có tệp .xlsx nào để tổng hợp.`,
  notXlsxName: (file: string) =>
    `Tệp «${file}» không phải tệp .xlsx; nếu là tệp .xls cũ, hãy lưu lại dưới dạng .xlsx (Excel: Tệp → Lưu thành → Sổ làm việc Excel).`,
} as const;
