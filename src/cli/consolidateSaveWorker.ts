import { parentPort, workerData } from 'node:worker_threads';
import { rewriteConsolidation, type SaveRequest } from './consolidateSave';

/** The in-memory rewrite of an office's workbook on its own thread (consolidateSave.ts); errors go back as messages. */
void rewriteConsolidation(workerData as SaveRequest).then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (error: unknown) => parentPort!.postMessage({
    ok: false,
    error: error instanceof Error ? { name: error.name, code: (error as { code?: unknown }).code, message: error.message, stack: error.stack } : { message: String(error) },
  }),
);
