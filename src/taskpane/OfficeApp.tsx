import { useMemo, useState, useSyncExternalStore } from 'react';
import { App, type AppProps } from './App';
import type { BoundActions } from './bindActions';
import { createGate } from './gate';
import type { Lang } from './i18n';
import { STRINGS } from './strings';

export interface OfficeAppProps extends Omit<AppProps, keyof BoundActions | 'busy' | 'initialLang'> {
  readonly actions: BoundActions;
  readonly initialLang: Lang;
}

/**
 * The pane inside Excel: the bound actions through one gate, so a report cannot start while a
 * check is still writing the same workbook, and every button is disabled while one runs.
 */
export function OfficeApp({ actions, initialLang, onLangChange, ...rest }: OfficeAppProps) {
  const [lang, setLang] = useState(initialLang);
  const busyText = STRINGS[lang].busyElsewhere;
  const gate = useMemo(() => createGate(() => busyText), [busyText]);
  const busy = useSyncExternalStore(gate.subscribe, gate.isBusy);
  const gated = useMemo(() => {
    const through = <A extends unknown[], R>(action: (...args: A) => Promise<R>) => (...args: A) => gate.run(() => action(...args));
    return {
      check: through(actions.check),
      createTemplate: through(actions.createTemplate),
      makeReports: through(actions.makeReports),
      readSettings: through(actions.readSettings),
      // Selecting a row writes nothing: it may run beside a check.
      goToRow: actions.goToRow,
    };
  }, [actions, gate]);
  return (
    <App
      {...rest}
      {...gated}
      busy={busy}
      initialLang={initialLang}
      onLangChange={(next) => { setLang(next); onLangChange?.(next); }}
    />
  );
}
