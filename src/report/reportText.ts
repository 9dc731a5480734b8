import { formatVi, type LocalDate } from '../domain/calendar/localDate';

/**
 * Small Vietnamese text helpers for the report (`Báo cáo` and the Word draft). Pure: no host, no
 * clock. Spelling follows Nghị định 30/2020/NĐ-CP, Phụ lục I.
 */

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Capitals with Vietnamese diacritics kept. @example upperVi('xã An Thượng') // 'XÃ AN THƯỢNG' */
export function upperVi(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi');
}

/** First letter lowered unless the word is an acronym. @example lowerFirst('Niêm yết') // 'niêm yết' */
export function lowerFirst(text: string): string {
  const [first, second] = [...text];
  if (first === undefined || (second !== undefined && second === upperVi(second) && second !== second.toLowerCase())) return text;
  return first.toLocaleLowerCase('vi') + text.slice(first.length);
}

// «UBND», «HĐND» at the start of a unit's name, written out as the issuing line asks.
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/^UBND\b\s*/i, 'Ủy ban nhân dân '],
  [/^HĐND\b\s*/i, 'Hội đồng nhân dân '],
];

/**
 * The issuing unit's line: abbreviations written out, in capitals (ND 30: the issuing agency's
 * name is written in full; only the parent agency's may keep `UBND`).
 * @example issuerLine('UBND xã An Thượng') // 'ỦY BAN NHÂN DÂN XÃ AN THƯỢNG'
 */
export function issuerLine(name: string): string {
  let full = name.trim().replace(/\s+/g, ' ');
  for (const [pattern, words] of ABBREVIATIONS) full = full.replace(pattern, words);
  return upperVi(full.trim());
}

/**
 * The parent agency's line above the issuing unit, in capitals, or null. ND 30 (Phụ lục I, mục
 * II.3) puts «tên cơ quan, tổ chức chủ quản trực tiếp» there for a body under a managing agency (a
 * Phòng under its UBND); a people's committee or council heads its own documents with no line
 * above it, so a commune's «Cơ quan cấp trên» goes to «Nơi nhận» only.
 * @example parentLine('Phòng Nội vụ', 'UBND huyện Hoài Đức') // 'UBND HUYỆN HOÀI ĐỨC'
 * @example parentLine('UBND xã An Thượng', 'UBND huyện Hoài Đức') // null
 */
export function parentLine(unitName: string, parent: string | null | undefined): string | null {
  if (!parent || !parent.trim()) return null;
  if (/^(UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)\b/iu.test(unitName.trim())) return null;
  return upperVi(parent.trim().replace(/\s+/g, ' '));
}

/** The place of the dateline when `Thông tin` leaves it blank: the unit's name without its level. */
export function placeFromUnit(name: string): string | null {
  const m = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:xã|phường|thị trấn|đặc khu)\s+(.+)$/iu.exec(name.trim());
  return m ? m[1].trim() : null;
}

/**
 * The dateline: day below 10 and months 1–2 with a leading zero (ND 30, Phụ lục I, mục II.5).
 * @example dateline('An Thượng', { y: 2024, m: 2, d: 5 }) // 'An Thượng, ngày 05 tháng 02 năm 2024'
 * @example dateline('An Thượng', { y: 2024, m: 3, d: 20 }) // 'An Thượng, ngày 20 tháng 3 năm 2024'
 */
export function dateline(place: string, date: LocalDate): string {
  const month = date.m <= 2 ? pad2(date.m) : String(date.m);
  return `${place}, ngày ${pad2(date.d)} tháng ${month} năm ${date.y}`;
}

/** `dd/mm/yyyy`, or a dash for an unknown day. */
export function dayText(date: LocalDate | null): string {
  return date ? formatVi(date) : '–';
}

/** A share as a Vietnamese percentage with one decimal. @example percentVi(85, 120) // '70,8%' */
export function percentVi(part: number, whole: number): string {
  if (whole <= 0) return '–';
  const value = Math.round((part / whole) * 1000) / 10;
  return `${String(value).replace('.', ',')}%`;
}

/** Joins clauses the way a sentence lists them: `a, b và c`. */
export function listVi(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];
