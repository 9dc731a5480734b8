import { UnusableWorkbookError } from '../app/errors';
import { HostError } from '../workbook/port';
import { FileWorkerError } from './fileWorkerError';
import { BusyError } from './gate';

/**
 * The text a user sees for a failure. Host errors and unusable-workbook errors already speak
 * Vietnamese and say what to do; anything else is a bug or an Office failure we did not foresee,
 * so we say so and keep its text.
 */
export function describeError(error: unknown): string {
  if (error instanceof HostError || error instanceof UnusableWorkbookError || error instanceof BusyError || error instanceof FileWorkerError) {
    return error.message;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Đã xảy ra lỗi: ${detail}`;
}
