import type { TimeExpression } from './timeExpressions';

/**
 * The words around a time expression that say what it means for a deadline, matched on folded
 * text (`foldText`): `trước` (strictly before), `từ` (a start), `chậm nhất`/`đến hết` (the due
 * day), and the phrases that mean there is no due date at all.
 */

/** What a time expression is to the task: its due day, the day before it, its start, or the day after. */
export type Role = 'due' | 'before' | 'from' | 'after';

export interface Marker {
  readonly role: Role;
  /** True when a word marks it (`trong tháng 4`), false for a bare expression (`tháng 4/2024`). */
  readonly anchored: boolean;
  /** Folded length of the marker words, so the quoted phrase includes them. */
  readonly length: number;
}

const START = '(?:^|[^a-z0-9])';
const MARKERS: readonly (readonly [Role, RegExp])[] = [
  ['before', new RegExp(`${START}(truoc )$`)],
  ['from', new RegExp(`${START}((?:ke |bat dau |bat dau ke |tinh )?tu )$`)],
  ['after', new RegExp(`${START}((?:ke tu )?sau )$`)],
  ['due', new RegExp(`${START}((?:(?:cham nhat|muon nhat|han chot|thoi han|han|hoan thanh|xong|trong|den het|het|den|toi)(?: la)?(?: vao)?|vao) )$`)],
];

/**
 * The marker right before a time expression, given the folded text before it.
 * @example markerBefore("hang nam, truoc ") // { role: 'before', anchored: true, length: 6 }
 * @example markerBefore("bao cao ") // { role: 'due', anchored: false, length: 0 }
 */
export function markerBefore(pre: string): Marker {
  for (const [role, re] of MARKERS) {
    const m = re.exec(pre);
    if (m) return { role, anchored: true, length: m[1].length };
  }
  return { role: 'due', anchored: false, length: 0 };
}

/**
 * True when the text before a date makes it a document's date, not a deadline:
 * `Kế hoạch số 52/KH-UBND ngày 14/3/2023`, `Quyết định 48/2021/QĐ-UBND ngày 22/9/2021`.
 */
export function isDocumentDate(pre: string): boolean {
  return /(?:^|[^a-z0-9])(?:so [^ ]+|\d+\/[^ ]+),? $/.test(pre);
}

/** How the text between two expressions joins them: a range (`từ … đến hết …`), a choice (`… hoặc …`), or not. */
export function joinBetween(between: string): 'range' | 'choice' | null {
  if (/^,? ?(?:(?:den|toi)(?: het)?(?: la)?|-|–|—) ?$/.test(between)) return 'range';
  if (/^,? ?hoac ?$/.test(between)) return 'choice';
  return null;
}

/** One expression of a folded text read with its surroundings: its marker, the next expression and how they join. */
export interface MarkedExpression {
  readonly e: TimeExpression;
  /** The folded text before it. */
  readonly pre: string;
  readonly marker: Marker;
  readonly next: TimeExpression | undefined;
  readonly join: 'range' | 'choice' | null;
}

/**
 * `exprs[i]` of the folded `text` with its marker and its join to the next expression; null when
 * it is a document's date (`Kế hoạch số 52/KH-UBND ngày 14/3/2023`), which is never a deadline.
 */
export function markedAt(text: string, exprs: readonly TimeExpression[], i: number): MarkedExpression | null {
  const e = exprs[i];
  const pre = text.slice(0, e.from);
  if (isDocumentDate(pre)) return null;
  const next = exprs[i + 1];
  return { e, pre, marker: markerBefore(pre), next, join: next ? joinBetween(text.slice(e.to, next.from)) : null };
}

/** Why a phrase has no due date (SCHEMA.md, "Counting"); `blank` is an empty cell. */
export type NoDeadlineReason = 'ongoing' | 'periodic' | 'per-plan' | 'blank';

const NO_DEADLINE: readonly (readonly [Exclude<NoDeadlineReason, 'blank'>, RegExp])[] = [
  ['ongoing', /(?:^|[^a-z])(?:thuong xuyen|hang ngay)(?![a-z])/],
  ['periodic', /(?:^|[^a-z])(?:dinh ky|(?:hang|moi) (?:nam|quy|thang|tuan)|khi co yeu cau|theo yeu cau|khi phat sinh)(?![a-z])/],
  ['per-plan', /(?:^|[^a-z])theo (?:ke hoach|lo trinh|tien do|quy dinh|chi dao|huong dan|chuong trinh)(?![a-z])/],
];

/**
 * The earliest phrase in the text that means "no due date", if any.
 * @example noDeadlineReason("dinh ky va khi co yeu cau") // "periodic"
 * @example noDeadlineReason("thuong xuyen trong nam 2025") // "ongoing"
 */
export function noDeadlineReason(text: string): Exclude<NoDeadlineReason, 'blank'> | null {
  let best: { reason: Exclude<NoDeadlineReason, 'blank'>; at: number } | null = null;
  for (const [reason, re] of NO_DEADLINE) {
    const m = re.exec(text);
    if (m && (best === null || m.index < best.at)) best = { reason, at: m.index };
  }
  return best?.reason ?? null;
}

/**
 * True when the phrase is a length of time, or counts from an event that has no date in it:
 * `05 ngày làm việc kể từ ngày có quyết định`, `sau khi kết thúc niêm yết`, `ít nhất 03 ngày liên
 * tục`. It is a rule, not a due date; the row needs a day.
 * @example isRelativePhrase("cham nhat 05 ngay lam viec ke tu ngay co quyet dinh") // true
 */
export function isRelativePhrase(text: string): boolean {
  return /(?:^|[^a-z])(?:(?:ke tu|tinh tu|tu|sau) (?:ngay|khi) [a-z]|sau khi)/.test(text) ||
    /(?:^|[^a-z0-9/.-])\d{1,3} (?:ngay|tuan|thang|nam)(?![a-z0-9]| \d)/.test(text);
}
