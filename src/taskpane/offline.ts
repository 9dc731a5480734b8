/**
 * Registers the standalone page's service worker (offlineWorker.ts, built as dist/sw.js) and tells
 * the page where its offline copy stands: being saved, saved (the page works with no network), or
 * superseded by a newer release waiting to take over. A new release never replaces the running
 * page by itself: the user reloads when they choose (`applyUpdate`), so an open file is not lost
 * and no page mixes two builds' files.
 */
export type OfflineState = 'unsupported' | 'installing' | 'ready' | 'update' | 'failed';

/** What this module uses of a ServiceWorker and its registration, injectable for tests. */
export interface WorkerLike {
  readonly state: string;
  postMessage(message: unknown): void;
  addEventListener(type: 'statechange', listener: () => void): void;
}
export interface RegistrationLike {
  readonly installing: WorkerLike | null;
  readonly waiting: WorkerLike | null;
  readonly active: WorkerLike | null;
  addEventListener(type: 'updatefound', listener: () => void): void;
  update(): Promise<unknown>;
}
export interface ContainerLike {
  readonly controller: unknown;
  register(url: string, options: { scope: string }): Promise<RegistrationLike>;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

export interface OfflineController {
  getState(): OfflineState;
  subscribe(listener: () => void): () => void;
  /** Lets the waiting release take over, then reloads the page on it. */
  applyUpdate(): void;
}

/** How often a page left open asks whether a release came out (the browser also checks on each visit). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function startOffline(container: ContainerLike | undefined, reload: () => void, every = UPDATE_CHECK_MS): OfflineController {
  let state: OfflineState = container ? 'installing' : 'unsupported';
  let registration: RegistrationLike | null = null;
  const listeners = new Set<() => void>();
  const set = (next: OfflineState) => {
    if (next === state) return;
    state = next;
    for (const l of listeners) l();
  };
  // A page the worker already serves has a copy: a worker installed now is a newer release.
  const served = !!container?.controller;
  const watch = (worker: WorkerLike | null) => {
    if (!worker) return;
    const settle = () => {
      if (worker.state === 'installed' && served) set('update');
      else if (worker.state === 'activated' && state !== 'update') set('ready');
      else if (worker.state === 'redundant' && state === 'installing') set('failed');
    };
    worker.addEventListener('statechange', settle);
    settle();
  };
  if (container) {
    container.register('sw.js', { scope: './' }).then((reg) => {
      registration = reg;
      if (reg.waiting && served) set('update');
      else if (reg.active && !reg.installing) set('ready');
      watch(reg.installing);
      reg.addEventListener('updatefound', () => watch(reg.installing));
      if (every > 0) setInterval(() => { void reg.update().catch(() => undefined); }, every);
    }, () => set('failed'));
  }
  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    applyUpdate: () => {
      const waiting = registration?.waiting;
      if (!container || !waiting) return;
      container.addEventListener('controllerchange', () => reload());
      waiting.postMessage({ type: 'SKIP_WAITING' });
    },
  };
}
