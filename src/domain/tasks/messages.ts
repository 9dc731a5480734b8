import type { MessageFn, MessageParams } from '../messages';

/**
 * Vietnamese text of the plan-task findings (`KH_THOI_HAN.*`), keyed by finding code; the lead
 * merges this table into MESSAGES. Params: `title`, `dueText` (the `Thời hạn` cell as typed), `due`
 * and `completed` and `asOf` (dd/mm/yyyy), `days`. Every text still reads when a param is missing.
 */

const or = (v: MessageParams[string], fallback = '…') => (v === null || v === undefined || v === '' ? fallback : String(v));

/**
 * The deadline as the officer wrote it and the day it means: «trước ngày 01/6/2024» (hết ngày 31/05/2024).
 * A date cell says it once.
 */
function when(p: MessageParams): string {
  const due = or(p.due);
  const text = or(p.dueText, '');
  // Bộ luật Dân sự 2015, Điều 148 khoản 5: the day written was a day off, the limit ends on the next working day.
  const moved = p.movedFrom
    ? `; ngày ${or(p.movedFrom)} là ngày nghỉ nên thời hạn kết thúc vào ngày làm việc tiếp theo, Bộ luật Dân sự 2015, Điều 148 khoản 5` +
      (p.provisional ? `. ${String(p.provisional)}` : '')
    : '';
  return text === '' || text === due ? `hết ngày ${due}${moved ? ` (${moved.slice(2)})` : ''}` : `«${text}» (hết ngày ${due}${moved})`;
}

// The deadline is the unit's own plan: say so, the officer must know where the day comes from.
const deadline = (p: MessageParams) => `thời hạn theo kế hoạch ${when(p)}`;

export const TASK_MESSAGES: Record<string, MessageFn> = {
  'KH_THOI_HAN.overdue': (p) =>
    `Quá hạn ${or(p.days)} ngày: ${deadline(p)}, đến ngày ${or(p.asOf)} chưa ghi ngày hoàn thành.`,
  'KH_THOI_HAN.done-late': (p) =>
    `Hoàn thành muộn ${or(p.days)} ngày: hoàn thành ngày ${or(p.completed)}, ${deadline(p)}.`,
  'KH_THOI_HAN.due-soon': (p) =>
    (Number(p.days) === 0 ? `Đến hạn hôm nay: ${deadline(p)}` : `Sắp đến hạn, còn ${or(p.days)} ngày: ${deadline(p)}`) +
    ', chưa ghi ngày hoàn thành.',
  'KH_THOI_HAN.blank': () =>
    'Công việc chưa ghi thời hạn nên không theo dõi được tiến độ. Ghi một ngày (10/6/2026), ' +
    '«trước ngày 15/10/2024», «Quý III/2024» hoặc «Thường xuyên».',
  'KH_THOI_HAN.result-undated': (p) =>
    'Đã ghi kết quả nhưng chưa ghi ngày hoàn thành nên chưa chứng minh được công việc xong đúng hạn; ' +
    `trạng thái vẫn tính theo thời hạn ${when(p)}.`,
  'KH_THOI_HAN.completed-future': (p) =>
    `Ngày hoàn thành ${or(p.completed)} sau ngày đánh giá ${or(p.asOf)}: chưa coi là đã hoàn thành; kiểm tra lại ngày đã nhập.`,
  'KH_THOI_HAN.no-due-column': (p) =>
    `Sheet «${or(p.sheet, 'Kế hoạch')}» không có cột «Thời hạn»: chưa kiểm tra được tiến độ các công việc.`,
};
