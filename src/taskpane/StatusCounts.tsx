import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { POSTING_STATUS_SEVERITY } from '../domain/postings/labels';
import { useStrings } from './i18n';
import type { PostingJson, PostingStatus } from '../app/types';
import { POSTING_STATUS_LABELS, POSTING_STATUS_ORDER } from './labels';

export interface StatusCount {
  readonly status: PostingStatus;
  readonly label: string;
  readonly count: number;
}

/** Statuses that occur, in the label table's order; zero rows are left out of a narrow pane. */
export function countPostingsByStatus(postings: readonly Pick<PostingJson, 'status'>[]): StatusCount[] {
  const counts = new Map<PostingStatus, number>();
  for (const posting of postings) counts.set(posting.status, (counts.get(posting.status) ?? 0) + 1);
  return POSTING_STATUS_ORDER
    .filter((status) => counts.has(status))
    .map((status) => ({ status, label: POSTING_STATUS_LABELS[status], count: counts.get(status) ?? 0 }));
}

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, listStyleType: 'none', margin: 0, padding: 0 },
  empty: { color: tokens.colorNeutralForeground3 },
});

/** A status's badge colour from the domain's severity table (colour is never the only sign: the label says it). */
const COLOURS = { ok: 'success', error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface StatusCountsProps {
  readonly postings: readonly Pick<PostingJson, 'status'>[];
}

/** How many postings ended in each status, as badges, then the total. */
export function StatusCounts({ postings }: StatusCountsProps) {
  const styles = useStyles();
  const t = useStrings();
  const rows = countPostingsByStatus(postings);
  if (rows.length === 0) return <p className={styles.empty}>{t.check.noPostings}</p>;
  return (
    <ul className={styles.list} aria-label={t.check.statusTable}>
      {rows.map((row) => (
        <li key={row.status} data-status={row.status}>
          <Badge appearance="tint" size="large" shape="rounded" color={COLOURS[POSTING_STATUS_SEVERITY[row.status]]}>
            {`${t.statuses[row.status]}: ${row.count}`}
          </Badge>
        </li>
      ))}
      <li data-status="total">
        <Badge appearance="outline" size="large" shape="rounded" color="informative">{`${t.check.total}: ${postings.length}`}</Badge>
      </li>
    </ul>
  );
}
