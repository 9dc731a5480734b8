import type { MessageFn, MessageParams } from '../messages';

/**
 * Verdicts and input errors of household votes (`Biểu quyết`): part of the one message table (the
 * lead merges it into MESSAGES). Every text names the numbers, the dates and the article.
 *
 * Tally params (`BQ_HAI_PHAN_BA.*`, `BQ_QUA_NUA.*`): `agree`, `households`, `percent` («70,8%», display
 * only), `needed`, `clauses` (Điều 15 khoản), `basis`, `participants`, `meetingShort` (1/0), `sent`.
 * Sending params (`BQ_GUI_QUYET_DINH.*`): `date`, `sendBy`, `sent`, `asOf`, `workingDays`,
 * `lawWorkingDays`, `source` (`law` | `sheet`), `basis`, `lateDays`, `lateCalendarDays`, `left`.
 * Input errors get the issue's `column` and `value`, and `otherColumn` for a comparison.
 */
// The Law as cited for the vote's date (`law`, see `law/edition.ts`); the short form when not given.
const lawOf = (p: MessageParams) => (typeof p.law === 'string' && p.law !== '…' ? p.law : 'Luật 10/2022/QH15');
const law19 = (p: MessageParams) => `${lawOf(p)}, Điều 19 khoản 1 điểm b`;
const law20 = (p: MessageParams) => `${lawOf(p)}, Điều 20 khoản 3`;

const tally = (p: MessageParams) => `${p.agree}/${p.households} hộ tán thành (${p.percent})`;
const basis = (p: MessageParams) => `${p.basis}; việc thuộc Điều 15 khoản ${p.clauses}`;

const passed = (rate: string): MessageFn => (p) =>
  `${tally(p)} — đạt tỷ lệ ${rate} tổng số hộ gia đình (${basis(p)}): được thông qua.`;

const failed = (rate: string): MessageFn => (p) =>
  `Không được thông qua: ${tally(p)} — chưa đạt tỷ lệ ${rate} tổng số hộ gia đình, cần ít nhất ${p.needed} hộ (${basis(p)}).` +
  (p.meetingShort === 1
    ? ` Cuộc họp chỉ có ${p.participants} hộ tham gia, không đủ để đạt tỷ lệ: có thể phát phiếu lấy ý kiến từng hộ gia đình (${law19(p)}).`
    : '');

const failedSent = (rate: string): MessageFn => (p) =>
  `${failed(rate)(p)} Dòng này lại ghi đã gửi UBND xã ngày ${p.sent}, trong khi chỉ quyết định được biểu quyết thông qua ` +
  `mới phải gửi UBND xã (${law20(p)}): kiểm tra lại số hộ tán thành và loại việc.`;

/** «5 ngày làm việc kể từ ngày biểu quyết, Luật …» — or the `Quy định` sheet's number, said so. */
const period = (p: MessageParams) =>
  p.source === 'sheet'
    ? `${p.workingDays} ngày làm việc kể từ ngày biểu quyết theo sheet Quy định; luật quy định ${p.lawWorkingDays} ngày làm việc, ${p.basis}`
    : `${p.workingDays} ngày làm việc kể từ ngày biểu quyết, ${p.basis}`;

const lateBy = (p: MessageParams) => {
  if (typeof p.lateDays !== 'number') return '';
  if (p.lateDays > 0) return `: muộn ${p.lateDays} ngày làm việc`;
  return `: muộn ${p.lateCalendarDays} ngày (gửi vào ngày nghỉ sau hạn)`;
};

/** A deadline counted over a provisional day off says so (`calendar/provisional.ts`); the proxy gives «…» when absent. */
const note = (p: MessageParams) => (typeof p.provisional === 'string' && p.provisional !== '…' && p.provisional !== '' ? ` ${p.provisional}` : '');

// A parameter left out reads «…», never "undefined": the table is also worded with generic
// parameters (test/domain/messages.test.ts), and a half-filled finding must still read as Vietnamese.
const dots = (p: MessageParams): MessageParams =>
  new Proxy(p, { get: (target, key) => (target as Record<string | symbol, unknown>)[key] ?? '…' });
const tolerant = (table: Record<string, MessageFn>): Record<string, MessageFn> =>
  Object.fromEntries(Object.entries(table).map(([code, make]) => [code, (p: MessageParams) => make(dots(p))]));

export const VOTE_MESSAGES: Record<string, MessageFn> = tolerant({
  'BQ_HAI_PHAN_BA.passed': passed('ít nhất 2/3'),
  'BQ_HAI_PHAN_BA.failed': failed('ít nhất 2/3'),
  'BQ_HAI_PHAN_BA.failed-sent': failedSent('ít nhất 2/3'),
  'BQ_QUA_NUA.passed': passed('trên 50%'),
  'BQ_QUA_NUA.failed': failed('trên 50%'),
  'BQ_QUA_NUA.failed-sent': failedSent('trên 50%'),
  'BQ_GUI_QUYET_DINH.late': (p) =>
    `Gửi UBND xã muộn: biểu quyết ngày ${p.date}, gửi ngày ${p.sent}, hạn chậm nhất ngày ${p.sendBy} (${period(p)})${lateBy(p)}.` + note(p),
  'BQ_GUI_QUYET_DINH.not-sent': (p) =>
    `Quyết định biểu quyết thông qua ngày ${p.date} chưa gửi UBND xã dù đã quá hạn ngày ${p.sendBy} (${period(p)})` +
    (typeof p.lateDays === 'number' ? `; đến ngày ${p.asOf} đã quá ${p.lateDays} ngày làm việc.` : '.') + note(p),
  'BQ_GUI_QUYET_DINH.due': (p) =>
    `Quyết định biểu quyết thông qua ngày ${p.date} chưa gửi UBND xã; hạn chậm nhất ngày ${p.sendBy} (${period(p)})` +
    (p.left === 0 ? ', tức là hôm nay.' : typeof p.left === 'number' ? `, còn ${p.left} ngày làm việc.` : '.') + note(p),

  // Luật 10/2022/QH15, Điều 17 khoản 2; Điều 22 khoản 1 điểm b (`form.ts`).
  'BQ_HINH_THUC.online-meeting-only': (p) =>
    `Việc «${p.kind}» (Điều 15 khoản ${p.clauses}) được biểu quyết trực tuyến, trong khi việc này phải quyết định tại cuộc họp ` +
    `của cộng đồng dân cư (chỉ phát phiếu khi cuộc họp không đủ đại diện hộ tham dự, Điều 19 khoản 1 điểm b); biểu quyết trực tuyến ` +
    `chỉ áp dụng cho công việc tự quản tại Điều 15 khoản 6 (${p.basis}): quyết định không được công nhận, phải tổ chức lại.`,
  'BQ_HINH_THUC.online-not-allowed': (p) =>
    `Việc «${p.kind}» (Điều 15 khoản ${p.clauses}) được biểu quyết trực tuyến, trong khi hình thức này chỉ áp dụng cho công việc ` +
    `tự quản tại Điều 15 khoản 6; việc này quyết định tại cuộc họp hoặc bằng phát phiếu (${p.basis}): quyết định không được công nhận.`,
  'BQ_HINH_THUC.ballot-after-meeting': (p) =>
    `Việc «${p.kind}» (Điều 15 khoản ${p.clauses}) được quyết định bằng phát phiếu: việc này phải quyết định tại cuộc họp của cộng đồng ` +
    `dân cư, chỉ phát phiếu khi đã họp mà không đủ đại diện hộ gia đình tham dự để đạt tỷ lệ tán thành (${lawOf(p)}, Điều 17 khoản 2, ` +
    'Điều 19 khoản 1 điểm b). Ghi rõ cuộc họp trước đó; nếu không, quyết định không được công nhận (Điều 22 khoản 1 điểm b).',

  'vote-count-missing': (p) =>
    `Chưa nhập "${p.column}": không xác định được biểu quyết có được thông qua hay không ` +
    '(Luật 10/2022/QH15, Điều 21 khoản 1 tính tỷ lệ trên tổng số hộ gia đình)',
  'vote-households-zero': (p) => `"${p.column}" bằng 0: thôn, tổ dân phố phải có ít nhất một hộ gia đình để tính tỷ lệ tán thành (Luật 10/2022/QH15, Điều 21 khoản 1)`,
  'vote-count-exceeds': (p) =>
    `"${p.column}" (${p.count}) lớn hơn "${p.otherColumn}" (${p.otherCount}): số liệu không khớp, ` +
    'chưa kết luận được biểu quyết (Luật 10/2022/QH15, Điều 20 khoản 2 điểm b)',
  'vote-kind-missing': (p) =>
    `Chưa nhập "${p.column}": không xác định được tỷ lệ thông qua (Luật 10/2022/QH15, Điều 21 khoản 1). ` +
    `Nhập một trong: ${p.accepted}`,
  'vote-date-missing': (p) =>
    `Chưa nhập "${p.column}" biểu quyết: không tính được hạn gửi quyết định đến UBND xã (${law20(p)})`,
  'vote-sent-before-vote': (p) =>
    `"${p.column}" ${p.sent} trước ngày biểu quyết ${p.date} ("${p.otherColumn}"): kiểm tra lại ngày; quyết định được gửi sau khi biểu quyết (${law20(p)})`,
});
