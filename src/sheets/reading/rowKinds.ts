import { isLocalDate } from '../../domain/calendar/localDate';
import { fold } from '../../domain/text/normalize';
import type { CellValue } from '../grid';
import type { IgnoredWhy } from './types';

/**
 * Rows inside a table's block that are not data (issue: rows that are not data): section headings
 * («QUÝ I», «I.», «A.», «Tháng 3»), free total lines («Tổng số: 07 nội dung»), signature blocks
 * («NGƯỜI LẬP BIỂU», «CHỦ TỊCH» and the names under them) and notes under a table. None of them
 * is read as a row, and none becomes an input error.
 */

const TOTALS = /^(tong cong|tong so|tong|cong)(\s*[:.,]|\s+\d|\s*$)/;
const SECTION = /^((phan|muc|quy|thang|dot|nhom|loai|khoan|dieu)\s+([ivxlc]+|\d{1,2})\b|[ivxlc]{1,6}\s*[.)/-]|[a-hđ]\s*[.)/]\s|\d{1,2}\s*[.)]\s+[^\d])/;
const ROMAN_OR_LETTER = /^([ivxlc]{1,6}|[a-h])[.)]?$/;
const NOTE = /^(\*|ghi chu|luu y|chu thich|nguon|ghi chu:)/;
// A signature block's first line: the signer's role or a dateline («An Thượng, ngày 31 tháng 12 năm 2024»).
const SIGNATURE = /^(nguoi lap( bieu| bang| so)?|nguoi ghi( so)?|nguoi tong hop|can bo (tong hop|theo doi|phu trach)|(tm|kt|tl|tuq)\.? ?(uy ban nhan dan|ubnd|chu tich)|chu tich|pho chu tich|thu truong|xac nhan)\b/;
const DATELINE = /^[^\d,]{2,40}, ngay \S{1,2} thang \S{1,2} nam \d{4}/;
const SIGN_HINT = /\((ky|ky, ghi ro ho ten|ky ten|ky va ghi ro ho ten|da ky)\)/;

export interface RowCells {
  /** The row's non-blank cells, left to right. */
  readonly cells: readonly CellValue[];
}

const textOf = (cell: CellValue) => (typeof cell === 'string' ? cell.trim() : '');

/** The kind of non-data row, or null for a row that may be data. */
export function nonDataRow(cells: readonly CellValue[]): IgnoredWhy | null {
  // The filled cells counted, and the first text found, without a list of them: most rows are data.
  let count = 0;
  let firstText: string | undefined;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c === null || (typeof c === 'string' && c.trim() === '')) continue;
    count++;
    if (firstText === undefined && typeof c === 'string') firstText = c;
  }
  if (firstText === undefined) return null;
  // A total line's first text is short; anything else this rules out has three cells at most. A data
  // row (most rows of a big sheet) is told apart with one fold at most.
  const short = textOf(firstText).length <= 60;
  if (!short && count > 3) return null;
  const first = fold(textOf(firstText));
  if (first.length <= 40 && TOTALS.test(first) && !cells.some(isLocalDate)) return 'totals';
  if (count > 3) return null;
  const filled = cells.filter((c) => c !== null && !(typeof c === 'string' && c.trim() === ''));
  const texts = filled.filter((c) => typeof c === 'string').map((c) => fold(textOf(c)));
  // Only text, few cells: «1 | Họp dân | Chủ tịch UBND» is a plan row whose lead is the chairman.
  const onlyText = filled.every((c) => typeof c === 'string');
  if (onlyText && filled.length <= 3 && first.length <= 50 && SIGNATURE.test(first)) return 'signature';
  if (onlyText && filled.length <= 3 && texts.some((t) => DATELINE.test(t) || SIGN_HINT.test(t))) return 'signature';
  if (NOTE.test(first) && filled.length <= 2) return 'note';
  if (isSection(filled)) return 'section';
  return null;
}

/**
 * A section heading: one or two cells of text and nothing else — an ordinal («I.», «A», «QUÝ I»,
 * «Tháng 3») or a line in capitals — never a row with a date or a number besides its ordinal.
 */
function isSection(filled: readonly CellValue[]): boolean {
  if (filled.length > 2 || filled.some((c) => typeof c !== 'string')) return false;
  const texts = filled.map((c) => textOf(c));
  const folded = texts.map(fold);
  // «II. | CÔNG KHAI ĐẦU TƯ», «A. | Đất đai»: a data row's STT is a number, never a numeral with a dot.
  if (filled.length === 2) return ROMAN_OR_LETTER.test(folded[0]) && (/[.)]$/.test(folded[0]) || isHeadingText(texts[1]));
  return SECTION.test(folded[0]) || isCapitals(texts[0]);
}

const isHeadingText = (text: string) => isCapitals(text) || SECTION.test(fold(text));

/** Written in capitals (a heading), with enough letters to tell. */
function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toLocaleUpperCase('vi') && letters !== letters.toLocaleLowerCase('vi');
}

/** After a signature block starts, nothing more in the block is data (names, «(Ký, ghi rõ họ tên)»). */
export const endsTable = (why: IgnoredWhy | null): boolean => why === 'signature';
