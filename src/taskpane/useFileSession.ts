import { useCallback, useEffect, useRef, useState } from 'react';
import type { SuperiorCopy } from '../app/superiorCopy';
import { HostError } from '../workbook/port';
import { describeError } from './describeError';
import type { WorkbookHost } from '../workbook/port';
import { downloadBytes } from './downloadFile';
import { whenIdle, type Gate } from './gate';
import type { Strings } from './strings';

/** The standalone page's workbook: the file host over the bytes the user opened. */
export type OpenWorkbook = WorkbookHost & {
  toBuffer(): Promise<Uint8Array>;
  /** Lets the workbook go when another file replaces it (the file worker frees its memory). */
  close?(): void;
  /** «Bản gửi cấp trên» made where the workbook lives (the file worker); absent: made from `toBuffer` here. */
  superiorCopy?(): Promise<SuperiorCopy>;
};

/**
 * Opens .xlsx bytes, which it may take over (transfer). The page's default starts the file worker
 * (with exceljs) on first use: the workbook lives there, off the page's thread.
 */
export type WorkbookOpener = (bytes: Uint8Array, fileName: string) => Promise<OpenWorkbook>;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Past this, exceljs holds several copies of the sheet XML in memory and a browser tab may run out
 * of it or stall for minutes: refuse with what to do instead. A year's tracking workbook is < 1 MB.
 */
export const MAX_FILE_MB = 40;
/** Past this, say that opening and checking will take a while (the tab is busy, not frozen). */
export const SLOW_FILE_MB = 5;

const defaultOpener: WorkbookOpener = async (bytes, fileName) => {
  const { openInPageWorker } = await import('./pageFileWorker');
  return openInPageWorker(bytes, fileName);
};

/**
 * The download's name: the user's file name with `-DCCS`, so it never silently replaces the
 * original in the Downloads folder, and a file opened again is not renamed twice.
 * @example downloadName('So theo doi.xlsx') // "So theo doi-DCCS.xlsx"
 * @example downloadName('So theo doi-DCCS.xlsx') // "So theo doi-DCCS.xlsx"
 */
export function downloadName(fileName: string): string {
  const base = fileName.replace(/\.xlsx$/i, '');
  return /-DCCS$/i.test(base) ? `${base}.xlsx` : `${base}-DCCS.xlsx`;
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Lets the browser paint the «Đang mở tệp…» state first (an injected opener may work on this thread). */
const nextFrame = () => new Promise<void>((resolve) => { setTimeout(resolve, 0); });

export interface FileMessage {
  readonly title: string;
  readonly message: string;
}

export interface FileSessionOptions {
  readonly gate: Gate;
  readonly strings: Strings;
  readonly opener?: WorkbookOpener;
  readonly download?: typeof downloadBytes;
}

/**
 * The standalone page's open file: opening (picker, drop, or the bundled sample), the in-memory
 * workbook every action runs on, whether it has changes not yet downloaded, and «Tải về». A file
 * that cannot be opened leaves the previous one open and says why; nothing leaves the machine.
 */
export function useFileSession({ gate, strings, opener = defaultOpener, download = downloadBytes }: FileSessionOptions) {
  const [file, setFile] = useState<{ name: string; host: OpenWorkbook } | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [error, setError] = useState<FileMessage | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  /** Counts the files opened: a file opened again under the same name is still a new workbook. */
  const [generation, setGeneration] = useState(0);
  const hostRef = useRef<OpenWorkbook | null>(null);
  const text = useRef(strings);
  text.current = strings;

  // A tab closed or reloaded loses the workbook in memory: ask first when it has unsaved sheets.
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = text.current.file.leaveWarning;
      return text.current.file.leaveWarning;
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  /** Another file asked for while this one has changes not downloaded: waits for the user's word. */
  const [pending, setPending] = useState<{ name: string; open: () => Promise<void> } | null>(null);
  const dirtyNow = useRef(dirty);
  dirtyNow.current = dirty;

  const replaceWith = useCallback(async (read: () => Promise<Uint8Array>, name: string, size: number) => {
    const t = text.current.file;
    setError(null);
    setWarning(null);
    if (megabytes(size) > MAX_FILE_MB) {
      setError({ title: t.openErrorTitle, message: t.tooBig(megabytes(size), MAX_FILE_MB) });
      return;
    }
    try {
      // The sample still opening (or another file): this one waits its turn.
      await whenIdle(gate);
      await gate.run(async () => {
        setOpening(name);
        if (megabytes(size) > SLOW_FILE_MB) setWarning(t.slow(megabytes(size)));
        await nextFrame();
        let bytes: Uint8Array;
        try {
          bytes = await read();
        } catch (cause) {
          throw new HostError('missing-file', t.readFailed(name), { cause });
        }
        const host = await opener(bytes, name);
        hostRef.current?.close?.();
        hostRef.current = host;
        setFile({ name, host });
        setGeneration((g) => g + 1);
        setDirty(false);
      });
    } catch (e: unknown) {
      setError({ title: t.openErrorTitle, message: describeError(e) });
    } finally {
      setOpening(null);
      setWarning(null);
    }
  }, [gate, opener]);

  // Opening another file throws away the sheets DCCS wrote and the user has not downloaded: ask first.
  const openBytes = useCallback(async (read: () => Promise<Uint8Array>, name: string, size: number) => {
    if (!dirtyNow.current) return replaceWith(read, name, size);
    setPending({ name, open: () => replaceWith(read, name, size) });
    return undefined;
  }, [replaceWith]);

  const openFile = useCallback((picked: File) =>
    openBytes(async () => new Uint8Array(await picked.arrayBuffer()), picked.name, picked.size), [openBytes]);

  const saveFile = useCallback(async () => {
    const t = text.current.file;
    const current = hostRef.current;
    setError(null);
    if (!current || !file) {
      setError({ title: t.saveErrorTitle, message: t.noneToDownload });
      return false;
    }
    try {
      await gate.run(async () => {
        const bytes = await current.toBuffer();
        download(bytes, downloadName(file.name), XLSX_MIME);
        setDirty(false);
        dirtyNow.current = false;
      });
      return true;
    } catch (e: unknown) {
      setError({ title: t.saveErrorTitle, message: describeError(e) });
      return false;
    }
  }, [gate, file, download]);

  /** The answer to «open another file?»: download first, open and lose the changes, or stay. */
  const resolvePending = useCallback(async (answer: 'save' | 'discard' | 'cancel') => {
    const next = pending;
    setPending(null);
    if (!next || answer === 'cancel') return;
    if (answer === 'save' && !(await saveFile())) return;
    await next.open();
  }, [pending, saveFile]);

  /** The host the actions run on; throws the «open a file first» message when there is none. */
  const currentHost = useCallback((): OpenWorkbook => {
    if (!hostRef.current) throw new HostError('missing-file', text.current.file.needFile);
    return hostRef.current;
  }, []);

  return {
    fileName: file?.name ?? null,
    generation,
    opening,
    error,
    warning,
    dirty,
    openFile,
    openBytes,
    saveFile,
    /** The file waiting to replace this one while it has changes not downloaded, if any. */
    pendingFile: pending?.name ?? null,
    resolvePending,
    currentHost,
    markDirty: useCallback(() => setDirty(true), []),
  };
}

export type FileSession = ReturnType<typeof useFileSession>;
