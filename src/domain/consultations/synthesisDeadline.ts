import { isCalendarYear } from '../calendar/calendarRange';
import { parseDeadlineCell } from '../calendar/deadline';
import { addDays, type LocalDate } from '../calendar/localDate';
import { endOfTimeLimit } from '../calendar/period';
import { builtInCalendar, isWorkingDay, type WorkCalendar } from '../calendar/workingDays';
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
 * A deadline (1 or 3) on a day off ends on the next working day (Bộ luật Dân sự 2015, Điều 148
 * khoản 5), with `movedFrom` the day as written; `calendar` is the workbook's (built-in days off when
 * not given). The synthesis date (2) is a fact, never moved.
 *
 * @example synthesisDeadline({ …, to: { y: 2026, m: 6, d: 5 }, synthesisDue: 'trước ngày 10/6/2026', synthesized: null }, 2026)
 * // { due: { y: 2026, m: 6, d: 9 }, source: 'deadline', error: null }
 */
export function synthesisDeadline(
  c: Pick<ConsultationRow, 'to' | 'synthesisDue' | 'synthesized'>, reportYear: number | null, calendar: WorkCalendar = builtInCalendar(),
): SynthesisDeadline {
  const limit = (day: LocalDate) =>
    (isCalendarYear(day.y) && isCalendarYear(day.y + 1) ? endOfTimeLimit(day, (x) => isWorkingDay(calendar, x)) : { due: day, movedFrom: null });
  let error: SynthesisDeadline['error'] = null;
  if (c.synthesisDue !== null) {
    const parsed = parseDeadlineCell(c.synthesisDue, { reportYear });
    if (parsed.kind === 'due') return { ...limit(parsed.due), source: 'deadline', error: null };
    if (parsed.kind === 'error') error = { code: parsed.code, phrase: parsed.phrase, ...(parsed.params ? { params: parsed.params } : {}) };
  }
  if (c.synthesized) return { due: c.synthesized, source: 'synthesized', error };
  if (c.to) return { ...limit(addDays(c.to, 1)), source: 'assumed', error };
  return { due: null, source: null, error };
}
