import { parseDeadlineCell } from '../calendar/deadline';
import { addDays } from '../calendar/localDate';
import type { ConsultationRow, SynthesisDeadline } from './types';

/**
 * The synthesis deadline of a consultation: by its end every feedback row carries a decision and
 * an explanation (Luật 10/2022/QH15, Điều 28 khoản 3: tiếp nhận, tổng hợp, tiếp thu, giải trình).
 * The Law sets no number of days, so the workbook's own deadline rules:
 * 1. `Hạn tổng hợp` (a day or a phrase such as «trước ngày 10/6/2026», read with the report year);
 * 2. else `Ngày tổng hợp xong` — feedback still open when the synthesis was done was left out of it;
 * 3. else the day after `Đến ngày` (`assumed`: checked with warnings only).
 * A phrase without a day («Thường xuyên») or one that starts a period falls through to 2–3;
 * an unreadable phrase does too, and comes back as `error` for the input-error list.
 *
 * @example synthesisDeadline({ …, to: { y: 2026, m: 6, d: 5 }, synthesisDue: 'trước ngày 10/6/2026', synthesized: null }, 2026)
 * // { due: { y: 2026, m: 6, d: 9 }, source: 'deadline', error: null }
 */
export function synthesisDeadline(c: Pick<ConsultationRow, 'to' | 'synthesisDue' | 'synthesized'>, reportYear: number | null): SynthesisDeadline {
  let error: SynthesisDeadline['error'] = null;
  if (c.synthesisDue !== null) {
    const parsed = parseDeadlineCell(c.synthesisDue, { reportYear });
    if (parsed.kind === 'due') return { due: parsed.due, source: 'deadline', error: null };
    if (parsed.kind === 'error') error = { code: parsed.code, phrase: parsed.phrase, ...(parsed.params ? { params: parsed.params } : {}) };
  }
  if (c.synthesized) return { due: c.synthesized, source: 'synthesized', error };
  if (c.to) return { due: addDays(c.to, 1), source: 'assumed', error };
  return { due: null, source: null, error };
}
