import { parentPort, workerData } from 'node:worker_threads';
import { summarizeFile, type SummarizeOptions } from '../app/consolidate';
import { fileSource } from './consolidateInputs';

/**
 * One worker of `dccs consolidate --jobs N`: takes a file path, answers its outcome (counts and
 * findings, never the grid), waits for the next. The main thread hands files out one by one, so a
 * big file does not hold up a fixed share of the list.
 */
const options = workerData as SummarizeOptions;
parentPort!.on('message', (message: { file: string }) => {
  void summarizeFile(fileSource(message.file), options).then((outcome) => parentPort!.postMessage({ outcome }));
});
