import {
  Button, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, Spinner, Subtitle2, Text, tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { ProgressListener } from '../app/types';
import type { SuperiorCopyAction } from './actions';
import { ErrorBar } from './ErrorBar';
import { useStrings } from './i18n';
import { useAction } from './useAction';

export interface SuperiorCopyPanelProps {
  readonly superiorCopy: SuperiorCopyAction;
  /** No workbook open, or another action running. */
  readonly disabled?: boolean;
  /** Why this host cannot make the copy (Excel on the web, an old Excel): said in place of the button. */
  readonly blocked?: string;
}

/** Progress is shown only past this: a small book's copy is done before a bar would mean anything. */
export const PROGRESS_AFTER_MS = 1000;

/** True once `on` has held for `ms` (and false again as soon as it drops). */
export function useHeldFor(on: boolean, ms: number): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!on) {
      setHeld(false);
      return undefined;
    }
    const timer = setTimeout(() => setHeld(true), ms);
    return () => clearTimeout(timer);
  }, [on, ms]);
  return held;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  button: { alignSelf: 'flex-start' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/**
 * «Bản gửi cấp trên» (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15): a copy of the open workbook without
 * citizens' names and contact details, downloaded (page) or opened as a new workbook (Excel).
 */
export function SuperiorCopyPanel({ superiorCopy, disabled = false, blocked }: SuperiorCopyPanelProps) {
  const styles = useStyles();
  const t = useStrings().superior;
  const run = useCallback((_: null, onProgress: ProgressListener) => superiorCopy({ onProgress }), [superiorCopy]);
  const action = useAction(run);
  const running = action.status === 'running';
  const showProgress = useHeldFor(running, PROGRESS_AFTER_MS);
  const result = action.result;
  const hidden = result?.hidden.filter((h) => h.cells > 0) ?? [];
  return (
    <section className={styles.root} aria-label={t.region}>
      <Subtitle2 as="h2">{t.region}</Subtitle2>
      <Text>{t.intro}</Text>
      {blocked ? (
        <MessageBar intent="info" layout="multiline"><MessageBarBody>{blocked}</MessageBarBody></MessageBar>
      ) : (
        <Button className={styles.button} disabled={disabled || running} onClick={() => action.run(null)}
          icon={running ? <Spinner size="tiny" aria-hidden /> : undefined}>
          {t.run}
        </Button>
      )}
      {showProgress && action.progress && (
        <Field label={t.region} validationMessage={action.progress.label} validationState="none">
          <ProgressBar value={action.progress.fraction ?? undefined} aria-valuetext={action.progress.label} />
        </Field>
      )}
      {action.error && <ErrorBar message={action.error} />}
      {result && (
        <MessageBar intent="success" layout="multiline" aria-label={t.region}>
          <MessageBarBody>
            <div>{result.fileName ? t.downloaded(result.fileName) : t.openedInExcel}</div>
            {hidden.length === 0 ? <div>{t.nothingHidden}</div> : (
              <ul className={styles.list}>
                {hidden.map((h) => <li key={`${h.sheet}|${h.header}`}>{t.hiddenColumn(h.sheet, h.header, h.cells)}</li>)}
              </ul>
            )}
            <div>{t.checkTexts}</div>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
