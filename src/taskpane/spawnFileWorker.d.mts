/** Starts the file worker (`fileWorker.worker.ts`) from its own chunk. */
export function spawnFileWorker(): Worker;
