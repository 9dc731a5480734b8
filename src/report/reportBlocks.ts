/**
 * The blocks a report section is made of, and the grid its tables are laid on: shared by the
 * content builders and both renderers (the `Báo cáo` sheet, the Word draft).
 */

/** How a paragraph reads: `placeholder` is text the officer must replace (shown highlighted). */
export type ParagraphRole = 'heading' | 'body' | 'caption' | 'note' | 'placeholder';

export interface ReportParagraph {
  readonly kind: 'paragraph';
  readonly role: ParagraphRole;
  readonly text: string;
}

export interface ReportColumn {
  readonly header: string;
  /** Columns of {@link REPORT_GRID} the column covers. */
  readonly span: number;
  readonly align: 'left' | 'center';
}

export interface ReportTable {
  readonly kind: 'table';
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly (string | number)[])[];
  /** The `Tổng cộng` line, bold, when the table has one. */
  readonly total?: readonly (string | number)[];
}

export type ReportBlock = ReportParagraph | ReportTable;

/**
 * The grid tables are laid on, in Excel character widths. Excel draws a column `w` wide as
 * 7w + 5 px (Calibri 11, 96 dpi): these 12 make 620 px = 164 mm, just inside A4 portrait's 165 mm
 * between ND 30 margins, so Excel prints them at 100%. Symmetric halves let the sheet draw ND 30's
 * short rules centred: C under the issuing unit (A–E, about half its line), H–J under the motto
 * (F–L), E–H under the subject. No column is 9 wide: exceljs takes 9 for its default and leaves
 * the width out.
 */
export const REPORT_GRID: readonly number[] = [5, 7, 8, 7, 5, 5, 5, 10, 8, 10, 5, 5];

/** Pixels (at 96 dpi, Excel's measure) of `count` grid columns from the 0-based `from`. */
export function gridPixels(from: number, count: number): number {
  return REPORT_GRID.slice(from, from + count).reduce((s, w) => s + w * 7 + 5, 0);
}

/** Grid columns of the header's left half (issuing unit, `Nơi nhận`); the right half is the rest. */
export const LEFT_COLUMNS = 5;

/** The seven columns every report table uses: STT · content · five figures. */
export function tableColumns(headers: readonly string[], spans: readonly number[] = [1, 4, 2, 1, 1, 1, 2]): ReportColumn[] {
  return headers.map((header, i) => ({ header, span: spans[i], align: i === 1 ? 'left' : 'center' }));
}

export const paragraph = (role: ParagraphRole, text: string): ReportParagraph => ({ kind: 'paragraph', role, text });

