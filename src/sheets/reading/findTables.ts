import { isLocalDate } from '../../domain/calendar/localDate';
import { headerText, isOrdinalRow } from '../header';
import type { CellValue, SheetGrid } from '../grid';
import { assignColumns, namesAnyColumn, TAKE_AT, touchesKind, type HeaderCell } from './headerMatch';
import { kindHints, kindWeight } from './kinds';
import { endsTable, nonDataRow } from './rowKinds';
import type { ColumnReading, IgnoredRow, TableKind, TableReading } from './types';

/**
 * Tables found by content, on any sheet (issue: tables found by content): every row is a candidate
 * header; a row whose words name at least two columns of one kind is a header, and its table runs
 * down to the next header. A sheet's name and the title above a header only tip the balance.
 */

/** The kinds whose tables are found by their header's words. */
const SCANNED: readonly TableKind[] = ['plan', 'postings', 'consultations', 'feedback', 'votes', 'daysOff', 'rules'];
/** Kinds whose headers are generic words («Ngày | Tên | Loại»): found only with their exact headers and a hint. */
const EXACT_ONLY = new Set<TableKind>(['daysOff', 'rules']);
/** The least a header row must score to be one (two distinctive columns, or one and three generic). */
const MIN_SCORE = 1.3;
/** Below another table's header, a row must score more to start a table of its own. */
const IN_TABLE_SCORE = 1.8;
const TITLE_ROWS_ABOVE = 4;

const DATE_TEXT = /^\s*\d{1,4}\s*[/.-]\s*\d{1,2}/;

const inSpan = (column: number, span?: { from: number; to: number }) => !span || (column >= span.from && column <= span.to);
const lastRowOf = (g: SheetGrid) => g.firstRow + g.values.length - 1;
const rowCells = (g: SheetGrid, r: number): readonly CellValue[] => g.values[r - g.firstRow] ?? [];

/** A row's cells that may be headers: short text that is not a date. */
function headerCells(g: SheetGrid, r: number, from = g.firstColumn, to = Infinity): HeaderCell[] {
  const out: HeaderCell[] = [];
  rowCells(g, r).forEach((v, i) => {
    const column = g.firstColumn + i;
    if (column < from || column > to || typeof v !== 'string') return;
    const text = headerText(v);
    // The add-in's own status column («Kết quả kiểm tra (DCCS)») is not the user's header.
    if (text !== '' && text.length <= 80 && !DATE_TEXT.test(text) && !text.includes('(DCCS)')) out.push({ column, text });
  });
  return out;
}

/** A row that is all short header text (a child row under merged parents), nothing else. */
function isHeaderishRow(g: SheetGrid, r: number): boolean {
  const filled = rowCells(g, r).filter((v) => v !== null && v !== '');
  if (filled.length === 0 || filled.some((v) => typeof v !== 'string' || isLocalDate(v))) return false;
  return headerCells(g, r).length === filled.length;
}

interface Candidate {
  readonly kind: TableKind;
  readonly headerRows: number[];
  readonly columns: ColumnReading[];
  readonly score: number;
}

function score(kind: TableKind, columns: readonly ColumnReading[]): { score: number; taken: number; distinctive: number } {
  let total = 0, taken = 0, distinctive = 0;
  for (const c of columns) {
    if (c.status !== 'taken' || c.key === null) continue;
    if (EXACT_ONLY.has(kind) && c.from !== 'exact') continue;
    taken++;
    if (kindWeight(c.key) === 1) distinctive++;
    total += c.confidence * kindWeight(c.key);
  }
  return { score: total, taken, distinctive };
}

/** The best reading of row `r` (and the row under it, for a two-row header) as a header of some kind. */
/** Text a header never holds: a date typed as text, a number (an STT «1.», a count «120 hộ»). */
const DATA_TEXT = /^\s*(\d{1,4}\s*[/.-]\s*\d{1,2}|\d+\s*[.)]?\s*$|\d+\s+\p{L}{1,6}\s*$)/u;

/** A row that is data at a glance, before any word is matched (the scan's fast path on big sheets). */
function isDataAtAGlance(cells: readonly CellValue[], first: number, span?: { from: number; to: number }): boolean {
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (v === null || !inSpan(first + i, span)) continue;
    if (typeof v === 'number' || typeof v === 'boolean' || isLocalDate(v)) return true;
    if (typeof v === 'string' && (v.length > 120 || DATA_TEXT.test(v))) return true;
  }
  return false;
}

function candidateAt(g: SheetGrid, r: number, hintsOf: readonly TableKind[] | (() => readonly TableKind[]), span?: { from: number; to: number }, inTable = false): Candidate | null {
  // A header holds words only: a date, a number (an STT, a count) or a sentence makes a row data.
  if (isDataAtAGlance(rowCells(g, r), g.firstColumn, span)) return null;
  const cells = headerCells(g, r, span?.from, span?.to);
  if (cells.length < 2 || cells.filter((c) => namesAnyColumn(c.text)).length < 2) return null;
  const childRow = isHeaderishRow(g, r + 1) ? headerCells(g, r + 1, span?.from, span?.to) : [];
  // The title above is read only for a row that may be a header: most rows of a big sheet are not.
  const hints = typeof hintsOf === 'function' ? hintsOf() : hintsOf;
  let best: Candidate | null = null;
  for (const kind of SCANNED) {
    if (cells.filter((c) => touchesKind(kind, c.text)).length < 2) continue;
    const options: { rows: number[]; cells: HeaderCell[] }[] = [{ rows: [r], cells }];
    // A lone cell above a header is its title, not a merged parent: a two-row header has several.
    if (childRow.length > 0 && cells.length >= 2) {
      // Children replace their merged parent's meaning («Thời gian niêm yết» over «Từ ngày | Đến ngày»).
      const parent = new Map(cells.map((c) => [c.column, c.text]));
      const merged = new Map(parent);
      for (const child of childRow) merged.set(child.column, child.text);
      options.push({ rows: [r, r + 1], cells: [...merged].sort((a, b) => a[0] - b[0]).map(([column, text]) => ({ column, text })) });
    }
    for (const option of options) {
      const columns = assignColumns(kind, option.cells);
      const s = score(kind, columns);
      if (s.taken < 2 || (s.distinctive < 1 && !(EXACT_ONLY.has(kind) && hints.includes(kind)))) continue;
      // Most of a header's cells name columns; a data row names one or two by chance («Thôn 3», «Tiếp thu»).
      // Inside a table a new header must say more: its data rows are many, and each is a chance.
      const named = columns.filter((c) => c.status !== 'unknown').length / columns.length;
      if (named < (inTable ? 0.6 : 0.5)) continue;
      const hint = hints.indexOf(kind);
      if (EXACT_ONLY.has(kind) && hint < 0 && s.taken < 3) continue;
      // A sheet's name or a title tips the balance between kinds; it never makes a row a header by itself.
      if (s.score < (inTable ? IN_TABLE_SCORE : MIN_SCORE) && !(EXACT_ONLY.has(kind) && hint >= 0)) continue;
      const total = s.score + (hint === 0 ? 0.5 : hint > 0 ? 0.3 : 0);
      if (!best || total > best.score + 1e-9) best = { kind, headerRows: option.rows, columns, score: total };
    }
  }
  return best;
}

/** Text rows just above a header (its title, a section heading), nearest last. */
function titleAbove(g: SheetGrid, headerRow: number, floor: number): string[] {
  const out: string[] = [];
  for (let r = headerRow - 1; r >= Math.max(floor, headerRow - TITLE_ROWS_ABOVE); r--) {
    const texts = rowCells(g, r).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (texts.length === 0) continue;
    if (texts.length > 2) break;
    out.unshift(headerText(texts.join(' ')));
  }
  return out;
}

/** How sure a table's kind is: its header's score, capped, lowered when another kind came close. */
const confidenceOf = (score: number) => Math.min(1, Math.round((0.5 + score / 6) * 100) / 100);

/**
 * Every table on a sheet, top to bottom. Excel tables (ListObjects) whose header names a known
 * kind come first and keep their own extent; the rest of the sheet is scanned row by row.
 */
export function findTables(g: SheetGrid): TableReading[] {
  const last = lastRowOf(g);
  const sheetHints = kindHints(g.name);
  const found: { c: Candidate; from: TableReading['from']; lastRow?: number; span?: { from: number; to: number }; repeats: number[] }[] = [];
  const inExcelTable = (r: number) => g.tables.length > 0 && g.tables.some((t) => r >= t.headerRow && r <= t.lastRow);
  for (const t of g.tables) {
    const c = candidateAt(g, t.headerRow, sheetHints, { from: t.firstColumn, to: t.lastColumn });
    if (c) found.push({ c, from: 'excel-table', lastRow: t.lastRow, span: { from: t.firstColumn, to: t.lastColumn }, repeats: [] });
  }
  let floor = g.firstRow;
  for (let r = g.firstRow; r <= last; r++) {
    if (inExcelTable(r)) continue;
    // candidateAt's first test, before the row's closures are made: most rows of a big sheet are data.
    if (isDataAtAGlance(rowCells(g, r), g.firstColumn)) continue;
    const hints = () => [...kindHints(titleAbove(g, r, floor).join(' ')), ...sheetHints];
    const c = candidateAt(g, r, hints, undefined, found.some((f) => f.from === 'header'));
    if (!c) continue;
    const previous = found[found.length - 1];
    // The same header again (a printed page's repeat) continues the table above.
    if (previous && previous.from === 'header' && previous.c.kind === c.kind && sameHeader(previous.c, c)) {
      previous.repeats.push(...c.headerRows);
      r += c.headerRows.length - 1;
      continue;
    }
    found.push({ c, from: 'header', repeats: [] });
    r += c.headerRows.length - 1;
    floor = r + 1;
  }
  found.sort((a, b) => a.c.headerRows[0] - b.c.headerRows[0]);
  return found.map((f, i) => {
    const next = found.slice(i + 1).find((n) => !f.span || n.c.headerRows[0] > (f.lastRow ?? last));
    const end = f.lastRow ?? (next ? next.c.headerRows[0] - 1 : last);
    const table = tableOf(g, f.c, f.from, end, f.span, found[i - 1]?.c.headerRows[0]);
    if (f.repeats.length === 0) return table;
    const repeats = f.repeats.map((row) => ({ row, why: 'header-repeat' as const, text: f.c.columns.map((x) => x.header).join(' | ') }));
    return { ...table, ignored: [...table.ignored, ...repeats].sort((a, b) => a.row - b.row) };
  });
}

function sameHeader(a: Candidate, b: Candidate): boolean {
  const keys = (c: Candidate) => c.columns.map((x) => `${x.column}:${x.key}`).join('|');
  return keys(a) === keys(b);
}

function tableOf(g: SheetGrid, c: Candidate, from: TableReading['from'], end: number, span: { from: number; to: number } | undefined, previousHeader: number | undefined): TableReading {
  const headerRow = c.headerRows[c.headerRows.length - 1];
  const firstColumn = span?.from ?? g.firstColumn;
  const lastColumn = span?.to ?? g.firstColumn + (g.values[0]?.length ?? 1) - 1;
  const block = blockOf(g, headerRow + 1, end, { from: firstColumn, to: lastColumn });
  const title = titleAbove(g, c.headerRows[0], previousHeader === undefined ? g.firstRow : previousHeader + 1);
  return {
    kind: c.kind, sheet: g.name, headerRows: c.headerRows, firstDataRow: block.firstDataRow, lastRow: block.lastRow, firstColumn, lastColumn,
    columns: c.columns, defaults: [], ignored: block.ignored, confidence: confidenceOf(c.score), from,
    ...(title.length > 0 ? { title: title.join(' — ') } : {}),
  };
}

/**
 * A table's block below its header: a row of column ordinals is skipped, rows that are not data
 * are listed, and a signature block ends the table.
 */
export function blockOf(g: SheetGrid, below: number, end: number, span: { from: number; to: number }): { firstDataRow: number; lastRow: number; ignored: IgnoredRow[] } {
  const ignored: IgnoredRow[] = [];
  let firstDataRow = below;
  if (isOrdinalRow(rowCells(g, firstDataRow))) {
    ignored.push({ row: firstDataRow, why: 'ordinals', text: ordinalText(rowCells(g, firstDataRow)) });
    firstDataRow++;
  }
  let lastRow = end;
  for (let r = firstDataRow; r <= end; r++) {
    // The row itself when the span is all of it: no copy of every row of a big table.
    const line = rowCells(g, r);
    const cells = span.from === g.firstColumn && span.to - g.firstColumn + 1 >= line.length ? line
      : line.slice(span.from - g.firstColumn, span.to - g.firstColumn + 1);
    const why = nonDataRow(cells);
    if (!why) continue;
    const text = String(cells.find((v) => typeof v === 'string' && v.trim() !== '') ?? '');
    ignored.push({ row: r, why, text: headerText(text) });
    if (endsTable(why)) {
      for (let s = r + 1; s <= end; s++) {
        const rest = rowCells(g, s).find((v) => typeof v === 'string' && v.trim() !== '');
        if (rest !== undefined) ignored.push({ row: s, why: 'signature', text: headerText(String(rest)) });
      }
      lastRow = r - 1;
      break;
    }
  }
  return { firstDataRow, lastRow, ignored };
}

const ordinalText = (cells: readonly CellValue[]) => cells.filter((c) => c !== null && c !== '').map(String).join(' ');

export { TAKE_AT };
