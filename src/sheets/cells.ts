import { isLocalDate, type LocalDate } from '../domain/calendar/localDate';
import { acceptedLabels, matchVocabulary, type Vocabulary } from '../domain/vocabulary';
import { cellText, fold, isBlankCell, problem, type CellResult } from './cellResult';
import { isPlausibleSerial, parseDateCell, type DateCellOptions } from './dateCell';
import type { CellValue } from './grid';
import type { ColumnSpec } from './schema';

/** Cell parsers by column type (SCHEMA.md, "Cells"). None of them throws. */
export { cellText, isBlankCell, type CellProblem, type CellResult } from './cellResult';
export {
  parseDateCell, parseDateText, isPlausibleSerial, YEAR_MAX, YEAR_MIN, type DateCellOptions,
} from './dateCell';
export { parsePeriodCell, type Period } from './periodCell';

// Vietnamese writes `1.234.567,5`; `1 234` (also with a non-breaking space) is common too.
const INTEGER = /^[+-]?\d+$/;
const DOT_THOUSANDS = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const SPACE_THOUSANDS = /^[+-]?\d{1,3}(?: \d{3})+(?:,\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
// A single dot that cannot be a thousands separator (`12.5`, `0.75`) is a decimal point, as a
// number pasted from an English-locale source shows it; `1.234` stays one thousand two hundred….
const DECIMAL_DOT = /^[+-]?\d+\.\d+$/;

/** Reads number text; null when it is not one. */
function readNumberText(text: string, units: readonly string[]): number | null {
  let t = fold(text);
  for (const unit of units.map(fold)) {
    if (t.endsWith(unit) && /[\d ]$/.test(t.slice(0, -unit.length))) t = t.slice(0, -unit.length).trim();
  }
  if (INTEGER.test(t)) return Number(t);
  if (DOT_THOUSANDS.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (DECIMAL_DOT.test(t)) return Number(t);
  if (SPACE_THOUSANDS.test(t)) return Number(t.replace(/ /g, '').replace(',', '.'));
  if (DECIMAL_COMMA.test(t)) return Number(t.replace(',', '.'));
  return null;
}

/**
 * Reads a number cell: a number, or text with Vietnamese separators, optionally followed by one of
 * the column's unit words.
 * @example parseNumberCell("1.234.567") // { ok: true, value: 1234567 }
 * @example parseNumberCell("1 234") // { ok: true, value: 1234 }
 * @example parseNumberCell("12,5") // { ok: true, value: 12.5 }
 * @example parseNumberCell("30 ngày", ["ngày"]) // { ok: true, value: 30 }
 * @example parseNumberCell("khoảng 30").ok // false (code number-invalid)
 */
export function parseNumberCell(cell: CellValue, units: readonly string[] = []): CellResult<number> {
  if (isBlankCell(cell)) return { ok: true, value: null };
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: cell } : problem('number-invalid');
  if (typeof cell !== 'string') return problem('number-invalid');
  const value = readNumberText(cell, units);
  return value === null ? problem('number-invalid') : { ok: true, value };
}

/**
 * A count: a whole number, not negative.
 * @example parseIntegerCell("1.200 hộ", ["hộ"]) // { ok: true, value: 1200 }
 * @example parseIntegerCell("12,5").ok // false (code integer-invalid)
 */
export function parseIntegerCell(cell: CellValue, units: readonly string[] = []): CellResult<number> {
  const read = parseNumberCell(cell, units);
  if (!read.ok || read.value === null) return read;
  return Number.isInteger(read.value) && read.value >= 0 ? read : problem('integer-invalid');
}

/**
 * Text: NFC and trimmed; a number or a day is turned into the text a person sees.
 * @example parseTextCell("  Tha\u0301ng 3 ") // { ok: true, value: "Tháng 3" } (composed, NFC)
 */
export function parseTextCell(cell: CellValue): CellResult<string> {
  // cellText's text is already what cleanText would make of it: NFC, then trimmed (trimming leaves it NFC).
  const text = cellText(cell);
  return { ok: true, value: text === '' ? null : text };
}

/**
 * A vocabulary cell: the entry id, the vocabulary's `blank` id for a blank cell, or
 * `vocab-unknown` with the accepted labels.
 * @example parseVocabCell("niem yet tai nha van hoa", POSTING_FORMS) // { ok: true, value: "niem-yet" }
 * @example parseVocabCell("Bảng tin", POSTING_FORMS).ok // false (accepted: "Niêm yết, Niêm yết thường xuyên, …")
 */
export function parseVocabCell<T extends string>(cell: CellValue, vocab: Vocabulary<T>): CellResult<T> {
  if (isBlankCell(cell)) return { ok: true, value: vocab.blank ?? null };
  const id = isLocalDate(cell) ? null : matchVocabulary(vocab, cellText(cell));
  if (id !== null) return { ok: true, value: id };
  return problem('vocab-unknown', { vocabulary: vocab.label, accepted: acceptedLabels(vocab).join(', ') });
}

/**
 * A deadline cell (`Thời hạn`): a day stays a day (a date cell or a plausible serial), text stays
 * text for the deadline-phrase reader; a bare number such as `2024` becomes its text.
 * @example parseDeadlineCell(45337) // { ok: true, value: { y: 2024, m: 2, d: 15 } }
 * @example parseDeadlineCell("Quý III/2024") // { ok: true, value: "Quý III/2024" }
 */
export function parseDeadlineCell(cell: CellValue): CellResult<string | LocalDate> {
  if (isLocalDate(cell) || (typeof cell === 'number' && isPlausibleSerial(cell))) return parseDateCell(cell);
  return parseTextCell(cell);
}

/**
 * A number when the cell reads as one, else its text; never an error.
 * @example parseNumberOrTextCell("1.000") // { ok: true, value: 1000 }
 * @example parseNumberOrTextCell("thường xuyên") // { ok: true, value: "thường xuyên" }
 */
export function parseNumberOrTextCell(cell: CellValue): CellResult<number | string> {
  const read = parseNumberCell(cell);
  return read.ok ? read : parseTextCell(cell);
}

/**
 * Parses a cell by its column's type. `options.defaultYear` (the table's year, when its title or the
 * report gives one) lets a date column read `15/02` as that year's day, with a warning.
 * @example parseCell("15/02/2024", POSTINGS_SHEET.columns[7]) // { ok: true, value: { y: 2024, m: 2, d: 15 } }
 * @example parseCell("15/02", POSTINGS_SHEET.columns[7], { defaultYear: 2024 }) // 15/02/2024, warning date-year-assumed
 */
export function parseCell(cell: CellValue, column: ColumnSpec, options: DateCellOptions = {}): CellResult<unknown> {
  switch (column.type) {
    case 'date': return parseDateCell(cell, options);
    case 'number': return parseNumberCell(cell, column.units);
    case 'integer': return parseIntegerCell(cell, column.units);
    case 'vocab': return column.vocabulary ? parseVocabCell(cell, column.vocabulary) : parseTextCell(cell);
    case 'deadline': return parseDeadlineCell(cell);
    case 'numberOrText': return parseNumberOrTextCell(cell);
    case 'text': return parseTextCell(cell);
  }
}
