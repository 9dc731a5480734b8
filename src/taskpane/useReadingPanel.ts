import { useCallback, useEffect, useRef, useState } from 'react';
import { isWeakReading, type Reading } from '../sheets/reading/types';
import type { InspectAction, SaveReadingAction } from './actions';
import { describeError } from './describeError';

export interface ReadingPanelOptions {
  readonly inspect: InspectAction;
  readonly save: SaveReadingAction;
  /** No workbook, or another action running: nothing is read or saved. */
  readonly disabled?: boolean;
  /**
   * Which workbook is open (the file's name on the standalone page; a constant in Excel; null: none).
   * The book is read again each time it changes, so a new file never shows the previous one's reading.
   */
  readonly workbookKey: string | null;
  /** The reading has weak or ambiguous parts: the pane shows this screen by itself. */
  readonly onWeak?: () => void;
  /** The reading was saved: the pane checks the book again. */
  readonly onSaved?: () => void;
  /** Each reading as it arrives (null: the workbook changed), for the screens that use its facts. */
  readonly onRead?: (reading: Reading | null) => void;
}

export type ReadingStatus = 'idle' | 'reading' | 'ready' | 'saving' | 'saved' | 'failed';

/**
 * State of «Cách đọc sổ»: the reading as found (`original`), the person's corrections over it
 * (`draft`), and reading or saving it. A reading that finishes after the workbook changed is dropped.
 */
export function useReadingPanel({ inspect, save, disabled = false, workbookKey, onWeak, onSaved, onRead }: ReadingPanelOptions) {
  const [original, setOriginal] = useState<Reading | null>(null);
  const [draft, setDraft] = useState<Reading | null>(null);
  const [status, setStatus] = useState<ReadingStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const currentKey = useRef(workbookKey);
  currentKey.current = workbookKey;
  const callbacks = useRef({ onWeak, onSaved, onRead });
  callbacks.current = { onWeak, onSaved, onRead };

  const read = useCallback(async (announceWeak: boolean) => {
    const key = currentKey.current;
    setStatus('reading');
    setError(null);
    try {
      const reading = await inspect();
      if (currentKey.current !== key) return;
      setOriginal(reading);
      setDraft(reading);
      setStatus('ready');
      callbacks.current.onRead?.(reading);
      if (announceWeak && isWeakReading(reading)) callbacks.current.onWeak?.();
    } catch (e) {
      if (currentKey.current !== key) return;
      setStatus('failed');
      setError(describeError(e));
    }
  }, [inspect]);

  // A new workbook: forget the last one's reading at once, then read this one.
  const disabledNow = useRef(disabled);
  disabledNow.current = disabled;
  useEffect(() => {
    setOriginal(null);
    setDraft(null);
    setError(null);
    setStatus('idle');
    callbacks.current.onRead?.(null);
    if (workbookKey === null) return;
    // Another action may hold the workbook a moment longer (the file still opening): wait for it.
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = () => {
      if (disabledNow.current && tries++ < 50) { timer = setTimeout(attempt, 100); return; }
      void read(true);
    };
    attempt();
    return () => { if (timer !== undefined) clearTimeout(timer); };
  }, [workbookKey, read]);

  const submit = async () => {
    if (!draft || disabled) return;
    setStatus('saving');
    setError(null);
    try {
      await save(draft);
      setStatus('saved');
      setOriginal(draft);
      callbacks.current.onSaved?.();
    } catch (e) {
      setStatus('failed');
      setError(describeError(e));
    }
  };

  const edited = draft !== null && draft !== original;
  return {
    reading: draft,
    status,
    error,
    edited,
    weak: draft !== null && isWeakReading(draft),
    busy: status === 'reading' || status === 'saving',
    /** Applies one correction (a function from `readingEdits.ts`) to the draft. */
    edit: (change: (reading: Reading) => Reading) => setDraft((d) => (d ? change(d) : d)),
    discard: () => setDraft(original),
    reread: () => void read(false),
    save: () => void submit(),
  };
}
