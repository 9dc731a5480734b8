import { formatVi, isLocalDate } from '../domain/calendar/localDate';
import type { Severity } from '../domain/issues';
import { toNfc } from '../domain/text/normalize';
import type { CellValue } from './grid';

/**
 * What a cell parser returns: a value (null for a blank cell), possibly with a warning, or a
 * problem. Parsers know nothing of sheet, row or column; the table reader adds those when it turns
 * a problem into an `Issue` (hyperformula's `ParsingResult`, STYLE.md).
 */
export interface CellProblem {
  /** Key into `MESSAGES` (src/domain/messages.ts). */
  readonly code: string;
  readonly severity: Severity;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type CellResult<T> =
  | { readonly ok: true; readonly value: T | null; readonly warning?: CellProblem }
  | { readonly ok: false; readonly problem: CellProblem };

/** An error result. */
export function problem(code: string, params?: Record<string, string | number>): { ok: false; problem: CellProblem } {
  return { ok: false, problem: params ? { code, severity: 'error', params } : { code, severity: 'error' } };
}

/**
 * Empty, or text of nothing but spaces.
 * @example isBlankCell("  ") // true
 * @example isBlankCell(0) // false
 */
export function isBlankCell(cell: CellValue): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * A cell as a person reads it: NFC text, a day as dd/mm/yyyy, a number as typed. Used for issue
 * values and for text columns that hold a number or a date.
 * @example cellText({ y: 2024, m: 3, d: 6 }) // "06/03/2024"
 * @example cellText(true) // "TRUE"
 */
export function cellText(cell: CellValue): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return toNfc(cell).trim();
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (isLocalDate(cell)) return formatVi(cell);
  return String(cell);
}

export { fold } from '../domain/text/normalize';
