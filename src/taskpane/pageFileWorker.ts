import { FileWorkerClient, openInWorker } from './fileWorkerClient';
import { spawnFileWorker } from './spawnFileWorker.mjs';
import type { WorkbookOpener } from './useFileSession';

/** The standalone page's one file worker, which holds the open workbook; started on first use. */
let pageWorker: FileWorkerClient | null = null;

/** The page's opener: the workbook is opened and kept in the file worker, never on the page's thread. */
export const openInPageWorker: WorkbookOpener = (bytes, fileName) =>
  openInWorker(pageWorker ??= new FileWorkerClient(spawnFileWorker), bytes, fileName);

/** A worker of its own for one consolidation, stopped when it ends or is cancelled. */
export const consolidationWorker = () => new FileWorkerClient(spawnFileWorker);
