import { POSTING_STATUS_LABELS } from '../domain/postings/labels';
import { a1, type DocValue, type FormatRange, type FormatSpec, type FormulaValue } from './document';
import type { ReportModel } from './model';
import { TASK_STATUS_NAMES, TIMELY_LABELS, VOTE_LABELS, voteOutcome } from './summaryData';

/**
 * The detail block of `Tổng hợp`: one row per posting, task and vote, so every number above it is
 * a COUNTIFS a person can audit; feedback is counted on `TH Ý kiến`, which already lists every
 * opinion (feedbackSynthesis.ts, COUNT_COLUMNS). Titles are user text and stay text.
 */
export const DETAIL_HEADING = 'Số liệu chi tiết (để kiểm tra công thức)';
export const DETAIL_NOTE = 'Mỗi dòng dưới đây là một dòng của sổ theo dõi; các số ở phần tổng hợp được tính bằng COUNTIFS/SUM trên bảng này. '
  + 'Ý kiến góp ý được đếm trên sheet TH Ý kiến (cột G, H đang ẩn), mỗi ý kiến một dòng.';
export const DETAIL_HEADERS = ['Nội dung', 'Dòng', 'Bảng', 'Phân loại', 'Kết quả', 'Công khai đúng hạn'];

/** The input sheet each detail row comes from (column C). */
export const TABLES = { postings: 'Công khai', tasks: 'Kế hoạch', votes: 'Biểu quyết' } as const;

/** Which detail column a criterion looks at. */
const COLUMNS = { table: 'C', key: 'D', result: 'E', timely: 'F' } as const;

export function detailRows(model: ReportModel): DocValue[][] {
  return [
    ...model.postings.map((p) => [p.title, p.row, TABLES.postings, p.group, POSTING_STATUS_LABELS[p.status],
      p.timely === null ? null : p.timely ? TIMELY_LABELS.timely : TIMELY_LABELS.late]),
    ...model.tasks.map((t) => [t.title, t.row, TABLES.tasks, t.lead, TASK_STATUS_NAMES[t.status], null]),
    ...model.votes.map((v) => [v.title, v.row, TABLES.votes, v.kind, VOTE_LABELS[voteOutcome(v)], null]),
  ];
}

/** The detail block's data rows (at least one row, so a range is never inverted). */
export interface DetailRange {
  readonly first: number;
  readonly last: number;
}

export type Criteria = Partial<Record<keyof typeof COLUMNS, string>>;

/**
 * A COUNTIFS over the detail block, with its expected result.
 * @example countifs({ first: 60, last: 80 }, { table: 'Công khai', result: 'Đạt' }, 2)
 * // { formula: 'COUNTIFS($C$60:$C$80,"Công khai",$E$60:$E$80,"Đạt")', result: 2 }
 */
export function countifs(range: DetailRange, criteria: Criteria, result: number): FormulaValue {
  const parts = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[])
    .filter((k) => criteria[k] !== undefined)
    .map((k) => `$${COLUMNS[k]}$${range.first}:$${COLUMNS[k]}$${range.last},${criterion(criteria[k]!)}`);
  return { formula: `COUNTIFS(${parts.join(',')})`, result };
}

/**
 * A COUNTIFS criterion that matches exactly this text. Plain labels stay readable (`"Đạt"`); text
 * that COUNTIFS would read as an operator or wildcard (a user's `Mã đợt`) is escaped with `~` and
 * led by `=`.
 * @example criterion('Đạt') // '"Đạt"'
 * @example criterion('QC*1') // '"=QC~*1"'
 */
export function criterion(text: string): string {
  const special = /^[=<>]/.test(text) || /[~*?]/.test(text);
  const body = special ? `=${text.replace(/[~*?]/g, '~$&')}` : text;
  return `"${body.replace(/"/g, '""')}"`;
}

/** A formula with its expected result: a number, or "" for a rate of nothing. */
export const formula = (f: string, result: number | null): FormulaValue => ({ formula: f, result: result ?? '' });

/**
 * Rows of a sheet being laid out: values, formats and merges, with the row each line lands on.
 * Formats are given for the row just added, by 1-based column.
 */
export class SheetRows {
  readonly values: DocValue[][] = [];
  readonly formats: FormatRange[] = [];
  readonly merges: string[] = [];
  readonly heights: Record<number, number> = {};

  /** The row the next `add` writes. */
  get next(): number {
    return this.values.length + 1;
  }

  add(values: DocValue[] = [], height?: number): number {
    this.values.push(values);
    if (height !== undefined) this.heights[this.values.length] = height;
    return this.values.length;
  }

  format(row: number, col: number, row2: number, col2: number, spec: FormatSpec): void {
    if (row2 < row) return;
    this.formats.push({ range: a1(row, col, row2, col2), ...spec });
  }

  merge(row: number, col: number, col2: number): void {
    this.merges.push(a1(row, col, row, col2));
  }
}
