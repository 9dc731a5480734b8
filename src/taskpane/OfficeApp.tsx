import { useMemo, useState, useSyncExternalStore } from 'react';
import { App, type AppProps } from './App';
import type { BoundActions } from './bindActions';
import { ConsolidatePanel } from './ConsolidatePanel';
import { createGate } from './gate';
import { ImportPlanPanel } from './ImportPlanPanel';
import type { ConsolidateAction } from './consolidateAction';
import type { ImportPlanActions } from './importPlanActions';
import type { Lang } from './i18n';
import { DownloadProvider, type DownloadRoute } from './downloadRoute';
import { STRINGS } from './strings';

export interface OfficeAppProps extends Omit<AppProps, keyof BoundActions | 'busy' | 'initialLang' | 'consolidate' | 'importPlan'> {
  readonly actions: BoundActions;
  readonly initialLang: Lang;
  /** «Tổng hợp đơn vị» and «Nhập kế hoạch»; absent: no such tab, no such section. */
  readonly consolidate?: ConsolidateAction;
  readonly importPlan?: ImportPlanActions;
  /** Today, for the consolidation's file names. */
  readonly today?: AppProps['today'];
  /** Excel for Mac: the pane cannot save files; each download says what to do instead. */
  readonly downloads?: DownloadRoute;
}

/**
 * The pane inside Excel: the bound actions through one gate, so a report cannot start while a
 * check is still writing the same workbook, and every button is disabled while one runs.
 */
export function OfficeApp({ actions, initialLang, onLangChange, consolidate, importPlan, superiorCopy, downloads = { blocked: false }, ...rest }: OfficeAppProps) {
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
      inspect: through(actions.inspect),
      saveReading: through(actions.saveReading),
      // Selecting a row writes nothing: it may run beside a check.
      goToRow: actions.goToRow,
      consolidate: consolidate && through(consolidate),
      superiorCopy: superiorCopy && through(superiorCopy),
      appendRows: importPlan && through(importPlan.appendRows),
    };
  }, [actions, gate, consolidate, importPlan, superiorCopy]);
  const { consolidate: consolidateAction, appendRows, ...appActions } = gated;
  const disabled = rest.unavailable !== undefined;
  return (
    <DownloadProvider value={downloads}>
      <App
        {...rest}
        {...appActions}
        consolidate={consolidateAction && rest.today
          ? <ConsolidatePanel consolidate={consolidateAction} target="open-workbook" disabled={disabled} today={rest.today} /> : undefined}
        importPlan={importPlan && appendRows
          ? <ImportPlanPanel readPlan={importPlan.readPlan} appendRows={appendRows} disabled={disabled || busy} /> : undefined}
        busy={busy}
        workbookKey="excel"
        initialLang={initialLang}
        onLangChange={(next) => { setLang(next); onLangChange?.(next); }}
      />
    </DownloadProvider>
  );
}
