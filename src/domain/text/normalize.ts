/**
 * Matching keys for sheet names, headers and vocabulary cells (SCHEMA.md, "Finding tables"):
 * NFC, case-insensitive, accent-insensitive (đ = d), runs of spaces and line breaks collapsed,
 * a trailing `:` and a trailing unit in brackets dropped.
 * @example matchKey("  NGÀY NIÊM YẾT:\n") // "ngay niem yet"
 * @example matchKey("Số ngày (ngày)") // "so ngay"
 * @example matchKey("Số ngày (ngày):") // "so ngay"
 */
export function matchKey(text: string): string {
  return fold(text)
    .replace(/\s*:$/, '')
    .replace(/\s*\([^()]*\)$/, '')
    .replace(/\s*:$/, '')
    .trim();
}

/**
 * Text folded for pattern matching: no accents (đ = d), lower case, every run of spaces (also the
 * non-breaking ones pasted from the web, which `\s` covers) a single ASCII space. Unlike
 * `matchKey`, it keeps brackets and colons: `(5)` must not read as blank.
 * @example fold("Ngày 15  tháng 02\u00a0năm 2024") // "ngay 15 thang 02 nam 2024"
 */
export function fold(text: string): string {
  const table = foldTable ??= buildFoldTable();
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let folded: string;
    if (c < LATIN_END) {
      if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) {
        space = out !== '';
        continue;
      }
      folded = table[c];
    } else if (c >= 0x300 && c <= 0x36f) continue;
    else if (c >= EXTENDED && c < EXTENDED_END) folded = table[c - EXTENDED + LATIN_END];
    else return foldSlowly(text);
    if (folded === '') continue;
    if (space) {
      out += ' ';
      space = false;
    }
    out += folded;
  }
  return out;
}

/**
 * The definition of {@link fold}. The loop above gives the same text a character at a time from a
 * table for the Latin letters Vietnamese is written in (U+0000–024F, U+1E00–1EFF), five times as
 * fast: each of them decomposes to a base letter and marks of U+0300–036F alone, all removed, and
 * the check of a big sheet folds every row. Any other character takes this way.
 */
function foldSlowly(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const LATIN_END = 0x250;
const EXTENDED = 0x1e00;
const EXTENDED_END = 0x1f00;
let foldTable: string[] | undefined;

function buildFoldTable(): string[] {
  const table: string[] = [];
  for (let c = 0; c < LATIN_END; c++) table.push(foldSlowly(String.fromCharCode(c)));
  for (let c = EXTENDED; c < EXTENDED_END; c++) table.push(foldSlowly(String.fromCharCode(c)));
  return table;
}

/** User text read from a cell: NFC (Mac files may hold decomposed accents), trimmed. */
export function cleanText(text: string): string {
  return toNfc(text).trim();
}

/**
 * `text.normalize('NFC')`, without the work when every character is one NFC keeps as it is next to
 * any other of them: U+0000–02FF (Latin with ư, ơ, đ), U+1E00–1EFF (Vietnamese's precomposed
 * letters) and U+2010–2027 (dashes, quotes, «…»), checked pair by pair in normalize.test.ts. Most
 * cells are such text, and normalising every cell of a big sheet cost more than the rest of reading
 * it; anything else (a combining accent from a Mac, U+212B Å) is normalised.
 * @example toNfc('Co\u0302ng') // 'Công' (composed)
 */
export function toNfc(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff) && (c < 0x2010 || c > 0x2027)) return text.normalize('NFC');
  }
  return text;
}
