import type { Consolidation } from '../../report/consolidatedModel';
import { assembleConsolidation, type UnitOrder } from './assemble';
import { FindingsBudget, summarizeFile, type ConsolidateSource, type FileOutcome, type SummarizeOptions } from './file';
import { consolidateMessages } from './messages';

export type { ConsolidateSource, FileOutcome } from './file';
export type { UnitOrder } from './assemble';

/** Where one file stands, for a progress bar per file. */
export type FileState = 'waiting' | 'reading' | 'done' | 'failed';

export interface ConsolidateOptions extends SummarizeOptions {
  readonly order?: UnitOrder;
  /** `Danh sách đơn vị` of the consolidating workbook, or null when it has none. */
  readonly expected?: readonly string[] | null;
  /** Stops before the next file; the run rejects with ConsolidationCancelled. */
  readonly signal?: AbortSignal;
  /** Each file as it starts and ends (`index` in `sources`). */
  readonly onFile?: (index: number, state: FileState, outcome?: FileOutcome) => void;
  /** Files finished of all, 0–1. */
  readonly onProgress?: (fraction: number, label: string) => void;
  /**
   * Awaited between files: the task pane passes a macrotask (`setTimeout 0`) so the page paints
   * the progress and answers the cancel button while a long consolidation runs on its thread.
   */
  readonly pause?: () => Promise<void>;
  /** Finding lines kept for `TH Chi tiết` (FINDINGS_BUDGET); tests lower it. */
  readonly findingsBudget?: number;
  /**
   * How many files are summarised at once (default 1): more only helps when each source's
   * `summarize` runs elsewhere, on a worker thread of its own (`dccs consolidate --jobs N`).
   */
  readonly concurrency?: number;
}

/** The user pressed «Hủy»: nothing is written. */
export class ConsolidationCancelled extends Error {
  override name = 'ConsolidationCancelled';
  constructor() {
    super(consolidateMessages.cancelled);
  }
}

/**
 * «Tổng hợp» / `dccs consolidate`: each file opened, fully checked and reduced to its counts and
 * findings one at a time, so memory holds one workbook at a time whatever the number of files;
 * then the counts put together (`assembleConsolidation`). A file that cannot be used is listed
 * with its reason and the others still count.
 */
export async function consolidate(sources: readonly ConsolidateSource[], options: ConsolidateOptions): Promise<Consolidation> {
  const outcomes = await summarizeFiles(sources, options);
  return assembleConsolidation(outcomes, options.expected ?? null, options.order);
}

/**
 * The files one after the other (one workbook in memory at a time), or `concurrency` at a time,
 * with progress and cancel; the outcomes in the files' order.
 */
export async function summarizeFiles(sources: readonly ConsolidateSource[], options: Omit<ConsolidateOptions, 'order' | 'expected'>): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(sources.length);
  const finished: (FileOutcome | undefined)[] = new Array(sources.length);
  const budget = new FindingsBudget(options.findingsBudget);
  let next = 0;
  let done = 0;
  let taken = 0;
  const lane = async () => {
    while (next < sources.length) {
      if (options.signal?.aborted) throw new ConsolidationCancelled();
      const i = next++;
      options.onProgress?.(done / sources.length, `Đang đọc tệp ${i + 1}/${sources.length}: ${sources[i].name}`);
      options.onFile?.(i, 'reading');
      await options.pause?.();
      if (options.signal?.aborted) throw new ConsolidationCancelled();
      const source = sources[i];
      const outcome = await (source.summarize ? source.summarize(options) : summarizeFile(source, options));
      finished[i] = outcome;
      done++;
      // The budget takes the files in their order, whichever ended first: the same lines every run.
      for (; taken < sources.length && finished[taken] !== undefined; taken++) {
        outcomes[taken] = budget.take(finished[taken]!);
        finished[taken] = undefined;
      }
      options.onFile?.(i, outcome.kind === 'unit' ? 'done' : 'failed', outcome);
    }
  };
  const width = Math.max(1, Math.min(options.concurrency ?? 1, sources.length));
  await Promise.all(Array.from({ length: width }, lane));
  options.onProgress?.(1, 'Đang tổng hợp…');
  return outcomes;
}
