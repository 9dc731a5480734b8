/**
 * Starts the file worker. An ES module in JavaScript, not TypeScript, for one reason: webpack 5
 * bundles a worker only from `new Worker(new URL('./x', import.meta.url))`, and the type check
 * runs with `module: commonjs`, where `import.meta` is an error (TS1343). Types: the .d.mts.
 * The worker is its own chunk, loaded from this origin on first use: the page's
 * Content-Security-Policy (`worker-src 'self'`) allows it; no blob: URL.
 */
export function spawnFileWorker() {
  return new Worker(new URL('./fileWorker.worker.ts', import.meta.url), { name: 'dccs-tep' });
}
