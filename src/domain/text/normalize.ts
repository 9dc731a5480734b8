/**
 * Matching keys for sheet names, headers and vocabulary cells (SCHEMA.md, "Finding tables"):
 * NFC, case-insensitive, accent-insensitive (đ = d), runs of spaces and line breaks collapsed,
 * a trailing `:` and a trailing unit in brackets dropped.
 * @example matchKey("  NGÀY NIÊM YẾT:\n") // "ngay niem yet"
 * @example matchKey("Số ngày (ngày)") // "so ngay"
 * @example matchKey("Số ngày (ngày):") // "so ngay"
 */
export function matchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*:$/, '')
    .replace(/\s*\([^()]*\)$/, '')
    .replace(/\s*:$/, '')
    .trim();
}

/** User text read from a cell: NFC (Mac files may hold decomposed accents), trimmed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').trim();
}
