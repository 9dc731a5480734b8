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

/**
 * The same widths by UTF-16 code (NaN for a letter the tables lack), for the common case of a text
 * made only of measured letters: such a text is already NFC (none of them composes with another
 * or changes under NFC), so adding its letters' widths in order is what `measure` does.
 */
const codeTables = new Map<Face, Float64Array>();

function codeTable(face: Face): Float64Array {
  let t = codeTables.get(face);
  if (t === undefined) {
    const chars = [...MEASURED_CHARS];
    t = new Float64Array(Math.max(...chars.map((ch) => ch.charCodeAt(0))) + 1).fill(NaN);
    for (const [ch, w] of table(face)) t[ch.charCodeAt(0)] = w;
    codeTables.set(face, t);
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
  return emWidth(text, 0, text.length, faceOf(font)) * (font.size ?? DEFAULT_SIZE);
}

// Texts with letters outside the tables take the slow way (NFC, accents): their widths are kept.
const measured = new Map<string, number>();

/** The width in em of `text.slice(start, end)`. */
function emWidth(text: string, start: number, end: number, face: Face): number {
  const t = codeTable(face);
  let em = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const w = code < t.length ? t[code] : NaN;
    if (w !== w) return slowEmWidth(start === 0 && end === text.length ? text : text.slice(start, end), face);
    em += w;
  }
  return em;
}

function slowEmWidth(text: string, face: Face): number {
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
  const lines: string[] = [];
  breakLines(text, widthPt, font, lines);
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
  return heightForLines(wrappedLineCount(text, widthPt, font), size);
}

/** How many lines `wrapText` gives, without making them (a row's height needs only the count). */
export function wrappedLineCount(text: string, widthPt: number, font: FontSpec): number {
  return breakLines(text, widthPt, font, null);
}

/**
 * `wrapText`'s one walk: the words of each `\n`-part (runs of spaces between them), each laid on
 * the line while it fits, a word longer than a line cut where it must. Counts the lines, and adds
 * each to `lines` unless null: without them, no line's text is made.
 */
function breakLines(text: string, widthPt: number, font: FontSpec, lines: string[] | null): number {
  const room = Math.max(1, widthPt - 2 * CELL_PADDING.horizontal);
  const face = faceOf(font);
  const size = font.size ?? DEFAULT_SIZE;
  const space = textWidth(' ', font);
  let count = 0;
  const end = (line: string) => {
    count++;
    lines?.push(line);
  };
  for (let partStart = 0; partStart <= text.length;) {
    let partEnd = text.indexOf('\n', partStart);
    if (partEnd === -1) partEnd = text.length;
    let open = false; // a word is on the line
    let line = ''; // its text, kept only for `lines`
    let used = 0;
    for (let i = partStart; i < partEnd;) {
      while (i < partEnd && text.charCodeAt(i) === 32) i++;
      if (i === partEnd) break;
      const wordStart = i;
      while (i < partEnd && text.charCodeAt(i) !== 32) i++;
      const w = emWidth(text, wordStart, i, face) * size;
      if (open && used + space + w <= room) {
        used += space + w;
        if (lines) line += ` ${text.slice(wordStart, i)}`;
        continue;
      }
      if (open) end(line);
      open = true;
      used = w;
      line = lines || used > room ? text.slice(wordStart, i) : '';
      while (used > room && line.length > 1) { // a word longer than the line breaks where it must
        let cut = line.length - 1;
        while (cut > 1 && textWidth(line.slice(0, cut), font) > room) cut--;
        end(line.slice(0, cut));
        line = line.slice(cut);
        used = textWidth(line, font);
      }
    }
    end(line);
    partStart = partEnd + 1;
  }
  return count;
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
