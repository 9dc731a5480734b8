import {
  Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, ProgressBar, Select, Text, tokens,
} from '@fluentui/react-components';
import type { OfficeDetails } from '../app/consolidate';
import { LEVELS, type LevelId } from '../domain/vocabulary';
import { useCallback, useEffect, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { FileState, UnitOrder } from '../app/consolidate';
import { ConsolidationCancelled } from '../app/consolidate';
import { formatIso, type LocalDate } from '../domain/calendar/localDate';
import { complianceOf } from '../report/consolidatedModel';
import type { ChosenFile, ConsolidateAction, ConsolidateResultData } from './consolidateAction';
import { describeError } from './describeError';
import { downloadBytes } from './downloadFile';
import { DownloadOr } from './downloadRoute';
import { ErrorBar } from './ErrorBar';
import { useStrings } from './i18n';
import { parseDateInput } from './parseDateInput';

export interface ConsolidatePanelProps {
  readonly consolidate: ConsolidateAction;
  /** True when there is no open workbook to write into. */
  readonly disabled?: boolean;
  /** Today, for the Word draft's file name when no as-of date is typed. */
  readonly today: LocalDate;
  /**
   * `new-book` (the page): the office's short form; the results go into a new workbook of its own.
   * `open-workbook` (Excel): into the open workbook, once the user says it is the office's.
   * Absent: into the open workbook without asking (tests of the run itself).
   */
  readonly target?: 'new-book' | 'open-workbook';
}

const NO_OFFICE: OfficeDetails = { name: '', level: 'province', parent: '', place: '', signer: '', signerTitle: '' };

type Status = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

interface FileRow {
  readonly file: ChosenFile;
  readonly state: FileState;
  readonly reason?: string;
}

/**
 * State of «Tổng hợp đơn vị»: the chosen files (file input or drag-and-drop; the same name twice
 * is kept once), the order, the as-of date, and the run with a bar per file, an overall bar and
 * «Hủy» (the run stops before the next file and writes nothing).
 */
export function useConsolidatePanel({ consolidate, disabled = false, target }: ConsolidatePanelProps) {
  const { starting, inputs, consolidate: t } = useStrings();
  const [office, setOffice] = useState<OfficeDetails>(NO_OFFICE);
  const [officeBook, setOfficeBook] = useState<ChosenFile | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [showOfficeCheck, setShowOfficeCheck] = useState(false);
  const [rows, setRows] = useState<FileRow[]>([]);
  const [order, setOrder] = useState<UnitOrder>('name');
  const [asOfText, setAsOfText] = useState('');
  const [status, setStatus] = useState<Status>('idle');
  const [progress, setProgress] = useState<{ fraction: number; label: string } | null>(null);
  const [result, setResult] = useState<ConsolidateResultData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  const mounted = useRef(true);
  useEffect(() => () => { mounted.current = false; controller.current?.abort(); }, []);

  const running = status === 'running';
  const available = !disabled;
  const parsed = parseDateInput(asOfText, inputs);

  const addFiles = useCallback((files: readonly ChosenFile[]) => {
    if (running) return;
    setRows((old) => {
      const names = new Set(old.map((r) => r.file.name));
      return [...old.map((r) => ({ file: r.file, state: 'waiting' as const })), ...files.filter((f) => !names.has(f.name)).map((file) => ({ file, state: 'waiting' as const }))];
    });
    setStatus('idle');
    setResult(null);
    setError(null);
  }, [running]);

  const officeMissing = target === 'new-book' && officeBook === null && office.name.trim() === '';
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    setShowOfficeCheck(true);
    if (!available || running || rows.length === 0 || parsed.kind === 'invalid') return;
    if (officeMissing || (target === 'open-workbook' && !confirmed)) return;
    const abort = new AbortController();
    controller.current = abort;
    setStatus('running');
    setResult(null);
    setError(null);
    setProgress({ fraction: 0, label: starting });
    setRows((old) => old.map((r) => ({ file: r.file, state: 'waiting' })));
    const live = () => mounted.current && controller.current === abort;
    consolidate({
      files: rows.map((r) => r.file), order, asOf: parsed.kind === 'date' ? parsed.date : undefined, signal: abort.signal,
      office: target === 'new-book' && !officeBook ? office : undefined,
      officeBook: target === 'new-book' && officeBook ? officeBook : undefined,
      onFile: (i, state, reason) => { if (live()) setRows((old) => old.map((r, j) => (j === i ? { ...r, state, reason } : r))); },
      onProgress: (fraction, label) => { if (live()) setProgress({ fraction, label }); },
    }).then(
      (data) => { if (live()) { setResult(data); setStatus('done'); setProgress(null); } },
      (e: unknown) => {
        if (!live()) return;
        setProgress(null);
        if (e instanceof ConsolidationCancelled) setStatus('cancelled');
        else { setError(describeError(e)); setStatus('failed'); }
      },
    );
  };

  return {
    rows, order, setOrder, asOfText, setAsOfText, status, progress, result, error, running, available,
    office, setOffice: (change: Partial<OfficeDetails>) => setOffice((o) => ({ ...o, ...change })),
    officeBook, setOfficeBook,
    officeMessage: showOfficeCheck && officeMissing ? t.officeNameMissing : undefined,
    confirmed, setConfirmed, mustConfirm: target === 'open-workbook' && !confirmed,
    asOfMessage: parsed.kind === 'invalid' ? parsed.message : undefined,
    addFiles, submit,
    clear: () => { if (!running) { setRows([]); setResult(null); setError(null); setStatus('idle'); } },
    cancel: () => controller.current?.abort(),
  };
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  drop: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start',
  },
  dropActive: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * «Tổng hợp đơn vị»: many commune workbooks in, `TH Đơn vị`, `TH Chi tiết` and `Báo cáo tổng hợp`
 * written into the open workbook, and the Word draft to download. The files are read in this
 * page; nothing is sent anywhere.
 */
export function ConsolidatePanel(props: ConsolidatePanelProps) {
  const styles = useStyles();
  const s = useConsolidatePanel(props);
  const strings = useStrings();
  const t = strings.consolidate;
  const [dragging, setDragging] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (s.available) s.addFiles(Array.from(e.dataTransfer.files));
  };
  return (
    <section className={styles.panel} aria-label={t.region}>
      <div
        className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}
        role="group" aria-label={t.dropZone}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Text>{t.dropHint}</Text>
        <input type="file" multiple accept=".xlsx,.xls" aria-label={t.pick} disabled={!s.available || s.running}
          onChange={(e) => { s.addFiles(Array.from(e.target.files ?? [])); e.target.value = ''; }} />
      </div>
      {s.rows.length === 0
        ? <Text>{t.none}</Text>
        : (
          <ul className={styles.list} aria-label={t.chosen}>
            {s.rows.map((r) => (
              <li key={r.file.name}>
                <Field label={r.file.name} validationState={r.state === 'failed' ? 'error' : 'none'}
                  validationMessage={r.reason ?? t.states[r.state]}>
                  <ProgressBar aria-label={t.fileProgress(r.file.name)} color={r.state === 'failed' ? 'error' : r.state === 'done' ? 'success' : 'brand'}
                    value={r.state === 'reading' ? undefined : r.state === 'waiting' ? 0 : 1} />
                </Field>
              </li>
            ))}
          </ul>
        )}
      <form className={styles.panel} onSubmit={s.submit} noValidate>
        {props.target === 'new-book' && <OfficeForm state={s} />}
        {props.target === 'open-workbook' && (
          <Checkbox checked={s.confirmed} onChange={(_, d) => s.setConfirmed(d.checked === true)} label={t.confirmOpen} disabled={!s.available || s.running} />
        )}
        <Field label={t.order}>
          <Select value={s.order} disabled={!s.available || s.running} onChange={(_, d) => s.setOrder(d.value as UnitOrder)}>
            <option value="name">{t.byName}</option>
            <option value="compliance">{t.byCompliance}</option>
          </Select>
        </Field>
        <Field label={t.asOf} validationState={s.asOfMessage ? 'error' : 'none'} validationMessage={s.asOfMessage}>
          <Input value={s.asOfText} placeholder="dd/mm/yyyy" inputMode="numeric" disabled={!s.available || s.running} onChange={(_, d) => s.setAsOfText(d.value)} />
        </Field>
        <div className={styles.buttons}>
          <Button appearance="primary" type="submit" disabled={!s.available || s.running || s.rows.length === 0 || s.mustConfirm}>{t.run}</Button>
          {s.running
            ? <Button onClick={s.cancel}>{t.cancel}</Button>
            : <Button onClick={s.clear} disabled={s.rows.length === 0}>{t.clear}</Button>}
        </div>
      </form>
      {s.progress && (
        <Field label={t.overall} validationMessage={s.progress.label} validationState="none">
          <ProgressBar value={s.progress.fraction} aria-label={t.overall} aria-valuetext={s.progress.label} />
        </Field>
      )}
      {s.status === 'cancelled' && (
        <MessageBar intent="warning" layout="multiline"><MessageBarBody>{t.cancelled}</MessageBarBody></MessageBar>
      )}
      {s.error && <ErrorBar message={s.error} />}
      {s.result && <ConsolidateResult result={s.result} fallbackDate={props.today} />}
    </section>
  );
}

/** The consolidating office, typed: who heads, numbers and signs the consolidated report. */
function OfficeForm({ state: s }: { readonly state: ReturnType<typeof useConsolidatePanel> }) {
  const strings = useStrings();
  const styles = useStyles();
  const t = strings.consolidate;
  const off = !s.available || s.running;
  const text = (key: 'parent' | 'place' | 'signer' | 'signerTitle', label: string) => (
    <Field label={label}>
      <Input value={s.office[key]} disabled={off} onChange={(_, d) => s.setOffice({ [key]: d.value })} />
    </Field>
  );
  return (
    <fieldset className={styles.fieldset}>
      <legend><Text weight="semibold">{t.officeTitle}</Text></legend>
      <Text size={200}>{t.officeHint}</Text>
      <Field label={t.officeBook} hint={s.officeBook ? t.officeBookChosen(s.officeBook.name) : t.officeBookHint}>
        <input type="file" accept=".xlsx" disabled={off} aria-label={t.officeBook}
          onChange={(e) => { s.setOfficeBook(e.target.files?.[0] ?? null); e.target.value = ''; }} />
      </Field>
      {s.officeBook && <Button size="small" onClick={() => s.setOfficeBook(null)} disabled={off}>{t.officeBookClear}</Button>}
      {!s.officeBook && <>
      <Field label={t.officeName} required validationState={s.officeMessage ? 'error' : 'none'} validationMessage={s.officeMessage}>
        <Input value={s.office.name} disabled={off} placeholder={t.officeNameExample} onChange={(_, d) => s.setOffice({ name: d.value })} />
      </Field>
      <Field label={t.officeLevel}>
        <Select value={s.office.level} disabled={off} onChange={(_, d) => s.setOffice({ level: d.value as LevelId })}>
          {LEVELS.entries.map((e) => <option key={e.id} value={e.id}>{strings.reading.levels[e.id]}</option>)}
        </Select>
      </Field>
      {text('parent', t.officeParent)}
      {text('place', t.officePlace)}
      {text('signer', t.officeSigner)}
      {text('signerTitle', t.officeSignerTitle)}
      </>}
    </fieldset>
  );
}

/** What was consolidated, what was not and why, where it went, and the Word draft. */
function ConsolidateResult({ result, fallbackDate }: { result: ConsolidateResultData; fallbackDate: LocalDate }) {
  const t = useStrings().consolidate;
  const c = result.consolidation;
  const counted = c.units.filter((u) => !u.conflict).length;
  const rate = complianceOf(c.totals.postings).rate;
  return (
    <MessageBar intent={c.failed.length || c.conflicts.length || c.missing.length ? 'warning' : 'success'} layout="multiline">
      <MessageBarBody>
        <div>
          {t.counted(counted)}
          {rate === null ? '.' : t.rate((rate * 100).toFixed(1).replace('.', ','))}
        </div>
        <div>{result.workbookFile ? t.wroteNew(result.workbookFile, result.written.map((n) => `"${n}"`).join(', ')) : t.wrote(result.written.map((n) => `"${n}"`).join(', '))}</div>
        {result.renamed.map((r) => <div key={r.written}>{t.renamed(r.wanted, r.written)}</div>)}
        {c.conflicts.map((x) => <div key={x.unit}>{t.conflict(x.unit, x.files.join(', '))}</div>)}
        {c.failed.length > 0 && (
          <ul aria-label={t.failed}>{c.failed.map((f) => <li key={f.file}>{f.reason}</li>)}</ul>
        )}
        {c.hasExpectedList && <div>{c.missing.length ? t.missing(c.missing.join(', ')) : t.allSent}</div>}
        <DownloadOr what="word">
          <Button onClick={() => downloadBytes(result.docx, `Bao-cao-tong-hop-${formatIso(fallbackDate)}.docx`)}>{t.downloadWord}</Button>
        </DownloadOr>
      </MessageBarBody>
    </MessageBar>
  );
}
