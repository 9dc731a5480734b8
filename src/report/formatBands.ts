import { parseRange, type FormatRange } from './document';

/** A format over its rows and columns, with its place in the document's list (a later one wins). */
export interface FormatSpan {
  readonly f: FormatRange;
  readonly order: number;
  readonly row: number;
  readonly row2: number;
  readonly col: number;
  readonly col2: number;
}

/** Rows `from`–`to`, over each of which the same formats lie, in the document's order. */
export interface FormatBand {
  readonly from: number;
  readonly to: number;
  readonly active: readonly FormatSpan[];
}

/**
 * Rows `from`–`to` cut where one of `formats` starts or ends (with `lastRows`, also at each one's
 * last row, which alone gets its bottom border): inside a band every row lies under the same
 * formats, so what they make of a column is worked out once a band, not once a cell. A sheet of
 * 130,000 lines has some thousands of bands.
 */
export function formatBands(formats: readonly FormatRange[], from: number, to: number, lastRows = false): FormatBand[] {
  const spans: FormatSpan[] = [];
  formats.forEach((f, order) => {
    const r = parseRange(f.range);
    const row = Math.max(r.row, from);
    const row2 = Math.min(r.row2, to);
    if (row <= row2) spans.push({ f, order, row, row2, col: r.col, col2: r.col2 });
  });
  const cuts = new Set<number>([from, to + 1]);
  for (const s of spans) {
    cuts.add(s.row).add(s.row2 + 1);
    if (lastRows) cuts.add(s.row2);
  }
  const rows = [...cuts].sort((a, b) => a - b);
  const starting = new Map<number, FormatSpan[]>();
  for (const s of spans) {
    const list = starting.get(s.row);
    if (list === undefined) starting.set(s.row, [s]);
    else list.push(s);
  }
  const bands: FormatBand[] = [];
  let active: FormatSpan[] = [];
  for (let b = 0; b + 1 < rows.length && rows[b] <= to; b++) {
    const top = rows[b];
    active = active.filter((s) => s.row2 >= top);
    const started = starting.get(top);
    if (started !== undefined) active = [...active, ...started].sort((x, y) => x.order - y.order);
    bands.push({ from: top, to: rows[b + 1] - 1, active });
  }
  return bands;
}
