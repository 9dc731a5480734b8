import type { SheetGrid } from '../sheets/grid';
import type { SheetDocument } from '../report/document';

/**
 * The one small port every workbook host implements (DESIGN.md, "One flow, three hosts").
 * Office host: Excel.run, one sync to read, one to write (split only past Excel on the web's
 * 5 MB payload limit). File host: exceljs, in Node and in the browser.
 */
export interface ReadResult {
  /** Every worksheet name in workbook order. */
  readonly sheetNames: readonly string[];
  /**
   * One entry per requested name: the sheet whose name matches it by `matchKey`
   * (case- and accent-insensitive), or null when the workbook has none.
   */
  readonly sheets: Readonly<Record<string, SheetGrid | null>>;
}

export interface WriteResult {
  /** Sheets created or replaced, in document order. */
  readonly written: readonly string[];
  /** Sheets left alone because they existed and the document said `skip`. */
  readonly skipped: readonly string[];
}

export interface WorkbookHost {
  readSheets(names: readonly string[]): Promise<ReadResult>;
  writeSheets(documents: readonly SheetDocument[]): Promise<WriteResult>;
}

/** Why a workbook could not be opened or written. */
export type HostErrorCode =
  | 'missing-file' // no such file
  | 'xls' // an old binary .xls: «hãy lưu lại dưới dạng .xlsx»
  | 'not-xlsx' // some other format
  | 'encrypted' // password-protected
  | 'corrupt' // a zip/xlsx that exceljs cannot read
  | 'office'; // an Office.js failure

/**
 * The host failed (Office.js error, unreadable file): carries a code and a Vietnamese message
 * naming the file, and wraps the cause for the edge to show.
 */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'HostError';
  }
}
