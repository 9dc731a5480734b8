import { UserError } from '../domain/errors';

/**
 * The text a user sees for a failure. A `UserError` (the one list of the user's errors, shared with
 * the CLI) already speaks Vietnamese and says what to do; anything else is a bug or an Office
 * failure we did not foresee, so we say so and keep its text.
 */
export function describeError(error: unknown): string {
  if (error instanceof UserError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Đã xảy ra lỗi: ${detail}`;
}
