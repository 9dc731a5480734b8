import { summarizeFile } from '../app/consolidate';
import { readWorkbookFile, type ReadingFileHost } from '../workbook/file/stream/readingHost';
import { HostError } from '../workbook/port';
import { browserSource } from './browserSource';
import { fileWorkerMessages } from './fileWorkerError';
import { packRead } from './packedGrids';
import { ownBuffer, sendError, type FileWorkerMessage, type FileWorkerReply } from './fileWorkerProtocol';

const chosen = (name: string, data: Blob) => ({ name, size: data.size, arrayBuffer: () => data.arrayBuffer() });

/** How the worker answers: `postMessage` of its global scope, or a test's fake port. */
export type PostReply = (reply: FileWorkerReply, transfer: Transferable[]) => void;

/**
 * The file worker's side of the protocol, apart from the worker's global scope so that jest runs it
 * directly: the workbooks it holds (read from the zip, exceljs loaded on the first write: stream/readingHost.ts) by id, and one
 * answer per request, a value or the error as plain data. Requests on one workbook are answered in
 * the order they come, as the page awaits each before the next.
 */
export function createFileWorkerHandler(post: PostReply): (message: FileWorkerMessage) => Promise<void> {
  const workbooks = new Map<number, ReadingFileHost>();
  let nextWorkbook = 1;
  const held = (id: number): ReadingFileHost => {
    const host = workbooks.get(id);
    // A worker started afresh after the last one died no longer has the page's workbook.
    if (!host) throw new HostError('missing-file', fileWorkerMessages.notOpen);
    return host;
  };

  async function answer(message: FileWorkerMessage): Promise<{ value: unknown; transfer: Transferable[] }> {
    switch (message.op) {
      case 'open': {
        const host = await readWorkbookFile(message.bytes, message.fileName);
        const id = nextWorkbook++;
        workbooks.set(id, host);
        return { value: id, transfer: [] };
      }
      case 'read':
        // Packed: two typed arrays per grid, transferred (packedGrids.ts), not arrays of values cloned.
        return packRead(await held(message.workbook).readSheets(message.names, { others: message.others === true }));
      case 'write': {
        const host = held(message.workbook);
        return { value: await host.writeSheets(message.documents, message.patches), transfer: [] };
      }
      case 'save': {
        const buffer = ownBuffer(await held(message.workbook).toBuffer());
        return { value: buffer, transfer: [buffer] };
      }
      case 'forSuperior': {
        const host = held(message.workbook);
        // Loaded on use: it opens the copy with exceljs, which the worker fetches only when a book is written.
        const { superiorCopyOf } = await import('../app/superiorCopy');
        const copy = await superiorCopyOf(await host.toBuffer(), host.fileName);
        const bytes = ownBuffer(copy.bytes);
        return { value: { bytes, summary: copy.summary }, transfer: [bytes] };
      }
      case 'close':
        workbooks.delete(message.workbook);
        return { value: null, transfer: [] };
      case 'summarize':
        // The CLI's workers do exactly this with a path (src/cli/consolidateWorker.ts).
        return { value: await summarizeFile(browserSource(chosen(message.name, message.data)), message.options), transfer: [] };
    }
  }

  return async (message) => {
    try {
      const { value, transfer } = await answer(message);
      post({ id: message.id, ok: true, value }, transfer);
    } catch (error) {
      post({ id: message.id, ok: false, error: sendError(error) }, []);
    }
  };
}
