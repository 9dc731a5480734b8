import { makeStyles, tokens } from '@fluentui/react-components';
import type { CheckReport } from '../app/types';
import { useStrings } from './i18n';
import type { Strings } from './strings';

/** `[label, count]` pairs that are not zero, as «label n, label m». */
function parts(t: Strings['summary'], counts: readonly (readonly [string, number])[]): string {
  return counts.filter(([, n]) => n > 0).map(([label, n]) => t.count(label, n)).join(', ');
}

function tally<K extends string>(keys: readonly K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/**
 * One line per table the check read besides the postings (plan, consultations, feedback, votes):
 * how many rows, and how many in each verdict, in words. A table with no rows gets no line.
 * @example tableCountLines(report, vi) // ['Kế hoạch: 3 nhiệm vụ — quá hạn 1, hoàn thành đúng hạn 2.', …]
 */
export function tableCountLines(report: Pick<CheckReport, 'tasks' | 'consultations' | 'feedback' | 'votes'>, strings: Strings): string[] {
  const t = strings.summary;
  const lines: string[] = [];
  if (report.tasks.length > 0) {
    const counts = tally(report.tasks.map((x) => x.status));
    lines.push(t.line(t.tasks, t.tasksTotal(report.tasks.length), parts(t, [...counts].map(([s, n]) => [t.taskStatuses[s], n] as const))));
  }
  if (report.consultations.length > 0) {
    const counts = tally(report.consultations.map((x) => x.status));
    lines.push(t.line(t.consultations, t.consultationsTotal(report.consultations.length),
      parts(t, [...counts].map(([s, n]) => [t.consultationStatuses[s], n] as const))));
  }
  const f = report.feedback;
  if (f.total > 0) {
    lines.push(t.line(t.feedback, t.feedbackTotal(f.total), parts(t, [
      [t.feedbackStates.accepted, f.accepted], [t.feedbackStates.partlyAccepted, f.partlyAccepted],
      [t.feedbackStates.explained, f.explained], [t.feedbackStates.pending, f.pending],
    ])));
  }
  if (report.votes.length > 0) {
    const passed = report.votes.filter((v) => v.passed === true).length;
    const failed = report.votes.filter((v) => v.passed === false).length;
    lines.push(t.line(t.votes, t.votesTotal(report.votes.length), parts(t, [
      [t.voteResults.passed, passed], [t.voteResults.failed, failed], [t.voteResults.unknown, report.votes.length - passed - failed],
    ])));
  }
  return lines;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/** The check's summary beyond the postings: every other table, in words. */
export function TableCounts({ report }: { readonly report: CheckReport }) {
  const styles = useStyles();
  const strings = useStrings();
  const lines = tableCountLines(report, strings);
  if (lines.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={strings.summary.region}>
      {lines.map((line) => <li key={line}>{line}</li>)}
    </ul>
  );
}
