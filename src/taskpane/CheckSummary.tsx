import {
  makeStyles, MessageBar, MessageBarBody, Subtitle2, Text, tokens,
} from '@fluentui/react-components';
import { formatVi, parseIso } from '../domain/calendar/localDate';
import { FactList } from './FactList';
import type { CheckResult } from './actions';
import { RenamedOutputsNote } from './RenamedOutputsNote';
import { SkippedFeaturesNote } from './SkippedFeaturesNote';
import { StatusCounts } from './StatusCounts';

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

/** What one check found: whose workbook, on which day, postings by status, and where it wrote. */
export function CheckSummary({ result }: CheckSummaryProps) {
  const styles = useStyles();
  const { report, write } = result;
  const facts: [string, string | number][] = [
    ['Đơn vị', report.unit || '(chưa ghi tên đơn vị)'],
    ['Ngày đánh giá', displayDate(report.asOf)],
    ['Số phát hiện', report.findings.length],
    ['Số lỗi dữ liệu đầu vào', report.inputErrors.length],
  ];
  return (
    <section className={styles.root} aria-label="Kết quả kiểm tra">
      <Subtitle2 as="h2">Kết quả kiểm tra</Subtitle2>
      <FactList facts={facts} strong />
      <StatusCounts postings={report.postings} />
      {write.written.length > 0 ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>Đã ghi kết quả vào sheet {quoteSheets(write.written)}</MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <Text>Không có sheet kết quả nào được ghi.</Text>
          </MessageBarBody>
        </MessageBar>
      )}
      <RenamedOutputsNote renamed={result.renamedOutputs} />
      <SkippedFeaturesNote skipped={result.skippedFeatures} />
    </section>
  );
}
