import { extractPlan } from '../../domain/plan/extractPlan';
import type { PlanConsultation, PlanExtraction, PlanPosting, PlanTask } from '../../domain/plan/types';
import { a1, type DocValue, type FormatRange, type RangePatch, type SheetDocument } from '../../report/document';
import { DATE_FORMAT } from '../../report/style';
import { buildTemplate, LISTS_SHEET } from '../../report/templateSheets';
import type { SheetGrid } from '../../sheets/grid';
import { locateHeader } from '../../sheets/header';
import { CONSULTATIONS_SHEET, PLAN_SHEET, POSTINGS_SHEET, type SheetSpec } from '../../sheets/schema';
import type { WorkbookHost } from '../../workbook/port';
import { UnusableWorkbookError } from '../errors';
import { consultationRow, postingRow, taskRow, type RowValues } from '../check/planRows';

/**
 * «Nhập kế hoạch» / `dccs import-plan`: a plan's text read into items, then the items the officer
 * kept appended to `Kế hoạch`, `Công khai` and `Lấy ý kiến`. Appending only: the new rows go under
 * the last row that holds anything, so no cell the user typed is ever written over. A missing
 * sheet is created as the template makes it.
 */

export { extractPlan as readPlan };

/** The items to write, after the officer's review. */
export interface PlanRows {
  readonly tasks: readonly PlanTask[];
  readonly postings: readonly PlanPosting[];
  readonly consultations: readonly PlanConsultation[];
}

export interface AppendedRows {
  /** The sheet's name as it stands in the workbook. */
  readonly sheet: string;
  readonly firstRow: number;
  readonly lastRow: number;
  /** True when the sheet did not exist and was created from the template. */
  readonly created: boolean;
}

export interface ImportResult {
  readonly appended: readonly AppendedRows[];
}

const TARGETS: readonly { spec: SheetSpec; pick: (r: PlanRows) => RowValues[] }[] = [
  { spec: PLAN_SHEET, pick: (r) => r.tasks.map(taskRow) },
  { spec: POSTINGS_SHEET, pick: (r) => r.postings.map(postingRow) },
  { spec: CONSULTATIONS_SHEET, pick: (r) => r.consultations.map(consultationRow) },
];

/** The last sheet row holding any value (0 for an empty sheet). */
function lastFilledRow(grid: SheetGrid): number {
  for (let r = grid.values.length - 1; r >= 0; r--) {
    if (grid.values[r].some((v) => v !== null && v !== '')) return grid.firstRow + r;
  }
  return 0;
}

function appendPatch(grid: SheetGrid, spec: SheetSpec, rows: readonly RowValues[]): { patch: RangePatch; firstRow: number } {
  const header = locateHeader(grid, spec);
  if (!header) {
    throw new UnusableWorkbookError('header-not-found',
      `Sheet «${grid.name}» không có dòng tiêu đề nhận ra được (${spec.columns.slice(0, 4).map((c) => c.header).join(', ')}…); ` +
      'không ghi gì vào sổ. Hãy sửa dòng tiêu đề hoặc đổi tên sheet rồi nhập lại.');
  }
  const placed = [...header.columns].map(([column, found]) => ({ key: column.key, type: column.type, col: found.column }));
  const left = Math.min(...placed.map((p) => p.col));
  const right = Math.max(...placed.map((p) => p.col));
  const firstRow = Math.max(lastFilledRow(grid), header.headerRow) + 1;
  const lastRow = firstRow + rows.length - 1;
  const values = rows.map((row) => {
    const line: DocValue[] = new Array(right - left + 1).fill(null);
    for (const p of placed) line[p.col - left] = row[p.key] ?? null;
    return line;
  });
  const formats: FormatRange[] = placed
    .filter((p) => p.type === 'date' || p.type === 'deadline')
    .map((p) => ({ range: a1(firstRow, p.col, lastRow, p.col), numberFormat: DATE_FORMAT, horizontal: 'center' as const }));
  return { patch: { sheet: grid.name, range: a1(firstRow, left, lastRow, right), values, formats }, firstRow };
}

/**
 * Appends the rows in one write: patches under the existing tables, new sheets for missing ones.
 * @throws UnusableWorkbookError when a target sheet exists without a recognisable header (nothing is written).
 */
export async function appendPlanRows(host: WorkbookHost, rows: PlanRows, options: { year: number }): Promise<ImportResult> {
  const wanted = TARGETS.map((t) => ({ ...t, rows: t.pick(rows) })).filter((t) => t.rows.length > 0);
  if (wanted.length === 0) return { appended: [] };
  const read = await host.readSheets(wanted.map((t) => t.spec.name));
  const patches: RangePatch[] = [];
  const created: Record<string, DocValue[][]> = {};
  const appended: AppendedRows[] = [];
  for (const t of wanted) {
    const grid = read.sheets[t.spec.name];
    if (grid) {
      const { patch, firstRow } = appendPatch(grid, t.spec, t.rows);
      patches.push(patch);
      appended.push({ sheet: grid.name, firstRow, lastRow: firstRow + t.rows.length - 1, created: false });
    } else {
      created[t.spec.name] = t.rows.map((row) => t.spec.columns.map((c) => row[c.key] ?? null));
      appended.push({ sheet: t.spec.name, firstRow: 2, lastRow: t.rows.length + 1, created: true });
    }
  }
  const names = new Set([...Object.keys(created), LISTS_SHEET]);
  const documents: SheetDocument[] = Object.keys(created).length === 0 ? []
    : buildTemplate({ year: options.year, rows: created }).filter((d) => names.has(d.name));
  await host.writeSheets(documents, patches);
  return { appended };
}

/** Every item of an extraction, as read (the CLI writes them all; the task pane writes the kept ones). */
export const allRows = (x: PlanExtraction): PlanRows => ({ tasks: x.tasks, postings: x.postings, consultations: x.consultations });
