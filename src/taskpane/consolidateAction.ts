import { consolidate, ConsolidationCancelled, type FileState, type UnitOrder } from '../app/consolidate';
import { readConsolidatingWorkbook } from '../app/consolidate';
import { writeConsolidation, type ConsolidationWrite } from '../app/consolidate';
import type { OfficeDetails } from '../app/consolidate';
import type { ProgressListener } from '../app/types';
import type { LocalDate } from '../domain/calendar/localDate';
import type { Consolidation } from '../report/consolidatedModel';
import type { WorkbookHost } from '../workbook/port';
import { browserSource, type ChosenFile } from './browserSource';
import { workerSource, type FileWorkerClient } from './fileWorkerClient';

export { browserSource, type ChosenFile };

export interface ConsolidateRequest {
  readonly files: readonly ChosenFile[];
  readonly order: UnitOrder;
  /** One as-of date for every unit; absent: each workbook's own `Ngày đánh giá`, else today. */
  readonly asOf?: LocalDate;
  readonly signal: AbortSignal;
  readonly onFile: (index: number, state: FileState, reason?: string) => void;
  readonly onProgress: ProgressListener;
  /** The page's short form: the results go into a new workbook of this office, not the open one. */
  readonly office?: OfficeDetails;
  /** Or the office's own workbook, dropped in: the results go into a copy of it (its Thông tin, its list of units). */
  readonly officeBook?: ChosenFile;
}

export type ConsolidateResultData = ConsolidationWrite & {
  readonly consolidation: Consolidation;
  /** The office's new workbook, as downloaded (the page); absent when written into the open one. */
  readonly workbookFile?: string;
};
export type ConsolidateAction = (request: ConsolidateRequest) => Promise<ConsolidateResultData>;

/**
 * «Tổng hợp» in the task pane: the chosen files are read here, in the browser (nothing is
 * uploaded), one at a time. With `worker` (the page always passes one) each file is read, opened,
 * checked and reduced in a Web Worker of the run's own and the page only receives its counts, so
 * the pane stays responsive; «Hủy» stops that worker at once. Without it (jsdom tests) the files
 * are opened on this thread, the page painting between files. The consolidated sheets are written
 * into `host`, the open workbook (the Office host in Excel, the file host in the web page), whose
 * `Danh sách đơn vị` says who must report.
 */
export function makeConsolidateAction(host: WorkbookHost, today: () => LocalDate, worker?: () => FileWorkerClient): ConsolidateAction {
  return async (request) => {
    const target = await readConsolidatingWorkbook(host);
    const client = worker?.();
    const stop = () => client?.terminate(new ConsolidationCancelled());
    request.signal.addEventListener('abort', stop);
    try {
      const sources = request.files.map((file) => (client ? workerSource(file, client) : browserSource(file)));
      const consolidation = await consolidate(sources, {
        today: today(), asOf: request.asOf, order: request.order, expected: target.expected, signal: request.signal,
        onFile: (i, state, outcome) => request.onFile(i, state, outcome?.kind === 'failed' ? outcome.reason : undefined),
        onProgress: (f, label) => request.onProgress(f * 0.9, label),
        pause: nextTask,
      });
      request.onProgress(0.92, 'Đang ghi các sheet tổng hợp…');
      const written = await writeConsolidation(host, consolidation, target, { today: today(), asOf: request.asOf, order: request.order });
      request.onProgress(1, 'Xong');
      return { ...written, consolidation };
    } finally {
      request.signal.removeEventListener('abort', stop);
      client?.terminate();
    }
  };
}

/** A macrotask: lets the browser paint the bars and handle «Hủy» between two files. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
