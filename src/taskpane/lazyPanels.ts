import type { LocalDate } from '../domain/calendar/localDate';
import type { WorkbookHost } from '../workbook/port';
import type { ConsolidateAction } from './consolidateAction';
import type { ImportPlanActions } from './importPlanActions';

/**
 * The actions of «Tổng hợp đơn vị» and «Nhập kế hoạch», imported on first use:
 * the first reads workbooks with exceljs in a file worker of its own, the second Word files with
 * mammoth, and neither may weigh on the code the pane loads up front (≤ 300 KB gzipped).
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
 * commune's book that happens to be open.
 */
export function lazyConsolidateIntoNewBook(
  today: () => LocalDate,
  save: (bytes: Uint8Array, fileName: string) => void,
): ConsolidateAction {
  return async (request) => {
    if (!request.office && !request.officeBook) throw new Error('Thiếu thông tin cơ quan tổng hợp.');
    const [{ newOfficeBook }, { fileSlug }, { formatIso }, { FileWorkerClient, openInWorker }, { spawnFileWorker }] = await Promise.all([
      import('../app/consolidate'), import('./downloadFile'), import('../domain/calendar/localDate'),
      import('./fileWorkerClient'), import('./spawnFileWorker.mjs'),
    ]);
    const date = request.asOf ?? today();
    const { officeBook, office } = request;
    const fileName = officeBook
      ? `${officeBook.name.replace(/\.xlsx$/i, '')}-tong-hop-${formatIso(date)}.xlsx`
      : `Tong-hop-${fileSlug(office?.name ?? '') || 'DCCS'}-${formatIso(date)}.xlsx`;
    // The office's own book as dropped in, or a new one from the form (small, made here); the
    // consolidation's sheets are written where exceljs lives, in a worker of this run's own.
    const start = officeBook
      ? new Uint8Array(await officeBook.arrayBuffer())
      : await (await newOfficeBook(office as NonNullable<typeof office>, date.y)).toBuffer();
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
