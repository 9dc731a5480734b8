import {
  Button, Field, Input, makeStyles, ProgressBar, Select, Spinner, tokens,
} from '@fluentui/react-components';
import { useCallback, useState, type FormEvent } from 'react';
import type { LocalDate } from '../domain/calendar/localDate';
import type { ReportAction, ReportRequest } from './actions';
import { ErrorBar } from './ErrorBar';
import { useStrings } from './i18n';
import { parseDateInput } from './parseDateInput';
import { parseQuarterKey, quarterKey, quarterOfDate, recentQuarters, type Quarter } from './quarters';
import { ReportResult } from './ReportResult';
import { useAction } from './useAction';

export interface ReportPanelProps {
  readonly makeReports: ReportAction;
  /** True when there is no workbook (opened outside Excel). */
  readonly disabled?: boolean;
  /** Today, from the entry point's clock: the quarters offered when the book's year is not known. */
  readonly today: LocalDate;
  /** The workbook's year, as read: its four quarters are offered. */
  readonly bookYear?: number | null;
}

type Args = Omit<ReportRequest, 'onProgress'>;

/**
 * State of «Lập báo cáo»: the as-of date (as in «Kiểm tra»), the quarter of the quarterly list —
 * following the as-of date's quarter until the user picks one — and the run.
 */
export function useReportPanel({ makeReports, disabled = false, today, bookYear = null }: ReportPanelProps) {
  const { inputs } = useStrings();
  const [asOfText, setAsOfText] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const [showValidation, setShowValidation] = useState(false);
  const [sentDate, setSentDate] = useState<LocalDate>(today);
  const run = useCallback(
    (args: Args, onProgress: ReportRequest['onProgress']) => makeReports({ ...args, onProgress }),
    [makeReports],
  );
  const action = useAction(run);
  const parsed = parseDateInput(asOfText, inputs);
  const typed = parsed.kind === 'date' ? parsed.date : null;
  const reference = typed ?? today;
  const quarters = offeredQuarters(typed, bookYear, today);
  // Not picked: the as-of date's quarter — the typed one's, or the one the workbook's «Ngày đánh
  // giá» falls in, which only the use case knows (as `dccs report` does). Never today's by itself.
  const chosen = picked ? parseQuarterKey(picked) : null;
  const quarter = chosen ?? (typed ? quarterOfDate(typed) : undefined);
  const running = action.status === 'running';
  const available = !disabled;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowValidation(true);
    if (parsed.kind === 'invalid' || running || !available) return;
    setSentDate(reference);
    action.run({ asOf: parsed.kind === 'date' ? parsed.date : undefined, quarter });
  };

  return {
    asOfText, setAsOfText,
    onAsOfBlur: () => setShowValidation(true),
    validationMessage: showValidation && parsed.kind === 'invalid' ? parsed.message : undefined,
    // The picked quarter stays listed even when the as-of date moves away from it.
    options: chosen && !quarters.some((q) => quarterKey(q) === picked) ? [chosen, ...quarters] : quarters,
    quarterValue: picked ?? '',
    /** The first choice: the as-of date's quarter, named when a date is typed. */
    autoQuarter: typed ? quarterOfDate(typed) : null,
    pickQuarter: (key: string) => setPicked(key === '' ? null : key),
    submit, running, available, action, sentDate,
  };
}

/**
 * The quarters offered: the typed as-of date's and the three before it, the four of the workbook's
 * year, else the recent ones from today; newest first, each once.
 * @example offeredQuarters(null, 2024, { y: 2026, m: 12, d: 2 }).map(quarterLabel) // ['Quý IV/2024', …, 'Quý I/2024']
 */
export function offeredQuarters(typed: LocalDate | null, bookYear: number | null, today: LocalDate): Quarter[] {
  const list = [
    ...(typed ? recentQuarters(typed, 4) : []),
    ...(bookYear ? ([4, 3, 2, 1] as const).map((quarter) => ({ year: bookYear, quarter })) : []),
  ];
  const all = list.length > 0 ? list : recentQuarters(today);
  const unique = [...new Map(all.map((q) => [quarterKey(q), q])).values()];
  return unique.sort((a, b) => b.year * 4 + b.quarter - (a.year * 4 + a.quarter));
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  button: { alignSelf: 'flex-start' },
});

/** «Lập báo cáo»: writes Tổng hợp, Báo cáo, DS Công khai and TH Ý kiến, then offers the Word draft. */
export function ReportPanel(props: ReportPanelProps) {
  const styles = useStyles();
  const state = useReportPanel(props);
  const t = useStrings();
  const { action } = state;
  return (
    <div className={styles.form}>
      <form className={styles.form} onSubmit={state.submit} noValidate aria-label={t.report.region}>
        <Field
          label={t.report.asOf}
          hint={t.check.asOfHint}
          validationState={state.validationMessage ? 'error' : 'none'}
          validationMessage={state.validationMessage}
        >
          <Input value={state.asOfText} placeholder="dd/mm/yyyy" inputMode="numeric" disabled={!state.available}
            onChange={(_, d) => state.setAsOfText(d.value)} onBlur={state.onAsOfBlur} />
        </Field>
        <Field label={t.report.quarter}>
          <Select value={state.quarterValue} disabled={!state.available} onChange={(_, d) => state.pickQuarter(d.value)}>
            <option value="">{state.autoQuarter ? t.report.quarterOfAsOfNamed(t.quarterName(state.autoQuarter.quarter, state.autoQuarter.year)) : t.report.quarterOfAsOf}</option>
            {state.options.map((q) => <option key={quarterKey(q)} value={quarterKey(q)}>{t.quarterName(q.quarter, q.year)}</option>)}
          </Select>
        </Field>
        <Button className={styles.button} appearance="primary" type="submit" disabled={!state.available || state.running}
          icon={state.running ? <Spinner size="tiny" aria-hidden /> : undefined}>
          {t.report.run}
        </Button>
      </form>
      {action.progress && (
        <Field label={t.progress} validationMessage={action.progress.label} validationState="none">
          <ProgressBar value={action.progress.fraction ?? undefined} aria-valuetext={action.progress.label} />
        </Field>
      )}
      {action.error && <ErrorBar message={action.error} />}
      {action.result && <ReportResult result={action.result} fallbackDate={state.sentDate} />}
    </div>
  );
}
