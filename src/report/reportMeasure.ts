/**
 * Text measured without a font engine, for the report's renderers: a sheet host cannot grow a
 * merged row to its text, and the header's long capitals must break where a person breaks them.
 * Widths are pixels at 96 dpi (`gridPixels`); Times New Roman's average letter is
 * taken as 0.48 em (0.68 em in capitals), Vietnamese diacritics included: measured on LibreOffice's
 * rendering, and on the safe side, since a row too short cuts its text off.
 */

export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly caps?: boolean;
}

/** Letters that fit on one line of a cell `width` px wide. */
export function lettersPerLine(width: number, style: TextStyle): number {
  const px = width - 8; // the cell's own padding
  const letter = style.size * (style.caps ? 0.68 : 0.48) * (style.bold ? 1.08 : 1) * (96 / 72);
  return Math.max(1, Math.floor(px / letter));
}

/** Lines the text wraps to, word by word as a spreadsheet wraps it; `\n` starts a line. */
export function wrappedLines(text: string, width: number, style: TextStyle): number {
  const max = lettersPerLine(width, style);
  return text.split('\n').reduce((total, part) => {
    let lines = 1;
    let used = 0;
    for (const word of part.split(/\s+/).filter(Boolean)) {
      if (used > 0 && used + 1 + word.length <= max) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines += 1;
      const pieces = Math.ceil(word.length / max); // a word longer than the line breaks inside
      lines += pieces - 1;
      used = word.length - (pieces - 1) * max;
    }
    return total + lines;
  }, 0);
}

/** Height in points of one line of text in `size` pt (Times New Roman's line is about 1.15 em). */
export function lineHeight(size: number): number {
  return Math.ceil(size * 1.25);
}

/**
 * A header line in capitals broken in two where it is too long for its half of the page:
 * after `ỦY BAN NHÂN DÂN` when it starts so, else at the space nearest the middle.
 * @example splitHeaderLine('ỦY BAN NHÂN DÂN XÃ AN THƯỢNG', 22) // ['ỦY BAN NHÂN DÂN', 'XÃ AN THƯỢNG']
 */
export function splitHeaderLine(text: string, maxLetters: number): string[] {
  if (text.length <= maxLetters) return [text];
  const lead = /^(ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)\s+(.+)$/u.exec(text);
  if (lead) return [lead[1], lead[2]];
  const middle = text.length / 2;
  let best = -1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) {
    if (best === -1 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return best === -1 ? [text] : [text.slice(0, best), text.slice(best + 1)];
}
