import type { MessageFn, MessageParams } from '../messages';

/**
 * Vietnamese text of the consultation findings (`YK_THOI_GIAN.*`, `YK_CONG_KHAI_KQ.*`) and input
 * errors (`consultation-*`, `feedback-*`), keyed by code, to merge into the one MESSAGES table.
 * Every finding names its numbers and its article. A missing parameter prints `…`, never `undefined`.
 */
// Citations keep the catalog's one order, the law then the article; the law is named as it reads on the
// consultation's date (`lawName`: from 01/07/2025 with its amending laws, `law/edition.ts`), never abbreviated.
const lawOf = (p: MessageParams): string => (typeof p.lawName === 'string' && p.lawName !== '' ? p.lawName : 'Luật 10/2022/QH15');
const d28k2 = (p: MessageParams) => `${lawOf(p)}, Điều 28 khoản 2`;
const d28k3 = (p: MessageParams) => `${lawOf(p)}, Điều 28 khoản 3`;

const s = (v: unknown): string => (v === null || v === undefined || v === '' ? '…' : String(v));
const q = (v: unknown): string => `"${v ?? ''}"`;

/**
 * «…, Điều 28 khoản 2 yêu cầu ít nhất 20 ngày», or the raised number of the `Quy định` sheet. An agency
 * (`scope: 'agency'`) is not bound by Điều 28 khoản 2: a minimum only from its Quy định sheet (CQ_LAY_Y_KIEN).
 */
const requirement = (p: MessageParams): string => {
  if (p.scope === 'agency') {
    return p.required === null || p.required === undefined
      ? `cơ quan, đơn vị: luật không quy định thời gian lấy ý kiến tối thiểu (${d28k2(p)} chỉ áp dụng cho cấp xã)`
      : `theo sheet Quy định (CQ_LAY_Y_KIEN) cần ít nhất ${s(p.required)} ngày; luật không quy định cho cơ quan, đơn vị`;
  }
  return p.ruleSource === 'sheet'
    ? `theo sheet Quy định cần ít nhất ${s(p.required)} ngày (${d28k2(p)}: ít nhất ${s(p.law)} ngày)`
    : `${d28k2(p)} yêu cầu ít nhất ${s(p.required)} ngày`;
};

const counting = (p: MessageParams): string =>
  Number(p.countFirstDay) === 1
    ? ' Ngày bắt đầu được tính theo sheet Quy định (TINH_NGAY_DAU).'
    : ' Không tính ngày bắt đầu (Bộ luật Dân sự 2015, Điều 147).';

/** The synthesis deadline and where it comes from (SynthesisDeadline.source). */
const deadline = (p: MessageParams): string => {
  if (p.source === 'synthesized') return `ngày tổng hợp xong ${s(p.due)}`;
  if (p.source === 'assumed') return `ngày ${s(p.due)} (ngày sau khi kết thúc lấy ý kiến; chưa ghi «Hạn tổng hợp»)`;
  // Bộ luật Dân sự 2015, Điều 148 khoản 5: a time limit ending on a day off ends on the next working day.
  if (p.movedFrom) {
    return `hạn tổng hợp ${s(p.due)} («Hạn tổng hợp» ${s(p.movedFrom)} là ngày nghỉ nên thời hạn kết thúc vào ngày làm việc tiếp theo, ` +
      'Bộ luật Dân sự 2015, Điều 148 khoản 5)';
  }
  return `hạn tổng hợp ${s(p.due)}`;
};

/** Where the publication period runs from, and by which rule. */
const publishRule = (p: MessageParams): string => {
  const from = p.referenceKind === 'synthesized' ? `ngày tổng hợp xong ${s(p.reference)}`
    : p.referenceKind === 'assumed' ? `ngày ${s(p.reference)}, sau khi kết thúc lấy ý kiến` : `hạn tổng hợp ${s(p.reference)}`;
  const source = p.timingSource === 'sheet' ? 'theo sheet Quy định; ' : '';
  return `${s(p.workingDays)} ngày làm việc kể từ ${from}, ${source}${p.basis ? String(p.basis) : `${lawOf(p)}, Điều 12 khoản 3`}`;
};

/** A deadline counted over a provisional day off says so (`calendar/provisional.ts`). */
const note = (p: MessageParams): string => (typeof p.provisional === 'string' && p.provisional !== '' ? ` ${p.provisional}` : '');

const RESULTS = 'kết quả tổng hợp ý kiến và nội dung tiếp thu, giải trình';
const duty = (p: MessageParams) => `${d28k3(p)} và Điều 11 khoản 11: ${RESULTS} phải được công khai đến Nhân dân.`;

export const CONSULTATION_MESSAGES: Record<string, MessageFn> = {
  // ---- the window (YK_THOI_GIAN, Điều 28 khoản 2)
  'YK_THOI_GIAN.short': (p) =>
    `Lấy ý kiến ${s(p.days)} ngày (${s(p.from)} – hết ${s(p.to)}), ${requirement(p)}: thiếu ${s(p.missing)} ngày.` +
    (p.extendTo ? ` Để đạt, cần lấy ý kiến đến hết ngày ${p.extendTo}.` : '') + counting(p),
  'YK_THOI_GIAN.ongoing': (p) =>
    `Đang lấy ý kiến từ ${s(p.from)} đến hết ${s(p.to)} (${s(p.days)} ngày; ${requirement(p)}), ` +
    (Number(p.remaining) > 0 ? `còn ${s(p.remaining)} ngày nữa thì kết thúc.` : 'kết thúc vào cuối ngày hôm nay.'),
  'YK_THOI_GIAN.planned': (p) =>
    `Chưa bắt đầu: dự kiến lấy ý kiến từ ${s(p.from)} đến hết ${s(p.to)} (${s(p.days)} ngày; ${requirement(p)}).`,
  'YK_THOI_GIAN.missing-data': (p) =>
    `Thiếu ${p.missing === 'no-to' ? '«Đến ngày»' : '«Từ ngày» (ngày công khai nội dung lấy ý kiến)'}: ` +
    `không tính được thời gian lấy ý kiến; ${requirement(p)} kể từ ngày công khai nội dung lấy ý kiến.`,
  'YK_THOI_GIAN.feedback-after-window': (p) =>
    `Ý kiến nhận ngày ${s(p.received)}, sau khi hết thời gian lấy ý kiến (hết ${s(p.to)}) ${s(p.days)} ngày: ` +
    `vẫn cần được tổng hợp, tiếp thu hoặc giải trình (${d28k3(p)}).`,

  // ---- feedback handled and results published (YK_CONG_KHAI_KQ, Điều 28 khoản 3, Điều 11 khoản 11)
  'YK_CONG_KHAI_KQ.feedback-pending': (p) =>
    `Ý kiến chưa được xử lý (chưa có hướng xử lý Tiếp thu, Tiếp thu một phần hoặc Giải trình), đã quá ${deadline(p)} ` +
    `${s(p.overdueDays)} ngày. ${d28k3(p)}: ý kiến của Nhân dân phải được tổng hợp, nghiên cứu tiếp thu, giải trình.`,
  'YK_CONG_KHAI_KQ.feedback-no-explanation': (p) =>
    `Ý kiến đã ghi hướng xử lý «${s(p.decision)}» nhưng chưa có nội dung tiếp thu, giải trình, đã quá ${deadline(p)} ` +
    `${s(p.overdueDays)} ngày. ${d28k3(p)}: nội dung tiếp thu, giải trình phải được ghi rõ để công khai đến Nhân dân.`,
  'YK_CONG_KHAI_KQ.feedback-late': (p) =>
    `Ý kiến xử lý ngày ${s(p.processed)}, sau ${deadline(p)} ${s(p.lateDays)} ngày (${d28k3(p)}).`,
  'YK_CONG_KHAI_KQ.pending-feedback': (p) =>
    `Còn ${s(p.pending)}/${s(p.total)} ý kiến chưa xử lý (chưa có hướng xử lý hoặc nội dung tiếp thu, giải trình), ` +
    `đã quá ${deadline(p)} ${s(p.overdueDays)} ngày. ${d28k3(p)}: Chủ tịch UBND cấp xã chỉ đạo tổng hợp, tiếp thu, giải trình ý kiến của Nhân dân.`,
  'YK_CONG_KHAI_KQ.unpublished': (p) =>
    `Chưa công khai ${RESULTS}: không có «Ngày công khai kết quả» và không có dòng nào ở sheet Công khai thuộc nhóm ` +
    `«Lấy ý kiến» bắt đầu sau khi tổng hợp. Hạn công khai ${s(p.publishBy)} (${publishRule(p)}) đã qua ${s(p.overdueDays)} ngày. ${duty(p)}${note(p)}`,
  'YK_CONG_KHAI_KQ.publish-due': (p) =>
    `Cần công khai ${RESULTS} chậm nhất ngày ${s(p.publishBy)} (${publishRule(p)}). ${duty(p)}${note(p)}`,
  'YK_CONG_KHAI_KQ.published-late': (p) =>
    `Công khai ${RESULTS} ngày ${s(p.published)} ` +
    `(${p.via === 'posting' ? 'theo sheet Công khai' : 'theo «Ngày công khai kết quả»'}), sau hạn ${s(p.publishBy)} ` +
    `${s(p.lateDays)} ngày (${publishRule(p)}).${note(p)}`,

  // ---- input errors of `Lấy ý kiến` and `Ý kiến`
  'consultation-end-before-start': (p) =>
    `«Đến ngày» ${s(p.to)} trước «Từ ngày» ${s(p.from)}: kiểm tra lại, ngày được đọc theo thứ tự ngày/tháng/năm`,
  'consultation-id-missing': (p) =>
    `Đợt lấy ý kiến chưa có «Mã đợt» trong khi sheet có ${s(p.count)} đợt: ý kiến ở sheet Ý kiến không gắn được với đợt này`,
  'consultation-id-duplicate': (p) =>
    `Mã đợt ${q(p.value)} trùng với dòng ${s(p.firstRow)}: các ý kiến mang mã này được tính cho dòng ${s(p.firstRow)}`,
  'feedback-consultation-blank': (p) =>
    `Chưa ghi «Mã đợt» trong khi sheet Lấy ý kiến có ${s(p.count)} đợt: không biết ý kiến thuộc đợt nào. Các mã đợt: ${s(p.known)}`,
  'feedback-consultation-unknown': (p) =>
    `Mã đợt ${q(p.value)} không có ở sheet Lấy ý kiến. Các mã đợt: ${s(p.known)}`,
  'consultation-sheet-missing': (p) =>
    `Sheet "Ý kiến" có ${s(p.count)} ý kiến nhưng không có sheet "Lấy ý kiến": không xác định được đợt lấy ý kiến, ` +
    `thời hạn tổng hợp và việc công khai kết quả (${d28k3(p)})`,
  'consultation-sheet-empty': (p) =>
    `Sheet "Lấy ý kiến" chưa có đợt nào nhưng sheet "Ý kiến" có ${s(p.count)} ý kiến: ghi đợt lấy ý kiến (Mã đợt, Từ ngày, Đến ngày) ` +
    `để kiểm tra thời hạn tổng hợp và việc công khai kết quả (${d28k3(p)})`,
};
