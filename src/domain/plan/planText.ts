import { fold } from '../text/normalize';

/** Small text helpers shared by the plan readers: sentences, clauses, titles. */

/**
 * A line's sentences: a full stop followed by a capital, a bullet or a bracket starts a new one.
 * @example splitSentences("Nội dung A. Báo cáo trước ngày 05/9/2024.") // ["Nội dung A.", "Báo cáo trước ngày 05/9/2024."]
 */
export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}\-+("“])/u).map((s) => s.trim()).filter((s) => s !== '');
}

/** First letter up, trailing punctuation off: a cell, not a sentence. */
export function asTitle(text: string): string {
  const t = text.trim().replace(/^[-–+•:;,.\s]+/u, '').replace(/[\s.;,:]+$/u, '').trim();
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
}

/** The lead-in before `:` of a short `Đối với …: …` line, or null. */
export function leadIn(text: string): string | null {
  const at = text.indexOf(':');
  if (at <= 0 || at > 120) return null;
  const head = text.slice(0, at).trim();
  return /\d$/.test(head) ? null : head;
}

export const POSTING_WORDS = /(?:^|[^a-z])(?:niem yet|dang tai|dang tin|cong khai|truyen thanh|phat thanh)(?![a-z])/;
export const CONSULTATION_WORDS = /(?:^|[^a-z])lay y kien(?![a-z])/;

/** Folded once per sentence by callers that test several patterns. */
export const folded = fold;

/**
 * The clause of `sentence` that the k-th of `spans` (sorted, non-overlapping) belongs to: its
 * `;`-separated part, and within it, when it holds several deadlines, the words from the previous
 * deadline's end to this one's («báo cáo 06 tháng đầu năm gửi trước ngày 01/6/2023, báo cáo năm
 * gửi trước ngày 15/10/2023» is two tasks).
 */
export function clauseOf(sentence: string, spans: readonly { from: number; to: number }[], k: number): string {
  const span = spans[k];
  const segStart = sentence.lastIndexOf(';', span.from) + 1;
  const nextSemi = sentence.indexOf(';', span.to);
  const segEnd = nextSemi < 0 ? sentence.length : nextSemi;
  const inSeg = spans.filter((s) => s.from >= segStart && s.to <= segEnd);
  const j = inSeg.indexOf(span);
  const start = j <= 0 ? segStart : inSeg[j - 1].to;
  const end = j === inSeg.length - 1 ? segEnd : span.to;
  return asTitle(sentence.slice(start, end).replace(/^[\s,;]*(?:và|đồng thời|sau đó)\s+/iu, ''));
}
