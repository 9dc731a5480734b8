import { isLocalDate, toExcelSerial } from '../../domain/calendar/localDate';
import { a1, parseRange, widestRow, type DocValue, type FormatRange } from '../../report/document';
import { DEFAULT_DATE_FORMAT } from '../file/write';
import { fill2d } from './format';
import { OP_OVERHEAD, arrayRowOverhead, jsonSize, type RowsUnit } from './payload';
import { columnRuns, needsTextFormat } from '../textGuard';

/** What the units of one write share while they are queued: the context and the sheets' proxies. */
export interface WriteScope {
  readonly context: Excel.RequestContext;
  readonly sheets: Map<string, Excel.Worksheet>;
}

/** A cell as Office takes it in a `formulas` array: text protected beforehand by "@". */
function officeInput(v: DocValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (isLocalDate(v)) return toExcelSerial(v);
  if (typeof v === 'object') return `=${v.formula}`;
  return v;
}

export interface ValueBlock {
  /** The worksheet proxy, found in (or put into) the scope. */
  readonly sheet: (scope: WriteScope) => Excel.Worksheet;
  /** Sheet row and column of `rows[0][0]`. */
  readonly top: number;
  readonly left: number;
  /** Rows, ragged allowed (short rows are padded with empty cells). */
  readonly rows: readonly (readonly DocValue[])[];
  /** The block's formats: dates under a number format keep it instead of the default one. */
  readonly formats: readonly FormatRange[];
  /** Reset each piece to the default format first (a patch replaces its block's formats). */
  readonly clearFormats?: boolean;
}

/**
 * Values as one `formulas` assignment per piece (the whole block in the common case). Before it:
 * "@" on each column run of text that Excel would otherwise parse; after it: the default date
 * format on date runs no format covers. Splittable by rows (payload.ts).
 */
export function valuesUnit(block: ValueBlock): RowsUnit<WriteScope> {
  const { top, left, formats } = block;
  const width = widestRow(block.rows);
  const rows = block.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  const formatted = formats.filter((f) => f.numberFormat !== undefined).map((f) => parseRange(f.range));
  const needsDateFormat = rows.map((row, r) => row.map((v, c) => isLocalDate(v) &&
    !formatted.some((f) => f.row <= top + r && top + r <= f.row2 && f.col <= left + c && left + c <= f.col2)));
  const inputs = rows.map((row) => row.map(officeInput));
  const isText = (v: DocValue) => typeof v === 'string';
  // Bytes per row: its inputs, plus one `["@"],` per guarded cell and one date format per date cell.
  const guarded = rows.map(() => 0);
  for (const run of columnRuns(rows, width, 1, isText, (v) => needsTextFormat(v as string))) {
    const { row } = parseRange(run.address.split(':')[0]);
    for (let r = row - 1; r < row - 1 + run.height; r++) guarded[r]++;
  }
  const rowSizes = rows.map((_, r) => jsonSize(inputs[r]) + 1 + arrayRowOverhead(width) + guarded[r] * (6 + arrayRowOverhead(1)) +
    needsDateFormat[r].filter(Boolean).length * (DEFAULT_DATE_FORMAT.length + 5 + arrayRowOverhead(1)));
  // Runs are found on the piece with rows numbered from 1; shift them to the sheet.
  const shifted = (address: string, from: number) => address.split(':').map((cell) => {
    const p = parseRange(cell);
    return a1(p.row - 1 + top + from, p.col - 1 + left);
  }).join(':');
  return {
    kind: 'rows',
    rowSizes,
    overhead: OP_OVERHEAD * ((block.clearFormats ? 3 : 2) + 2 * width),
    queue: (scope, from, to) => {
      const ws = block.sheet(scope);
      const piece = a1(top + from, left, top + to - 1, left + width - 1);
      if (block.clearFormats) ws.getRange(piece).clear('Formats' as Excel.ClearApplyTo);
      const slice = rows.slice(from, to);
      for (const run of columnRuns(slice, width, 1, isText, (v) => needsTextFormat(v as string))) {
        ws.getRange(shifted(run.address, from)).numberFormat = fill2d(run.height, 1, '@');
      }
      ws.getRange(piece).formulas = inputs.slice(from, to);
      const dates = needsDateFormat.slice(from, to);
      for (const run of columnRuns(dates, width, 1, (x) => x, () => true)) {
        ws.getRange(shifted(run.address, from)).numberFormat = fill2d(run.height, 1, DEFAULT_DATE_FORMAT);
      }
    },
  };
}
