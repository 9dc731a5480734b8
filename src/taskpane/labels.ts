import type { PostingStatus } from '../app/types';
import { SEVERITY_LABELS } from '../domain/issues';
import { POSTING_STATUS_LABELS, POSTING_STATUSES } from '../domain/postings/labels';
import type { SkippedFeature } from '../workbook/features';

/**
 * Vietnamese names of posting statuses and of severities: the domain's one table each, so the
 * summary, the findings sheet and the CLI agree. Screens list statuses in POSTING_STATUS_ORDER,
 * the domain's order (best first, then what needs attention).
 */
export { POSTING_STATUS_LABELS, SEVERITY_LABELS };

export const POSTING_STATUS_ORDER: readonly PostingStatus[] = POSTING_STATUSES;

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
  autoFilter: 'nút lọc ở dòng tiêu đề',
  pageBreaks: 'ngắt trang khi in',
  charts: 'biểu đồ',
  conditionalFormats: 'thang màu theo tỷ lệ',
};


/** Where a findings-list line has no rule id: an input error the check reported on its own. */
export const INPUT_ERROR_LABEL = 'Dữ liệu đầu vào';
