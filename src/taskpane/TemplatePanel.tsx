import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useState, type FormEvent } from 'react';
import { INFO_SHEET } from '../sheets/schema';
import { LEVELS, type LevelId } from '../domain/vocabulary';
import type { NewBookAction, TemplateAction, TemplateRequest, TemplateResultData } from './actions';
import { ErrorBar } from './ErrorBar';
import { useStrings } from './i18n';
import { parseYearInput } from './parseYearInput';
import { SkippedFeaturesNote } from './SkippedFeaturesNote';
import { TemplateResult } from './TemplateResult';
import { useAction } from './useAction';

export interface TemplatePanelProps {
  readonly createTemplate: TemplateAction;
  /** Pre-filled report year: the current year, read from the clock by the entry point. */
  readonly defaultYear: number;
  readonly disabled?: boolean;
  /**
   * With no workbook open (standalone page): makes a new book from what is typed, downloads it and
   * opens it. Absent: the panel only adds missing sheets to the open workbook.
   */
  readonly newBook?: NewBookAction;
}

type Outcome =
  | { readonly kind: 'added'; readonly result: TemplateResultData; readonly typedUnused: boolean }
  | { readonly kind: 'new'; readonly fileName: string };

/** State of «Tạo sổ theo dõi mẫu»: a small form opened on demand, then the run and its result. */
export function useTemplatePanel({ createTemplate, defaultYear, disabled = false, newBook }: TemplatePanelProps) {
  const { inputs } = useStrings();
  const [open, setOpen] = useState(false);
  const [yearText, setYearText] = useState(String(defaultYear));
  const [unit, setUnit] = useState('');
  const [level, setLevel] = useState<LevelId>('commune');
  const [showValidation, setShowValidation] = useState(false);
  const run = useCallback(async (request: TemplateRequest & { level: LevelId }): Promise<Outcome> => {
    if (newBook) return { kind: 'new', ...(await newBook(request)) };
    const result = await createTemplate({ year: request.year, unit: request.unit });
    // `Thông tin` already there is kept as the user wrote it: what was typed cannot go in, say so.
    const typedUnused = result.skipped.includes(INFO_SHEET.name) && (request.unit !== '' || request.year !== defaultYear);
    return { kind: 'added', result, typedUnused };
  }, [createTemplate, newBook, defaultYear]);
  const action = useAction(run);
  const parsed = parseYearInput(yearText, inputs.yearInvalid);
  const running = action.status === 'running';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowValidation(true);
    if (parsed.kind === 'invalid' || running || disabled) return;
    action.run({ year: parsed.year, unit: unit.trim(), level });
    setOpen(false);
  };

  return {
    open,
    openForm: () => setOpen(true),
    closeForm: () => setOpen(false),
    yearText, setYearText, unit, setUnit, level, setLevel,
    creatingNew: newBook !== undefined,
    onYearBlur: () => setShowValidation(true),
    yearMessage: showValidation && parsed.kind === 'invalid' ? parsed.message : undefined,
    submit,
    running,
    canRun: !running && !disabled,
    action,
  };
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  start: { alignSelf: 'flex-start' },
});

/**
 * Adds the tracking sheets of SCHEMA.md that the workbook lacks, never touching existing ones; with
 * no workbook open, makes a new one from the unit, level and year typed.
 */
export function TemplatePanel(props: TemplatePanelProps) {
  const styles = useStyles();
  const state = useTemplatePanel(props);
  const strings = useStrings();
  const t = strings.template;
  const { action } = state;
  const outcome = action.result;
  return (
    <div className={styles.root}>
      {state.open ? (
        <form className={styles.root} onSubmit={state.submit} noValidate aria-label={state.creatingNew ? t.openNew : t.open}>
          <Field
            label={t.year}
            required
            validationState={state.yearMessage ? 'error' : 'none'}
            validationMessage={state.yearMessage}
          >
            <Input value={state.yearText} inputMode="numeric" onChange={(_, d) => state.setYearText(d.value)} onBlur={state.onYearBlur} />
          </Field>
          <Field label={t.unit} hint={t.unitHint}>
            <Input value={state.unit} onChange={(_, d) => state.setUnit(d.value)} />
          </Field>
          {state.creatingNew && (
            <Field label={t.level}>
              <Select value={state.level} onChange={(_, d) => state.setLevel(d.value as LevelId)}>
                {LEVELS.entries.map((e) => <option key={e.id} value={e.id}>{strings.reading.levels[e.id]}</option>)}
              </Select>
            </Field>
          )}
          <div className={styles.buttons}>
            <Button appearance="primary" type="submit" disabled={!state.canRun}>{t.create}</Button>
            <Button type="button" onClick={state.closeForm}>{t.cancel}</Button>
          </div>
        </form>
      ) : (
        <Button
          className={styles.start}
          onClick={state.openForm}
          disabled={!state.canRun}
          icon={state.running ? <Spinner size="tiny" aria-hidden /> : undefined}
        >
          {state.creatingNew ? t.openNew : t.open}
        </Button>
      )}
      {action.error && <ErrorBar message={action.error} />}
      {outcome?.kind === 'new' && (
        <MessageBar intent="success" layout="multiline"><MessageBarBody>{t.createdNew(outcome.fileName)}</MessageBarBody></MessageBar>
      )}
      {outcome?.kind === 'added' && <TemplateResult result={outcome.result} />}
      {outcome?.kind === 'added' && outcome.typedUnused && (
        <MessageBar intent="warning" layout="multiline"><MessageBarBody>{t.infoKept}</MessageBarBody></MessageBar>
      )}
      {outcome?.kind === 'added' && <SkippedFeaturesNote skipped={outcome.result.skippedFeatures} />}
    </div>
  );
}
