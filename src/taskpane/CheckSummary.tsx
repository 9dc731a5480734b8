import {
  makeStyles, MessageBar, MessageBarBody, Subtitle2, Text, tokens,
} from '@fluentui/react-components';
import { formatVi, parseIso } from '../domain/calendar/localDate';
import { FactList } from './FactList';
import { useStrings } from './i18n';
import type { CheckResult } from './actions';
import { RenamedOutputsNote } from './RenamedOutputsNote';
import { SkippedFeaturesNote } from './SkippedFeaturesNote';
import { StatusCounts } from './StatusCounts';
import { TableCounts } from './TableCounts';

/** `"KQ Kiểm tra"` or `"A", "B"`: sheet names quoted as the user sees them on the tabs. */
export function quoteSheets(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

/** The ISO as-of date of the report, as staff write it; the raw text if it is not a date. */
export function displayDate(iso: string): string {
  const date = parseIso(iso);
  return date ? formatVi(date) : iso;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface CheckSummaryProps {
  readonly result: CheckResult;
}

/** What one check found: whose workbook, on which day, postings by status, every other table, and where it wrote. */
export function CheckSummary({ result }: CheckSummaryProps) {
  const styles = useStyles();
  const t = useStrings().check;
  const { report, write } = result;
  const facts: [string, string | number][] = [
    [t.unit, report.unit || t.noUnit],
    [t.asOf, displayDate(report.asOf)],
    [t.findingsCount, report.findings.length],
    [t.inputErrorsCount, report.inputErrors.length],
  ];
  return (
    <section className={styles.root} aria-label={t.resultTitle}>
      <Subtitle2 as="h2">{t.resultTitle}</Subtitle2>
      <FactList facts={facts} strong />
      <StatusCounts postings={report.postings} />
      <TableCounts report={report} />
      {write.written.length > 0 ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t.wroteTo(quoteSheets(write.written))}</MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <Text>{t.nothingWritten}</Text>
          </MessageBarBody>
        </MessageBar>
      )}
      <RenamedOutputsNote renamed={result.renamedOutputs} />
      <SkippedFeaturesNote skipped={result.skippedFeatures} />
    </section>
  );
}
