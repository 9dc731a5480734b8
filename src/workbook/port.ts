import type { SheetGrid } from '../sheets/grid';
import type { RangePatch, SheetDocument } from '../report/document';
import { UserError } from '../domain/errors';
import type { SkippedFeature } from './features';

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
  /**
   * The add-in's marks found in the workbook: owner id (`SheetDocument.owner`) → the sheet it is on
   * now. A sheet named like an output but absent here is the user's. Every host reads them: one
   * that did not would have the add-in write «KQ Kiểm tra (2)» beside its own sheet.
   */
  readonly owners: Readonly<Record<string, string>>;
  /**
   * With `others`: every other sheet, in workbook order — not one of the requested names, and not
   * one of the add-in's own outputs (by its mark). Staff keep their tables on sheets of any name.
   */
  readonly others?: readonly SheetGrid[];
}

export interface ReadOptions {
  /** Also read every sheet that is neither requested nor the add-in's own ({@link ReadResult.others}). */
  readonly others?: boolean;
}

export interface WriteResult {
  /** Sheets created or replaced, in document order. */
  readonly written: readonly string[];
  /** Sheets left alone because they existed and the document said `skip`. */
  readonly skipped: readonly string[];
  /**
   * Formatting this write left out (an older Excel's API sets, charts outside Excel): the data is
   * all there; the edge tells the user what is missing. Each write says what it skipped itself.
   */
  readonly skippedFeatures: readonly SkippedFeature[];
}

export interface WorkbookHost {
  readSheets(names: readonly string[], options?: ReadOptions): Promise<ReadResult>;
  /**
   * Writes the documents, then the patches, in one batch (the Office host: one sync, unless the
   * payload must be split). A patch on a sheet that does not exist (exact name) or that a document
   * of the same write replaces, a patch whose values do not fit its block, a format outside it:
   * DccsError, before anything is written.
   */
  writeSheets(documents: readonly SheetDocument[], patches?: readonly RangePatch[]): Promise<WriteResult>;
  /**
   * Shows `cell` of `sheet` to the user: activates the sheet and selects the cell or block.
   * Absent where there is no one looking (the file host).
   */
  select?(sheet: string, cell: string): Promise<void>;
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
export class HostError extends UserError {
  override name = 'HostError';
  constructor(
    readonly code: HostErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
