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

/**
 * The page's «Tổng hợp»: a new workbook of the office from the short form, the consolidation
 * written into it, and the workbook saved to the machine — with no file open, and never into a
 * commune's book that happens to be open (issue 15, item 3).
 */
export function lazyConsolidateIntoNewBook(
  today: () => LocalDate,
  save: (bytes: Uint8Array, fileName: string) => void,
): ConsolidateAction {
  return async (request) => {
    if (!request.office) throw new Error('Thiếu thông tin cơ quan tổng hợp.');
    const [{ newOfficeBook }, { fileSlug }, { formatIso }, { FileWorkerClient, openInWorker }, { spawnFileWorker }] = await Promise.all([
      import('../app/officeBook'), import('./downloadFile'), import('../domain/calendar/localDate'),
      import('./fileWorkerClient'), import('./spawnFileWorker.mjs'),
    ]);
    const date = request.asOf ?? today();
    const fileName = `Tong-hop-${fileSlug(request.office.name) || 'DCCS'}-${formatIso(date)}.xlsx`;
    // The office's book is small here; the consolidation's sheets are written where exceljs lives,
    // in a worker of this run's own, so the page's thread stays free (issue 7).
    const start = await (await newOfficeBook(request.office, date.y)).toBuffer();
    const client = new FileWorkerClient(spawnFileWorker);
    try {
      const host = await openInWorker(client, start, fileName);
      const result = await lazyConsolidate(() => host, today)(request);
      save(await host.toBuffer(), fileName);
      return { ...result, workbookFile: fileName };
    } finally {
      client.terminate();
    }
  };
}

export function lazyImportPlan(makeHost: () => WorkbookHost, today: () => LocalDate): ImportPlanActions {
  const bound = async () => (await import('./importPlanActions')).bindImportPlanActions(makeHost, today);
  return {
    readPlan: async (input) => (await bound()).readPlan(input),
    appendRows: async (request) => (await bound()).appendRows(request),
  };
}
