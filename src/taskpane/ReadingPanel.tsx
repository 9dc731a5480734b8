import {
  Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle2, Text, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { FactReading, Reading } from '../sheets/reading/types';
import { ErrorBar } from './ErrorBar';
import { useStrings } from './i18n';
import { setUnitName, unitOf, acceptProposals } from './readingEdits';
import { ReadingTable } from './ReadingTable';
import type { Strings } from './strings';
import { useReadingPanel, type ReadingPanelOptions } from './useReadingPanel';

export type ReadingPanelProps = ReadingPanelOptions;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  wrap: { overflowWrap: 'anywhere' },
});

function factValue(t: Strings['reading'], f: FactReading): string {
  if (f.key === 'level') return t.levels[f.value as keyof Strings['reading']['levels']] ?? String(f.value);
  return String(f.value);
}

/**
 * «Cách đọc sổ»: how the workbook was read — each table and where, each column's meaning with its
 * confidence, the columns not recognised, the facts inferred and from where — corrected by the
 * person and saved into the workbook, after which the check runs again.
 */
export function ReadingPanel(props: ReadingPanelProps) {
  const styles = useStyles();
  const s = useStrings();
  const t = s.reading;
  const state = useReadingPanel(props);
  const { reading } = state;
  const off = props.disabled === true || state.busy;
  // Remounts the tables' own inputs when the draft is thrown away or a new reading arrives.
  const [generation, setGeneration] = useState(0);
  const hasProposals = (r: Reading) => r.tables.some((tb) => tb.columns.some((c) => c.status === 'proposed'));

  return (
    <div className={styles.root}>
      <Text>{t.intro}</Text>
      {props.workbookKey === null && <Text>{t.needFile}</Text>}
      {props.workbookKey !== null && (
        <div className={styles.buttons}>
          <Button onClick={() => { state.reread(); setGeneration((g) => g + 1); }} disabled={off}
            icon={state.status === 'reading' ? <Spinner size="tiny" aria-hidden /> : undefined}>
            {t.reread}
          </Button>
        </div>
      )}
      {state.status === 'reading' && <Text role="status">{t.reading}</Text>}
      {state.error && <ErrorBar message={state.error} />}
      {reading && (
        <>
          <MessageBar intent={state.weak ? 'warning' : reading.confirmed ? 'success' : 'info'} layout="multiline">
            <MessageBarBody>{state.weak ? t.weak : reading.confirmed ? t.confirmed : t.notConfirmed}</MessageBarBody>
          </MessageBar>
          <section aria-label={t.factsTitle} className={styles.root}>
            <Subtitle2 as="h3">{t.factsTitle}</Subtitle2>
            <Text size={200}>{t.factsHint}</Text>
            {reading.facts.length > 0 && (
              <ul className={styles.list}>
                {reading.facts.filter((f) => f.from.how !== 'user').map((f) => (
                  <li key={`${f.key}-${f.from.text}`}>
                    {`${t.facts[f.key]}: ${factValue(t, f)} — ${t.factFrom(t.how[f.from.how], f.from.text, f.from.sheet, f.from.row)}`}
                  </li>
                ))}
              </ul>
            )}
            <Field label={t.unitName} hint={t.unitHint}>
              <Input key={generation} defaultValue={unitOf(reading)} disabled={off} onBlur={(e) => {
                const value = e.currentTarget.value;
                if (value.trim() !== unitOf(reading)) state.edit((r) => setUnitName(r, value));
              }} />
            </Field>
          </section>
          {reading.tables.length === 0 && <Text>{t.noTables}</Text>}
          {hasProposals(reading) && (
            <div className={styles.buttons}>
              <Button onClick={() => state.edit((r) => r.tables.reduce((acc, _tb, i) => acceptProposals(acc, i), r))} disabled={off}>{t.acceptAll}</Button>
            </div>
          )}
          {reading.tables.map((table, i) => (
            <ReadingTable key={`${generation}-${table.sheet}-${table.headerRows.join('-')}-${i}`} table={table} index={i} disabled={off} edit={state.edit} />
          ))}
          {reading.notFound.filter((k) => k !== 'daysOff' && k !== 'rules').length > 0 && (
            <Text className={styles.wrap}>{t.notFound(reading.notFound.filter((k) => k !== 'daysOff' && k !== 'rules').map((k) => t.kinds[k]).join(', '))}</Text>
          )}
          {reading.otherSheets.length > 0 && <Text className={styles.wrap}>{t.otherSheets(reading.otherSheets.map((n) => `«${n}»`).join(', '))}</Text>}
          {state.edited && <Text weight="semibold" role="status">{t.edited}</Text>}
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={state.save} disabled={off}
              icon={state.status === 'saving' ? <Spinner size="tiny" aria-hidden /> : undefined}>
              {t.save}
            </Button>
            {state.edited && <Button onClick={() => { state.discard(); setGeneration((g) => g + 1); }} disabled={off}>{t.discard}</Button>}
          </div>
          {state.status === 'saved' && (
            <MessageBar intent="success" layout="multiline"><MessageBarBody>{t.saved}</MessageBarBody></MessageBar>
          )}
        </>
      )}
    </div>
  );
}
