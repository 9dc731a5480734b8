import { formatVi, type LocalDate } from '../calendar/localDate';
import { citeFor } from '../law/edition';
import type { PostingVerdict } from './checkPosting';
import type { Requirement } from './requirement';
import type { PostingRow } from './types';

/** A message code of the one table (`postings/messages.ts`) with its parameters. */
export interface Explained {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number | null>>;
}

const d = (x: LocalDate | null) => (x ? formatVi(x) : '…');

/** The day whose law governs the posting: its decision (Điều 12 k3), else the day it went up. */
export const postingEvent = (p: PostingRow): LocalDate | null => p.documentDate ?? p.start;

/**
 * «Luật …, Điều 13 khoản 2 yêu cầu ít nhất 30 ngày liên tục», said with where the number comes from:
 * the law, the `Quy định` sheet, the row (which may only raise it), or assumed for a blank group.
 * Never «ít nhất null ngày»: a permanent requirement says «niêm yết thường xuyên».
 */
function need(req: Requirement, basis: string): string {
  if (req.kind === 'permanent') return `${basis} yêu cầu niêm yết thường xuyên${below(req.rowBelowLaw, 'niêm yết thường xuyên')}`;
  if (req.kind === 'none') {
    if (req.radioUnknownGroup) {
      return `chưa ghi «Nhóm nội dung» nên chưa xác định được nội dung có thuộc Điều 11 khoản 7–12 (phát ít nhất 03 ngày liên tục, ${basis}) hay không`;
    }
    if (req.rule === 'CK_NIEM_YET_KHAC') {
      return `${basis.replace(/; Điều 11 khoản 14$/, '')} không quy định thời gian niêm yết tối thiểu cho nội dung khác (Điều 11 khoản 14)`;
    }
    return basis ? `hình thức này không có thời gian tối thiểu; vẫn phải công khai đúng thời điểm (${basis})` : 'chưa xác định được thời gian tối thiểu';
  }
  if (req.source === 'row') {
    const law = typeof req.lawDays === 'number' ? `cao hơn mức ${req.lawDays} ngày của ${basis}` : 'luật không quy định thời gian tối thiểu cho nội dung, hình thức này';
    return `dòng này ghi «Số ngày yêu cầu» ít nhất ${req.days} ngày liên tục (${law})`;
  }
  const sheet = req.source === 'sheet' ? ` (số ngày theo sheet Quy định, ${req.rule})` : '';
  const assumed = req.assumed
    ? ' (chưa ghi «Nhóm nội dung»: áp dụng mức chung 30 ngày của Điều 13 khoản 2 cho các nội dung Điều 11 khoản 1–3, 5–12)' : '';
  return `${basis} yêu cầu ít nhất ${req.days} ngày liên tục${sheet}${assumed}${below(req.rowBelowLaw, `${req.days} ngày`)}`;
}

// RULES.md, corrections: a row may raise a statutory minimum, never lower it.
const below = (asked: number | undefined, law: string) =>
  asked === undefined ? '' : `; dòng này ghi «Số ngày yêu cầu» ${asked} ngày, thấp hơn mức luật định nên vẫn áp dụng ${law}`;

/**
 * The message code and parameters that explain a posting verdict, with its legal basis: the
 * officer must be able to defend every verdict. The text itself comes from the one table. The
 * durations are continuous days: a last day that is a day off is not moved (Bộ luật Dân sự 2015,
 * Điều 148 khoản 5 moves the end of a time limit for doing something, not a duration of posting).
 */
export function explainPosting(p: PostingRow, req: Requirement, v: PostingVerdict, countFirstDay: boolean): Explained {
  const basis = citeFor(req.basis ?? '', postingEvent(p));
  const base = {
    verb: p.form === 'radio' ? 'phát trên hệ thống truyền thanh' : 'niêm yết',
    span: p.end ? `${d(p.start)} – hết ${d(p.end)}` : `từ ${d(p.start)}`,
    start: d(p.start), end: d(p.end), days: v.days, elapsed: v.elapsed, required: v.requiredDays,
    basis, need: need(req, basis), form: p.formText ?? '',
    counting: countFirstDay ? 'tính cả ngày bắt đầu theo sheet Quy định' : 'không tính ngày bắt đầu, Bộ luật Dân sự 2015 Điều 147',
    reachedOn: v.reachedOn ? d(v.reachedOn) : null,
  };
  // `base` is this call's own: the verdict's few extra params join it rather than a copy of it.
  const at = (code: string, extra?: Record<string, string | number | null>): Explained => ({ code, params: extra ? Object.assign(base, extra) : base });
  switch (v.status) {
    case 'met': return at(v.days === null || v.elapsed !== null ? 'posting.met-running' : 'posting.met');
    case 'short':
      return v.reason === 'taken-down' ? at('posting.taken-down') : at('posting.short', { missing: (v.requiredDays ?? 0) - (v.days ?? 0) });
    case 'ongoing': return at('posting.ongoing', { remaining: v.remaining });
    case 'planned': return at(v.requiredDays === null ? 'posting.planned-permanent' : 'posting.planned');
    case 'permanent': return at('posting.permanent');
    case 'no-requirement': return at('posting.no-requirement');
    case 'missing-data': return at(v.reason === 'no-form' ? 'posting.no-form' : 'posting.no-start');
    case 'invalid': return at(v.reason === 'end-before-start' ? 'posting.end-before-start' : 'posting.bad-cells');
  }
}
