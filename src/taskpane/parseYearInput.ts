/** A report year typed in a box: the year, or a Vietnamese reason it is not one. */
export type YearInput = { readonly kind: 'year'; readonly year: number } | { readonly kind: 'invalid'; readonly message: string };

// SCHEMA.md, Cells: a year outside 2000–2100 is suspect; a template for one is surely a typo.
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** @example parseYearInput(' 2025 ') // { kind: 'year', year: 2025 } */
export function parseYearInput(
  text: string,
  message: (min: number, max: number) => string = (min, max) => `Năm báo cáo phải là số có 4 chữ số, từ ${min} đến ${max}.`,
): YearInput {
  const trimmed = text.trim();
  const year = Number(trimmed);
  if (!/^\d{4}$/.test(trimmed) || year < MIN_YEAR || year > MAX_YEAR) {
    return { kind: 'invalid', message: message(MIN_YEAR, MAX_YEAR) };
  }
  return { kind: 'year', year };
}
