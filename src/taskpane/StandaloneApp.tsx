import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { RowValues } from '../app/check';
import type { LocalDate } from '../domain/calendar/localDate';
import type { CheckAction, GoToRowAction, NewBookAction, ReportAction, RowFinding, SuperiorCopyAction, TemplateAction } from './actions';
import { App, type AppProps } from './App';
import { bindActions } from './bindActions';
import { ConsolidatePanel } from './ConsolidatePanel';
import { ImportPlanPanel } from './ImportPlanPanel';
import { lazyConsolidateIntoNewBook, lazyImportPlan } from './lazyPanels';
import { downloadBytes, fileSlug } from './downloadFile';
import { FileBar } from './FileBar';
import { createGate } from './gate';
import type { Lang } from './i18n';
import { RowPreview } from './RowPreview';
import { STRINGS } from './strings';
import { useFileSession, XLSX_MIME, type WorkbookOpener } from './useFileSession';

export interface StandaloneAppProps extends Pick<AppProps, 'holidays' | 'consolidate' | 'initialTab'> {
  readonly today: () => LocalDate;
  readonly initialLang: Lang;
  readonly onLangChange?: (lang: Lang) => void;
  /** Loads a workbook when the page opens (`npm start`'s sample): its bytes and name. */
  readonly initialFile?: { readonly name: string; readonly load: () => Promise<Uint8Array> };
  /** Injectable for tests; the page imports the file host on first use. */
  readonly opener?: WorkbookOpener;
  /** Injectable for tests; saves bytes as a file. */
  readonly download?: typeof downloadBytes;
}

/**
 * The task pane as a plain web page (DESIGN.md, "Outside Excel"): the user opens an .xlsx, every
 * use case runs on the file host in this tab, and «Tải về» saves the result. Nothing is uploaded.
 */
export function StandaloneApp({ today, initialLang, onLangChange, initialFile, opener, download, ...rest }: StandaloneAppProps) {
  const [lang, setLang] = useState(initialLang);
  const strings = STRINGS[lang];
  const busyText = strings.busyElsewhere;
  const gate = useMemo(() => createGate(() => busyText), [busyText]);
  const busy = useSyncExternalStore(gate.subscribe, gate.isBusy);
  const session = useFileSession({ gate, strings, opener, download });
  const [preview, setPreview] = useState<{ row: RowValues | null; missing: string | null; finding?: RowFinding } | null>(null);
  const [dragging, setDragging] = useState(false);

  const bound = useMemo(() => bindActions(session.currentHost, today), [session.currentHost, today]);
  // Each action runs through the gate, and a run that wrote something marks the file unsaved.
  const { markDirty, openBytes } = session;
  const actions = useMemo(() => {
    // Formatting Excel may lack (charts, …) is Excel's to report: outside Excel it says nothing.
    const writing = <A, R>(action: (args: A) => Promise<R>) => (args: A) => gate.run(async () => {
      const result = await action(args);
      markDirty();
      return result && typeof result === 'object' && 'skippedFeatures' in result ? { ...result, skippedFeatures: [] } : result;
    });
    const check: CheckAction = writing(bound.check);
    const makeReports: ReportAction = writing(bound.makeReports);
    const createTemplate: TemplateAction = writing(bound.createTemplate);
    const goToRow: GoToRowAction = (sheet, row, finding) => gate.run(async () => {
      const values = await bound.readRow(sheet, row);
      setPreview({ row: values, missing: values ? null : sheet, finding });
    });
    // A new book is made here, saved to the machine at once (nothing to lose), then opened like a picked file.
    const newBook: NewBookAction = async (request) => {
      const bytes = await gate.run(async () => {
        const { newTrackingBook } = await import('../app/template');
        return newTrackingBook(request);
      });
      const fileName = `So-theo-doi-${fileSlug(request.unit) || 'DCCS'}-${request.year}.xlsx`;
      (download ?? downloadBytes)(bytes, fileName, XLSX_MIME);
      await openBytes(() => Promise.resolve(bytes.slice()), fileName, bytes.length);
      return { fileName };
    };
    // «Bản gửi cấp trên»: made beside the open workbook (in the worker), which stays as it is, and
    // downloaded as a file of its own; nothing is written, so the file is not marked unsaved.
    const superiorCopy: SuperiorCopyAction = ({ onProgress }) => gate.run(async () => {
      const host = session.currentHost();
      const name = session.fileName ?? 'So-theo-doi.xlsx';
      onProgress(0, strings.superior.working);
      const { superiorCopyName, superiorCopyOf } = await import('../app/superiorCopy');
      const copy = host.superiorCopy ? await host.superiorCopy() : await superiorCopyOf(await host.toBuffer(), name);
      const fileName = superiorCopyName(name);
      (download ?? downloadBytes)(copy.bytes, fileName, XLSX_MIME);
      return { fileName, hidden: copy.summary.hidden };
    });
    const plan = lazyImportPlan(session.currentHost, today);
    return {
      check, makeReports, createTemplate, newBook, goToRow, superiorCopy, readSettings: () => gate.run(bound.readSettings),
      // Reading how the book is read writes nothing: it may run beside another action, so opening
      // a file and pressing «Kiểm tra» at once never meets «another action is running».
      inspect: bound.inspect,
      saveReading: writing(bound.saveReading),
      // Into a new workbook of the office, downloaded: never into the commune book that is open.
      consolidate: lazyConsolidateIntoNewBook(today, (bytes, fileName) => (download ?? downloadBytes)(bytes, fileName, XLSX_MIME)),
      readPlan: plan.readPlan,
      appendRows: writing(plan.appendRows),
    };
  }, [bound, gate, markDirty, session.currentHost, session.fileName, strings, today, download, openBytes]);

  // The whole page takes a dropped file; without this the browser would navigate to it and the
  // pane (and any unsaved work) would be gone.
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const over = (e: DragEvent) => { if (hasFiles(e) && !e.defaultPrevented) { e.preventDefault(); setDragging(true); } };
    const leave = (e: DragEvent) => { if (e.relatedTarget === null) setDragging(false); };
    const drop = (e: DragEvent) => {
      // A panel's own drop zone (the files to consolidate) has taken it: not the working workbook.
      if (!hasFiles(e) || e.defaultPrevented) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file && !gate.isBusy()) void session.openFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [gate, session.openFile]);

  useEffect(() => {
    if (!initialFile) return;
    void openBytes(initialFile.load, initialFile.name, 0);
  }, [initialFile, openBytes]);

  const changeLang = useCallback((next: Lang) => {
    setLang(next);
    onLangChange?.(next);
  }, [onLangChange]);

  const { consolidate, readPlan, appendRows, ...appActions } = actions;
  const noWorkbook = session.fileName === null;
  const sample = initialFile !== undefined && session.fileName === initialFile.name;
  return (
    <App
      {...rest}
      {...appActions}
      consolidate={<ConsolidatePanel consolidate={consolidate} target="new-book" today={today()} />}
      importPlan={<ImportPlanPanel readPlan={readPlan} appendRows={appendRows} disabled={noWorkbook || busy} />}
      today={today()}
      defaultYear={today().y}
      noWorkbook={noWorkbook}
      workbookKey={session.fileName === null ? null : `${session.generation}:${session.fileName}`}
      busy={busy}
      initialLang={initialLang}
      onLangChange={changeLang}
      sample={sample}
      fileBar={<FileBar session={session} busy={busy} dragging={dragging} sample={sample} />}
    >
      <RowPreview row={preview?.row ?? null} missingSheet={preview?.missing ?? null} finding={preview?.finding} onClose={() => setPreview(null)} />
    </App>
  );
}
