import type { LocalDate } from '../domain/calendar/localDate';
import { a1, type DocValue, type FontSpec, type FormatRange } from './document';
import { FONT } from './style';
import type { ReportUnit } from './model';
import { parentLine } from './reportText';

/**
 * The parts of a Nghị định 30/2020/NĐ-CP document that a printed list shares with the report: the
 * two-column header, the dateline and the signature block. Each builder returns a block of rows
 * placed from a given row; the caller appends its values and keeps its formats and merges.
 */
export interface Block {
  readonly values: DocValue[][];
  readonly formats: FormatRange[];
  readonly merges: string[];
  /** Explicit heights (points): a merged line must not be sized by the file host's estimate. */
  readonly rowHeights: Record<number, number>;
}

/** Columns of the left (issuing unit, `Nơi nhận`) and right (national title, signature) halves. */
export interface HalfColumns {
  readonly leftEnd: number;
  readonly rightStart: number;
  readonly lastCol: number;
}

const font = (size: number, extra: Omit<FontSpec, 'name' | 'size'> = {}): FontSpec => ({ name: FONT, size, ...extra });
const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const LINE = 18;
const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * The issuing unit in capitals, `UBND` written out (Nghị định 30: only the parent agency may be abbreviated).
 * @example agencyName('UBND xã An Thượng') // 'ỦY BAN NHÂN DÂN XÃ AN THƯỢNG'
 */
export function agencyName(name: string): string {
  return name.replace(/^\s*UBND\b/i, 'Ủy ban nhân dân').toLocaleUpperCase('vi');
}

/**
 * The dateline of Nghị định 30: a day below 10 and the months 1–2 with a leading zero.
 * @example dateline('An Thượng', { y: 2024, m: 3, d: 5 }) // 'An Thượng, ngày 05 tháng 3 năm 2024'
 */
export function dateline(place: string | null, date: LocalDate): string {
  const month = date.m <= 2 ? pad2(date.m) : `${date.m}`;
  return `${place ?? '……'}, ngày ${pad2(date.d)} tháng ${month} năm ${date.y}`;
}

/**
 * A short rule under a header line: underlined non-breaking spaces, centred. A cell border would
 * run the whole merged width; Nghị định 30 wants 1/3–1/2 of the unit's name and the motto's full length.
 */
function rule(chars: number, emPerChar: number, fraction: number): string {
  const textPt = chars * 13 * emPerChar;
  return '\u00a0'.repeat(Math.max(8, Math.round((textPt * fraction) / 1.5))); // a space is 1.5 pt at 6 pt
}

/**
 * Rows 1–3 from `top`: parent agency and issuing unit on the left, national title and motto on
 * the right, each with its rule below. Without a parent agency line (`parentLine`: none for a UBND)
 * the left line 1 stays empty.
 */
export function documentHeader(unit: ReportUnit, cols: HalfColumns, top = 1): Block {
  const name = agencyName(unit.name);
  const left: DocValue[] = [parentLine(unit.name, unit.parent), name, rule(name.length, 0.5, 0.4)];
  const right: DocValue[] = [NATIONAL_TITLE, MOTTO, rule(MOTTO.length, 0.37, 1)];
  const values = left.map((l, i) => {
    const row: DocValue[] = [l];
    row[cols.rightStart - 1] = right[i];
    return row;
  });
  const leftRange = (r: number) => a1(top + r, 1, top + r, cols.leftEnd);
  const rightRange = (r: number) => a1(top + r, cols.rightStart, top + r, cols.lastCol);
  const center = { horizontal: 'center' as const, vertical: 'bottom' as const };
  return {
    values,
    merges: [0, 1, 2].flatMap((r) => [leftRange(r), rightRange(r)]),
    formats: [
      { range: leftRange(0), font: font(12), ...center },
      { range: leftRange(1), font: font(12, { bold: true }), ...center },
      { range: rightRange(0), font: font(12, { bold: true }), ...center },
      { range: rightRange(1), font: font(13, { bold: true }), ...center },
      { range: a1(top + 2, 1, top + 2, cols.lastCol), font: font(6, { underline: true }), horizontal: 'center', vertical: 'top' },
    ],
    rowHeights: { [top]: LINE, [top + 1]: LINE, [top + 2]: 9 },
  };
}

/** The signing lines: `TM. ỦY BAN NHÂN DÂN` / `CHỦ TỊCH`, `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`, or the title alone. */
export function signingLines(unit: ReportUnit): string[] {
  const commune = unit.kind === 'commune';
  const title = unit.signerTitle?.toLocaleUpperCase('vi');
  if (unit.signAuthority === 'TM') return [commune ? 'TM. ỦY BAN NHÂN DÂN' : `TM. ${agencyName(unit.name)}`, title ?? 'CHỦ TỊCH'];
  if (unit.signAuthority === 'KT') return [commune ? 'KT. CHỦ TỊCH' : 'KT. THỦ TRƯỞNG', title ?? 'PHÓ CHỦ TỊCH'];
  return [title ?? (commune ? 'CHỦ TỊCH' : 'THỦ TRƯỞNG')];
}

/**
 * The end of the document from `top`: `Nơi nhận` on the left (when given), and on the right the
 * dateline, the signing lines, room for the signature and seal, then the signer's name.
 */
export function signatureBlock(unit: ReportUnit, date: LocalDate, cols: HalfColumns, top: number, recipients: readonly string[] = []): Block {
  const right: { text: string; font: FontSpec }[] = [
    { text: dateline(unit.place, date), font: font(13, { italic: true }) },
    ...signingLines(unit).map((text) => ({ text, font: font(13, { bold: true }) })),
    ...[0, 1, 2, 3].map(() => ({ text: '', font: font(13) })),
    { text: unit.signer ?? '', font: font(13, { bold: true }) },
  ];
  const left = recipients.length > 0 ? ['', 'Nơi nhận:', ...recipients] : [];
  const count = Math.max(right.length, left.length);
  const values: DocValue[][] = [];
  const formats: FormatRange[] = [];
  const merges: string[] = [];
  const rowHeights: Record<number, number> = {};
  for (let i = 0; i < count; i++) {
    const r = top + i;
    const row: DocValue[] = [left[i] || null];
    if (right[i]?.text) row[cols.rightStart - 1] = right[i].text;
    values.push(row);
    merges.push(a1(r, 1, r, cols.leftEnd), a1(r, cols.rightStart, r, cols.lastCol));
    if (right[i]) formats.push({ range: a1(r, cols.rightStart), font: right[i].font, horizontal: 'center', vertical: 'bottom' });
    if (left[i]) formats.push({ range: a1(r, 1), font: i === 1 ? font(12, { bold: true, italic: true }) : font(11), horizontal: 'left', vertical: 'bottom' });
    rowHeights[r] = LINE;
  }
  return { values, formats, merges, rowHeights };
}

/** Appends a block to a document being built. */
export function appendBlock(
  doc: { values: DocValue[][]; formats: FormatRange[]; merges: string[]; rowHeights: Record<number, number> }, block: Block,
): void {
  doc.values.push(...block.values);
  doc.formats.push(...block.formats);
  doc.merges.push(...block.merges);
  Object.assign(doc.rowHeights, block.rowHeights);
}
