import { parentPort, workerData } from 'node:worker_threads';
import { saveConsolidation, type SaveRequest } from './consolidateSave';

/** The save of `dccs consolidate` on its own thread (see consolidateSave.ts); errors go back as messages. */
void saveConsolidation(workerData as SaveRequest).then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (error: unknown) => parentPort!.postMessage({
    ok: false,
    error: error instanceof Error ? { name: error.name, code: (error as { code?: unknown }).code, message: error.message, stack: error.stack } : { message: String(error) },
  }),
);
