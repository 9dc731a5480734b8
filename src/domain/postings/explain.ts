import { formatVi, type LocalDate } from '../calendar/localDate';
import type { PostingVerdict } from './checkPosting';
import type { Requirement } from './requirement';
import type { PostingRow } from './types';

/** A message code of the one table (`postings/messages.ts`) with its parameters. */
export interface Explained {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number | null>>;
}

const d = (x: LocalDate | null) => (x ? formatVi(x) : '…');

function source(req: Requirement): string {
  if (req.kind !== 'days' || req.source === 'law') return '';
  return req.source === 'row' ? ', nhưng dòng này ghi «Số ngày yêu cầu»' : ` (số ngày theo sheet Quy định, ${req.rule})`;
}

/**
 * The message code and parameters that explain a posting verdict, with its legal basis: the
 * officer must be able to defend every verdict. The text itself comes from the one table.
 */
export function explainPosting(p: PostingRow, req: Requirement, v: PostingVerdict, countFirstDay: boolean): Explained {
  const base = {
    verb: p.form === 'radio' ? 'phát trên hệ thống truyền thanh' : 'niêm yết',
    span: p.end ? `${d(p.start)} – hết ${d(p.end)}` : `từ ${d(p.start)}`,
    start: d(p.start), end: d(p.end), days: v.days, required: v.requiredDays,
    basis: req.basis ?? '', source: source(req), form: p.formText ?? '',
    counting: countFirstDay ? 'tính cả ngày bắt đầu theo sheet Quy định' : 'không tính ngày bắt đầu, Bộ luật Dân sự 2015 Điều 147',
    reachedOn: v.reachedOn ? d(v.reachedOn) : null,
  };
  const at = (code: string, extra: Record<string, string | number | null> = {}): Explained => ({ code, params: { ...base, ...extra } });
  switch (v.status) {
    case 'met': return at('posting.met');
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
