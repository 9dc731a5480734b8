import type { PostingStatus } from './checkPosting';

/** Vietnamese verdict labels of posting statuses, for sheets, reports and the task pane. */
export const POSTING_STATUS_LABELS: Readonly<Record<PostingStatus, string>> = {
  met: 'Đạt',
  short: 'Chưa đủ thời gian',
  ongoing: 'Đang niêm yết',
  planned: 'Chưa bắt đầu',
  permanent: 'Niêm yết thường xuyên',
  'no-requirement': 'Không yêu cầu thời hạn',
  'missing-data': 'Thiếu dữ liệu',
  invalid: 'Dữ liệu không hợp lệ',
};

/** How serious a verdict is: `ok` needs nothing from the officer. */
export const POSTING_STATUS_SEVERITY: Readonly<Record<PostingStatus, 'error' | 'warning' | 'info' | 'ok'>> = {
  met: 'ok', permanent: 'ok', 'no-requirement': 'ok',
  ongoing: 'info', planned: 'info',
  short: 'error', invalid: 'error', 'missing-data': 'warning',
};
