import { fold } from '../text/normalize';

/**
 * Whole-word phrase search for titles and short cells: the text is split into folded words once,
 * and each phrase is looked up by its first word, so a title costs a few map look-ups however many
 * phrases the table holds (a posting sheet may hold 100,000 titles).
 */

/**
 * Words, folded: no accents (đ = d), lower case, punctuation and soft hyphens (pasted from law texts)
 * gone, one space between words.
 * @example foldWords("Kinh tế - xã hội (KT-XH).") // "kinh te xa hoi kt xh"
 */
export const foldWords = (text: string): string => fold(text.replace(/[\u00ad\u200b]/g, ''))
  .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export interface Phrase {
  /** The phrase's folded words. */
  readonly words: readonly string[];
}

export interface Hit<P extends Phrase> {
  readonly phrase: P;
  /** Index of the phrase's first word in the text's words. */
  readonly at: number;
}

export type PhraseIndex<P extends Phrase> = ReadonlyMap<string, readonly P[]>;

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
 * Every phrase that occurs in the words, as whole words; one that lies inside a longer one found
 * is left out (`niêm yết` inside `niêm yết thường xuyên`).
 * @example findPhrases(["ke", "hoach", "su", "dung", "dat"], index) // [{ phrase: «kế hoạch sử dụng đất», at: 0 }]
 */
export function findPhrases<P extends Phrase>(words: readonly string[], index: PhraseIndex<P>): Hit<P>[] {
  const all: Hit<P>[] = [];
  words.forEach((word, at) => {
    for (const phrase of index.get(word) ?? []) {
      if (phrase.words.every((w, i) => words[at + i] === w)) all.push({ phrase, at });
    }
  });
  const end = (h: Hit<P>) => h.at + h.phrase.words.length;
  const inside = (a: Hit<P>, b: Hit<P>) => a !== b && b.at <= a.at && end(a) <= end(b)
    && b.phrase.words.length > a.phrase.words.length;
  return all.filter((a) => !all.some((b) => inside(a, b)));
}
