import { addDays, compareDates, formatVi, isValidDate, type LocalDate } from './localDate';
import { foldText, sliceOriginal, type FoldedText } from './foldText';
import {
  isRelativePhrase, markedAt, noDeadlineReason,
  type NoDeadlineReason, type Role,
} from './deadlineMarkers';
import { scanTimeExpressions, type ExpressionProblem, type Span, type TimeExpression } from './timeExpressions';

/**
 * Deadline phrases (column `Thời hạn`, or any deadline text) → a due date (SCHEMA.md, "Counting").
 * Accents, case and spacing do not matter; dates are day/month/year; a phrase without a year takes
 * the report year. Points of the month and year follow Bộ luật Dân sự 2015, Điều 146.
 */

export interface DeadlineContext {
  /** The year of `Năm báo cáo`, for phrases without one (`trước ngày 15/10`); null when unknown. */
  readonly reportYear: number | null;
}

/**
 * - `due`: the task must be done by the end of `due`; `start` is set for a range (`từ … đến hết …`).
 * - `start`: work starts on `start`, with no due date (`Từ Quý III năm 2024`).
 * - `none`: no due date by its nature (`Thường xuyên`, `Định kỳ`, `Theo kế hoạch …`, a blank cell).
 * - `error`: a phrase that names no day; `code` keys `messages.ts`, `phrase` is the user's text.
 * `phrase` quotes the user's own words that decided the result.
 */
export type DeadlineResult =
  | { readonly kind: 'due'; readonly due: LocalDate; readonly start: LocalDate | null; readonly phrase: string }
  | { readonly kind: 'start'; readonly start: LocalDate; readonly phrase: string }
  | { readonly kind: 'none'; readonly reason: NoDeadlineReason; readonly phrase: string }
  | { readonly kind: 'error'; readonly code: string; readonly phrase: string; readonly params?: Readonly<Record<string, number>> };

export type { NoDeadlineReason } from './deadlineMarkers';

/** One deadline found in the text, before it is resolved against the report year. */
interface Candidate {
  readonly from: number;
  readonly to: number;
  readonly role: Role;
  readonly anchored: boolean;
  readonly precision: 'day' | 'period';
  readonly first: TimeExpression;
  /** The end of a range (`từ A đến hết B`) or the later of a choice (`A hoặc B`). */
  readonly last: TimeExpression | null;
}

function findCandidates(f: FoldedText): Candidate[] {
  const exprs = scanTimeExpressions(f.text);
  const out: Candidate[] = [];
  for (let i = 0; i < exprs.length; i++) {
    const m = markedAt(f.text, exprs, i);
    if (!m) continue;
    const { e, marker, next, join } = m;
    const joins = join === 'range' ? marker.role === 'from' || marker.role === 'due' : join === 'choice' && marker.role === 'due';
    const alone = e.from === 0 && e.to === f.text.length;
    // A list of periods each with its own year (`Quý IV/2025 và Quý I/2026`, `tháng 12/2025, tháng
    // 1/2026`): from the first one's start to the last one's end, as a list within one year is read.
    let end = i;
    while (exprs[end + 1] && exprs[end].precision === 'period' && exprs[end + 1].precision === 'period'
      && /^ ?(?:,|va) ?$/.test(f.text.slice(exprs[end].to, exprs[end + 1].from))) end++;
    if (end > i && marker.role !== 'before' && marker.role !== 'after' && marker.role !== 'from') {
      const last = exprs[end];
      out.push({ from: e.from - marker.length, to: last.to, role: 'due', anchored: true, precision: 'period', first: e, last });
      i = end;
      continue;
    }
    if (e.needsMarker && !marker.anchored && !alone && !(next && joins)) continue;
    if (next && joins) {
      out.push({ from: e.from - marker.length, to: next.to, role: 'due', anchored: true, precision: 'day', first: e, last: next });
      i++;
      continue;
    }
    out.push({ from: e.from - marker.length, to: e.to, role: marker.role, anchored: marker.anchored, precision: e.precision, first: e, last: null });
  }
  return out;
}

/**
 * With "no due date" words, only a day can still be a deadline (`Hằng năm, trước ngày 01 tháng 11`):
 * `Thường xuyên trong năm 2025` is ongoing work in 2025. Next to a day, a bare period is the
 * subject, not the deadline (`báo cáo 06 tháng đầu năm gửi trước ngày 01/6/2023`).
 */
function keepDeadlines(cands: Candidate[], hasNoDeadlineWords: boolean): Candidate[] {
  if (hasNoDeadlineWords) return cands.filter((c) => c.precision === 'day');
  if (!cands.some((c) => c.precision === 'day')) return cands;
  return cands.filter((c) => c.precision === 'day' || c.anchored);
}

const fail = (p: ExpressionProblem, phrase: string): DeadlineResult =>
  ({ kind: 'error', code: p.code, phrase, ...(p.params ? { params: p.params } : {}) });

function resolveRange(c: Candidate, end: TimeExpression, year: number | null, phrase: string, whole: string): DeadlineResult {
  const b = end.resolve(year);
  if ('problem' in b) return fail(b.problem, whole);
  // `từ 15/02 đến hết 06/03/2024`: the start takes the end's year, or the year before across 31/12.
  const startYear = c.first.yearless ? b.span.last.y : year;
  let a = c.first.resolve(startYear);
  if ('span' in a && c.first.yearless && compareDates(a.span.first, b.span.last) > 0) a = c.first.resolve(b.span.last.y - 1);
  if ('problem' in a) return fail(a.problem, whole);
  if (compareDates(a.span.first, b.span.last) > 0) {
    return { kind: 'error', code: 'deadline-range-reversed', phrase: whole };
  }
  return { kind: 'due', due: b.span.last, start: a.span.first, phrase };
}

function resolveOne(c: Candidate, f: FoldedText, year: number | null): DeadlineResult {
  const phrase = sliceOriginal(f, c.from, c.to);
  const whole = f.original.trim();
  if (c.last) {
    const r = resolveRange(c, c.last, year, phrase, whole);
    // A list of periods is due by its last one's end and, like `Quý III, IV/2025`, names no start.
    return c.precision === 'period' && r.kind === 'due' ? { ...r, start: null } : r;
  }
  const r = c.first.resolve(year);
  if ('problem' in r) return fail(r.problem, whole);
  const s: Span = r.span;
  switch (c.role) {
    case 'before': return { kind: 'due', due: addDays(s.first, -1), start: null, phrase };
    case 'from': return { kind: 'start', start: s.first, phrase };
    case 'after': return { kind: 'start', start: addDays(s.last, 1), phrase };
    default: return { kind: 'due', due: s.last, start: null, phrase };
  }
}

/**
 * Every deadline in the text, in reading order (a sentence may hold two: seed 003's «báo cáo 06
 * tháng đầu năm gửi trước ngày 01/6/2023, báo cáo năm gửi trước ngày 15/10/2023»). When it holds
 * none, one `none` or `error` result.
 * @example parseDeadlines("gửi trước ngày 01/6/2023, báo cáo năm gửi trước ngày 15/10/2023", { reportYear: null })
 * // [{ kind: 'due', due: { y: 2023, m: 5, d: 31 }, … }, { kind: 'due', due: { y: 2023, m: 10, d: 14 }, … }]
 */
export function parseDeadlines(text: string, ctx: DeadlineContext): DeadlineResult[] {
  const f = foldText(text);
  const whole = f.original.trim();
  if (f.text === '') return [{ kind: 'none', reason: 'blank', phrase: '' }];
  const reason = noDeadlineReason(f.text);
  const found = keepDeadlines(findCandidates(f), reason !== null).map((c) => resolveOne(c, f, ctx.reportYear));
  if (found.length > 0) return found;
  if (reason) return [{ kind: 'none', reason, phrase: whole }];
  const code = isRelativePhrase(f.text) ? 'deadline-relative' : 'deadline-unreadable';
  return [{ kind: 'error', code, phrase: whole }];
}

/**
 * The one deadline of a phrase. Several in one text: an error wins (never hidden), else the
 * earliest due date (missing it already makes the task late), else the earliest start.
 * @example parseDeadline("trước ngày 05/9/2024", { reportYear: null }) // { kind: 'due', due: { y: 2024, m: 9, d: 4 }, start: null, phrase: 'trước ngày 05/9/2024' }
 * @example parseDeadline("Quý III/2024", { reportYear: null }).kind // "due" (30/09/2024)
 * @example parseDeadline("Thường xuyên", { reportYear: 2025 }) // { kind: 'none', reason: 'ongoing', phrase: 'Thường xuyên' }
 * @example parseDeadline("sớm", { reportYear: 2025 }) // { kind: 'error', code: 'deadline-unreadable', phrase: 'sớm' }
 */
export function parseDeadline(text: string, ctx: DeadlineContext): DeadlineResult {
  // A plan repeats its phrases («Thường xuyên», «trước ngày 15/10») down thousands of rows.
  const key = `${ctx.reportYear ?? ''}\u0000${text}`;
  const cached = PARSED.get(key);
  if (cached) return cached;
  const result = parseUncached(text, ctx);
  if (PARSED.size >= 10_000) PARSED.clear();
  PARSED.set(key, result);
  return result;
}

/** Results are never mutated by callers, so one object may serve every row with the same phrase. */
const PARSED = new Map<string, DeadlineResult>();

function parseUncached(text: string, ctx: DeadlineContext): DeadlineResult {
  const all = parseDeadlines(text, ctx);
  const error = all.find((r) => r.kind === 'error');
  if (error) return error;
  const earliest = <T extends DeadlineResult>(rs: T[], at: (r: T) => LocalDate): T | undefined =>
    rs.reduce<T | undefined>((best, r) => (best === undefined || compareDates(at(r), at(best)) < 0 ? r : best), undefined);
  const due = earliest(all.filter((r) => r.kind === 'due'), (r) => r.due);
  if (due) return due;
  return earliest(all.filter((r) => r.kind === 'start'), (r) => r.start) ?? all[0];
}

/**
 * A `Thời hạn` cell: a day the host already read as a date, or text ({@link parseDeadline}).
 * @example parseDeadlineCell({ y: 2026, m: 6, d: 10 }, { reportYear: null }) // { kind: 'due', due: { y: 2026, m: 6, d: 10 }, start: null, phrase: '10/06/2026' }
 */
export function parseDeadlineCell(value: string | LocalDate, ctx: DeadlineContext): DeadlineResult {
  if (typeof value === 'string') return parseDeadline(value, ctx);
  const phrase = formatVi(value);
  if (!isValidDate(value.y, value.m, value.d)) {
    return { kind: 'error', code: 'deadline-impossible', phrase, params: { day: value.d, month: value.m, year: value.y } };
  }
  return { kind: 'due', due: { y: value.y, m: value.m, d: value.d }, start: null, phrase };
}
