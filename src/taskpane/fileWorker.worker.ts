import { createFileWorkerHandler } from './fileWorkerHandler';
import type { FileWorkerMessage } from './fileWorkerProtocol';

/**
 * The file worker's entry (its own chunk, with exceljs, loaded when the first file is opened):
 * every message goes to the handler, every answer back to the page. The tsconfig's lib is the
 * DOM's, not WebWorker's, hence the narrow type for the global scope.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<FileWorkerMessage>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const handle = createFileWorkerHandler((reply, transfer) => scope.postMessage(reply, transfer));
scope.onmessage = (event) => { void handle(event.data); };
