import { UserError } from '../../domain/errors';
export type PlanFileErrorCode = 'doc' | 'not-docx' | 'corrupt' | 'not-text';

/**
 * The file cannot be read as a plan; the message names the file and says what to do. Apart from
 * the reader, so that recognising it (the CLI's exit code) does not load mammoth.
 */
export class PlanFileError extends UserError {
  override name = 'PlanFileError';
  constructor(readonly code: PlanFileErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
