/**
 * The two kinds of thrown error (STYLE.md, "Errors"); problems in a cell are `Issue` values, never
 * thrown. Every edge (CLI main, the task pane) tells them apart by these two classes alone:
 * - `UserError`: something the user can put right (a file, an argument, a workbook without a table,
 *   an action while another runs). Its message is Vietnamese, names what is wrong and what to do,
 *   and is shown as it is (the CLI exits 2).
 * - `DccsError`: misuse of an API or a broken invariant, a bug: shown as one, with its text (exit 1).
 */

/** Something the user can put right; the message says what and how. */
export class UserError extends Error {
  // Each class names itself in a string: a minified bundle renames classes, and the page's worker
  // sends errors across by name.
  override name = 'UserError';
}

/** Misuse of an API or a broken invariant: a bug, caught once at the edge. */
export class DccsError extends Error {
  override name = 'DccsError';
}

/** A report year outside what the calendar covers, typed by the user (`--year`, the pane's form). */
export class InvalidYearError extends UserError {
  override name = 'InvalidYearError';
  constructor(readonly year: number) {
    super(`Năm báo cáo không hợp lệ: ${year} (cần từ 2000 đến 2100).`);
  }
}
