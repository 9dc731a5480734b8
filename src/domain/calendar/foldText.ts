/**
 * Deadline text folded for pattern matching, with a map back to what the user typed, so that a
 * result can quote the user's own words (with their accents) while the patterns see plain ASCII.
 */
export interface FoldedText {
  /** NFC → no accents (đ = d), lower case, every run of spaces one ASCII space, `*`/`_` dropped. */
  readonly text: string;
  /** The user's text, NFC. */
  readonly original: string;
  /** For each folded index, the start of the original character it came from. */
  readonly starts: readonly number[];
  /** For each folded index, the end of that original character. */
  readonly ends: readonly number[];
}

const SPACE = /[\s\u00a0\u202f\u2007]/;
// Markdown emphasis and quotes pasted from a plan (`**trước ngày 01/6/2023**`) carry no meaning.
const DROPPED = /[*_"“”'‘’]/;

/**
 * Folds text character by character, keeping the index map.
 * @example foldText(" Trước  NGÀY 05/9/2024").text // "truoc ngay 05/9/2024"
 */
export function foldText(input: string): FoldedText {
  const original = input.normalize('NFC');
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of original) {
    const end = i + ch.length;
    if (SPACE.test(ch)) {
      if (text !== '' && !text.endsWith(' ')) { text += ' '; starts.push(i); ends.push(end); }
    } else if (!DROPPED.test(ch)) {
      const folded = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
      for (const f of folded) { text += f; starts.push(i); ends.push(end); }
    }
    i = end;
  }
  if (text.endsWith(' ')) { text = text.slice(0, -1); starts.pop(); ends.pop(); }
  return { text, original, starts, ends };
}

/**
 * The user's own words behind folded indices [from, to).
 * @example sliceOriginal(foldText("Trước ngày 05/9/2024"), 0, 5) // "Trước"
 */
export function sliceOriginal(f: FoldedText, from: number, to: number): string {
  if (to <= from) return '';
  return f.original.slice(f.starts[from], f.ends[to - 1]);
}
