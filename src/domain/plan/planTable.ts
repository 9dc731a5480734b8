import { matchKey } from '../text/normalize';
import type { PlanLine } from './planLines';

/**
 * Plans that list their tasks in a table (STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
 * Thời gian thực hiện): the header row is found by its words, as SCHEMA.md finds a sheet's, and
 * each row under it is a task. A row that only names a group (`I | CÔNG TÁC TUYÊN TRUYỀN`) is not.
 */
export type TableField = 'index' | 'title' | 'lead' | 'advisor' | 'partners' | 'time' | 'note';

const HEADERS: Readonly<Record<TableField, readonly string[]>> = {
  index: ['stt', 'tt', 'so tt', 'so thu tu'],
  title: ['noi dung', 'noi dung cong viec', 'noi dung thuc hien', 'noi dung nhiem vu', 'nhiem vu', 'cong viec', 'ten nhiem vu'],
  lead: ['co quan chu tri', 'chu tri', 'don vi chu tri', 'co quan thuc hien', 'don vi thuc hien', 'co quan, don vi chu tri', 'co quan chu tri thuc hien'],
  advisor: ['co quan tham muu', 'don vi tham muu', 'tham muu', 'co quan tham muu thuc hien'],
  partners: ['co quan phoi hop', 'phoi hop', 'don vi phoi hop', 'co quan, don vi phoi hop'],
  time: ['thoi gian thuc hien', 'thoi gian', 'thoi han', 'thoi gian hoan thanh', 'han hoan thanh', 'thoi han hoan thanh', 'tien do', 'tien do thuc hien'],
  note: ['ghi chu'],
};

const FIELD_OF = new Map<string, TableField>(
  (Object.entries(HEADERS) as [TableField, readonly string[]][]).flatMap(([field, keys]) => keys.map((k) => [k, field] as const)),
);

export interface TableRow {
  readonly line: PlanLine;
  readonly fields: Partial<Record<TableField, string>>;
}

function headerOf(cells: readonly string[]): Map<number, TableField> | null {
  const columns = new Map<number, TableField>();
  cells.forEach((cell, i) => {
    const field = FIELD_OF.get(matchKey(cell));
    if (field && ![...columns.values()].includes(field)) columns.set(i, field);
  });
  return columns.size >= 2 && [...columns.values()].includes('title') ? columns : null;
}

const isGroupRow = (f: TableRow['fields']) =>
  !f.lead && !f.advisor && !f.partners && !f.time && (f.title === undefined || f.title === f.title.toLocaleUpperCase('vi') || /^[IVX]+\.?$/.test(f.index ?? ''));

/**
 * The task rows of every table in the plan, in order.
 * @example readTableRows(splitPlanLines("STT\tNội dung\tThời hạn\n1\tTập huấn\tQuý II/2024"))[0].fields // { index: '1', title: 'Tập huấn', time: 'Quý II/2024' }
 */
export function readTableRows(lines: readonly PlanLine[]): TableRow[] {
  const rows: TableRow[] = [];
  let header: Map<number, TableField> | null = null;
  for (const line of lines) {
    if (!line.cells) { header = null; continue; }
    const found = headerOf(line.cells);
    if (found) { header = found; continue; }
    if (!header) continue;
    const fields: Partial<Record<TableField, string>> = {};
    for (const [i, field] of header) {
      const value = line.cells[i]?.trim();
      if (value) fields[field] = value;
    }
    if (!fields.title || isGroupRow(fields)) continue;
    rows.push({ line, fields });
  }
  return rows;
}
