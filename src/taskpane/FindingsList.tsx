import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Field, makeStyles, Select, Text, tokens,
} from '@fluentui/react-components';
import type { Severity } from '../domain/issues';
import { ErrorBar } from './ErrorBar';
import { INPUT_RULE, type FindingItem } from './findingGroups';
import { useStrings } from './i18n';
import { ruleLabel } from './ruleLabel';
import type { Strings } from './strings';
import { useFindingsList, type FindingsListProps } from './useFindingsList';

export type { FindingsListProps } from './useFindingsList';

/** A mark beside each severity's colour and word, so the three differ without colour too. */
const MARKS: Readonly<Record<Severity, string>> = { error: '✖', warning: '▲', info: 'ℹ' };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  line: {
    display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS,
    width: '100%', justifyContent: 'flex-start', textAlign: 'start', fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  message: { flexBasis: '100%' },
  rule: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  severity: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground2 },
  info: { color: tokens.colorBrandForeground1 },
  more: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, paddingTop: tokens.spacingVerticalS },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, border: 'none', margin: 0, padding: 0 },
  filter: { minWidth: '8em', flexGrow: 1 },
});

/**
 * The check's findings and input errors by sheet, worst first. Each line with a row is a button
 * that selects the row in Excel; a long sheet shows its first lines and «Xem thêm».
 */
export function FindingsList(props: FindingsListProps) {
  const styles = useStyles();
  const state = useFindingsList(props);
  const t = useStrings();
  const f = t.findings;
  if (state.total === 0) return <Text>{f.none}</Text>;
  const { filter, options } = state;
  return (
    <section className={styles.root} aria-label={f.region}>
      {state.error && <ErrorBar title={f.goFailed} message={state.error} />}
      <fieldset className={styles.filters} aria-label={f.filters}>
        <Field label={f.severity} className={styles.filter}>
          <Select value={filter.severity} onChange={(_, d) => state.setFilter({ severity: d.value as typeof filter.severity })}>
            <option value="">{f.all}</option>
            {options.severities.map((s) => <option key={s} value={s}>{t.severities[s]}</option>)}
          </Select>
        </Field>
        <Field label={f.rule} className={styles.filter}>
          <Select value={filter.rule} onChange={(_, d) => state.setFilter({ rule: d.value })}>
            <option value="">{f.all}</option>
            {options.rules.map((r) => <option key={r} value={r}>{r === INPUT_RULE ? f.inputError : ruleLabel(t, r)}</option>)}
          </Select>
        </Field>
        <Field label={f.sheet} className={styles.filter}>
          <Select value={filter.sheet} onChange={(_, d) => state.setFilter({ sheet: d.value })}>
            <option value="">{f.all}</option>
            {options.sheets.map((s) => <option key={s} value={s}>{s}</option>)}
          </Select>
        </Field>
      </fieldset>
      <Caption1 aria-live="polite">{f.shownOf(state.shown, state.total)}</Caption1>
      {state.shown === 0 && <Text>{f.noMatch}</Text>}
      <Accordion multiple collapsible defaultOpenItems={state.groups.map((g) => g.sheet)}>
        {state.groups.map((group) => (
          <AccordionItem key={group.sheet} value={group.sheet}>
            <AccordionHeader as="h3">{`${group.sheet} (${group.items.length})`}</AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list} aria-label={f.inSheet(group.sheet)}>
                {group.visible.map((item) => <li key={item.key}><FindingLine item={item} go={state.go} t={t} /></li>)}
              </ul>
              {group.hidden > 0 && (
                <div className={styles.more}>
                  <Button onClick={() => state.showMore(group.sheet)}>{f.showMore}</Button>
                  <Caption1>{f.showing(group.visible.length, group.items.length)}</Caption1>
                </div>
              )}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}

function FindingLine({ item, go, t }: { item: FindingItem; go?: (sheet: string, row: number, item: FindingItem) => void; t: Strings }) {
  const styles = useStyles();
  const body = (
    <>
      {/* The spaces between the parts are for screen readers and copied text; flex layout drops them. */}
      <span className={`${styles.severity} ${styles[item.severity]}`} data-severity={item.severity}>
        <span aria-hidden>{MARKS[item.severity]} </span>{t.severities[item.severity]}
      </span>{' '}
      <span>{item.row === null ? t.findings.wholeSheet : t.findings.row(item.row)}</span>{' '}
      <span className={styles.rule} title={item.rule ?? undefined}>{ruleLabel(t, item.rule)}</span>{' '}
      <span className={styles.message}>{item.column ? `${item.message} (${t.findings.column(item.column)})` : item.message}</span>
    </>
  );
  const row = item.row;
  if (!go || row === null) return <div className={styles.line}>{body}</div>;
  return <Button appearance="subtle" className={styles.line} onClick={() => go(item.sheet, row, item)}>{body}</Button>;
}
