import { fold } from '../text/normalize';

/**
 * Whole-word phrase search for titles and short cells: the text is split into folded words once,
 * and each phrase is looked up by its first word, so a title costs a few map look-ups however many
 * phrases the table holds (a posting sheet may hold 100,000 titles).
 *
 * Folding alone is not enough: `quỹ` (a fund, Điều 11 khoản 5) folds to the `quy` of `quy định`,
 * `quy chế`, `quy ước`, and `phí` (a fee) to the `phi` of `đất phi nông nghiệp`. So words also
 * carry their tone mark, and a text typed with accents must match tones too; a text typed without
 * any accent (a keyboard without Vietnamese input) matches on the folded words alone.
 */

/** A text as words: folded, each word's tone mark, `tones` null when the text has no accent at all. */
export interface Words {
  readonly words: readonly string[];
  readonly tones: readonly string[] | null;
}

export interface Phrase {
  readonly words: readonly string[];
  readonly tones: readonly string[];
}

export interface Hit<P extends Phrase> {
  readonly phrase: P;
  /** Index of the phrase's first word in the text's words. */
  readonly at: number;
}

export type PhraseIndex<P extends Phrase> = ReadonlyMap<string, readonly P[]>;

// Combining tone marks (sắc, huyền, hỏi, ngã, nặng); the marks of â, ê, ô, ơ, ư, ă are not tones.
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
const MARK = /[\u0300-\u036f]|[đĐ]/;

/**
 * Words, folded: no accents (đ = d), lower case, punctuation and soft hyphens (pasted from law texts)
 * gone, one space between words.
 * @example foldWords("Kinh tế - xã hội (KT-XH).") // "kinh te xa hoi kt xh"
 */
export const foldWords = (text: string): string => fold(text.replace(/[\u00ad\u200b]/g, ''))
  .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A text's words with their tones; `hoá` and `hóa` (old and new tone placement) are one word.
 * @example splitWords("Quỹ quy") // { words: ["quy", "quy"], tones: ["\u0303", ""] }
 */
export function splitWords(text: string): Words {
  const raw = text.replace(/[\u00ad\u200b]/g, '').normalize('NFD').toLowerCase()
    .split(/[^\p{L}\p{N}\u0300-\u036f]+/u).filter(Boolean);
  const words = raw.map((w) => w.replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd'));
  const accented = raw.some((w) => MARK.test(w));
  return { words, tones: accented ? raw.map((w) => TONE.exec(w)?.[0] ?? '') : null };
}

/** The words after the first `n`. */
export const dropWords = (w: Words, n: number): Words =>
  ({ words: w.words.slice(n), tones: w.tones && w.tones.slice(n) });

/** A phrase of a table, written with its accents. */
export function phraseWords(text: string): Phrase {
  const { words, tones } = splitWords(text);
  return { words, tones: tones ?? words.map(() => '') };
}

/** Phrases by their first word. */
export function indexPhrases<P extends Phrase>(phrases: readonly P[]): PhraseIndex<P> {
  const index = new Map<string, P[]>();
  for (const p of phrases) {
    const list = index.get(p.words[0]) ?? [];
    list.push(p);
    index.set(p.words[0], list);
  }
  return index;
}

/**
 * Every phrase that occurs in the text, as whole words; one that lies inside a longer one found
 * is left out (`niêm yết` inside `niêm yết thường xuyên`).
 * @example findPhrases(splitWords("Kế hoạch sử dụng đất"), index) // [{ phrase: «kế hoạch sử dụng đất», at: 0 }]
 */
export function findPhrases<P extends Phrase>(text: Words, index: PhraseIndex<P>): Hit<P>[] {
  const { words, tones } = text;
  const all: Hit<P>[] = [];
  words.forEach((word, at) => {
    for (const phrase of index.get(word) ?? []) {
      const same = (w: string, i: number) => words[at + i] === w && (tones === null || tones[at + i] === phrase.tones[i]);
      if (phrase.words.every(same)) all.push({ phrase, at });
    }
  });
  const end = (h: Hit<P>) => h.at + h.phrase.words.length;
  const inside = (a: Hit<P>, b: Hit<P>) => a !== b && b.at <= a.at && end(a) <= end(b)
    && b.phrase.words.length > a.phrase.words.length;
  return all.filter((a) => !all.some((b) => inside(a, b)));
}
