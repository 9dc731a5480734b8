import { isLocalDate } from '../../src/domain/calendar/localDate';
import { columnLetter, parseRange, type DocValue, type SheetDocument } from '../../src/report/document';

/**
 * A tiny evaluator for the formulas `Tổng hợp` writes (COUNTIFS, SUM, `A1+B1`, `IFERROR((A1+B1)/C1,"")`,
 * a bare reference), over the document's own values and, for a quoted sheet name, `others`' values. It lets a unit test recompute every total
 * without a spreadsheet program; the LibreOffice test does the same with a real one.
 */
export function evaluator(doc: SheetDocument, others: Readonly<Record<string, SheetDocument>> = {}): (formula: string) => number | string {
  const cell = (r: number, c: number): DocValue => doc.values[r - 1]?.[c - 1] ?? null;
  const valueAt = (ref: string): number | string => {
    const { row, col } = parseRange(ref);
    const v = cell(row, col);
    if (v !== null && typeof v === 'object' && !isLocalDate(v)) return evaluate(v.formula);
    return typeof v === 'number' || typeof v === 'string' ? v : '';
  };
  const cells = (range: string): (number | string)[] => {
    // Another sheet's block (`'TH Ý kiến'!$G$9:$G$40`): plain values there, no formulas.
    const other = /^'((?:[^']|'')+)'!(.+)$/.exec(range);
    if (other) {
      const sheet = others[other[1].replace(/''/g, "'")];
      if (!sheet) throw new Error(`formulaEval has no sheet ${other[1]}`);
      const r = parseRange(other[2].replace(/\$/g, ''));
      const out: (number | string)[] = [];
      for (let row = r.row; row <= r.row2; row++) for (let col = r.col; col <= r.col2; col++) {
        const v = sheet.values[row - 1]?.[col - 1] ?? null;
        out.push(typeof v === 'number' || typeof v === 'string' ? v : '');
      }
      return out;
    }
    const r = parseRange(range.replace(/\$/g, ''));
    const out: (number | string)[] = [];
    for (let row = r.row; row <= r.row2; row++) for (let col = r.col; col <= r.col2; col++) out.push(valueAt(`${columnLetter(col)}${row}`));
    return out;
  };
  const num = (v: number | string) => (typeof v === 'number' ? v : 0);
  const evaluate = (f: string): number | string => {
    let m: RegExpExecArray | null;
    if ((m = /^COUNTIFS\((.*)\)$/.exec(f))) {
      const args = splitArgs(m[1]);
      const columns: { values: (number | string)[]; test: (v: number | string) => boolean }[] = [];
      for (let i = 0; i < args.length; i += 2) columns.push({ values: cells(args[i]), test: matcher(args[i + 1]) });
      return columns[0].values.filter((_, row) => columns.every((c) => c.test(c.values[row]))).length;
    }
    if ((m = /^SUM\(([A-Z]+\d+:[A-Z]+\d+)\)$/.exec(f))) return cells(m[1]).reduce<number>((s, v) => s + num(v), 0);
    if ((m = /^IFERROR\(\(([A-Z0-9+]+)\)\/([A-Z]+\d+),""\)$/.exec(f))) {
      const den = num(valueAt(m[2]));
      return den === 0 ? '' : m[1].split('+').reduce((s, ref) => s + num(valueAt(ref)), 0) / den;
    }
    if (/^[A-Z]+\d+(\+[A-Z]+\d+)*$/.test(f)) {
      const refs = f.split('+');
      return refs.length === 1 ? valueAt(f) : refs.reduce((s, ref) => s + num(valueAt(ref)), 0);
    }
    throw new Error(`formulaEval cannot read ${f}`);
  };
  return evaluate;
}

/** Exact-text criteria as `criterion()` writes them: `"Đạt"` or `"=QC~*1"`; case-blind like Excel. */
function matcher(arg: string): (v: number | string) => boolean {
  let text = arg.slice(1, -1).replace(/""/g, '"');
  if (text.startsWith('=')) text = text.slice(1).replace(/~([~*?])/g, '$1');
  else if (/[*?~<>]/.test(text)) throw new Error(`unescaped criterion ${arg}`);
  return (v) => String(v).toLowerCase() === text.toLowerCase();
}

function splitArgs(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) { out.push(cur); cur = ''; } else cur += ch;
  }
  return [...out, cur];
}

/** Every formula cell of a document, with its A1 address. */
export function formulaCells(doc: SheetDocument): { ref: string; formula: string; result: number | string | undefined }[] {
  const out: { ref: string; formula: string; result: number | string | undefined }[] = [];
  doc.values.forEach((row, r) => row.forEach((v, c) => {
    if (v !== null && typeof v === 'object' && !isLocalDate(v)) out.push({ ref: `${columnLetter(c + 1)}${r + 1}`, formula: v.formula, result: v.result });
  }));
  return out;
}
