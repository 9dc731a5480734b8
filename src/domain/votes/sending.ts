import { isCalendarYear } from '../calendar/calendarRange';
import { compareDates, diffDays, formatVi, type LocalDate } from '../calendar/localDate';
import { provisionalNote } from '../calendar/provisional';
import { addWorkingDays, countWorkingDays } from '../calendar/workingDays';
import type { Finding } from '../findings';
import { citeFor, lawFor } from '../law/edition';
import type { VoteContext, VoteProblem, VoteRow } from './types';

export const SEND_RULE = 'BQ_GUI_QUYET_DINH';

export interface Sending {
  readonly sendBy: LocalDate | null;
  readonly sentInTime: boolean | null;
  readonly lateDays: number | null;
  readonly finding: Finding | null;
  readonly problem: VoteProblem | null;
}

const NONE: Sending = { sendBy: null, sentInTime: null, lateDays: null, finding: null, problem: null };

// The working-day arithmetic reaches at most a few weeks past the vote: the next year must exist too.
const inCalendar = (d: LocalDate) => isCalendarYear(d.y) && isCalendarYear(d.y + 1);

/**
 * Luật 10/2022/QH15, Điều 20 khoản 3: "chậm nhất là 05 ngày làm việc kể từ ngày cộng đồng dân cư tổ
 * chức họp biểu quyết hoặc kể từ ngày kết thúc thời hạn lấy ý kiến bằng phiếu, biểu quyết trực tuyến,
 * quyết định đã được cộng đồng dân cư biểu quyết thông qua phải được gửi đến Ủy ban nhân dân cấp xã".
 * The duty binds a *passed* decision only: a failed vote has none (`passed === false` → all null);
 * with the tally unknown (`null`) a decision that was sent is still timed, an unsent one is not
 * flagged. Counting starts the day after the vote (Bộ luật Dân sự 2015, Điều 147 khoản 1).
 * @example checkSending({ date: 26/04/2024, sentToCommune: null, … }, true, ctx).sendBy // 07/05/2024
 */
export function checkSending(row: VoteRow, passed: boolean | null, ctx: VoteContext): Sending {
  const { date, sentToCommune: sent } = row;
  if (!date || !inCalendar(date) || passed === false) return NONE;
  const rule = ctx.rules.get(SEND_RULE);
  const workingDays = rule.value ?? rule.rule.value ?? 5;
  const sendBy = addWorkingDays(ctx.calendar, date, workingDays);
  const finding = (severity: Finding['severity'], code: string, extra: Record<string, string | number | null>): Finding => ({
    sheet: row.sheet, row: row.row, rule: SEND_RULE, severity, code: `${SEND_RULE}.${code}`,
    params: {
      date: formatVi(date), sendBy: formatVi(sendBy), workingDays, basis: citeFor(rule.rule.basis, date), law: lawFor(date),
      source: rule.source, lawWorkingDays: rule.rule.value,
      provisional: provisionalNote(ctx.calendar, date, compareDates(ctx.asOf, sendBy) > 0 ? ctx.asOf : sendBy), ...extra,
    },
  });

  if (sent) {
    if (compareDates(sent, date) < 0) {
      const problem: VoteProblem = {
        code: 'vote-sent-before-vote', severity: 'error', field: 'sentToCommune', other: 'date',
        value: formatVi(sent), params: { sent: formatVi(sent), date: formatVi(date) },
      };
      return { ...NONE, sendBy, problem };
    }
    if (compareDates(sent, sendBy) <= 0) return { ...NONE, sendBy, sentInTime: true };
    const lateDays = inCalendar(sent) ? countWorkingDays(ctx.calendar, sendBy, sent) : null;
    return {
      ...NONE, sendBy, sentInTime: false, lateDays,
      finding: finding('error', 'late', { sent: formatVi(sent), lateDays, lateCalendarDays: diffDays(sent, sendBy) }),
    };
  }
  if (passed === null) return { ...NONE, sendBy };
  if (compareDates(ctx.asOf, sendBy) > 0) {
    const lateDays = inCalendar(ctx.asOf) ? countWorkingDays(ctx.calendar, sendBy, ctx.asOf) : null;
    return {
      ...NONE, sendBy, sentInTime: false, lateDays,
      finding: finding('error', 'not-sent', { asOf: formatVi(ctx.asOf), lateDays }),
    };
  }
  const left = inCalendar(ctx.asOf) ? countWorkingDays(ctx.calendar, ctx.asOf, sendBy) : null;
  return { ...NONE, sendBy, finding: finding('info', 'due', { asOf: formatVi(ctx.asOf), left }) };
}
