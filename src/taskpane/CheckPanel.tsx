import {
  Button, Field, Input, makeStyles, ProgressBar, Spinner, tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { ProgressListener } from '../app/types';
import type { LocalDate } from '../domain/calendar/localDate';
import type { CheckAction, GoToRowAction } from './actions';
import { CheckSummary } from './CheckSummary';
import { DueSoon } from './DueSoon';
import { ComplianceChart } from './ComplianceChart';
import { ErrorBar } from './ErrorBar';
import { FindingsList } from './FindingsList';
import { useStrings } from './i18n';
import { parseDateInput } from './parseDateInput';
import { useAction } from './useAction';

export interface CheckPanelProps {
  readonly check: CheckAction;
  /** True when there is no workbook to check (opened outside Excel). */
  readonly disabled?: boolean;
  /** Selects a finding's row in Excel; without it the findings list is plain text. */
  readonly goToRow?: GoToRowAction;
  /** Changes when the workbook's reading was saved: the check runs again by itself. */
  readonly recheck?: number;
  /** Opens «Cách đọc sổ»; absent: no link. */
  readonly onShowReading?: () => void;
}

/**
 * State of the check form: the as-of text, its validation (shown once the user leaves the box or
 * presses «Kiểm tra», not while typing), and the run.
 */
export function useCheckPanel({ check, disabled = false, recheck = 0 }: CheckPanelProps) {
  const { inputs } = useStrings();
  const [asOfText, setAsOfText] = useState('');
  const [showValidation, setShowValidation] = useState(false);
  const runCheck = useCallback(
    (asOf: LocalDate | undefined, onProgress: ProgressListener) => check({ asOf, onProgress }),
    [check],
  );
  const action = useAction(runCheck);
  const parsed = parseDateInput(asOfText, inputs);
  const running = action.status === 'running';

  // A saved reading: check again with the same as-of date (once the save has let the workbook go).
  const lastRecheck = useRef(recheck);
  const asOfNow = useRef(parsed);
  asOfNow.current = parsed;
  const { run } = action;
  useEffect(() => {
    if (recheck === lastRecheck.current) return;
    lastRecheck.current = recheck;
    const typed = asOfNow.current;
    run(typed.kind === 'date' ? typed.date : undefined);
  }, [recheck, run]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowValidation(true);
    if (parsed.kind === 'invalid' || running || disabled) return;
    action.run(parsed.kind === 'date' ? parsed.date : undefined);
  };

  return {
    asOfText,
    setAsOfText,
    onAsOfBlur: () => setShowValidation(true),
    validationMessage: showValidation && parsed.kind === 'invalid' ? parsed.message : undefined,
    submit,
    running,
    canRun: !running && !disabled,
    action,
  };
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  button: { alignSelf: 'flex-start' },
});

/** «Kiểm tra»: checks the workbook, writes the findings sheet, and summarises what it found. */
export function CheckPanel(props: CheckPanelProps) {
  const styles = useStyles();
  const state = useCheckPanel(props);
  const t = useStrings();
  const { action } = state;
  return (
    <div className={styles.form}>
      <form className={styles.form} onSubmit={state.submit} noValidate>
        <Field
          label={t.check.asOf}
          hint={t.check.asOfHint}
          validationState={state.validationMessage ? 'error' : 'none'}
          validationMessage={state.validationMessage}
        >
          <Input
            value={state.asOfText}
            placeholder="dd/mm/yyyy"
            inputMode="numeric"
            onChange={(_, data) => state.setAsOfText(data.value)}
            onBlur={state.onAsOfBlur}
            disabled={props.disabled && !state.running}
          />
        </Field>
        <Button
          className={styles.button}
          appearance="primary"
          type="submit"
          disabled={!state.canRun}
          icon={state.running ? <Spinner size="tiny" aria-hidden /> : undefined}
        >
          {t.check.run}
        </Button>
      </form>
      {props.onShowReading && (
        <Button className={styles.button} appearance="transparent" onClick={props.onShowReading}>{t.reading.openFromCheck}</Button>
      )}
      {action.progress && (
        <Field label={t.progress} validationMessage={action.progress.label} validationState="none">
          <ProgressBar value={action.progress.fraction ?? undefined} aria-valuetext={action.progress.label} />
        </Field>
      )}
      {action.error && <ErrorBar message={action.error} />}
      {action.result && <CheckSummary result={action.result} />}
      {action.result && <DueSoon report={action.result.report} />}
      {action.result?.chart && <ComplianceChart chart={action.result.chart} title={t.check.chartTitle} emptyText={t.check.chartEmpty} />}
      {action.result && (
        <FindingsList findings={action.result.report.findings} inputErrors={action.result.report.inputErrors} goToRow={props.goToRow} />
      )}
    </div>
  );
}
