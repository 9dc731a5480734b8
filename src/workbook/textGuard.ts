import { a1 } from '../report/document';

/**
 * Which strings Excel would not keep as typed: a leading = + - @ makes a formula, and numbers,
 * percentages, dates, times and TRUE/FALSE are parsed ("0123" → 123, "01/02/2024" → a serial).
 * A cell formatted "@" (Text) before its value is set keeps the string as is.
 * @example needsTextFormat("+84 912") // true
 * @example needsTextFormat("Niêm yết") // false
 */
export function needsTextFormat(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  if (/^[=+\-@]/.test(t)) return true;
  if (/^[\d.,\s]+%?$/.test(t)) return true;
  if (/^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?$/.test(t)) return true; // dates, "1/2", "2024-02"
  if (/^\d{1,2}:\d{2}(:\d{2})?(\s?[AP]M)?$/i.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (/^[$€£¥₫]/.test(t) || /^\(\d/.test(t)) return true; // currency, "(5)" as a negative
  return false;
}

/**
 * Vertical runs of cells to format, column by column: each maximal run of rows where `mark`
 * holds and `member` holds, kept if at least one of its cells `needs` it. Formatting a whole text
 * column run (including harmless text) costs one range instead of one per risky cell.
 * Rows and columns are 0-based in `rows`; `rowOffset` is the sheet row of `rows[0]` (1-based).
 */
export function columnRuns<T>(
  rows: readonly (readonly T[])[],
  width: number,
  rowOffset: number,
  member: (v: T, r: number, c: number) => boolean,
  needs: (v: T) => boolean,
): { address: string; height: number }[] {
  const runs: { address: string; height: number }[] = [];
  for (let c = 0; c < width; c++) {
    let start = -1;
    let needed = false;
    for (let r = 0; r <= rows.length; r++) {
      const v = r < rows.length ? rows[r][c] : undefined;
      const inRun = v !== undefined && member(v as T, r, c);
      if (inRun) {
        if (start < 0) start = r;
        needed = needed || needs(v as T);
        continue;
      }
      if (start >= 0 && needed) runs.push({ address: a1(rowOffset + start, c + 1, rowOffset + r - 1, c + 1), height: r - start });
      start = -1;
      needed = false;
    }
  }
  return runs;
}
