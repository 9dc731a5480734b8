import { consolidate, type FileState, type UnitOrder } from '../app/consolidate';
import { ConsolidateSourceError, type ConsolidateSource } from '../app/consolidateFile';
import { consolidateMessages as msg } from '../app/consolidateMessages';
import { readConsolidatingWorkbook } from '../app/consolidateTarget';
import { writeConsolidation, type ConsolidationWrite } from '../app/consolidateWrite';
import type { ProgressListener } from '../app/types';
import type { LocalDate } from '../domain/calendar/localDate';
import type { Consolidation } from '../report/consolidatedModel';
import { openWorkbookFile } from '../workbook/fileHost';
import type { WorkbookHost } from '../workbook/port';

/** A file the user chose or dropped: a DOM `File` has all of this (tests pass plain objects). */
export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ConsolidateRequest {
  readonly files: readonly ChosenFile[];
  readonly order: UnitOrder;
  /** One as-of date for every unit; absent: each workbook's own `Ngày đánh giá`, else today. */
  readonly asOf?: LocalDate;
  readonly signal: AbortSignal;
  readonly onFile: (index: number, state: FileState, reason?: string) => void;
  readonly onProgress: ProgressListener;
}

export type ConsolidateResultData = ConsolidationWrite & { readonly consolidation: Consolidation };
export type ConsolidateAction = (request: ConsolidateRequest) => Promise<ConsolidateResultData>;

/**
 * «Tổng hợp» in the task pane: the chosen files are read here, in the browser, with the file host
 * (nothing is uploaded), one at a time, the page painting between files; the consolidated sheets
 * are written into `host`, the open workbook (the Office host in Excel, the file host in the web
 * page), whose `Danh sách đơn vị` says who must report.
 */
export function makeConsolidateAction(host: WorkbookHost, today: () => LocalDate): ConsolidateAction {
  return async (request) => {
    const target = await readConsolidatingWorkbook(host);
    const consolidation = await consolidate(request.files.map(browserSource), {
      today: today(), asOf: request.asOf, order: request.order, expected: target.expected, signal: request.signal,
      onFile: (i, state, outcome) => request.onFile(i, state, outcome?.kind === 'failed' ? outcome.reason : undefined),
      onProgress: (f, label) => request.onProgress(f * 0.9, label),
      pause: nextTask,
    });
    request.onProgress(0.92, 'Đang ghi các sheet tổng hợp…');
    const written = await writeConsolidation(host, consolidation, target, { today: today(), asOf: request.asOf, order: request.order });
    request.onProgress(1, 'Xong');
    return { ...written, consolidation };
  };
}

/** A macrotask: lets the browser paint the bars and handle «Hủy» between two files. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A chosen file as a consolidation source: read only when its turn comes. */
export function browserSource(file: ChosenFile): ConsolidateSource {
  return {
    name: file.name,
    async open() {
      if (file.size === 0) throw new ConsolidateSourceError(msg.emptyFile(file.name));
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch {
        // The browser says NotReadableError/NotFoundError when the file changed or went away after it was chosen.
        throw new ConsolidateSourceError(msg.vanished(file.name));
      }
      if (bytes.byteLength === 0) throw new ConsolidateSourceError(msg.emptyFile(file.name));
      return openWorkbookFile(bytes, file.name);
    },
  };
}
