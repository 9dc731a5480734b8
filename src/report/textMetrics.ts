import type { FontSpec } from './document';
import { MEASURED_CHARS, WIDTHS } from './fontWidths';

/**
 * Text measured by font metrics, so a row the add-in writes is as tall as its wrapped text: no
 * line cut off in print, no blank line under it. Widths come from the fonts' own advance widths
 * (`fontWidths.ts`); a spreadsheet wraps at spaces and breaks a word only when it is longer than
 * the line, which is what `wrapText` does.
 */

type Face = keyof typeof WIDTHS;
const tables = new Map<Face, Map<string, number>>();

function table(face: Face): Map<string, number> {
  let t = tables.get(face);
  if (t === undefined) {
    const widths = WIDTHS[face].split(',').map(Number);
    t = new Map([...MEASURED_CHARS].map((ch, i) => [ch, widths[i] / 1000]));
    tables.set(face, t);
  }
  return t;
}

const faceOf = (f: FontSpec): Face => (f.bold ? (f.italic ? 'boldItalic' : 'bold') : f.italic ? 'italic' : 'regular');

/** Excel's default font size, when a format names none. */
const DEFAULT_SIZE = 11;
/** A letter the tables lack (Chinese, emoji…): as wide as a capital M, on the safe side. */
const UNKNOWN_EM = 1;

/** Width in points of `text` on one line. @example textWidth('Tiếp thu', { size: 12 }) // ≈ 43 */
export function textWidth(text: string, font: FontSpec): number {
  return emWidth(text, faceOf(font)) * (font.size ?? DEFAULT_SIZE);
}

// Words repeat (a report of 10,000 opinions says «Tiếp thu» 5,000 times): their widths are kept.
const measured = new Map<string, number>();

function emWidth(text: string, face: Face): number {
  const key = `${face}|${text}`;
  const known = measured.get(key);
  if (known !== undefined) return known;
  const em = measure(text, face);
  if (measured.size > 200_000) measured.clear();
  measured.set(key, em);
  return em;
}

function measure(text: string, face: Face): number {
  const t = table(face);
  let em = 0;
  for (const ch of text.normalize('NFC')) {
    const w = t.get(ch);
    if (w !== undefined) em += w;
    else if (/\p{M}/u.test(ch)) continue; // a combining accent takes no room of its own
    else em += t.get(ch.normalize('NFD')[0]) ?? UNKNOWN_EM;
  }
  return em;
}

/**
 * Points from one line of wrapped text to the next. Times New Roman's ascent + descent is 1.107
 * em; LibreOffice lays wrapped lines 1.05 em apart (measured in its PDF at 12 pt), Excel wider.
 * The file host's rows are sized at 1.1 em, a little air in LibreOffice; in Excel the Office host
 * lets Excel fit the lists' rows itself (`excelFitRows`), so its own spacing wins there.
 */
export function lineHeightPt(size: number): number {
  return size * 1.1;
}

/** What a cell keeps free above and below its text, and at each side (points). */
export const CELL_PADDING = { vertical: 2, horizontal: 3 } as const;

/** Excel's tallest row (points). */
export const MAX_ROW_HEIGHT = 409;

/**
 * A column `width` character units wide, in points: Excel's unit is the widest digit of the
 * workbook's default font (Calibri 11: 7 px at 96 dpi, 5.25 pt).
 */
export function columnPoints(width: number): number {
  return width * 5.25;
}

/**
 * The lines `text` wraps to in a cell `widthPt` wide: at spaces, and inside a word only when the
 * word is longer than a line; `\n` starts a line.
 * @example wrapText('Tiếp thu một phần', 40, { size: 12 }) // ['Tiếp thu', 'một phần']
 */
export function wrapText(text: string, widthPt: number, font: FontSpec): string[] {
  const room = Math.max(1, widthPt - 2 * CELL_PADDING.horizontal);
  const space = textWidth(' ', font);
  const lines: string[] = [];
  for (const part of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const word of part.split(/ +/).filter(Boolean)) {
      const w = textWidth(word, font);
      if (line !== '' && used + space + w <= room) {
        line += ` ${word}`;
        used += space + w;
        continue;
      }
      if (line !== '') lines.push(line);
      [line, used] = [word, w];
      while (used > room && line.length > 1) { // a word longer than the line breaks where it must
        let cut = line.length - 1;
        while (cut > 1 && textWidth(line.slice(0, cut), font) > room) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
        used = textWidth(line, font);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Points a cell needs for `lines` lines of `size` pt text, padding included. */
export function heightForLines(lines: number, size: number): number {
  return Math.ceil((lines * lineHeightPt(size) + 2 * CELL_PADDING.vertical) * 4) / 4;
}

/** Points a wrapped cell `widthPt` wide needs to show all of `text`. */
export function textHeight(text: string, widthPt: number, font: FontSpec): number {
  const size = font.size ?? DEFAULT_SIZE;
  // Most cells hold one short line: no need to wrap them word by word.
  if (!text.includes('\n') && textWidth(text, font) <= widthPt - 2 * CELL_PADDING.horizontal) return heightForLines(1, size);
  return heightForLines(wrapText(text, widthPt, font).length, size);
}

/**
 * `text` cut into pieces that each fit a row of Excel's greatest height (409 pt), at line ends:
 * a longer text continues on the next row. @example splitForRows(short, 200, BODY) // [short]
 */
export function splitForRows(text: string, widthPt: number, font: FontSpec): string[] {
  const size = font.size ?? DEFAULT_SIZE;
  const perRow = Math.max(1, Math.floor((MAX_ROW_HEIGHT - 2 * CELL_PADDING.vertical) / lineHeightPt(size)));
  const lines = wrapText(text, widthPt, font);
  if (lines.length <= perRow) return [text];
  const pieces: string[] = [];
  for (let i = 0; i < lines.length; i += perRow) pieces.push(lines.slice(i, i + perRow).join(' '));
  return pieces;
}
