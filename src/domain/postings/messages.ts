import type { MessageFn } from '../messages';

/**
 * Verdicts on postings (`Công khai`), keyed `posting.<status>` and `<rule>.late`: part of the one
 * message table. Every text names the numbers, the dates and the article.
 * Params: `verb` (niêm yết / phát trên hệ thống truyền thanh), `span` («15/02/2024 – hết 06/03/2024»),
 * `days`, `required`, `missing`, `basis` (the article), `source` (where the number comes from),
 * `counting` (how the days were counted), dates as dd/mm/yyyy.
 */
const need = (p: Parameters<MessageFn>[0]) => `${p.basis} yêu cầu ít nhất ${p.required} ngày liên tục${p.source ?? ''}`;

export const POSTING_MESSAGES: Record<string, MessageFn> = {
  'posting.met': (p) => `Đạt: ${p.verb} ${p.days} ngày (${p.span}; ${p.counting}); ${need(p)}.`,
  'posting.short': (p) =>
    `${cap(p.verb)} ${p.days} ngày (${p.span}; ${p.counting}), ${need(p)}: thiếu ${p.missing} ngày.` +
    (p.reachedOn ? ` Để đạt, cần ${p.verb} đến hết ngày ${p.reachedOn}.` : ''),
  'posting.taken-down': (p) => `Nội dung phải niêm yết thường xuyên (${p.basis}) nhưng đã kết thúc ngày ${p.end}.`,
  'posting.ongoing': (p) =>
    `Đang ${p.verb} (${p.span}): đã được ${p.days} ngày, còn ${p.remaining} ngày nữa, đủ vào hết ngày ${p.reachedOn}; ${need(p)}.`,
  'posting.planned': (p) => `Chưa bắt đầu: dự kiến ${p.verb} ${p.span}${p.days === null || p.days === undefined ? '' : ` (${p.days} ngày)`}; ${need(p)}.`,
  'posting.planned-permanent': (p) => `Chưa bắt đầu: dự kiến niêm yết thường xuyên từ ${p.start} (${p.basis}).`,
  'posting.permanent': (p) => `Niêm yết thường xuyên từ ${p.start}, đang duy trì (${p.basis}).`,
  'posting.no-requirement': (p) => `Hình thức «${p.form}» không có thời hạn tối thiểu; vẫn phải công khai đúng thời điểm (${p.basis}).`,
  'posting.no-form': () => 'Thiếu hình thức công khai: không xác định được thời hạn phải niêm yết.',
  'posting.no-start': (p) => `Thiếu ngày bắt đầu: không tính được thời gian ${p.verb}; ${need(p)}.`,
  'posting.end-before-start': (p) => `Ngày kết thúc ${p.end} trước ngày bắt đầu ${p.start}.`,
  // An input error (the row is not judged): its value is the end date as read.
  'posting-end-before-start': (p) =>
    `Ngày kết thúc ${p.value ?? '…'} trước ngày bắt đầu ${p.start ?? '…'}: kiểm tra lại (ngày phải ghi theo thứ tự ngày/tháng/năm)`,
  'posting.bad-cells': () => 'Dòng có ô không đọc được (xem lỗi dữ liệu): chưa kiểm tra được.',
  'posting.late': (p) =>
    `Công khai chậm: bắt đầu ngày ${p.start}, hạn chậm nhất là ngày ${p.publishBy} (${p.workingDays} ngày làm việc kể từ ngày văn bản ${p.documentDate}, ${p.basis})` +
    (p.lateDays === null || p.lateDays === undefined ? '.' : `; chậm ${p.lateDays} ngày làm việc.`),
  'posting.not-published': (p) =>
    `Chưa công khai dù đã quá hạn ngày ${p.publishBy} (${p.workingDays} ngày làm việc kể từ ngày văn bản ${p.documentDate}, ${p.basis}).`,
};

function cap(text: unknown): string {
  const s = String(text ?? '');
  return s.charAt(0).toUpperCase() + s.slice(1);
}
