import type { PostingStatus } from '../app/types';
import type { SkippedFeature } from '../workbook/officeHost';

/**
 * Vietnamese names of posting statuses, in the order screens list them (best first, then what
 * needs attention). One table so the summary, the report screens and the findings agree.
 */
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

export const POSTING_STATUS_ORDER: readonly PostingStatus[] = [
  'met', 'short', 'ongoing', 'planned', 'permanent', 'no-requirement', 'missing-data', 'invalid',
];

/** @example postingStatusLabel('short') // "Chưa đủ thời gian" */
export function postingStatusLabel(status: PostingStatus): string {
  return POSTING_STATUS_LABELS[status];
}

/** Formatting an older Excel may lack, named as a user would look for it in the sheet. */
export const FEATURE_LABELS: Readonly<Record<SkippedFeature['feature'], string>> = {
  freezePanes: 'cố định dòng tiêu đề',
  hyperlinks: 'liên kết',
  tabColor: 'màu thẻ sheet',
  dataValidation: 'danh sách chọn giá trị',
  pageLayout: 'thiết lập trang in',
};
