import { UserError } from '../domain/errors';
/** The file worker's own texts, in one place (STYLE.md, "Errors"). */
export const fileWorkerMessages = {
  stopped: (detail: string) =>
    `Trình duyệt đã dừng bộ đọc tệp Excel (${detail}). Hãy tải lại trang rồi mở tệp lại; nếu tệp rất lớn, hãy dùng dòng lệnh dccs.`,
  notOpen: 'Sổ đang làm việc không còn mở (bộ đọc tệp đã khởi động lại). Hãy bấm «Mở tệp Excel» và mở lại tệp.',
} as const;

/** The file worker could not start or stopped mid-way (a chunk that did not load, memory running out). */
export class FileWorkerError extends UserError {
  override name = 'FileWorkerError';
  constructor(readonly detail: string) {
    super(fileWorkerMessages.stopped(detail));
  }
}
