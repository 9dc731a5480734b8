import { formatIso, type LocalDate } from '../../domain/calendar/localDate';
import type { Finding, RowVerdict } from '../../domain/findings';
import type { Issue } from '../../domain/issues';
import { findingMessage } from '../../domain/messages';
import { checkPostings } from '../../domain/postings/checkPostings';
import { POSTING_STATUS_LABELS } from '../../domain/postings/labels';
import type { PostingRow } from '../../domain/postings/types';
import type { SheetGrid } from '../../sheets/grid';
import { POSTINGS_SHEET, type RecordOf } from '../../sheets/schema';
import { readTable, type TableRead } from '../../sheets/table';
import { toPostingRows } from './postingRows';
import type { CheckContext, TableCheck } from './tableCheck';
import { placeOf } from './tablePlace';
import type { PostingJson } from '../types';
import type { CheckedPosting } from './records';
import { textPool } from './textPool';

const iso = (d: LocalDate | null) => (d ? formatIso(d) : null);

/** `Công khai`: durations (Đ13), permanent postings, radio, timeliness (Đ12 k3). */
export function checkPostingSheet(grid: SheetGrid | null, ctx: CheckContext): TableCheck<PostingJson, CheckedPosting> & { rows: PostingRow[] } {
  return checkPostingTable(grid, readTable(grid, POSTINGS_SHEET), ctx);
}

/** One postings table, wherever it was found (a sheet may hold several, in sections). */
export function checkPostingTable(
  grid: SheetGrid | null, table: TableRead<RecordOf<typeof POSTINGS_SHEET>>, ctx: CheckContext,
): TableCheck<PostingJson, CheckedPosting> & { rows: PostingRow[] } {
  const rows = grid ? toPostingRows(grid.name, table) : [];
  const results = checkPostings(rows, ctx.unit, ctx.rules, ctx.calendar, ctx.asOf);
  const findings: Finding[] = [];
  const issues: Issue[] = [...table.issues];
  const endHeader = table.columns.end?.header ?? 'Ngày kết thúc';
  const verdicts: RowVerdict[] = [];
  const requiredHeader = table.columns.requiredDays?.header ?? 'Số ngày yêu cầu';
  // A row's «Số ngày yêu cầu» below the law's minimum: a warning quoting it, at its own header (Điều 13).
  for (const r of results) for (const i of r.issues) issues.push({ ...i, column: i.column === null ? null : requiredHeader });
  const pooled = textPool();
  const items = results.map(({ posting: p, verdict: v, rule, severity, explanation, timeliness: t }): PostingJson => {
    // The row's explanation and its finding are the same words: made once.
    const message = pooled(findingMessage({ rule, code: explanation.code, params: explanation.params }));
    // An end before the start is a typing slip (a date typed month-first, say): an input error at
    // its cell. A row with an unreadable cell already is one: no second line for either.
    if (v.reason === 'end-before-start') {
      issues.push({ code: 'posting-end-before-start', severity: 'error', sheet: p.sheet, row: p.row, column: endHeader,
        value: explanation.params.end as string, params: { start: explanation.params.start as string } });
    } else if (severity !== 'ok' && v.reason !== 'bad-cells') {
      findings.push({ sheet: p.sheet, row: p.row, rule, severity, code: explanation.code, params: explanation.params, message });
    }
    if (t.late) findings.push({ sheet: p.sheet, row: p.row, rule: t.rule, severity: 'error', code: t.late.code, params: t.late.params });
    verdicts.push({
      sheet: p.sheet, row: p.row,
      label: POSTING_STATUS_LABELS[v.status] + (t.timely === false ? '; công khai chậm' : ''),
      severity: t.timely === false && severity === 'ok' ? 'error' : severity,
    });
    return {
      sheet: p.sheet, row: p.row, title: p.title, form: p.formText,
      start: iso(p.start), end: iso(p.end), days: v.days, requiredDays: v.requiredDays,
      status: v.status, timely: t.timely, publishBy: iso(t.publishBy),
      remaining: v.remaining, elapsed: v.elapsed, reachedOn: iso(v.reachedOn), rule, explanation: message,
    };
  });
  const records = results.map((result, i): CheckedPosting => ({ sheet: result.posting.sheet, row: result.posting.row, fields: table.rows[i].record, result }));
  return { items, records, findings, issues, verdicts, place: placeOf(grid, table), rows };
}
