import {
  Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Textarea, tokens,
} from '@fluentui/react-components';
import { useCallback, useState, type ChangeEvent } from 'react';
import type { ImportResult } from '../app/importPlan';
import { formatVi } from '../domain/calendar/localDate';
import { issueText } from '../domain/messages';
import type { PlanExtraction } from '../domain/plan/types';
import type { AppendPlanAction, PlanInput, ReadPlanAction } from './importPlanActions';
import { DRAFT_FIELDS, draftRows, draftsOf, fieldProblem, type DraftItem, type DraftKind } from './importPlanDraft';
import { useAction } from './useAction';
import { useStrings } from './i18n';

export interface ImportPlanPanelProps {
  readonly readPlan: ReadPlanAction;
  readonly appendRows: AppendPlanAction;
  readonly disabled?: boolean;
}


/** State of «Nhập kế hoạch»: read the plan, review its items, append the kept ones. */
export function useImportPlanPanel({ readPlan, appendRows, disabled = false }: ImportPlanPanelProps) {
  const [pasted, setPasted] = useState('');
  const [drafts, setDrafts] = useState<DraftItem[]>([]);
  const reading = useAction(useCallback(async (input: PlanInput) => {
    const x = await readPlan(input);
    setDrafts(draftsOf(x));
    return x;
  }, [readPlan]));
  const writing = useAction(useCallback((req: Parameters<AppendPlanAction>[0]) => appendRows(req), [appendRows]));
  const plan: PlanExtraction | null = reading.result;
  const year = plan?.plan.year ?? null;
  const { rows, blocked } = draftRows(drafts, year);
  const kept = rows.tasks.length + rows.postings.length + rows.consultations.length;
  const busy = reading.status === 'running' || writing.status === 'running';
  return {
    pasted, setPasted, drafts, plan, reading, writing, kept, blocked, year,
    canRead: !busy && !disabled,
    canWrite: !busy && !disabled && kept > 0 && blocked === 0 && writing.status !== 'done',
    readText: () => { if (pasted.trim() !== '') reading.run({ kind: 'text', text: pasted }); },
    readFile: async (file: File) => reading.run({ kind: 'file', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }),
    toggle: (id: string) => setDrafts((ds) => ds.map((d) => (d.id === id ? { ...d, keep: !d.keep } : d))),
    edit: (id: string, key: string, value: string) =>
      setDrafts((ds) => ds.map((d) => (d.id === id ? { ...d, fields: { ...d.fields, [key]: value } } : d))),
    write: () => writing.run({ rows, year }),
  };
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  excerpt: { margin: 0, fontStyle: 'italic', color: tokens.colorNeutralForeground3, whiteSpace: 'pre-wrap' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

function Failure({ title, message }: { title: string; message: string }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody><MessageBarTitle>{title}</MessageBarTitle>{message}</MessageBarBody>
    </MessageBar>
  );
}

function Written({ result }: { result: ImportResult }) {
  const t = useStrings().plan;
  if (result.appended.length === 0) return <p>{t.nothingWritten}</p>;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.written}</MessageBarTitle>
        <ul aria-label={t.writtenList}>
          {result.appended.map((a) => (
            <li key={a.sheet}>{t.writtenLine(a.created, a.sheet, a.firstRow, a.lastRow)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Reads a KẾ HOẠCH (.docx or pasted text), shows every item with its excerpt for review, then appends the kept rows. */
export function ImportPlanPanel(props: ImportPlanPanelProps) {
  const styles = useStyles();
  const s = useImportPlanPanel(props);
  const t = useStrings().plan;
  const KIND_TITLES: Record<DraftKind, string> = t.kinds;
  const p = s.plan?.plan;
  return (
    <div className={styles.root}>
      <Field label={t.file}>
        <input type="file" accept=".docx,.txt" aria-label={t.file} disabled={!s.canRead}
          onChange={(e: ChangeEvent<HTMLInputElement>) => { const f = e.target.files?.[0]; if (f) void s.readFile(f); }} />
      </Field>
      <Field label={t.paste}>
        <Textarea value={s.pasted} onChange={(_, d) => s.setPasted(d.value)} resize="vertical" rows={4} />
      </Field>
      <div className={styles.buttons}>
        <Button onClick={s.readText} disabled={!s.canRead || s.pasted.trim() === ''}
          icon={s.reading.status === 'running' ? <Spinner size="tiny" aria-hidden /> : undefined}>{t.read}</Button>
      </div>
      {s.reading.error && <Failure title={t.readFailed} message={s.reading.error} />}
      {p && (
        <section aria-label={t.result} className={styles.root}>
          <p>{t.heading(p.number ?? null, p.unit ?? null, p.date ? formatVi(p.date) : null, p.year ?? null)}<br />{p.title}</p>
          {s.plan!.issues.length > 0 && (
            <MessageBar intent="warning" layout="multiline"><MessageBarBody>
              <MessageBarTitle>{t.review}</MessageBarTitle>
              <ul aria-label={t.review}>
                {s.plan!.issues.map((i, k) => (
                  <li key={k}>{`${i.line === null ? '' : t.line(i.line)}${issueText({ ...i, sheet: '', row: null, column: null, params: { ...i.params, phrase: i.value } })}`}</li>
                ))}
              </ul>
            </MessageBarBody></MessageBar>
          )}
          {s.drafts.length === 0 && <p>{t.none}</p>}
          {(['tasks', 'postings', 'consultations'] as const).map((kind) => {
            const items = s.drafts.filter((d) => d.kind === kind);
            if (items.length === 0) return null;
            return (
              <section key={kind} aria-label={KIND_TITLES[kind]}>
                <h3>{`${KIND_TITLES[kind]} (${items.length})`}</h3>
                {items.map((d) => (
                  <div key={d.id} className={styles.item} role="group" aria-label={d.fields.title}>
                    <Checkbox checked={d.keep} onChange={() => s.toggle(d.id)} label={t.keep} />
                    <blockquote className={styles.excerpt}>{d.excerpt}</blockquote>
                    {DRAFT_FIELDS[kind].map(([key, label]) => {
                      const problem = d.keep ? fieldProblem(key, d.fields[key], s.year) : undefined;
                      return (
                        <Field key={key} label={label} validationState={problem ? 'warning' : 'none'} validationMessage={problem}>
                          <Input value={d.fields[key]} disabled={!d.keep} onChange={(_, v) => s.edit(d.id, key, v.value)} />
                        </Field>
                      );
                    })}
                  </div>
                ))}
              </section>
            );
          })}
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={s.write} disabled={!s.canWrite}
              icon={s.writing.status === 'running' ? <Spinner size="tiny" aria-hidden /> : undefined}>
              {t.write(s.kept)}
            </Button>
            {s.blocked > 0 && <span>{t.blocked(s.blocked)}</span>}
          </div>
        </section>
      )}
      {s.writing.error && <Failure title={t.writeFailed} message={s.writing.error} />}
      {s.writing.result && <Written result={s.writing.result} />}
    </div>
  );
}
