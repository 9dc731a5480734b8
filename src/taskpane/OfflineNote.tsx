import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import type { Lang } from './i18n';
import type { OfflineController } from './offline';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  note: { display: 'block', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, color: tokens.colorNeutralForeground3 },
  bar: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
});

/** The standalone page's offline copy, in one line; a bar with «Tải lại» when a newer release waits. */
export function OfflineNote({ controller, lang }: { readonly controller: OfflineController; readonly lang: Lang }) {
  const styles = useStyles();
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const t = STRINGS[lang].offline;
  if (state === 'unsupported') return null;
  if (state === 'update') {
    return (
      <MessageBar className={styles.bar} intent="info" layout="multiline" role="status">
        <MessageBarBody>
          <MessageBarTitle>{t.update}</MessageBarTitle>
          {t.updateHint}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={() => controller.applyUpdate()}>{t.reload}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return <Text as="p" size={200} className={styles.note} role="status">{t[state]}</Text>;
}
