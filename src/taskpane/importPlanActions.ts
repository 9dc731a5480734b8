import { appendPlanRows, readPlan, type ImportResult, type PlanRows } from '../app/importPlan';
import type { LocalDate } from '../domain/calendar/localDate';
import type { PlanExtraction } from '../domain/plan/types';
import { readPlanFile } from '../app/importPlan';
import type { WorkbookHost } from '../workbook/port';

/** What «Nhập kế hoạch» reads: a .docx (or .txt) the officer picked, or text pasted in. */
export type PlanInput =
  | { readonly kind: 'file'; readonly name: string; readonly bytes: Uint8Array }
  | { readonly kind: 'text'; readonly text: string };

export type ReadPlanAction = (input: PlanInput) => Promise<PlanExtraction>;
export type AppendPlanAction = (request: { readonly rows: PlanRows; readonly year: number | null }) => Promise<ImportResult>;

export interface ImportPlanActions {
  readonly readPlan: ReadPlanAction;
  readonly appendRows: AppendPlanAction;
}

/**
 * Binds the panel to the use cases, as `bindActions` does for the other screens: a fresh host per
 * write; the year of a sheet created from the template is the plan's, else today's.
 */
export function bindImportPlanActions(makeHost: () => WorkbookHost, readToday: () => LocalDate): ImportPlanActions {
  return {
    readPlan: async (input) => readPlan(input.kind === 'text' ? input.text : await readPlanFile(input.bytes, input.name)),
    appendRows: ({ rows, year }) => appendPlanRows(makeHost(), rows, { year: year ?? readToday().y }),
  };
}
