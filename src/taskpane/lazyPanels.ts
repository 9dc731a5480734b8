import type { LocalDate } from '../domain/calendar/localDate';
import type { WorkbookHost } from '../workbook/port';
import type { ConsolidateAction } from './consolidateAction';
import type { ImportPlanActions } from './importPlanActions';

/**
 * The actions of «Tổng hợp đơn vị» (issue 6) and «Nhập kế hoạch» (issue 8), imported on first use:
 * the first reads workbooks with exceljs in a file worker of its own, the second Word files with
 * mammoth, and neither may weigh on the code the pane loads up front (issue 7: ≤ 300 KB gzipped).
 */
export function lazyConsolidate(makeHost: () => WorkbookHost, today: () => LocalDate): ConsolidateAction {
  return async (request) => {
    const [{ makeConsolidateAction }, { consolidationWorker }] = await Promise.all([import('./consolidateAction'), import('./pageFileWorker')]);
    return makeConsolidateAction(makeHost(), today, consolidationWorker)(request);
  };
}

export function lazyImportPlan(makeHost: () => WorkbookHost, today: () => LocalDate): ImportPlanActions {
  const bound = async () => (await import('./importPlanActions')).bindImportPlanActions(makeHost, today);
  return {
    readPlan: async (input) => (await bound()).readPlan(input),
    appendRows: async (request) => (await bound()).appendRows(request),
  };
}
