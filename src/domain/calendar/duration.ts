import { foldText, sliceOriginal } from './foldText';

/**
 * Lengths of time as plans write them: `ít nhất 30 ngày liên tục kể từ ngày niêm yết`,
 * `chậm nhất 05 ngày làm việc kể từ ngày có quyết định`, `trong thời hạn ít nhất 03 ngày liên tục`.
 * A duration is a rule, not a due day: it becomes one with `periodEnd` (period.ts) or the
 * working-day calendar once the event's day is known.
 */

export type DurationUnit = 'day' | 'working-day' | 'week' | 'month' | 'year';

export interface Duration {
  readonly amount: number;
  readonly unit: DurationUnit;
  /** `at-least` (ít nhất, tối thiểu), `at-most` (chậm nhất, tối đa, không quá, trong vòng, trong), or null. */
  readonly bound: 'at-least' | 'at-most' | null;
  /** `liên tục`: the days run without a break (a posting taken down and put back starts over). */
  readonly continuous: boolean;
  /** The event it counts from, in the user's words (`ngày niêm yết`), or null. */
  readonly from: string | null;
  /** The user's words for the whole duration. */
  readonly phrase: string;
}

const UNIT: Record<string, DurationUnit> = {
  'ngay lam viec': 'working-day', ngay: 'day', tuan: 'week', thang: 'month', nam: 'year',
};

// `6 tháng đầu năm` is a period of the calendar, not a length; `05 ngày 6` is a date in words.
const AMOUNT = /(?:^|[^a-z0-9/.-])(\d{1,3}) (ngay lam viec|ngay|tuan|thang|nam)(?! \d| dau nam| cuoi nam)( lien tuc)?/g;
const AT_LEAST = /(?:it nhat|toi thieu)(?: la)? $/;
const AT_MOST = /(?:cham nhat|muon nhat|toi da|khong qua|trong vong|trong thoi han|trong)(?: la)? $/;
const FROM = /^,? (?:ke tu|tinh tu|tu) ((?:ngay|khi) [^,.;()]*[^,.;() ])/;

/**
 * Every duration in the text, in reading order.
 * @example parseDurations("niêm yết ít nhất 30 ngày liên tục kể từ ngày niêm yết")
 * // [{ amount: 30, unit: 'day', bound: 'at-least', continuous: true, from: 'ngày niêm yết', phrase: 'ít nhất 30 ngày liên tục kể từ ngày niêm yết' }]
 * @example parseDurations("chậm nhất 05 ngày làm việc")[0].unit // "working-day"
 */
export function parseDurations(text: string): Duration[] {
  const f = foldText(text);
  const out: Duration[] = [];
  for (const m of f.text.matchAll(AMOUNT)) {
    const numberAt = m.index + m[0].indexOf(m[1]);
    const pre = f.text.slice(0, numberAt);
    const least = AT_LEAST.exec(pre);
    const most = least ? null : AT_MOST.exec(pre);
    const begin = least ? least.index : most ? most.index : numberAt;
    const end = m.index + m[0].length;
    const from = FROM.exec(f.text.slice(end));
    const fromAt = from ? end + from[0].length - from[1].length : 0;
    out.push({
      amount: Number(m[1]),
      unit: UNIT[m[2]],
      bound: least ? 'at-least' : most ? 'at-most' : null,
      continuous: m[3] !== undefined,
      from: from ? sliceOriginal(f, fromAt, fromAt + from[1].length) : null,
      phrase: sliceOriginal(f, begin, from ? end + from[0].length : end),
    });
  }
  return out;
}

/**
 * The first duration in the text, or null.
 * @example parseDuration("trong thời hạn ít nhất 03 ngày liên tục")?.amount // 3
 */
export function parseDuration(text: string): Duration | null {
  return parseDurations(text)[0] ?? null;
}
