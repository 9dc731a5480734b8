import { formatIso, formatVi, type LocalDate } from '../../domain/calendar/localDate';
import type { Finding, RowVerdict } from '../../domain/findings';
import type { Issue } from '../../domain/issues';
import { checkTask, TASK_RULE, type TaskRow, type TaskVerdict } from '../../domain/tasks/checkTask';
import { taskLabel, taskVerdictSeverity } from '../../domain/tasks/labels';
import { cellText, isBlankCell } from '../../sheets/cellResult';
import type { SheetGrid } from '../../sheets/grid';
import { PLAN_SHEET, type RecordOf } from '../../sheets/schema';
import { readTable, type TableRead, type TableRow } from '../../sheets/table';
import type { CheckContext, TableCheck } from './tableCheck';
import { placeOf } from './tablePlace';
import type { TaskJson } from '../types';
import type { CheckedTask } from './records';

type PlanRecord = RecordOf<typeof PLAN_SHEET>;

const iso = (d: LocalDate | null | undefined) => (d ? formatIso(d) : null);

/** The `Thời hạn` cell as typed: a date cell (or serial) as dd/mm/yyyy, an unreadable cell as its text. */
function dueTextOf(r: TableRow<PlanRecord>): string | null {
  const due = r.record.due;
  if (due !== undefined) return typeof due === 'string' ? due : formatVi(due);
  const raw = r.raw.due ?? null;
  return isBlankCell(raw) ? null : cellText(raw);
}

function toTaskRow(sheet: string, r: TableRow<PlanRecord>): TaskRow {
  return {
    sheet, row: r.row,
    title: r.record.title ?? '',
    due: r.record.due ?? null,
    dueText: dueTextOf(r),
    completed: r.record.completed ?? null,
    hasResult: r.record.result !== undefined,
    badDue: r.invalid.includes('due'),
    badCompleted: r.invalid.includes('completed'),
  };
}

/** The parser's error at the `Thời hạn` cell, quoting the officer's own phrase. */
function deadlineIssue(t: TaskRow, v: TaskVerdict, column: string | null): Issue | null {
  const e = v.deadlineError;
  if (!e) return null;
  return {
    code: e.code, severity: 'error', sheet: t.sheet, row: t.row, column,
    value: t.dueText ?? e.phrase, params: { ...e.params, phrase: e.phrase },
  };
}

/**
 * Checks every task of `Kế hoạch` against its `Thời hạn` as of `ctx.asOf` (SCHEMA.md, task
 * `status`). A workbook without the sheet (or with an empty one) is fine: many units keep their
 * plan elsewhere, so it yields nothing at all, not even an info line.
 * @example checkPlanSheet(grid, ctx).items[0] // { sheet: 'Kế hoạch', row: 4, title: '…', dueText: 'trước ngày 01/6/2024',
 *   due: '2024-05-31', start: null, completed: null, status: 'overdue', days: 12 }
 */
export function checkPlanSheet(grid: SheetGrid | null, ctx: CheckContext): TableCheck<TaskJson, CheckedTask> {
  // An empty sheet is a plan not typed yet, not a table without its header.
  if (!grid || grid.values.every((row) => row.every(isBlankCell))) return { items: [], records: [], findings: [], issues: [], verdicts: [], place: null };
  return checkPlanTable(grid, readTable(grid, PLAN_SHEET), ctx);
}

/** One plan table, wherever it was found. */
export function checkPlanTable(grid: SheetGrid, table: TableRead<PlanRecord>, ctx: CheckContext): TableCheck<TaskJson, CheckedTask> {
  const sheet = table.sheet;
  const dueColumn = table.columns.due?.header ?? null;
  const noDueColumn = table.headerRow !== null && dueColumn === null;
  const items: TaskJson[] = [];
  const records: CheckedTask[] = [];
  const findings: Finding[] = [];
  const issues: Issue[] = [...table.issues];
  const verdicts: RowVerdict[] = [];
  if (noDueColumn) {
    findings.push({ sheet, row: null, rule: TASK_RULE, severity: 'warning', code: `${TASK_RULE}.no-due-column`, params: { sheet } });
  }
  for (const r of table.rows) {
    const t = toTaskRow(sheet, r);
    const v = checkTask(t, { asOf: ctx.asOf, reportYear: ctx.reportYear, calendar: ctx.calendar });
    items.push({
      sheet, row: t.row, title: t.title, dueText: t.dueText, due: iso(v.due), start: iso(v.start),
      completed: iso(t.completed), status: v.status, days: v.days,
    });
    records.push({ sheet, row: t.row, fields: r.record, result: { task: t, verdict: v } });
    // Without the column every row is blank: one sheet-level finding says it, not one per row.
    findings.push(...(noDueColumn ? v.findings.filter((f) => f.code !== `${TASK_RULE}.blank`) : v.findings));
    const issue = deadlineIssue(t, v, dueColumn);
    if (issue) issues.push(issue);
    verdicts.push({ sheet, row: t.row, label: taskLabel(v), severity: taskVerdictSeverity(v) });
  }
  // Cell issues come from the reader, deadline issues from the check: keep them in sheet order.
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { items, records, findings, issues, verdicts, place: placeOf(grid, table) };
}
