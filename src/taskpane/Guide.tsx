import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useStrings } from './i18n';

const SEEN_KEY = 'dccs.guideSeen';

function readSeen(): boolean {
  try {
    return window.localStorage.getItem(SEEN_KEY) === '1';
  } catch {
    return false; // storage blocked: the guide shows each time, which only costs a click
  }
}

function writeSeen(): void {
  try {
    window.localStorage.setItem(SEEN_KEY, '1');
  } catch {
    // not remembered: the guide shows again next time
  }
}

/** Whether the guide shows: on first use, until dismissed; again on request. */
export function useGuide() {
  const [open, setOpen] = useState(() => !readSeen());
  return {
    open,
    show: () => setOpen(true),
    hide: () => { writeSeen(); setOpen(false); },
  };
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export interface GuideProps {
  readonly onClose: () => void;
  /** The open file is the bundled sample: say so first. */
  readonly sample?: boolean;
}

/** A short guide on first use: what the sample is, what each screen does, what a verdict means, where the law is cited. */
export function Guide({ onClose, sample = false }: GuideProps) {
  const styles = useStyles();
  const t = useStrings().guide;
  return (
    <MessageBar intent="info" layout="multiline" aria-label={t.title}>
      <MessageBarBody>
        <MessageBarTitle>{t.title}</MessageBarTitle>
        <ul className={styles.list}>
          {sample && <li>{t.sample}</li>}
          <li>{t.steps}</li>
          <li>{t.verdicts}</li>
          <li>{t.law}</li>
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onClose}>{t.close}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
