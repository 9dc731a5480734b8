/**
 * Vietnamese text for host failures, in one table (STYLE.md, "Errors"): the edge shows
 * `HostError.message` as is, so every message names the file or the sheet it is about.
 */
export const hostMessages = {
  missingFile: (file: string) => `Không mở được tệp "${file}": không tìm thấy tệp.`,
  xls: (file: string) =>
    `Không mở được tệp "${file}": "${file}" là tệp .xls cũ; hãy lưu lại dưới dạng .xlsx (Excel: Tệp → Lưu thành → Sổ làm việc Excel) rồi thử lại.`,
  encrypted: (file: string) =>
    `Không mở được tệp "${file}": tệp được bảo vệ bằng mật khẩu. Hãy gỡ mật khẩu rồi thử lại.`,
  notXlsx: (file: string) => `Không mở được tệp "${file}": đây không phải tệp Excel .xlsx.`,
  corrupt: (file: string) => `Không mở được tệp "${file}": tệp .xlsx bị hỏng hoặc không đọc được.`,
  tooLarge: (file: string) => `Không mở được tệp "${file}": tệp quá lớn khi giải nén (một phần của tệp vượt quá 256 MB), `
    + 'có thể tệp bị hỏng. Hãy mở tệp trong Excel, xóa các hàng, cột thừa rồi lưu lại.',
  saveFailed: (file: string) => `Không lưu được tệp "${file}".`,
  officeRead: (detail: string) => `Không đọc được dữ liệu từ Excel (${detail}).`,
  officeWrite: (sheets: string, detail: string) => `Không ghi được trang "${sheets}" vào Excel (${detail}).`,
  // What to do about the states Excel gets into (workbook/office/diagnose.ts), appended to the messages above.
  cellEditMode: 'Excel đang ở chế độ sửa ô (con trỏ đang nhấp nháy trong một ô): hãy bấm Enter hoặc Esc để rời ô đó, rồi bấm lại.',
  sessionEnded: 'Phiên làm việc với sổ này đã hết hoặc sổ đã đóng: hãy mở lại sổ theo dõi, mở DCCS từ chính sổ đó rồi bấm lại '
    + '(trang ghi dở, nếu có, sẽ được ghi lại từ đầu).',
  workbookSwitched: 'Excel không cho DCCS làm việc với sổ này lúc này, thường là vì bạn đã chuyển sang một sổ làm việc khác trong lúc DCCS '
    + 'đang đọc hoặc ghi. Hãy quay lại sổ theo dõi, đợi DCCS làm xong rồi mới chuyển sổ, và bấm lại (trang ghi dở sẽ được ghi lại từ đầu).',
  protectedSheet: (sheet: string) => `Trang "${sheet}" đang được bảo vệ nên DCCS không ghi được vào đó: hãy bỏ bảo vệ (thẻ Xem lại → Bỏ bảo vệ trang tính) rồi bấm lại.`,
  protectedStructure: 'Cấu trúc sổ làm việc đang được bảo vệ nên DCCS không thêm, xóa hay đổi tên được trang: '
    + 'hãy bỏ bảo vệ (thẻ Xem lại → Bảo vệ sổ làm việc, nhập mật khẩu nếu có) rồi bấm lại.',
  tooManyCells: (sheet: string) => `Không đọc được trang "${sheet}": vùng có dữ liệu của trang rộng hơn 5 triệu ô nên Excel không trả về giá trị. `
    + 'Thường là do có ô lẻ nằm rất xa bảng: hãy xóa các hàng và cột thừa phía dưới, bên phải bảng, lưu lại rồi bấm lại.',
  officeSelect: (sheet: string, cell: string, detail: string) =>
    `Không chuyển được đến ô ${cell} của trang "${sheet}" (${detail}). Có thể trang đã bị xóa hoặc đổi tên: hãy bấm «Kiểm tra» lại.`,
} as const;

/** The Office error code (`ItemNotFound`, …) or the message, for the bracket in the text above. */
export function errorDetail(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && code) return code;
    if (typeof message === 'string' && message) return message;
  }
  return String(error);
}
