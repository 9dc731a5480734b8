import { DccsError } from '../../domain/errors';
import type { WorkbookHost } from '../../workbook/port';

/** Excel's last row (a row past it is a bug in the caller, not user data). */
const MAX_ROW = 1_048_576;

/**
 * Shows a finding's row in Excel: activates its sheet and selects the row's first cell, so the
 * row is scrolled into view with its own cells beside it. Does nothing on a host that cannot
 * select (the file host: no one is looking at a workbook there).
 *
 * @example await goToRow(new OfficeHost(), 'Công khai', 7) // sheet «Công khai» active, A7 selected
 */
export async function goToRow(host: WorkbookHost, sheet: string, row: number): Promise<void> {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) throw new DccsError(`goToRow: ${row} is not a sheet row.`);
  if (!host.select) return;
  await host.select(sheet, `A${row}`);
}
