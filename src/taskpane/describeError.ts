import { HostError } from '../workbook/port';

/**
 * The text a user sees for a failure. Host errors already speak Vietnamese and name the file;
 * anything else is a bug or an Office failure we did not foresee, so we say so and keep its text.
 */
export function describeError(error: unknown): string {
  if (error instanceof HostError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Đã xảy ra lỗi: ${detail}`;
}
