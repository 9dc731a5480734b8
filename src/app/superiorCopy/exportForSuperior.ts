import { columnLetter, type RangePatch } from '../../report/document';
import { HIDDEN_TEXT, personalColumns, type PersonalColumn } from '../../domain/privacy/personalData';
import { openWorkbookFile } from '../../workbook/file/host';
import type { WorkbookHost } from '../../workbook/port';

/** What the copy hid: per column of citizens' data, how many cells. */
export interface ExportSummary {
  readonly hidden: readonly { readonly sheet: string; readonly header: string; readonly cells: number }[];
  /** Sheets read, in workbook order. */
  readonly sheets: readonly string[];
}

/**
 * «Bản gửi cấp trên» (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15): in a copy of the tracking workbook,
 * every cell of a column holding a citizen's name or contact details (`Người góp ý`, phone, address,
 * ID numbers — `domain/privacy/personalData.ts`) on any sheet becomes «(đã ẩn)». Rows, counts,
 * decisions, dates and texts stay, so the level above checks and consolidates the copy as the
 * original. The caller opens the copy and saves it elsewhere: the user's own file is never written.
 */
export async function hidePersonalData(host: WorkbookHost): Promise<ExportSummary> {
  const { sheetNames } = await host.readSheets([]);
  const read = await host.readSheets(sheetNames);
  const columns: PersonalColumn[] = [];
  for (const name of sheetNames) {
    const grid = read.sheets[name];
    if (grid) columns.push(...personalColumns(grid));
  }
  const patches = columns.filter((c) => c.rows.length > 0).map(patchOf);
  if (patches.length > 0) await host.writeSheets([], patches);
  return { hidden: columns.map((c) => ({ sheet: c.sheet, header: c.header, cells: c.rows.length })), sheets: sheetNames };
}

/** One block per column from its first to its last filled cell; the empty cells between stay empty. */
function patchOf(c: PersonalColumn): RangePatch {
  const first = c.rows[0];
  const last = c.rows[c.rows.length - 1];
  const filled = new Set(c.rows);
  const letter = columnLetter(c.column);
  const values = Array.from({ length: last - first + 1 }, (_, i) => [filled.has(first + i) ? HIDDEN_TEXT : null]);
  return { sheet: c.sheet, range: `${letter}${first}:${letter}${last}`, values };
}

/** The copy for the level above, as .xlsx bytes, and what was hidden in it. */
export interface SuperiorCopy {
  readonly bytes: Uint8Array;
  readonly summary: ExportSummary;
}

/**
 * «Bản gửi cấp trên» of a workbook given as .xlsx bytes (the page's open file as saved, or Excel's
 * document from `getFileAsync`): opened as a workbook of its own, so the workbook the bytes came
 * from is never touched, with citizens' data hidden (`hidePersonalData`).
 */
export async function superiorCopyOf(bytes: Uint8Array, fileName: string): Promise<SuperiorCopy> {
  const copy = await openWorkbookFile(bytes, fileName);
  const summary = await hidePersonalData(copy);
  return { bytes: await copy.toBuffer(), summary };
}

/**
 * The copy's file name: the user's, without the `-DCCS` of a download, and said to be the copy.
 * @example superiorCopyName('So theo doi-DCCS.xlsx') // "So theo doi - Bản gửi cấp trên.xlsx"
 */
export function superiorCopyName(fileName: string): string {
  const base = fileName.replace(/\.xlsx$/i, '').replace(/-DCCS$/i, '');
  return `${base || 'So-theo-doi'} - Bản gửi cấp trên.xlsx`;
}
