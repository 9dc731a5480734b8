import type { MessageFn } from '../messages';

/**
 * Verdicts on postings (`Công khai`), keyed `posting.<status>` and `<rule>.late`: part of the one
 * message table. Every text names the numbers, the dates and the article.
 * Params: `verb` (niêm yết / phát trên hệ thống truyền thanh), `span` («15/02/2024 – hết 06/03/2024»),
 * `days` (the counted length to the planned end), `elapsed` (days so far while up), `required`, `missing`,
 * `basis` (the article, as cited for the posting's date), `need` (what is required and where the
 * number comes from, `explain.ts`), `counting` (how the days were counted), dates as dd/mm/yyyy.
 * A missing parameter reads «…», never «null» or «undefined».
 */
const need = (p: Parameters<MessageFn>[0]) => String(p.need ?? `${p.basis ?? '…'} yêu cầu ít nhất ${p.required ?? '…'} ngày liên tục`);
const n = (v: unknown) => (v === null || v === undefined || v === '' ? '…' : String(v));
// Bộ luật Dân sự 2015, Điều 148 khoản 5 moves the end of a time limit to the next working day; a
// posting's minimum is a run of consecutive days, so a day off at its end is not skipped.
const continuous = (p: Parameters<MessageFn>[0]) =>
  `thời gian ${n(p.verb)} là số ngày liên tục, ngày nghỉ cuối thời hạn không được lùi sang ngày làm việc tiếp theo`;

export const POSTING_MESSAGES: Record<string, MessageFn> = {
  'posting.met': (p) => `Đạt: ${n(p.verb)} ${n(p.days)} ngày (${n(p.span)}; ${n(p.counting)}); ${need(p)}.`,
  'posting.met-running': (p) =>
    `Đạt: đang ${n(p.verb)} (${n(p.span)}), đã được ${n(p.elapsed)} ngày (${n(p.counting)}); ${need(p)}.`,
  'posting.short': (p) =>
    `${cap(p.verb)} ${n(p.days)} ngày (${n(p.span)}; ${n(p.counting)}), ${need(p)}: thiếu ${n(p.missing)} ngày; ${continuous(p)}.` +
    (p.reachedOn ? ` Để đạt, cần ${n(p.verb)} đến hết ngày ${p.reachedOn}.` : ''),
  'posting.taken-down': (p) => `Nội dung phải niêm yết thường xuyên (${n(p.basis)}) nhưng đã kết thúc ngày ${n(p.end)}.`,
  'posting.ongoing': (p) =>
    `Đang ${n(p.verb)} (${n(p.span)}): đã được ${n(p.elapsed)} ngày, còn ${n(p.remaining)} ngày nữa, đủ vào hết ngày ${n(p.reachedOn)}; ${need(p)}.`,
  'posting.planned': (p) => `Chưa bắt đầu: dự kiến ${n(p.verb)} ${n(p.span)}${p.days === null || p.days === undefined ? '' : ` (${p.days} ngày)`}; ${need(p)}.`,
  'posting.planned-permanent': (p) => `Chưa bắt đầu: dự kiến niêm yết thường xuyên từ ${n(p.start)} (${n(p.basis)}).`,
  'posting.permanent': (p) =>
    `Niêm yết thường xuyên từ ${n(p.start)}, đang duy trì` + (typeof p.elapsed === 'number' ? `, đã được ${p.elapsed} ngày` : '') + ` (${n(p.basis)}).` +
    // A planned end on a permanent content is a plan to take it down: said while it can be changed.
    (typeof p.end === 'string' && p.end !== '…' ? ` Dòng ghi ngày kết thúc ${p.end}: nội dung này phải niêm yết liên tục, cập nhật khi thay đổi, không gỡ xuống.` : ''),
  'posting.no-requirement': (p) => `Hình thức «${n(p.form)}»: ${need(p)}.`,
  'posting.no-form': () => 'Thiếu hình thức công khai: không xác định được thời hạn phải niêm yết.',
  'posting.no-start': (p) => `Thiếu ngày bắt đầu: không tính được thời gian ${n(p.verb)}; ${need(p)}.`,
  'posting.end-before-start': (p) => `Ngày kết thúc ${n(p.end)} trước ngày bắt đầu ${n(p.start)}.`,
  // An input error (the row is not judged): its value is the end date as read.
  'posting-end-before-start': (p) =>
    `Ngày kết thúc ${p.value ?? '…'} trước ngày bắt đầu ${p.start ?? '…'}: kiểm tra lại (ngày phải ghi theo thứ tự ngày/tháng/năm)`,
  'posting.bad-cells': () => 'Dòng có ô không đọc được (xem lỗi dữ liệu): chưa kiểm tra được.',
  'posting.late': (p) =>
    `Công khai chậm: bắt đầu ngày ${n(p.start)}, hạn chậm nhất là ngày ${n(p.publishBy)} (${n(p.workingDays)} ngày làm việc kể từ ngày văn bản ${n(p.documentDate)}, ${n(p.basis)})` +
    (p.lateDays === null || p.lateDays === undefined ? '.' : `; chậm ${p.lateDays} ngày làm việc.`) + note(p),
  'posting.not-published': (p) =>
    `Chưa công khai dù đã quá hạn ngày ${n(p.publishBy)} (${n(p.workingDays)} ngày làm việc kể từ ngày văn bản ${n(p.documentDate)}, ${n(p.basis)}).` + note(p),
  // RULES.md, corrections: «Số ngày yêu cầu» may raise the law's minimum, never lower it (as the Quy định sheet).
  'posting-required-below-law': (p) =>
    `«Số ngày yêu cầu» ${quoteValue(p.value)} của dòng này thấp hơn mức luật định (${n(p.law)}, ${n(p.basis)}): ` +
    'kế hoạch của đơn vị chỉ được đặt cao hơn, không thấp hơn mức luật định; vẫn kiểm tra theo mức luật định',
};

/** A verdict counted over a provisional day off says so (`calendar/provisional.ts`). */
const note = (p: Parameters<MessageFn>[0]) => (typeof p.provisional === 'string' && p.provisional !== '' ? ` ${p.provisional}` : '');

function quoteValue(v: unknown): string {
  return `"${v ?? ''}"`;
}

function cap(text: unknown): string {
  const s = String(text ?? '');
  return s.charAt(0).toUpperCase() + s.slice(1);
}
