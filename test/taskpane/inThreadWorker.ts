import { FileWorkerClient, openInWorker, type WorkerLike } from '../../src/taskpane/fileWorkerClient';
import { createFileWorkerHandler } from '../../src/taskpane/fileWorkerHandler';
import type { FileWorkerMessage } from '../../src/taskpane/fileWorkerProtocol';
import type { WorkbookOpener } from '../../src/taskpane/useFileSession';

/**
 * jsdom and Node have no Web Worker: this one runs the real file worker's handler on the test's
 * thread. Each message is structured-cloned with its transfer list, as the browser does (where the
 * environment has `structuredClone`; jsdom's does not), and answered in a later task.
 */
export interface InThreadWorker extends WorkerLike {
  readonly sent: FileWorkerMessage[];
  terminated: boolean;
}

const clone = <T>(value: T, transfer: Transferable[]): T =>
  (typeof structuredClone === 'function' ? structuredClone(value, { transfer }) : value);

export function inThreadWorker(): InThreadWorker {
  const worker: InThreadWorker = {
    sent: [],
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(message: unknown, transfer?: Transferable[] | StructuredSerializeOptions) {
      if (worker.terminated) return;
      const list = Array.isArray(transfer) ? transfer : transfer?.transfer ?? [];
      const copy = clone(message as FileWorkerMessage, list);
      worker.sent.push(copy);
      setTimeout(() => { if (!worker.terminated) void handle(copy); }, 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  const handle = createFileWorkerHandler((reply, transfer) => {
    if (worker.terminated) return;
    const copy = clone(reply, transfer);
    setTimeout(() => worker.onmessage?.call(worker as unknown as Worker, { data: copy } as MessageEvent), 0);
  });
  return worker;
}

/** The page's opener, its file worker replaced by one on this thread. */
export function inThreadOpener(): WorkbookOpener {
  const client = new FileWorkerClient(inThreadWorker);
  return (bytes, fileName) => openInWorker(client, bytes, fileName);
}
