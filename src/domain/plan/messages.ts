import type { MessageFn } from '../messages';

/**
 * Problems found while reading a plan (KẾ HOẠCH), part of the one message table. A deadline the
 * calendar cannot read keeps the calendar's own codes (`deadline-unreadable`, …); these are the
 * plan's. Params: `value` (the plan's title, as read).
 */
export const PLAN_MESSAGES: Record<string, MessageFn> = {
  'plan-no-year': () =>
    'Không tìm thấy năm của kế hoạch (ở dòng địa danh, ngày tháng hoặc ở tên kế hoạch): thời hạn không ghi năm sẽ không được đọc',
  'plan-nothing-found': () =>
    'Không tìm thấy nhiệm vụ, nội dung niêm yết hay đợt lấy ý kiến nào có thời hạn trong văn bản; kiểm tra lại đây có phải là một kế hoạch',
};
