/** The file worker could not start or stopped mid-way (a chunk that did not load, memory running out). */
export class FileWorkerError extends Error {
  override name = 'FileWorkerError';
  constructor(readonly detail: string) {
    super(`Trình duyệt đã dừng bộ đọc tệp Excel (${detail}). Hãy tải lại trang rồi mở tệp lại; nếu tệp rất lớn, hãy dùng dòng lệnh dccs.`);
  }
}
