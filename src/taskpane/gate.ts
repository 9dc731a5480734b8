import { UserError } from '../domain/errors';
/**
 * One action at a time on one workbook: a check and a report writing the same workbook together
 * would interleave their reads and writes. Each panel already ignores its own double click
 * (`useAction`); the gate covers a second panel's button pressed meanwhile, and lets the screens
 * disable every action while one runs.
 */
export class BusyError extends UserError {
  override name = 'BusyError';
  constructor(message: string) {
    super(message);
  }
}

export interface Gate {
  /** Runs `task` unless another is under way (then rejects with BusyError, running nothing). */
  run<T>(task: () => Promise<T>): Promise<T>;
  isBusy(): boolean;
  /** For `useSyncExternalStore`: called when the gate opens or closes. */
  subscribe(listener: () => void): () => void;
}

/** @example const gate = createGate('Đang chạy…'); await gate.run(() => check()); */
export function createGate(busyMessage: string | (() => string)): Gate {
  let busy = false;
  const listeners = new Set<() => void>();
  const set = (value: boolean) => {
    busy = value;
    listeners.forEach((listener) => listener());
  };
  return {
    async run(task) {
      if (busy) throw new BusyError(typeof busyMessage === 'function' ? busyMessage() : busyMessage);
      set(true);
      try {
        return await task();
      } finally {
        set(false);
      }
    },
    isBusy: () => busy,
    subscribe(listener) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
  };
}

/**
 * Resolves once nothing runs on the gate: a file picked while the page still opens its sample
 * waits for it instead of failing with «another action is running».
 */
export function whenIdle(gate: Gate): Promise<void> {
  if (!gate.isBusy()) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = gate.subscribe(() => {
      if (gate.isBusy()) return;
      stop();
      resolve();
    });
  });
}
