import {
  makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens,
} from '@fluentui/react-components';
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
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  total: { fontWeight: tokens.fontWeightSemibold },
  empty: { color: tokens.colorNeutralForeground3 },
});

export interface StatusCountsProps {
  readonly postings: readonly Pick<PostingJson, 'status'>[];
}

/** How many postings ended in each status, with a total row. */
export function StatusCounts({ postings }: StatusCountsProps) {
  const styles = useStyles();
  const rows = countPostingsByStatus(postings);
  if (rows.length === 0) return <p className={styles.empty}>Chưa có nội dung niêm yết nào để kiểm tra.</p>;
  return (
    <Table size="small" aria-label="Số nội dung niêm yết theo kết quả">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Kết quả niêm yết</TableHeaderCell>
          <TableHeaderCell className={styles.number}>Số nội dung</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.status} data-status={row.status}>
            <TableCell>{row.label}</TableCell>
            <TableCell className={styles.number}>{row.count}</TableCell>
          </TableRow>
        ))}
        <TableRow className={styles.total}>
          <TableCell>Tổng cộng</TableCell>
          <TableCell className={styles.number}>{postings.length}</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
