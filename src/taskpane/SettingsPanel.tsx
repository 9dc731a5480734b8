import {
  Badge, Button, Caption1, makeStyles, Spinner, Subtitle2, Text, tokens,
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
  rules: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  rule: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingTop: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  value: { fontWeight: tokens.fontWeightSemibold },
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
          {/* A list, not a table: a task pane is ~320 px wide and the descriptions are long. */}
          <ul className={styles.rules} aria-label={t.rulesTable}>
            {result.rules.map((rule) => (
              <li key={rule.id} className={styles.rule} data-rule={rule.id}>
                <div className={styles.head}>
                  <span className={styles.id}>{rule.id}</span>
                  <span className={styles.value}>{`${t.ruleValue}: ${ruleValueText(rule)}`}</span>
                  <Badge appearance="tint" color={rule.source === 'sheet' ? 'brand' : 'informative'}>
                    {rule.source === 'sheet' ? t.fromSheet : t.fromLaw}
                  </Badge>
                </div>
                <Text>{rule.description}</Text>
                <Caption1>{`${t.ruleBasis}: ${rule.basis}`}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
