import { existsSync } from 'node:fs';
import { writeConsolidation, type WriteConsolidationOptions } from '../app/consolidate';
import { readConsolidatingWorkbook } from '../app/consolidate';
import type { Consolidation } from '../report/consolidatedModel';
import { NewWorkbookHost } from '../workbook/file/newBookNode';
import { openWorkbookPath, saveWorkbookPath } from '../workbook/file/hostNode';

export interface SaveRequest {
  readonly consolidation: Consolidation;
  readonly output: string;
  readonly options: WriteConsolidationOptions;
}

export interface SaveResult {
  readonly written: readonly string[];
  readonly renamed: readonly { readonly wanted: string; readonly written: string }[];
  readonly docx: Uint8Array;
  readonly chartsSkipped: boolean;
}

/**
 * Writes the consolidation into OUT.xlsx (the office's workbook when it exists, else a new one)
 * and saves it. Its own module so `consolidateSaveWorker.ts` can run it on a thread whose heap is
 * capped: saving a few hundred thousand finding lines makes exceljs build ~1 GB of short-lived
 * strings, which an uncapped heap keeps around until the process ends.
 */
export async function saveConsolidation({ consolidation, output, options }: SaveRequest): Promise<SaveResult> {
  // A new OUT.xlsx is streamed row by row as it is saved; the office's own workbook is rewritten in memory.
  const host = existsSync(output) ? await openWorkbookPath(output) : new NewWorkbookHost(output);
  const target = await readConsolidatingWorkbook(host);
  const written = await writeConsolidation(host, consolidation, target, options);
  await saveWorkbookPath(host, output);
  return { ...written, chartsSkipped: written.skippedFeatures.some((f) => f.feature === 'charts') };
}
