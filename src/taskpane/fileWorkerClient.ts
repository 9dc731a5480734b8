import { ConsolidationCancelled } from '../app/consolidate';
import type { ConsolidateSource, FileOutcome, SummarizeOptions } from '../app/consolidate';
import type { ExportSummary, SuperiorCopy } from '../app/superiorCopy';
import { consolidateMessages as msg } from '../app/consolidate';
import type { RangePatch, SheetDocument } from '../report/document';
import { HostError, type ReadOptions, type ReadResult, type WriteResult } from '../workbook/port';
import { browserSource, type ChosenFile } from './browserSource';
import { FileWorkerError, fileWorkerMessages } from './fileWorkerError';
import { ownBuffer, reviveError, type FileWorkerReply, type FileWorkerRequest } from './fileWorkerProtocol';
import { unpackRead, type PackedRead } from './packedGrids';
import type { OpenWorkbook } from './useFileSession';

export { FileWorkerError };

/** What the client needs of a `Worker`: tests pass one that runs the handler in the same thread. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'onmessage' | 'onerror' | 'terminate'>;

/**
 * The page's end of the file worker: numbered requests, one promise each, settled by the reply
 * with the same number. The worker starts on the first request; if it fails or is stopped, every
 * waiting request is rejected, and the next request starts a fresh one.
 */
export class FileWorkerClient {
  private worker: WorkerLike | null = null;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 1;
  private started = 0;

  constructor(private readonly spawn: () => WorkerLike) {}

  /**
   * Which worker now answers (1 for the first started, …), or 0 when none runs: a workbook opened in
   * one worker does not exist in the next, whose ids start again at 1.
   */
  get generation(): number {
    return this.worker ? this.started : 0;
  }

  request<T>(request: FileWorkerRequest, transfer: Transferable[] = []): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let worker: WorkerLike;
      try {
        worker = this.worker ?? this.start();
      } catch (cause) {
        reject(new FileWorkerError(cause instanceof Error ? cause.message : String(cause)));
        return;
      }
      const id = this.nextId++;
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id }, transfer);
    });
  }

  /** Stops the worker now (a cancelled consolidation): what it was doing is rejected with `reason`. */
  terminate(reason: Error = new FileWorkerError('đã dừng')): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(reason);
  }

  private start(): WorkerLike {
    const worker = this.spawn();
    this.started += 1;
    worker.onmessage = (event) => {
      const data = event.data as FileWorkerReply;
      const waiting = this.pending.get(data.id);
      if (!waiting) return;
      this.pending.delete(data.id);
      if (data.ok) waiting.resolve(data.value);
      else waiting.reject(reviveError(data.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (this.worker === worker) this.terminate(new FileWorkerError(event.message || 'không tải được hoặc bị dừng'));
    };
    this.worker = worker;
    return worker;
  }
}

/**
 * The standalone page's workbook, held by the file worker: the `WorkbookHost` port (and `toBuffer`,
 * `skippedFeatures`) as messages. Grids come packed (packedGrids.ts), documents are copied
 * across, the saved bytes are transferred. Errors arrive with their class and Vietnamese message (`reviveError`).
 */
export class WorkerWorkbook implements OpenWorkbook {

  private readonly generation: number;

  constructor(
    private readonly client: FileWorkerClient,
    private readonly id: number,
    readonly fileName: string,
  ) {
    this.generation = client.generation;
  }

  /** A request about this workbook, refused when the worker that held it has stopped since. */
  private ask<T>(request: FileWorkerRequest): Promise<T> {
    if (this.client.generation !== this.generation) return Promise.reject(new HostError('missing-file', fileWorkerMessages.notOpen));
    return this.client.request<T>(request);
  }

  async readSheets(names: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
    return unpackRead(await this.ask<PackedRead>({ op: 'read', workbook: this.id, names, others: options.others === true }));
  }

  async writeSheets(documents: readonly SheetDocument[], patches: readonly RangePatch[] = []): Promise<WriteResult> {
    return this.ask<WriteResult>({ op: 'write', workbook: this.id, documents, patches });
  }

  async toBuffer(): Promise<Uint8Array> {
    return new Uint8Array(await this.ask<ArrayBuffer>({ op: 'save', workbook: this.id }));
  }

  /** «Bản gửi cấp trên», made in the worker from the workbook as it now is; this workbook is not changed. */
  async superiorCopy(): Promise<SuperiorCopy> {
    const reply = await this.ask<{ bytes: ArrayBuffer; summary: ExportSummary }>({ op: 'forSuperior', workbook: this.id });
    return { bytes: new Uint8Array(reply.bytes), summary: reply.summary };
  }

  /** The page has opened another file: the worker lets this one go. */
  close(): void {
    this.ask({ op: 'close', workbook: this.id }).catch(() => undefined);
  }
}

/**
 * Opens .xlsx bytes in the worker. The bytes are handed over (transferred, not copied): the caller
 * must not use them afterwards.
 */
export async function openInWorker(client: FileWorkerClient, bytes: Uint8Array, fileName: string): Promise<WorkerWorkbook> {
  const buffer = ownBuffer(bytes);
  const id = await client.request<number>({ op: 'open', bytes: buffer, fileName }, [buffer]);
  return new WorkerWorkbook(client, id, fileName);
}

/**
 * A chosen file as a consolidation source reduced in the worker: the `File` goes across (the
 * worker reads it), the page gets back the unit's counts and findings only. A worker that dies on
 * one file (memory) makes that file `failed` and the next file starts a fresh worker; a cancelled
 * run rejects with ConsolidationCancelled. A stand-in that is not a Blob (tests) is read on the page.
 */
export function workerSource(file: ChosenFile, client: FileWorkerClient): ConsolidateSource {
  const source = browserSource(file);
  if (!(file instanceof Blob)) return source;
  return {
    ...source,
    async summarize(options: SummarizeOptions): Promise<FileOutcome> {
      try {
        return await client.request<FileOutcome>({ op: 'summarize', name: file.name, data: file, options: { today: options.today, asOf: options.asOf } });
      } catch (e) {
        if (e instanceof FileWorkerError) return { kind: 'failed', file: file.name, reason: msg.unreadable(file.name, `bộ đọc tệp của trình duyệt dừng giữa chừng: ${e.detail}`) };
        if (e instanceof ConsolidationCancelled) throw e;
        return { kind: 'failed', file: file.name, reason: msg.unexpected(file.name, e instanceof Error ? e.message : String(e)) };
      }
    },
  };
}
