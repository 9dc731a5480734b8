import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { FindingsBudget, summarizeFile, type FileOutcome, type SummarizeOptions } from '../app/consolidate';
import { fileSource } from './consolidateInputs';
import type { SaveRequest, SaveResult } from './consolidateSave';
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

/**
 * The files' outcomes, in the files' order, read by `jobs` worker threads (both cores of
 * the office's machine). Each worker holds one workbook at a time.
 */
export async function summarizeInWorkers(files: readonly string[], options: SummarizeOptions, jobs: number): Promise<FileOutcome[]> {
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  const retry: number[] = [];
  const budget = new FindingsBudget();
  let next = 0;
  const run = (worker: Worker) => new Promise<void>((resolve) => {
    let current = -1;
    const feed = () => {
      if (next >= files.length) {
        void worker.terminate().then(() => resolve());
        return;
      }
      current = next++;
      worker.postMessage({ index: current, file: files[current] });
    };
    worker.on('message', (m: { index: number; outcome: FileOutcome }) => {
      outcomes[m.index] = budget.take(m.outcome);
      feed();
    });
    worker.on('error', () => {
      if (current >= 0 && outcomes[current] === undefined) retry.push(current);
      resolve(); // the other workers take the rest
    });
    feed();
  });
  const count = Math.min(jobs, files.length);
  await Promise.all(Array.from({ length: count }, () => run(startWorker(options))));
  for (let i = 0; i < files.length; i++) if (outcomes[i] === undefined && !retry.includes(i)) retry.push(i);
  for (const i of retry.sort((a, b) => a - b)) outcomes[i] = budget.take(await summarizeFile(fileSource(files[i]), options));
  return outcomes as FileOutcome[];
}

function startWorker(options: SummarizeOptions): Worker {
  return startScript('consolidateWorker', options, WORKER_HEAP_MB, WORKER_YOUNG_MB);
}

/** The save's heap, MB: bounds the peak memory of a 100-commune run (BENCHMARKS.md, consolidation). */
const SAVE_HEAP_MB = 896;

/**
 * Writes and saves OUT.xlsx on a thread with a capped heap. If the cap is too small (a very large
 * consolidation), the save runs again on the main thread, uncapped: slower to give memory back,
 * but it finishes.
 */
export async function saveInWorker(request: SaveRequest): Promise<SaveResult> {
  const reply = await new Promise<{ ok: true; result: SaveResult } | { ok: false; error: unknown } | null>((resolve) => {
    const worker = startScript('consolidateSaveWorker', request, SAVE_HEAP_MB);
    worker.once('message', (m: { ok: true; result: SaveResult } | { ok: false; error: unknown }) => {
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', () => resolve(null));
  });
  if (reply === null) return (await import('./consolidateSave')).saveConsolidation(request);
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
