import { parentPort, workerData } from 'node:worker_threads';
import { buildDocx, type DocxRequest } from './consolidateDocx';

/** The Word draft of `dccs consolidate --docx` on its own thread (consolidateDocx.ts); errors go back as messages. */
void buildDocx(workerData as DocxRequest).then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (error: unknown) => parentPort!.postMessage({
    ok: false,
    error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { message: String(error) },
  }),
);
