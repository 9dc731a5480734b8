import { formatVi, type LocalDate } from '../calendar/localDate';
import type { PostingVerdict } from './checkPosting';
import type { Requirement } from './requirement';
import type { PostingRow } from './types';

/**
 * Vietnamese explanation of a posting verdict, with its legal basis (the officer must be able to
 * defend every verdict). One sentence template per status.
 */
const COUNTING = 'không tính ngày bắt đầu, Bộ luật Dân sự 2015, Điều 147';
const COUNTING_FIRST = 'tính cả ngày bắt đầu theo sheet Quy định';

function source(req: Requirement): string {
  if (req.kind !== 'days') return '';
  if (req.source === 'row') return ` theo cột «Số ngày yêu cầu» của dòng này (${req.basis} quy định mức tối thiểu chung)`;
  if (req.source === 'sheet') return ` theo sheet Quy định (${req.rule}; ${req.basis})`;
  return ` (${req.basis})`;
}

const d = (x: LocalDate | null) => (x ? formatVi(x) : '…');

export function explainPosting(p: PostingRow, req: Requirement, v: PostingVerdict, countFirstDay: boolean): string {
  const counting = countFirstDay ? COUNTING_FIRST : COUNTING;
  const span = p.end ? `từ ${d(p.start)} đến hết ${d(p.end)}` : `từ ${d(p.start)}`;
  const need = `ít nhất ${v.requiredDays} ngày liên tục${source(req)}`;
  const verb = p.form === 'radio' ? 'phát trên hệ thống truyền thanh' : 'niêm yết';
  switch (v.status) {
    case 'met':
      return `Đạt: ${verb} ${span}, được ${v.days} ngày (${counting}); yêu cầu ${need}.`;
    case 'short':
      if (v.reason === 'taken-down') {
        return `Chưa đạt: nội dung phải niêm yết thường xuyên (${req.basis}) nhưng đã kết thúc ngày ${d(p.end)}.`;
      }
      return `Chưa đạt: ${span} chỉ được ${v.days} ngày (${counting}), thiếu ${(v.requiredDays ?? 0) - (v.days ?? 0)} ngày; yêu cầu ${need}.` +
        (p.end && v.reachedOn ? ` Để đạt, cần ${verb} đến hết ngày ${d(v.reachedOn)}.` : '');
    case 'ongoing':
      return `Đang ${verb} ${span}: đã được ${v.days} ngày, còn ${v.remaining} ngày nữa; đủ yêu cầu vào hết ngày ${d(v.reachedOn)}. Yêu cầu ${need}.`;
    case 'planned':
      return `Chưa bắt đầu: dự kiến ${verb} ${span}` + (v.days !== null ? ` (${v.days} ngày)` : '') +
        (v.requiredDays !== null ? `; yêu cầu ${need}.` : `; nội dung niêm yết thường xuyên (${req.basis}).`);
    case 'permanent':
      return `Niêm yết thường xuyên từ ${d(p.start)}, đang duy trì (${req.basis}).`;
    case 'no-requirement':
      return req.basis
        ? `Hình thức «${p.formText ?? ''}» không có thời hạn tối thiểu; vẫn phải công khai đúng thời điểm (${req.basis}).`
        : 'Không có thời hạn tối thiểu.';
    case 'missing-data':
      return v.reason === 'no-form'
        ? 'Thiếu hình thức công khai: không xác định được thời hạn phải niêm yết.'
        : `Thiếu ngày bắt đầu: không tính được thời gian niêm yết (yêu cầu ${need}).`;
    case 'invalid':
      return v.reason === 'end-before-start'
        ? `Ngày kết thúc ${d(p.end)} trước ngày bắt đầu ${d(p.start)}.`
        : 'Dòng có ô không đọc được (xem lỗi dữ liệu): chưa kiểm tra được.';
  }
}
