import { PART, QUARTER, YEAR_TAIL, day, months, problem, rule, span, yearOf, type Rule } from './expressionParts';
import type { LocalDate } from './localDate';
import { LEADING_RULES } from './moreExpressions';
import { pointOfMonth, pointOfYear } from './period';

/**
 * The time expressions a deadline phrase is built from, found in folded text (`foldText`): a day
 * (`10/6/2026`, `ngày 15 tháng 02 năm 2024`), a point of Điều 146 (`giữa tháng 5`, `cuối năm 2024`),
 * or a period (`tháng 4/2024`, `Quý III/2024`, `6 tháng đầu năm 2023`, `năm 2024`). Markers around
 * them (`trước`, `từ`, `đến hết`) are read by `deadline.ts`.
 */

/** The days an expression covers; a day or a point has first = last. */
export interface Span {
  readonly first: LocalDate;
  readonly last: LocalDate;
}

export type ExpressionProblem = { readonly code: string; readonly params?: Readonly<Record<string, number>> };

/** A span, or why the expression names no day. */
export type Resolved = { readonly span: Span } | { readonly problem: ExpressionProblem };

export interface TimeExpression {
  /** Folded indices [from, to). */
  readonly from: number;
  readonly to: number;
  /** `day` for a day or a point of Điều 146; `period` for a month, quarter, half-year or year. */
  readonly precision: 'day' | 'period';
  /** True when the user typed no year (`trước ngày 15/10`). */
  readonly yearless: boolean;
  /** A bare `15/10` (no `ngày`): a deadline only after a marker, alone in the cell, or in a range (`2/3 số hộ` is no date). */
  readonly needsMarker: boolean;
  /** Names the span, taking `year` when the user typed none (null: none known). */
  readonly resolve: (year: number | null) => Resolved;
}

export { YEAR_MAX, YEAR_MIN } from './expressionParts';

/** Tried in order at each word start; the first that matches wins. */
const RULES: readonly Rule[] = [
  // Lunar dates, Tết, ten-day parts of a month, points and lists of quarters and months: before the solar rules.
  ...LEADING_RULES,
  // A dateline left for the signing day: `ngày … tháng 02 năm 2024` names no day.
  rule(String.raw`ngay (?:[.…_-]+ ?)?thang \d{1,2}(?:,? nam \d{4})?`, 'day', [], () => problem('deadline-incomplete')),
  rule(String.raw`ngay (\d{1,2}) thang (\d{1,2})(?:,? nam (\d{4}))?`, 'day', [3],
    (m, y, f) => day(Number(m[1]), Number(m[2]), y, f)),
  rule(String.raw`(?:ngay )?(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})(?![\d/])`, 'day', [4],
    (m, y, f) => day(Number(m[1]), Number(m[3]), y, f)),
  rule(String.raw`(?:ngay )?(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)`, 'day', [1],
    (m, y, f) => day(Number(m[3]), Number(m[2]), y, f)),
  // `4/2024`: a month and a year, read as `tháng 4/2024`.
  rule(String.raw`(\d{1,2}) ?[/.-] ?(\d{4})(?![\d/])`, 'period', [2], (m, y, f) => months(Number(m[1]), Number(m[1]), y, f)),
  // `ngày 15/10`, `15/10`: a day without a year, in the report year.
  rule(String.raw`(ngay )?(\d{1,2}) ?[/.-] ?(\d{1,2})(?![\d/]|[.-]\d)`, 'day', [],
    (m, y, f) => day(Number(m[2]), Number(m[3]), y, f), (m) => m[1] === undefined),
  // `tuần đầu tháng 6`, `10 ngày cuối tháng`: a span Điều 146 does not define; refused, not read as `đầu tháng 6`.
  rule(String.raw`(?:tuan|\d{1,2} ngay|muoi ngay) (?:dau|giua|cuoi) (?:thang|nam|quy)`, 'day', [], () => problem('deadline-unreadable')),
  // Bộ luật Dân sự 2015, Điều 146 khoản 2: đầu / giữa / cuối tháng.
  rule(String.raw`(dau|giua|cuoi) thang (\d{1,2})` + YEAR_TAIL, 'day', [3, 4], (m, y, f) => {
    const r = months(Number(m[2]), Number(m[2]), y, f);
    return 'span' in r ? span(pointOfMonth(r.span.first.y, r.span.first.m, PART[m[1]])) : r;
  }),
  // `6 tháng đầu năm 2023` (months 1–6), `6 tháng cuối năm` (7–12), `nửa đầu năm`.
  rule(String.raw`(?:(\d{1,2}) thang|nua) (dau|cuoi) nam(?: (\d{4}))?`, 'period', [3], (m, y, f) => {
    const n = m[1] === undefined ? 6 : Number(m[1]);
    if (n < 1 || n > 12) return problem('deadline-impossible-month', { month: n, year: Number(y ?? f ?? 0) });
    return m[2] === 'dau' ? months(1, n, y, f) : months(13 - n, 12, y, f);
  }),
  rule(String.raw`thang (\d{1,2})` + YEAR_TAIL, 'period', [2, 3], (m, y, f) => months(Number(m[1]), Number(m[1]), y, f)),
  rule(String.raw`quy (iv|iii|ii|i|[1-4])(?![a-z0-9])` + YEAR_TAIL, 'period', [2, 3], (m, y, f) => {
    const q = QUARTER[m[1]];
    return months(3 * q - 2, 3 * q, y, f);
  }),
  // Bộ luật Dân sự 2015, Điều 146 khoản 3: đầu năm = 01/01, giữa năm = 30/06, cuối năm = 31/12.
  rule(String.raw`(dau|giua|cuoi) nam(?: (\d{4}))?(?![\d])`, 'day', [2], (m, y, f) => {
    const year = yearOf(y, f);
    return typeof year === 'number' ? span(pointOfYear(year, PART[m[1]])) : { problem: year };
  }),
  rule(String.raw`nam (\d{4})(?!\d)`, 'period', [1], (_m, y, f) => months(1, 12, y, f)),
];

const WORD_CHAR = /[a-z0-9/.-]/;

/**
 * Every time expression in folded text, left to right, not overlapping.
 * @example scanTimeExpressions("truoc ngay 05/9/2024").map((e) => [e.from, e.to]) // [[6, 20]]
 */
export function scanTimeExpressions(text: string): TimeExpression[] {
  const found: TimeExpression[] = [];
  let p = 0;
  while (p < text.length) {
    const m = p === 0 || !WORD_CHAR.test(text[p - 1]) ? matchAt(text, p) : null;
    if (m) { found.push(m); p = m.to; } else p++;
  }
  return found;
}

function matchAt(text: string, p: number): TimeExpression | null {
  for (const r of RULES) {
    r.re.lastIndex = p;
    const m = r.re.exec(text);
    if (!m) continue;
    const typed = r.yearGroups.map((g) => m[g]).find((g) => g !== undefined);
    return {
      from: p,
      to: p + m[0].length,
      precision: r.precision,
      yearless: r.yearGroups.length > 0 ? typed === undefined : true,
      needsMarker: r.needsMarker?.(m) ?? false,
      resolve: (fallback) => r.build(m, typed, fallback),
    };
  }
  return null;
}
