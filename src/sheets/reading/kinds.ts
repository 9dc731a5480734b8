import { fold } from '../../domain/text/normalize';
import {
  CONSULTATIONS_SHEET, DAYS_OFF_SHEET, FEEDBACK_SHEET, INFO_SHEET, PLAN_SHEET, POSTINGS_SHEET, RULES_SHEET, VOTES_SHEET,
  type ColumnSpec, type SheetSpec,
} from '../schema';
import type { TableKind } from './types';

/** The template's sheet of each kind (its columns are the meanings a header can have). */
const SPECS: Readonly<Record<TableKind, SheetSpec>> = {
  info: INFO_SHEET, plan: PLAN_SHEET, postings: POSTINGS_SHEET, consultations: CONSULTATIONS_SHEET,
  feedback: FEEDBACK_SHEET, votes: VOTES_SHEET, daysOff: DAYS_OFF_SHEET, rules: RULES_SHEET,
};

/**
 * Columns staff keep that the template splits: a period in one cell («15/02/2024 - 06/03/2024»)
 * stands for the start and the end. Read, never written by the template.
 */
const PERIOD: ColumnSpec = { key: 'period', header: 'Thời gian', aliases: [], type: 'text' };
const READ_ONLY_COLUMNS: Partial<Record<TableKind, readonly ColumnSpec[]>> = {
  postings: [{ ...PERIOD, header: 'Thời gian niêm yết' }],
  // Staff number their consultations and refer to them by that number in the feedback's «Đợt».
  consultations: [{ ...PERIOD, header: 'Thời gian lấy ý kiến' }, { key: 'index', header: 'STT', aliases: ['TT', 'Số TT', 'Số thứ tự'], type: 'text' }],
};

const readingSpecs = new Map<TableKind, SheetSpec>();

/** The columns a table of `kind` is read with: the template's, and the ones only staff's books have. */
export function specOf(kind: TableKind): SheetSpec {
  let spec = readingSpecs.get(kind);
  if (!spec) {
    const base = SPECS[kind];
    readingSpecs.set(kind, spec = { ...base, columns: [...base.columns, ...(READ_ONLY_COLUMNS[kind] ?? [])] });
  }
  return spec;
}

/** The template's sheet of a kind (its canonical name, for messages). */
export const templateSpecOf = (kind: TableKind): SheetSpec => SPECS[kind];

/**
 * Columns that say little about the kind (every table has an STT and a «Nội dung»): they count
 * a third towards telling one kind of table from another.
 */
const GENERIC = new Set(['index', 'note', 'title', 'subject', 'content', 'form', 'area', 'channel', 'method', 'period', 'id', 'consultationId', 'date', 'name', 'kind', 'description', 'value', 'unit']);
export const kindWeight = (key: string): number => (GENERIC.has(key) ? 0.34 : 1);

/** Words of a sheet's name or a title that say what its table is. */
const HINTS: readonly { readonly kind: TableKind; readonly words: readonly string[] }[] = [
  { kind: 'feedback', words: ['y kien gop y', 'gop y', 'tong hop y kien', 'tiep thu', 'giai trinh', 'y kien nhan dan'] },
  { kind: 'consultations', words: ['lay y kien', 'xin y kien', 'dot lay y kien'] },
  { kind: 'votes', words: ['bieu quyet', 'ban va quyet dinh', 'hop dan', 'quyet dinh truc tiep'] },
  { kind: 'postings', words: ['niem yet', 'cong khai', 'dang tai', 'truyen thanh'] },
  { kind: 'plan', words: ['ke hoach', 'nhiem vu', 'tien do'] },
  { kind: 'daysOff', words: ['ngay nghi', 'lich nghi', 'ngay le'] },
  { kind: 'rules', words: ['quy dinh', 'muc quy dinh'] },
  { kind: 'info', words: ['thong tin', 'thong tin chung', 'thong tin don vi'] },
];

/**
 * The kinds a sheet's name or a title names, first the most specific («Tổng hợp ý kiến góp ý»
 * is feedback before it is a consultation).
 * @example kindHints('Theo dõi niêm yết') // ['postings']
 */
export function kindHints(text: string): TableKind[] {
  const t = ` ${fold(text).replace(/[^a-z0-9]+/g, ' ').trim()} `;
  return HINTS.filter((h) => h.words.some((w) => t.includes(` ${w} `))).map((h) => h.kind);
}
