import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { summarizeFile, type ConsolidateSource, type FileOutcome, type SummarizeOptions } from '../app/consolidate';
import { fileSource } from './consolidateInputs';
import type { SaveRequest, SaveResult } from './consolidateSave';
import { buildDocx, type DocxRequest } from './consolidateDocx';
import { HostError, type HostErrorCode } from '../workbook/port';

/**
 * Each worker's V8 old space, MB: a bound for a file far past any commune's, which then runs the worker
 * out of memory and is done again on the main thread (no such limit). Not lower: under about 2 GB V8
 * tunes the heap for memory, and with 384 MB a worker ran 5 times as many full collections over the
 * 168 communes of the bench (81 against 16) and spent twice the time collecting, which took the gain
 * of the second thread; each worker's heap stays near 100 MB either way (one workbook at a time).
 */
const WORKER_HEAP_MB = 2048;

/**
 * Each reading worker's young generation, MB (V8 derives about 24 MB from the heap above). A commune's
 * grids and records live for the length of its check, so with the smaller space each was copied by
 * the collector before it was dropped: over the 168 communes 227 collections against 128, about
 * twice the time collecting, for some 20 MB more per worker.
 */
const WORKER_YOUNG_MB = 64;

/** Workers by default: the cores there are, at most 4 (reading is CPU-bound; more only costs memory). */
export function defaultJobs(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** `jobs` reading threads, each summarising one file at a time; `close` ends them. */
export interface SummarizePool {
  /** `file` as a source that the next free thread summarises (this thread, when they all failed). */
  source(file: string): ConsolidateSource;
  close(): Promise<void>;
}

/**
 * The reading threads of `dccs consolidate --jobs N` (both cores of the office's machine), for
 * `consolidate({ concurrency: N })`: each thread holds one workbook at a time and takes the next
 * file when it is done, so a big file does not hold up a fixed share of the list. A thread that
 * fails (out of its heap on a file far past any commune's) is dropped, and its file is summarised
 * again on this thread, which has no such limit.
 */
export function summarizePool(options: SummarizeOptions, jobs: number): SummarizePool {
  interface Job { readonly file: string; readonly resolve: (outcome: FileOutcome) => void }
  const idle: Worker[] = [];
  const queue: Job[] = [];
  const busy = new Map<Worker, Job>();
  let alive = 0;
  const here = (job: Job) => void summarizeFile(fileSource(job.file), options).then(job.resolve);
  const dispatch = () => {
    while (queue.length > 0 && idle.length > 0) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      busy.set(worker, job);
      worker.postMessage({ file: job.file });
    }
    if (alive === 0) for (const job of queue.splice(0)) here(job);
  };
  for (let i = 0; i < jobs; i++) {
    const worker = startWorker(options);
    alive++;
    worker.on('message', (m: { outcome: FileOutcome }) => {
      const job = busy.get(worker)!;
      busy.delete(worker);
      idle.push(worker);
      job.resolve(m.outcome);
      dispatch();
    });
    worker.on('error', () => {
      alive--;
      const job = busy.get(worker);
      busy.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      if (job) here(job);
      dispatch();
    });
    idle.push(worker);
  }
  return {
    source(file) {
      return {
        ...fileSource(file),
        summarize: () => new Promise<FileOutcome>((resolve) => {
          queue.push({ file, resolve });
          dispatch();
        }),
      };
    },
    async close() {
      await Promise.all([...idle, ...busy.keys()].map((w) => w.terminate()));
    },
  };
}

function startWorker(options: SummarizeOptions): Worker {
  return startScript('consolidateWorker', options, WORKER_HEAP_MB, WORKER_YOUNG_MB);
}

/** The rewrite's heap, MB: bounds the peak memory of rewriting a big office workbook in exceljs. */
const SAVE_HEAP_MB = 896;

/**
 * Rewrites the office's workbook with the results (`rewriteConsolidation`) on a thread with a
 * capped heap. If the cap is too small, it runs again on the main thread, uncapped: slower to give
 * memory back, but it finishes.
 */
export function rewriteInWorker(request: SaveRequest): Promise<SaveResult> {
  return inWorker('consolidateSaveWorker', request, SAVE_HEAP_MB, async () => (await import('./consolidateSave')).rewriteConsolidation(request));
}

/**
 * Builds the Word draft on a thread of its own while the main thread saves OUT.xlsx: the draft
 * needs the counts, not the findings, so the request is small to copy. On this thread when the
 * thread fails.
 */
export function docxInWorker(request: DocxRequest): Promise<Uint8Array> {
  return inWorker('consolidateDocxWorker', request, SAVE_HEAP_MB, () => buildDocx(request));
}

/** A script's one answer: its result, its error again, or `here()` when the thread itself failed. */
async function inWorker<T>(name: string, request: unknown, heapMb: number, here: () => Promise<T>): Promise<T> {
  const reply = await new Promise<{ ok: true; result: T } | { ok: false; error: unknown } | null>((resolve) => {
    const worker = startScript(name, request, heapMb);
    worker.once('message', (m: { ok: true; result: T } | { ok: false; error: unknown }) => {
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', () => resolve(null));
  });
  if (reply === null) return here();
  if (!reply.ok) throw reviveError(reply.error);
  return reply.result;
}

/** An error sent back as plain data: a HostError gets its class again (the CLI's exit code depends on it). */
function reviveError(error: unknown): Error {
  const e = error as { name?: string; code?: HostErrorCode; message: string; stack?: string };
  if (e.name === 'HostError' && e.code) return new HostError(e.code, e.message);
  return Object.assign(new Error(e.message), { stack: e.stack });
}

function startScript(name: string, workerData: unknown, heapMb: number, youngMb?: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, ...(youngMb === undefined ? {} : { maxYoungGenerationSizeMb: youngMb }) };
  if (!__filename.endsWith('.ts')) return new Worker(path.join(__dirname, `${name}.js`), { workerData, resourceLimits });
  // Run from the TypeScript sources (jest, benchmarks): compile each required .ts with swc, as jest does.
  const code = `
    const { transformSync } = require('@swc/core');
    const fs = require('node:fs');
    require.extensions['.ts'] = (module, filename) => {
      const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
        filename, jsc: { parser: { syntax: 'typescript' }, target: 'es2020' }, module: { type: 'commonjs' },
      });
      module._compile(code, filename);
    };
    require(${JSON.stringify(path.join(__dirname, `${name}.ts`))});`;
  return new Worker(code, { eval: true, workerData, resourceLimits });
}
