import { Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { parseIso, type LocalDate } from '../domain/calendar/localDate';
import type { ReportAction } from './actions';
import { quoteSheets } from './CheckSummary';
import { ComplianceChart } from './ComplianceChart';
import { downloadBytes, reportFileName } from './downloadFile';
import { DownloadOr } from './downloadRoute';
import { useStrings } from './i18n';
import { RenamedOutputsNote } from './RenamedOutputsNote';
import { SkippedFeaturesNote } from './SkippedFeaturesNote';

export type ReportOutcome = Awaited<ReturnType<ReportAction>>;

export interface ReportResultProps {
  readonly result: ReportOutcome;
  /** The day the file is named after when the result does not say (the as-of date sent, or today). */
  readonly fallbackDate: LocalDate;
  /** Injectable for tests; saves the bytes as a file. */
  readonly download?: typeof downloadBytes;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  button: { alignSelf: 'flex-start' },
});

/** What «Lập báo cáo» wrote, where a user's sheet made it go elsewhere, the Word draft and the chart. */
export function ReportResult({ result, fallbackDate, download = downloadBytes }: ReportResultProps) {
  const styles = useStyles();
  const t = useStrings();
  const date = (result.asOf ? parseIso(result.asOf) : null) ?? fallbackDate;
  const fileName = reportFileName(result.unit, date);
  return (
    <section className={styles.root} aria-label={t.report.resultRegion}>
      <MessageBar intent={result.written.length > 0 ? 'success' : 'warning'} layout="multiline">
        <MessageBarBody>
          {result.written.length > 0 ? t.report.wrote(quoteSheets(result.written)) : t.report.nothingWritten}
        </MessageBarBody>
      </MessageBar>
      <RenamedOutputsNote renamed={result.renamed} />
      <SkippedFeaturesNote skipped={result.skippedFeatures} />
      <DownloadOr what="word">
        <Button className={styles.button} onClick={() => download(result.docx, fileName)} title={fileName}>
          {t.report.downloadWord}
        </Button>
      </DownloadOr>
      <Subtitle2 as="h3">{t.report.chartTitle}</Subtitle2>
      <ComplianceChart chart={result.chart} title={t.check.chartTitle} emptyText={t.check.chartEmpty} />
    </section>
  );
}
