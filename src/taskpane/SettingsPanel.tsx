import {
  Button, Caption1, makeStyles, Spinner, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens,
} from '@fluentui/react-components';
import { useCallback } from 'react';
import type { WorkbookSettings } from '../app/settings';
import { formatVi } from '../domain/calendar/localDate';
import type { SettingsAction } from './actions';
import { ErrorBar } from './ErrorBar';
import { FactList } from './FactList';
import { useStrings } from './i18n';
import type { Strings } from './strings';
import { useAction } from './useAction';

export interface SettingsPanelProps {
  readonly readSettings: SettingsAction;
  readonly disabled?: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  button: { alignSelf: 'flex-start' },
  number: { textAlign: 'end', whiteSpace: 'nowrap' },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  table: { tableLayout: 'auto' },
});

/** The `Thông tin` fields as term–value pairs; a blank field says so rather than disappearing. */
export function unitFacts(settings: WorkbookSettings, t: Strings['settings']): [string, string][] {
  const { info } = settings;
  const text = (value: string | number | null) => (value === null || value === '' ? t.blank : String(value));
  return [
    [t.unitFacts.unit, text(info.unit)],
    [t.unitFacts.parent, text(info.parent)],
    [t.unitFacts.place, text(info.place)],
    [t.unitFacts.year, text(info.year)],
    [t.unitFacts.asOf, info.asOf ? formatVi(info.asOf) : t.blank],
    [t.unitFacts.signer, text(info.signer)],
    [t.unitFacts.signerTitle, text(info.signerTitle)],
    [t.unitFacts.reportSymbol, text(info.reportSymbol)],
  ];
}

/** A rule's value as the check uses it: a share as a fraction («2/3»), a count with its unit. */
export function ruleValueText(rule: WorkbookSettings['rules'][number]): string {
  if (rule.value === null) return '—';
  if (rule.unit === 'tỷ lệ') return Math.abs(rule.value - 2 / 3) < 1e-9 ? '2/3' : `${Math.round(rule.value * 100)}%`;
  return `${rule.value} ${rule.unit}`;
}

/** «Thiết lập»: the unit's details, the counting method and the rules in force, read from the workbook. */
export function SettingsPanel({ readSettings, disabled = false }: SettingsPanelProps) {
  const styles = useStyles();
  const t = useStrings().settings;
  const run = useCallback(() => readSettings(), [readSettings]);
  const action = useAction<void, WorkbookSettings>(run);
  const running = action.status === 'running';
  const result = action.result;
  return (
    <section className={styles.root} aria-label={t.unitTitle}>
      <Subtitle2 as="h2">{t.unitTitle}</Subtitle2>
      <Caption1>{t.readHint}</Caption1>
      <Button className={styles.button} disabled={disabled || running} onClick={() => action.run()}
        icon={running ? <Spinner size="tiny" aria-hidden /> : undefined}>
        {t.read}
      </Button>
      {action.error && <ErrorBar message={action.error} />}
      {result && (
        <>
          <FactList facts={unitFacts(result, t)} />
          <Subtitle2 as="h3">{t.counting}</Subtitle2>
          <Text data-testid="counting">{result.countFirstDay ? t.countingFirstDay : t.countingCivil}</Text>
          <Subtitle2 as="h3">{t.rulesTitle}</Subtitle2>
          <Table size="small" aria-label={t.rulesTable} className={styles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.ruleId}</TableHeaderCell>
                <TableHeaderCell>{t.ruleDescription}</TableHeaderCell>
                <TableHeaderCell>{t.ruleValue}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.rules.map((rule) => (
                <TableRow key={rule.id} data-rule={rule.id}>
                  <TableCell className={styles.id}>{rule.id}</TableCell>
                  <TableCell>{rule.description} <Caption1>({rule.basis})</Caption1></TableCell>
                  <TableCell className={styles.number}>
                    {ruleValueText(rule)}
                    <br />
                    <Caption1>{rule.source === 'sheet' ? t.fromSheet : t.fromLaw}</Caption1>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
