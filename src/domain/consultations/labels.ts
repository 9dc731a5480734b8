import type { ConsultationStatus, FeedbackState } from './types';

/** Short Vietnamese verdicts for the owned status column (`Kết quả kiểm tra`) and the task pane. */
export const CONSULTATION_STATUS_LABELS: Readonly<Record<ConsultationStatus, string>> = {
  met: 'Đạt',
  short: 'Chưa đủ thời gian lấy ý kiến',
  ongoing: 'Đang lấy ý kiến',
  planned: 'Chưa bắt đầu',
  'pending-feedback': 'Còn ý kiến chưa xử lý',
  unpublished: 'Chưa công khai kết quả',
  'missing-data': 'Thiếu dữ liệu',
  invalid: 'Dữ liệu không hợp lệ',
};

export const CONSULTATION_STATUS_SEVERITY: Readonly<Record<ConsultationStatus, 'error' | 'warning' | 'info' | 'ok'>> = {
  met: 'ok', ongoing: 'info', planned: 'info',
  short: 'error', 'pending-feedback': 'error', unpublished: 'error', invalid: 'error',
  'missing-data': 'warning',
};

/**
 * The label of a consultation row, with its numbers where they help.
 * @example consultationLabel('short', { required: 20, pending: 0 }) // 'Chưa đủ 20 ngày'
 * @example consultationLabel('pending-feedback', { required: 20, pending: 3 }) // 'Còn 3 ý kiến chưa xử lý'
 */
export function consultationLabel(status: ConsultationStatus, n: { required: number; pending: number }): string {
  if (status === 'short') return `Chưa đủ ${n.required} ngày`;
  if (status === 'pending-feedback') return `Còn ${n.pending} ý kiến chưa xử lý`;
  return CONSULTATION_STATUS_LABELS[status];
}

/** Labels of a processed feedback row, by decision. */
export const FEEDBACK_DONE_LABELS: Readonly<Record<Exclude<FeedbackState, 'pending'>, string>> = {
  accepted: 'Đã tiếp thu',
  'partly-accepted': 'Đã tiếp thu một phần',
  explained: 'Đã giải trình',
};
