import type { Finding } from './findings';
import type { Issue } from './issues';
import { CALENDAR_MESSAGES } from './calendar/messages';
import { CONSULTATION_MESSAGES } from './consultations/messages';
import { LAW_MESSAGES } from './law/messages';
import { PLAN_MESSAGES } from './plan/messages';
import { READING_MESSAGES } from './readingMessages';
import { POSTING_MESSAGES } from './postings/messages';
import { TASK_MESSAGES } from './tasks/messages';
import { VOTE_MESSAGES } from './votes/messages';

/**
 * The one message table (STYLE.md, "Errors"): an issue carries a code and parameters, and its
 * Vietnamese text is produced here, at the output edge. Every part of the add-in adds its codes to
 * {@link MESSAGES}; a code missing from it still yields a readable fallback, never a crash.
 */

/** What a message is built from: the issue's `params`, plus its `value`, `sheet` and `column`. */
export type MessageParams = Readonly<Record<string, string | number | null | undefined>>;

export type MessageFn = (p: MessageParams) => string;

const quote = (v: unknown) => `"${v ?? ''}"`;

/** Input problems, keyed by issue code. Add a code here when you emit it. */
const INPUT_MESSAGES: Record<string, MessageFn> = {
  // ---- finding sheets and tables (src/sheets/table.ts, info.ts)
  'sheet-missing': (p) => `Không tìm thấy sheet ${quote(p.sheet)}`,
  'header-not-found': (p) =>
    `Không tìm thấy dòng tiêu đề của bảng trong ${p.rows} dòng đầu sheet ${quote(p.sheet)}: ` +
    `cần ít nhất hai trong các cột ${p.expected}`,
  'column-missing': (p) => `Thiếu cột bắt buộc ${quote(p.header)} trong sheet ${quote(p.sheet)}` +
    (p.headers ? `. Các cột của bảng: ${p.headers}. Tên cột được chấp nhận: ${p.accepted}` : ''),
  'column-duplicate': (p) => `Cột ${quote(p.column)} xuất hiện hai lần; chỉ đọc cột đứng trước`,
  'required-missing': (p) => `Chưa nhập ${quote(p.column)}, đây là thông tin bắt buộc`,
  // ---- cells (src/sheets/cells.ts)
  'date-invalid': (p) =>
    `Ngày không hợp lệ: ${quote(p.value)}. Nhập theo thứ tự ngày/tháng/năm, ví dụ 15/02/2024`,
  'date-impossible': (p) =>
    `Ngày không tồn tại: ${quote(p.value)} — ` +
    (Number(p.month) >= 1 && Number(p.month) <= 12
      ? `tháng ${p.month} năm ${p.year} không có ngày ${p.day}`
      : `không có tháng ${p.month} (ngày được đọc theo thứ tự ngày/tháng/năm)`),
  'date-year-range': (p) =>
    `Năm ${p.year} của ngày ${quote(p.value)} nằm ngoài khoảng 2000–2100; kiểm tra lại`,
  'date-year-assumed': (p) =>
    `Ngày ${quote(p.value)} không ghi năm; đã hiểu là năm ${p.year} (năm của bảng). Nếu không đúng, ghi đủ ngày/tháng/năm`,
  'date-no-year': (p) =>
    `Ngày ${quote(p.value)} không ghi năm và bảng không cho biết năm nào; ghi đủ ngày/tháng/năm, ví dụ 15/02/2024`,
  'date-weekday-mismatch': (p) =>
    `Ngày ${quote(p.value)} ghi kèm thứ không khớp` + (p.weekday ? `: ngày này là ${p.weekday}` : '') +
    '; kiểm tra lại ngày hoặc thứ',
  'period-invalid': (p) =>
    `Không đọc được khoảng thời gian ${quote(p.value)}. Ghi ví dụ "15/02/2024 - 06/03/2024" ` +
    `hoặc "từ 15/02/2024 đến 06/03/2024"`,
  'period-reversed': (p) =>
    `Khoảng thời gian ${quote(p.value)} có ngày kết thúc (${p.end ?? ''}) trước ngày bắt đầu (${p.start ?? ''}); kiểm tra lại`,
  'number-invalid': (p) => `Không đọc được số: ${quote(p.value)}`,
  'integer-invalid': (p) => `Cần một số nguyên không âm: ${quote(p.value)}`,
  'vocab-unknown': (p) =>
    `Giá trị ${quote(p.value)} không có trong danh mục ${quote(p.vocabulary)}. ` +
    `Các giá trị được chấp nhận: ${p.accepted}`,
  'year-range': (p) => `Năm báo cáo ${quote(p.value)} nằm ngoài khoảng 2000–2100; kiểm tra lại`,
  // ---- the Quy định sheet (src/domain/rules/resolve.ts)
  'rule-unknown': (p) => `Mã quy định ${quote(p.id ?? p.value)} không có trong danh mục; dòng này không được dùng`,
  'rule-switch-invalid': (p) => `Giá trị của quy định ${p.id ?? ''} phải là 0 hoặc 1, không phải ${quote(p.value)}; dùng giá trị mặc định`,
  'rule-below-law': (p) =>
    `Giá trị ${quote(p.value)} của quy định ${p.id ?? ''} thấp hơn mức luật định (${p.law ?? ''}, ${p.basis ?? ''}); vẫn dùng mức luật định`,
  'rule-above-law': (p) =>
    `Thời hạn ${quote(p.value)} của quy định ${p.id ?? ''} dài hơn luật cho phép (${p.law ?? ''}, ${p.basis ?? ''}); vẫn dùng thời hạn luật định`,
  // ---- deadline phrases (src/domain/calendar/deadline.ts); `phrase` (or the cell's value) is the user's text
  'deadline-unreadable': (p) =>
    `Không đọc được thời hạn ${quote(p.phrase ?? p.value)}. Ghi một ngày (10/6/2026), "trước ngày 15/10/2024", ` +
    `"tháng 4/2024", "Quý III/2024", "cuối năm 2024" hoặc "Thường xuyên"`,
  'deadline-relative': (p) =>
    `Thời hạn ${quote(p.phrase ?? p.value)} là một khoảng thời gian tính từ một sự kiện chưa có ngày; ` +
    `ghi ngày hết hạn cụ thể, ví dụ 10/6/2026`,
  'deadline-incomplete': (p) => `Thời hạn ${quote(p.phrase ?? p.value)} chưa ghi ngày; ghi đủ ngày/tháng/năm`,
  'deadline-needs-year': (p) =>
    `Thời hạn ${quote(p.phrase ?? p.value)} không ghi năm: nhập "Năm báo cáo" ở sheet Thông tin hoặc ghi năm vào thời hạn`,
  'deadline-impossible': (p) =>
    `Thời hạn ${quote(p.phrase ?? p.value)} có ngày không tồn tại: tháng ${p.month} năm ${p.year} không có ngày ${p.day}`,
  'deadline-impossible-month': (p) => `Thời hạn ${quote(p.phrase ?? p.value)} có tháng không tồn tại: tháng ${p.month}`,
  'deadline-year-range': (p) => `Năm ${p.year} của thời hạn ${quote(p.phrase ?? p.value)} nằm ngoài khoảng 1900–2199`,
  'deadline-range-reversed': (p) => `Thời hạn ${quote(p.phrase ?? p.value)} có ngày kết thúc trước ngày bắt đầu`,
};

/** The one table: input problems and every verdict, keyed by code (`date-invalid`, `posting.short`…). */
export const MESSAGES: Record<string, MessageFn> = {
  ...INPUT_MESSAGES,
  ...CALENDAR_MESSAGES,
  ...LAW_MESSAGES,
  ...POSTING_MESSAGES,
  ...VOTE_MESSAGES,
  ...TASK_MESSAGES,
  ...CONSULTATION_MESSAGES,
  ...PLAN_MESSAGES,
  ...READING_MESSAGES,
};

/**
 * A finding's Vietnamese text. An unknown code (a bug) still reads as something, never crashes.
 * @example findingMessage({ code: 'posting.no-form', rule: 'CK_NIEM_YET', severity: 'warning', sheet: 'Công khai', row: 5, params: {} })
 * // 'Thiếu hình thức công khai: không xác định được thời hạn phải niêm yết.'
 */
export function findingMessage(finding: Pick<Finding, 'code' | 'params' | 'rule' | 'message'>): string {
  if (finding.message !== undefined) return finding.message;
  const make = MESSAGES[finding.code];
  return make ? make(finding.params) : `${finding.rule}: ${finding.code}`;
}

const paramsOf = (issue: Issue): MessageParams => ({
  ...issue.params,
  value: issue.value,
  sheet: issue.sheet,
  column: issue.column,
});

/**
 * The issue's text without its location, e.g. for a cell comment placed on the cell itself.
 * @example issueText({ code: 'number-invalid', severity: 'error', sheet: 'Biểu quyết', row: 4, column: 'Tổng số hộ', value: 'nhiều' })
 * // 'Không đọc được số: "nhiều"'
 */
export function issueText(issue: Issue): string {
  const make = MESSAGES[issue.code];
  if (!make) {
    const value = issue.value === undefined ? '' : `: ${quote(issue.value)}`;
    return `Lỗi dữ liệu (mã ${issue.code})${value}`;
  }
  return make(paramsOf(issue));
}

/**
 * Where the issue is, as a person would look for it.
 * @example issueLocation({ code: 'x', severity: 'error', sheet: 'Công khai', row: 7, column: 'Ngày bắt đầu' })
 * // "sheet Công khai, dòng 7, cột Ngày bắt đầu"
 */
export function issueLocation(issue: Issue): string {
  const parts = [`sheet ${issue.sheet}`];
  if (issue.row !== null) parts.push(`dòng ${issue.row}`);
  if (issue.column !== null) parts.push(`cột ${issue.column}`);
  return parts.join(', ');
}

/**
 * The full Vietnamese message: text and location.
 * @example issueMessage({ code: 'date-impossible', severity: 'error', sheet: 'Công khai', row: 7,
 *   column: 'Ngày bắt đầu', value: '31/02/2024', params: { day: 31, month: 2, year: 2024 } })
 * // 'Ngày không tồn tại: "31/02/2024" — tháng 2 năm 2024 không có ngày 31 (sheet Công khai, dòng 7, cột Ngày bắt đầu)'
 */
export function issueMessage(issue: Issue): string {
  return `${issueText(issue)} (${issueLocation(issue)})`;
}
