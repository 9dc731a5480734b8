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
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** User text read from a cell: NFC (Mac files may hold decomposed accents), trimmed. */
export function cleanText(text: string): string {
  // Only combining marks (U+0300–036F) change under NFC here; most cells have none, and
  // normalising every cell of a big sheet costs more than the rest of reading it.
  return (COMBINING.test(text) ? text.normalize('NFC') : text).trim();
}

const COMBINING = /[\u0300-\u036f]/;
