/**
 * The workbook can be opened but not used for this job (no `Công khai` sheet…): the edge shows
 * the message and exits 2 (CLI) or shows a MessageBar (task pane). Nothing is written.
 */
export class UnusableWorkbookError extends Error {
  constructor(
    readonly code: 'sheet-missing' | 'header-not-found' | 'no-table',
    message: string,
  ) {
    super(message);
    this.name = 'UnusableWorkbookError';
  }
}
