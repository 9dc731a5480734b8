import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, makeStyles, Text, tokens,
} from '@fluentui/react-components';
import type { Severity } from '../domain/issues';
import { ErrorBar } from './ErrorBar';
import type { FindingItem } from './findingGroups';
import { INPUT_ERROR_LABEL, SEVERITY_LABELS } from './labels';
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
  rule: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  severity: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground2 },
  info: { color: tokens.colorBrandForeground1 },
  more: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, paddingTop: tokens.spacingVerticalS },
});

/**
 * The check's findings and input errors by sheet, worst first. Each line with a row is a button
 * that selects the row in Excel; a long sheet shows its first lines and «Xem thêm».
 */
export function FindingsList(props: FindingsListProps) {
  const styles = useStyles();
  const state = useFindingsList(props);
  if (state.total === 0) return <Text>Không có phát hiện hay lỗi dữ liệu nào.</Text>;
  return (
    <section className={styles.root} aria-label="Danh sách phát hiện">
      {state.error && <ErrorBar title="Không chuyển được đến dòng" message={state.error} />}
      <Accordion multiple collapsible defaultOpenItems={state.groups.map((g) => g.sheet)}>
        {state.groups.map((group) => (
          <AccordionItem key={group.sheet} value={group.sheet}>
            <AccordionHeader as="h3">{`${group.sheet} (${group.items.length})`}</AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list} aria-label={`Phát hiện trong sheet ${group.sheet}`}>
                {group.visible.map((item) => <li key={item.key}><FindingLine item={item} go={state.go} /></li>)}
              </ul>
              {group.hidden > 0 && (
                <div className={styles.more}>
                  <Button onClick={() => state.showMore(group.sheet)}>Xem thêm</Button>
                  <Caption1>{`Đang hiện ${group.visible.length}/${group.items.length}`}</Caption1>
                </div>
              )}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}

function FindingLine({ item, go }: { item: FindingItem; go?: (sheet: string, row: number) => void }) {
  const styles = useStyles();
  const body = (
    <>
      {/* The spaces between the parts are for screen readers and copied text; flex layout drops them. */}
      <span className={`${styles.severity} ${styles[item.severity]}`} data-severity={item.severity}>
        <span aria-hidden>{MARKS[item.severity]} </span>{SEVERITY_LABELS[item.severity]}
      </span>{' '}
      <span>{item.row === null ? 'Cả sheet' : `Dòng ${item.row}`}</span>{' '}
      <span className={styles.rule}>{item.rule ?? INPUT_ERROR_LABEL}</span>{' '}
      <span className={styles.message}>{item.column ? `${item.message} (cột ${item.column})` : item.message}</span>
    </>
  );
  const row = item.row;
  if (!go || row === null) return <div className={styles.line}>{body}</div>;
  return <Button appearance="subtle" className={styles.line} onClick={() => go(item.sheet, row)}>{body}</Button>;
}
