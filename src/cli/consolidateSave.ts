import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import {
  readConsolidatingWorkbook, writeConsolidation, type ConsolidatingWorkbook, type ConsolidationWrite, type WriteConsolidationOptions,
} from '../app/consolidate';
import type { Consolidation } from '../report/consolidatedModel';
import { NewWorkbookHost } from '../workbook/file/newBookNode';
import { openWorkbookPath, saveWorkbookPath, writeWorkbookBytes } from '../workbook/file/hostNode';
import { spliceWorkbook } from '../workbook/file/append';
import { readWorkbookFile } from '../workbook/file/stream/readingHost';
import { readWorkbookBytes } from '../workbook/file/stream/readPathNode';
import { deflatePackage } from '../workbook/file/zipNode';

export interface SaveRequest {
  readonly consolidation: Consolidation;
  readonly output: string;
  readonly options: WriteConsolidationOptions;
}

/** What the save wrote; the Word draft is built apart (consolidateDocx.ts), so none comes here. */
export interface SaveResult {
  readonly written: readonly string[];
  readonly renamed: readonly { readonly wanted: string; readonly written: string }[];
  readonly chartsSkipped: boolean;
}

/**
 * The saves that hold a few rows at a time, run on `dccs consolidate`'s main thread (so the
 * findings are not copied to another): a new OUT.xlsx streamed row by row, or the results spliced
 * into the office's workbook. Null when the office's workbook must be rewritten whole.
 */
export async function saveStreamed(request: SaveRequest): Promise<SaveResult | null> {
  const { consolidation, output, options } = request;
  if (existsSync(output)) return spliceConsolidation(request);
  const host = new NewWorkbookHost(output);
  const written = await writeConsolidation(host, consolidation, await readConsolidatingWorkbook(host), options);
  await saveWorkbookPath(host, output);
  return saveResult(written);
}

/**
 * The office's workbook loaded into exceljs, the results written into it, and all of it saved
 * again: when the splice does not take it. `consolidateSaveWorker.ts` runs it on a thread whose
 * heap is capped: rewriting a workbook with a hundred thousand finding lines in it makes exceljs
 * build ~1 GB of short-lived strings, which an uncapped heap keeps around until the process ends.
 */
export async function rewriteConsolidation({ consolidation, output, options }: SaveRequest): Promise<SaveResult> {
  const host = await openWorkbookPath(output);
  const written = await writeConsolidation(host, consolidation, await readConsolidatingWorkbook(host), options);
  await saveWorkbookPath(host, output);
  return saveResult(written);
}

/**
 * Into the office's own workbook: its sheets stay as they were, byte for byte. The results are
 * streamed into a side workbook and spliced in (workbook/file/splice), each in place of the same
 * sheet of the last run, so neither the office's sheets nor the last run's 100,000 lines are loaded
 * into exceljs (a second run of 168 communes took 18 s and 1.2 GB that way). Null when the
 * workbook cannot be read so or the splice does not handle it: exceljs then rewrites it all, and
 * says why if it cannot either.
 */
async function spliceConsolidation({ consolidation, output, options }: SaveRequest): Promise<SaveResult | null> {
  let original: Uint8Array;
  let target: ConsolidatingWorkbook;
  try {
    original = await readWorkbookBytes(output);
    target = await readConsolidatingWorkbook(await readWorkbookFile(original, basename(output)));
  } catch {
    return null;
  }
  const side = new NewWorkbookHost(output, { forSplice: true });
  const written = await writeConsolidation(side, consolidation, target, options);
  const spliced = spliceWorkbook(original, await side.toBytes());
  if (spliced === null) return null;
  await writeWorkbookBytes(output, await deflatePackage(spliced));
  return saveResult(written);
}

const saveResult = ({ written, renamed, skippedFeatures }: ConsolidationWrite): SaveResult =>
  ({ written, renamed, chartsSkipped: skippedFeatures.some((f) => f.feature === 'charts') });
