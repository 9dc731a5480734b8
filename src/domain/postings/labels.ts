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

/** Posting statuses in the one order every table and screen lists them: met first, then what needs attention. */
export const POSTING_STATUSES: readonly PostingStatus[] = [
  'met', 'short', 'ongoing', 'planned', 'permanent', 'no-requirement', 'missing-data', 'invalid',
];

/**
 * Statuses a compliance rate is computed on: the posting's time is over (or it is permanent) and
 * there was a duration to meet. Ongoing, planned, no-requirement, missing-data and invalid rows
 * are not judged: nothing is owed yet, nothing is asked, or the data cannot say (input errors
 * are reported on their own). Rate = (met + permanent) / (met + permanent + short).
 */
export const JUDGED_STATUSES: readonly PostingStatus[] = ['met', 'permanent', 'short'];
/** The judged statuses that count as met. */
export const MET_STATUSES: readonly PostingStatus[] = ['met', 'permanent'];
