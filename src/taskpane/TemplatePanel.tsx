import { Button, Field, Input, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useState, type FormEvent } from 'react';
import type { TemplateAction, TemplateRequest } from './actions';
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
}

/** State of «Tạo sổ theo dõi mẫu»: a small form opened on demand, then the run and its result. */
export function useTemplatePanel({ createTemplate, defaultYear, disabled = false }: TemplatePanelProps) {
  const [open, setOpen] = useState(false);
  const [yearText, setYearText] = useState(String(defaultYear));
  const [unit, setUnit] = useState('');
  const [showValidation, setShowValidation] = useState(false);
  const runTemplate = useCallback((request: TemplateRequest) => createTemplate(request), [createTemplate]);
  const action = useAction(runTemplate);
  const parsed = parseYearInput(yearText);
  const running = action.status === 'running';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowValidation(true);
    if (parsed.kind === 'invalid' || running || disabled) return;
    action.run({ year: parsed.year, unit: unit.trim() });
    setOpen(false);
  };

  return {
    open,
    openForm: () => setOpen(true),
    closeForm: () => setOpen(false),
    yearText, setYearText, unit, setUnit,
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
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
  start: { alignSelf: 'flex-start' },
});

/** Adds the tracking sheets of SCHEMA.md that the workbook lacks; never touches existing ones. */
export function TemplatePanel(props: TemplatePanelProps) {
  const styles = useStyles();
  const state = useTemplatePanel(props);
  const t = useStrings().template;
  const { action } = state;
  return (
    <div className={styles.root}>
      {state.open ? (
        <form className={styles.root} onSubmit={state.submit} noValidate aria-label={t.open}>
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
          {t.open}
        </Button>
      )}
      {action.error && <ErrorBar message={action.error} />}
      {action.result && <TemplateResult result={action.result} />}
      {action.result && <SkippedFeaturesNote skipped={action.result.skippedFeatures} />}
    </div>
  );
}
