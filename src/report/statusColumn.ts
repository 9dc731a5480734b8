import type { RowVerdict } from '../domain/findings';
import { a1, type DocValue, type FormatRange, type RangePatch } from './document';
import { BODY, HEADER } from './style';

/**
 * The status column «Kiểm tra» keeps at the right of each input table: one short verdict per row.
 * It is the add-in's own column, marked by its header, so a re-run finds and refreshes it and
 * never takes a column the user typed (DESIGN.md, "What the add-in writes").
 */
export const STATUS_HEADER = 'Kết quả kiểm tra (DCCS)';
const MARKER = '(DCCS)';

// A mark before each verdict shows its weight at a glance, printed in black and white too. Marks,
// not fills: a fill per run of rows is one Office.js operation each, and a 10,000-row table with
// mixed verdicts would push the write past Excel on the web's payload limit.
const MARK: Record<RowVerdict['severity'], string> = { error: '✖', warning: '▲', info: 'ℹ', ok: '✔' };

/** Whether a header cell is the add-in's status column (the marker is what makes it ours). */
export function isStatusHeader(cell: unknown): boolean {
  return typeof cell === 'string' && cell.trim().normalize('NFC').startsWith('Kết quả kiểm tra') && cell.includes(MARKER);
}

export interface StatusColumnPlace {
  readonly sheet: string;
  readonly column: number;
  readonly headerRow: number;
  /** Last row to write: the table's last row or further down, where an older run wrote. */
  readonly lastRow: number;
}

/**
 * The patch for one table: the marked header, each judged row's verdict coloured by severity, and
 * every other row of the block emptied (rows a previous run judged that are gone now).
 */
export function buildStatusPatch(place: StatusColumnPlace, verdicts: readonly RowVerdict[]): RangePatch {
  const byRow = new Map(verdicts.map((v) => [v.row, v]));
  const values: DocValue[][] = [[STATUS_HEADER]];
  for (let row = place.headerRow + 1; row <= place.lastRow; row++) {
    const v = byRow.get(row);
    values.push([v ? `${MARK[v.severity]} ${v.label}` : null]);
  }
  const formats: FormatRange[] = [{ range: a1(place.headerRow, place.column), font: HEADER, wrap: true, border: 'thin', fill: '#D9D9D9' }];
  if (place.lastRow > place.headerRow) {
    formats.push({ range: a1(place.headerRow + 1, place.column, place.lastRow, place.column), font: BODY, wrap: true, vertical: 'top' });
  }
  return { sheet: place.sheet, range: a1(place.headerRow, place.column, place.lastRow, place.column), values, formats };
}

/**
 * The status column's patches, leaving out the rows a table's reading passed over (a section title
 * merged across the table, a total line, a signature block): the column never writes into them, so a
 * heading merged over it keeps its text. One patch per run of rows between them.
 */
export function buildStatusPatches(place: StatusColumnPlace, verdicts: readonly RowVerdict[], skipRows: readonly number[] = []): RangePatch[] {
  const skip = new Set(skipRows);
  if (![...skip].some((r) => r > place.headerRow && r <= place.lastRow)) return [buildStatusPatch(place, verdicts)];
  const whole = buildStatusPatch(place, verdicts);
  const patches: RangePatch[] = [];
  let start: number | null = null;
  const flush = (end: number) => {
    if (start === null) return;
    const values = whole.values.slice(start - place.headerRow, end - place.headerRow + 1);
    const formats: FormatRange[] = [];
    if (start === place.headerRow) formats.push(whole.formats![0]);
    const bodyFrom = Math.max(start, place.headerRow + 1);
    if (bodyFrom <= end) formats.push({ range: a1(bodyFrom, place.column, end, place.column), font: BODY, wrap: true, vertical: 'top' });
    patches.push({ sheet: place.sheet, range: a1(start, place.column, end, place.column), values, formats });
    start = null;
  };
  for (let row = place.headerRow; row <= place.lastRow; row++) {
    if (skip.has(row)) flush(row - 1);
    else start ??= row;
  }
  flush(place.lastRow);
  return patches;
}
