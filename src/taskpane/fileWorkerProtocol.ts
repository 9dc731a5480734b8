import type { SummarizeOptions } from '../app/consolidate';
import { UnusableWorkbookError } from '../app/errors';
import { DccsError, UserError } from '../domain/errors';
import type { RangePatch, SheetDocument } from '../report/document';
import { HostError, type HostErrorCode } from '../workbook/port';

/**
 * The messages between the page and the file worker (`fileWorker.worker.ts`), which holds the
 * exceljs workbooks so that opening, reading, writing and saving never take the page's thread
 * ("never a frozen pane"). Everything here survives structured cloning: plain data,
 * ArrayBuffers (transferred, not copied) and `File`s.
 */
export type FileWorkerRequest =
  /** Opens .xlsx bytes; answers the workbook's id. */
  | { readonly op: 'open'; readonly bytes: ArrayBuffer; readonly fileName: string }
  | { readonly op: 'read'; readonly workbook: number; readonly names: readonly string[]; readonly others?: boolean }
  /** Answers the write's result and the features the file host had to leave out. */
  | { readonly op: 'write'; readonly workbook: number; readonly documents: readonly SheetDocument[]; readonly patches: readonly RangePatch[] }
  /** Answers the .xlsx bytes (an ArrayBuffer, transferred). */
  | { readonly op: 'save'; readonly workbook: number }
  /**
   * «Bản gửi cấp trên»: a copy of the workbook as it now is, opened apart, with citizens' data hidden;
   * answers `{ bytes, summary }` (bytes transferred). The workbook itself stays as it was.
   */
  | { readonly op: 'forSuperior'; readonly workbook: number }
  /** Forgets a workbook the page no longer uses, so its memory can go. */
  | { readonly op: 'close'; readonly workbook: number }
  /**
   * One commune file of a consolidation: read, opened, checked and reduced here; answers its
   * FileOutcome. The name travels apart: a cloned `File` keeps it, a cloned `Blob` does not.
   */
  | { readonly op: 'summarize'; readonly name: string; readonly data: Blob; readonly options: SummarizeOptions };

/** A request as sent: numbered, so replies can arrive in any order. */
export type FileWorkerMessage = FileWorkerRequest & { readonly id: number };

export type FileWorkerReply =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: SentError };

/** An error as plain data; `reviveError` gives it its class back on the page. */
export interface SentError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly stack?: string;
  /** A `UserError` (shown as it is), whatever its class. */
  readonly user?: boolean;
}

export function sendError(error: unknown): SentError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name, message: error.message, stack: error.stack,
    ...(typeof code === 'string' ? { code } : {}), ...(error instanceof UserError ? { user: true } : {}),
  };
}

/**
 * The error the page would have seen had the work run on its own thread: a HostError keeps its code
 * and its Vietnamese message (so `describeError` shows it as is), an unusable workbook too, any other
 * user error stays a UserError, and a broken invariant stays a DccsError; anything else becomes an
 * Error with the same name and text.
 */
export function reviveError(sent: SentError): Error {
  let error: Error;
  if (sent.name === 'HostError' && sent.code) error = new HostError(sent.code as HostErrorCode, sent.message);
  else if (sent.name === 'UnusableWorkbookError' && sent.code) {
    error = new UnusableWorkbookError(sent.code as UnusableWorkbookError['code'], sent.message);
  } else if (sent.user) error = Object.assign(new UserError(sent.message), sent.code ? { code: sent.code } : {});
  else if (sent.name === 'DccsError') error = new DccsError(sent.message);
  else {
    error = new Error(sent.message);
    error.name = sent.name;
  }
  error.name = sent.name;
  if (sent.stack) error.stack = sent.stack;
  return error;
}

/**
 * Bytes that own their whole buffer, so the buffer can be transferred without handing over (or
 * detaching) memory that belongs to something else.
 */
export function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  // A copy, not `slice()`: a Node Buffer's slice is a view of its pool, whose `buffer` holds other bytes.
  return whole ? bytes.buffer as ArrayBuffer : new Uint8Array(bytes).buffer;
}
