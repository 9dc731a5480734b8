import type { Issue } from '../../domain/issues';
import { matchKey } from '../../domain/text/normalize';
import { LISTS_SHEET } from '../../report/templateSheets';
import type { SheetGrid } from '../../sheets/grid';
import { applyReading } from '../../sheets/reading/applyReading';
import { templateSpecOf } from '../../sheets/reading/kinds';
import { readTableAt } from '../../sheets/reading/readRows';
import { recogniseWorkbook } from '../../sheets/reading/recognise';
import { parseReading, READING_SHEET, storedReadingJson } from '../../sheets/reading/storedReading';
import type { Reading, TableKind, TableReading } from '../../sheets/reading/types';
import {
  CONSULTATIONS_SHEET, DAYS_OFF_SHEET, FEEDBACK_SHEET, INFO_SHEET, PLAN_SHEET, POSTINGS_SHEET, RULES_SHEET, VOTES_SHEET,
} from '../../sheets/schema';
import type { TableRead } from '../../sheets/table';
import type { ReadResult, WorkbookHost } from '../../workbook/port';

/** The template's sheets a check asks for by name (the rest of the workbook comes as `others`). */
export const CHECK_SHEETS = [
  INFO_SHEET.name, POSTINGS_SHEET.name, RULES_SHEET.name, DAYS_OFF_SHEET.name, PLAN_SHEET.name, VOTES_SHEET.name,
  CONSULTATIONS_SHEET.name, FEEDBACK_SHEET.name,
] as const;

/** The kinds whose rows are checked: a workbook with none of them is not a tracking book. */
export const DATA_KINDS: readonly TableKind[] = ['plan', 'postings', 'consultations', 'feedback', 'votes'];

/** One found table with its grid and its rows read. */
export interface FoundTable {
  readonly table: TableReading;
  readonly grid: SheetGrid;
  /** Filled by {@link readFoundRows}; info, days off and rules are read by their own readers. */
  read?: TableRead<Record<string, unknown>>;
}

export interface TrackingRead {
  readonly read: ReadResult;
  /** Every sheet that may hold the user's tables, in workbook order. */
  readonly grids: readonly SheetGrid[];
  readonly reading: Reading;
  readonly found: readonly FoundTable[];
  /** A stored or given reading that could not be used, as an issue. */
  readonly issues: readonly Issue[];
}

/**
 * Reads the whole workbook in one batch and says how it reads it: recognition, then the reading a
 * person confirmed (stored in `DCCS Cách đọc`, or given) over it.
 */
export async function readTrackingWorkbook(host: WorkbookHost, given?: Reading | null): Promise<TrackingRead> {
  const read = await host.readSheets([...CHECK_SHEETS, READING_SHEET], { others: true });
  const skip = new Set([READING_SHEET, LISTS_SHEET].map(matchKey));
  const seen = new Set<string>();
  const grids: SheetGrid[] = [];
  for (const g of [...Object.values(read.sheets), ...(read.others ?? [])]) {
    if (!g || seen.has(g.name) || skip.has(matchKey(g.name))) continue;
    seen.add(g.name);
    grids.push(g);
  }
  const order = (name: string) => read.sheetNames.indexOf(name);
  grids.sort((a, b) => order(a.name) - order(b.name));
  const issues: Issue[] = [];
  let confirmed = given ?? null;
  const json = given ? null : storedReadingJson(read.sheets[READING_SHEET] ?? null);
  if (json) {
    const parsed = parseReading(json);
    if ('reading' in parsed) confirmed = parsed.reading;
    else issues.push({ code: 'reading-stored-invalid', severity: 'warning', sheet: READING_SHEET, row: null, column: null, params: { problem: parsed.problem } });
  }
  const recognised = recogniseWorkbook(grids);
  const reading = confirmed ? applyReading(recognised, confirmed, grids) : recognised;
  const byName = new Map(grids.map((g) => [g.name, g]));
  const found = reading.tables.flatMap((table) => {
    const grid = byName.get(table.sheet);
    return grid ? [{ table, grid }] : [];
  });
  return { read, grids, reading, found, issues };
}

/** Reads the rows of every found table of `kind`, with the year dates without one take. */
export function readFoundRows(found: readonly FoundTable[], kind: TableKind, defaultYear: number | null): FoundTable[] {
  const out: FoundTable[] = [];
  for (const f of found) {
    if (f.table.kind !== kind) continue;
    f.read ??= readTableAt(f.grid, f.table, { defaultYear });
    out.push(f);
  }
  return out;
}

/**
 * A sheet named like one of the template's input sheets that holds rows but no table the words
 * could find: the old «không tìm thấy dòng tiêu đề» error, naming the headers accepted.
 */
export function headerNotFound(t: TrackingRead): Issue[] {
  const issues: Issue[] = [];
  for (const kind of DATA_KINDS) {
    const spec = templateSpecOf(kind);
    const g = t.grids.find((x) => matchKey(x.name) === matchKey(spec.name));
    if (!g || t.found.some((f) => f.grid === g) || g.values.every((row) => row.every((v) => v === null || v === ''))) continue;
    issues.push({
      code: 'header-not-found', severity: 'error', sheet: g.name, row: null, column: null,
      params: { rows: g.values.length, expected: spec.columns.map((c) => c.header).join(', ') },
    });
  }
  return issues;
}
