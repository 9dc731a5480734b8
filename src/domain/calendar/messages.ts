import type { MessageFn, MessageParams } from '../messages';

/**
 * Input errors of deadline phrases read by the calendar beyond the table's own (`deadline-*` of
 * `messages.ts`): part of the one message table. Params: `phrase` (the user's text) or `value`,
 * `day`, `month`, `year`. A missing parameter reads «…».
 */
const or = (v: MessageParams[string]) => (v === null || v === undefined || v === '' ? '…' : String(v));

export const CALENDAR_MESSAGES: Record<string, MessageFn> = {
  // `calendar/moreExpressions.ts`: a lunar day the lunar month lacks (day 30 of a 29-day month).
  'deadline-lunar-impossible': (p) =>
    `Thời hạn "${or(p.phrase ?? p.value)}" có ngày âm lịch không tồn tại: tháng ${or(p.month)} âm lịch năm ${or(p.year)} không có ngày ${or(p.day)}`,
};
