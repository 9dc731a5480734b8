import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProgressListener } from '../app/types';
import { describeError } from './describeError';
import { useStrings } from './i18n';

export type ActionStatus = 'idle' | 'running' | 'done' | 'failed';

export interface ActionProgress {
  /** 0–1, or null before the use case has reported anything (an indeterminate bar). */
  readonly fraction: number | null;
  readonly label: string;
}

export interface ActionState<R> {
  readonly status: ActionStatus;
  readonly result: R | null;
  /** The Vietnamese message for a failed run (never just logged: STYLE.md, Errors). */
  readonly error: string | null;
  readonly progress: ActionProgress | null;
}

const IDLE: ActionState<never> = { status: 'idle', result: null, error: null, progress: null };

/**
 * Runs one use case at a time and keeps `{status, result, error, progress}` for the render.
 * A second `run` while one is under way is ignored (a double click must not write twice), and a
 * run that finishes after the component is gone updates nothing.
 */
export function useAction<A, R>(
  action: (args: A, onProgress: ProgressListener) => Promise<R>,
): ActionState<R> & { run: (args: A) => void } {
  const [state, setState] = useState<ActionState<R>>(IDLE);
  const starting = useStrings().starting;
  const busy = useRef(false);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => { mounted.current = false; };
  }, []);

  const run = useCallback((args: A) => {
    if (busy.current) return;
    busy.current = true;
    setState({ status: 'running', result: null, error: null, progress: { fraction: null, label: starting } });
    const update = (next: ActionState<R>) => { if (mounted.current) setState(next); };
    const onProgress: ProgressListener = (fraction, label) => {
      if (!busy.current) return; // a late report after the run settled would resurrect the bar
      update({ status: 'running', result: null, error: null, progress: { fraction: clamp(fraction), label } });
    };
    // Promise.resolve().then: an action that throws synchronously still lands in the catch.
    Promise.resolve()
      .then(() => action(args, onProgress))
      .then(
        (result) => { busy.current = false; update({ status: 'done', result, error: null, progress: null }); },
        (error: unknown) => { busy.current = false; update({ status: 'failed', result: null, error: describeError(error), progress: null }); },
      );
  }, [action, starting]);

  return { ...state, run };
}

function clamp(fraction: number): number | null {
  return Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : null;
}
