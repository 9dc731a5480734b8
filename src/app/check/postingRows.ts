import type { Issue } from '../../domain/issues';
import { CONTENT_GROUPS, POSTING_FORMS, vocabEntry } from '../../domain/vocabulary';
import type { PostingRow } from '../../domain/postings/types';
import type { TableRead } from '../../sheets/table';
import type { POSTINGS_SHEET, RecordOf } from '../../sheets/schema';

type PostingRecord = RecordOf<typeof POSTINGS_SHEET>;

/** Maps the parsed `Công khai` table to domain rows; a row with an input error is marked, not dropped. */
export function toPostingRows(sheet: string, table: TableRead<PostingRecord>): PostingRow[] {
  const badRows = new Set(table.issues.filter((i: Issue) => i.severity === 'error' && i.row !== null).map((i) => i.row));
  return table.rows.map(({ row, record }) => {
    const group = record.group ? vocabEntry(CONTENT_GROUPS, record.group) : null;
    const form = record.form ?? null;
    return {
      sheet, row,
      title: record.title ?? '',
      clause: group ? group.clause : null,
      form,
      formText: form ? vocabEntry(POSTING_FORMS, form)?.label ?? null : null,
      documentDate: record.documentDate ?? null,
      start: record.start ?? null,
      end: record.end ?? null,
      requiredDaysOverride: record.requiredDays ?? null,
      hasBadCells: badRows.has(row),
    };
  });
}
