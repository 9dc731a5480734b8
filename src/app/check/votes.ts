import { formatIso, type LocalDate } from '../../domain/calendar/localDate';
import type { Finding, RowVerdict } from '../../domain/findings';
import type { Issue } from '../../domain/issues';
import { checkVote } from '../../domain/votes/checkVote';
import { voteVerdict } from '../../domain/votes/labels';
import type { VoteField, VoteProblem, VoteRow } from '../../domain/votes/types';
import { VOTE_KINDS, vocabEntry } from '../../domain/vocabulary';
import { isBlankCell } from '../../sheets/cells';
import type { SheetGrid } from '../../sheets/grid';
import { VOTES_SHEET, type RecordOf } from '../../sheets/schema';
import { readTable, type TableRead, type TableRow } from '../../sheets/table';
import type { CheckContext, TableCheck } from './tableCheck';
import { placeOf } from './tablePlace';
import type { VoteJson } from '../types';
import type { CheckedVote } from './records';

type VoteRecord = RecordOf<typeof VOTES_SHEET>;

/** Điều 20 khoản 3: the decision sent to UBND xã within 5 working days. */
const SEND_RULE = 'BQ_GUI_QUYET_DINH';

const FIELDS: readonly VoteField[] = ['kind', 'date', 'households', 'participants', 'agree', 'sentToCommune'];

const iso = (d: LocalDate | null) => (d ? formatIso(d) : null);

/** A sheet with nothing typed in it is as good as absent: the commune had no vote to record. */
const isEmptyGrid = (grid: SheetGrid) => grid.values.every((row) => row.every(isBlankCell));

/** Maps a parsed row to the domain's; a cell that could not be read is named, not guessed. */
export function toVoteRow(sheet: string, { row, record, invalid }: TableRow<VoteRecord>): VoteRow {
  return {
    sheet, row,
    title: record.title ?? '',
    kind: record.kind ?? null,
    method: record.method ?? null,
    date: record.date ?? null,
    households: record.households ?? null,
    participants: record.participants ?? null,
    agree: record.agree ?? null,
    sentToCommune: record.sentToCommune ?? null,
    unreadable: FIELDS.filter((f) => invalid.includes(f)),
  };
}

/** The header of a field as the user wrote it, or the template's when the column is absent. */
function headerOf(table: TableRead<VoteRecord>, field: VoteField): string {
  return table.columns[field]?.header ?? VOTES_SHEET.columns.find((c) => c.key === field)!.header;
}

function toIssue(table: TableRead<VoteRecord>, row: number, p: VoteProblem): Issue {
  const params = p.other ? { ...p.params, otherColumn: headerOf(table, p.other) } : p.params;
  return {
    code: p.code, severity: p.severity, sheet: table.sheet, row, column: headerOf(table, p.field),
    ...(p.value !== null ? { value: p.value } : {}), params,
  };
}

/**
 * Checks the `Biểu quyết` sheet (Luật 10/2022/QH15, Điều 15, 20, 21): every household vote's tally
 * against all households, and its decision sent to UBND xã in time. A missing or empty sheet is no
 * error — a commune may have held no vote — only an `info` note.
 *
 * @example checkVoteSheet(grid, ctx).items[0]
 * // { sheet: 'Biểu quyết', row: 4, title: 'Bê tông hóa đường thôn', kind: 'Đóng góp, thu chi', households: 120,
 * //   participants: 100, agree: 85, threshold: '2/3', passed: true, date: '2024-04-26',
 * //   sentToCommune: '2024-05-07', sendBy: '2024-05-07', sentInTime: true }
 */
export function checkVoteSheet(grid: SheetGrid | null, ctx: CheckContext): TableCheck<VoteJson, CheckedVote> {
  // An absent or empty sheet is fine: not every commune votes every year.
  if (!grid || isEmptyGrid(grid)) return { items: [], records: [], findings: [], issues: [], verdicts: [], place: null };
  return checkVoteTable(grid, readTable(grid, VOTES_SHEET), ctx);
}

/** One votes table, wherever it was found. */
export function checkVoteTable(grid: SheetGrid, table: TableRead<VoteRecord>, ctx: CheckContext): TableCheck<VoteJson, CheckedVote> {
  const items: VoteJson[] = [];
  const records: CheckedVote[] = [];
  const findings: Finding[] = [];
  const issues: Issue[] = [...table.issues];
  const verdicts: RowVerdict[] = [];
  const noKindColumn = table.headerRow !== null && table.columns.kind === undefined;
  const noSentColumn = table.headerRow !== null && table.columns.sentToCommune === undefined;
  if (noKindColumn && table.rows.some((r) => r.record.kind === undefined)) {
    findings.push({ sheet: table.sheet, row: table.headerRow, rule: 'BQ_QUA_NUA', severity: 'info', code: 'not-recorded',
      params: { column: 'loại việc (khoản nào của Điều 15)', basis: 'tỷ lệ thông qua của các dòng không đề xuất được loại việc (Điều 21 khoản 1)' } });
  }
  for (const tableRow of table.rows) {
    const row = toVoteRow(table.sheet, tableRow);
    const judged = checkVote(row, ctx);
    // Not recorded is not "not sent": without the column, Điều 20 khoản 3 is one note for the table.
    const result = noSentColumn
      ? { ...judged, findings: judged.findings.filter((f) => f.rule !== SEND_RULE), sentInTime: null, lateDays: null }
      : judged;
    findings.push(...result.findings);
    // A book without «Loại việc» cannot say which threshold applies: one note for the table, not an error a row.
    for (const p of result.problems) if (!(noKindColumn && p.code === 'vote-kind-missing')) issues.push(toIssue(table, row.row, p));
    verdicts.push({ sheet: row.sheet, row: row.row, ...voteVerdict(row, result) });
    items.push({
      sheet: row.sheet, row: row.row, title: row.title,
      kind: row.kind ? vocabEntry(VOTE_KINDS, row.kind).label : null,
      households: row.households, participants: row.participants, agree: row.agree,
      threshold: result.threshold, passed: result.passed,
      date: iso(row.date), sentToCommune: iso(row.sentToCommune),
      sendBy: iso(result.sendBy), sentInTime: result.sentInTime, formAllowed: result.formAllowed,
    });
    records.push({ sheet: row.sheet, row: row.row, fields: tableRow.record, result: { vote: row, verdict: result } });
  }
  return { items, records, findings, issues, verdicts, place: placeOf(grid, table) };
}
