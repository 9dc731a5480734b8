import { UserError } from '../domain/errors';

/**
 * The workbook can be opened but not used for this job (no `Công khai` sheet…): the edge shows
 * the message and exits 2 (CLI) or shows a MessageBar (task pane). Nothing is written.
 */
export class UnusableWorkbookError extends UserError {
  override name = 'UnusableWorkbookError';
  constructor(
    readonly code: 'sheet-missing' | 'header-not-found' | 'no-table',
    message: string,
  ) {
    super(message);
  }
}
