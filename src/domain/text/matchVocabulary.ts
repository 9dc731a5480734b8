import type { VocabEntry, Vocabulary } from '../vocabulary';
import { matchKey } from './normalize';

/**
 * The key a vocabulary cell is compared by: {@link matchKey}, then any punctuation read as a word
 * break, so `Kinh tế-xã hội`, `Kinh tế - xã hội` and `KINH TE XA HOI` are one value, and `k.11`
 * is `k 11`.
 * @example vocabKey("Không tiếp thu, có giải trình") // "khong tiep thu co giai trinh"
 */
export function vocabKey(text: string): string {
  return matchKey(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const isNumeric = (key: string) => /^\d+$/.test(key);

/**
 * Reads a cell against a vocabulary, accent- and case-insensitively. Returns the entry's id, the
 * vocabulary's `blank` id for a blank cell, or null when the text is not (unambiguously) known.
 *
 * Exact match on the label and alias keys comes first. Failing that, a value that *starts with* a
 * known label or alias followed by a word break is accepted (`Niêm yết tại nhà văn hóa thôn 3`,
 * `Loa truyền thanh`), taking the longest such key, so `Niêm yết thường xuyên tại …` is the
 * permanent form and not plain `Niêm yết`. It is refused as ambiguous when the rest of the text
 * names another entry (`Niêm yết, truyền thanh` is two forms in one cell: the user must split the
 * row; we do not guess). Bare clause numbers in the rest (`… 6 tháng đầu năm`) do not count, they
 * are too common in ordinary text. Nothing is matched by mere containment.
 *
 * @example matchVocabulary(POSTING_FORMS, "NIEM YET tai tru so") // "niem-yet"
 * @example matchVocabulary(POSTING_FORMS, "Niêm yết thường xuyên") // "niem-yet-thuong-xuyen"
 * @example matchVocabulary(CONTENT_GROUPS, "khoản 11") // "consultation"
 * @example matchVocabulary(CONTENT_GROUPS, "") // "other"
 * @example matchVocabulary(POSTING_FORMS, "Niêm yết, truyền thanh") // null
 */
export function matchVocabulary<T extends string>(vocab: Vocabulary<T>, text: string): T | null {
  // The same few labels fill a whole column: remember each text's answer per vocabulary.
  let seen = matchCache.get(vocab) as Map<string, T | null> | undefined;
  if (!seen) matchCache.set(vocab, (seen = new Map()));
  if (seen.has(text)) return seen.get(text)!;
  const id = matchUncached(vocab, text);
  if (seen.size >= 5_000) seen.clear();
  seen.set(text, id);
  return id;
}

const matchCache = new WeakMap<Vocabulary, Map<string, string | null>>();

function matchUncached<T extends string>(vocab: Vocabulary<T>, text: string): T | null {
  const key = vocabKey(text);
  if (key === '') return vocab.blank ?? null;
  const keys = keysOf(vocab);
  const exact = keys.get(key);
  if (exact !== undefined) return exact;

  let best: string | null = null;
  for (const candidate of keys.keys()) {
    if (key.startsWith(`${candidate} `) && (best === null || candidate.length > best.length)) best = candidate;
  }
  if (best === null) return null;
  const id = keys.get(best) as T;
  const rest = ` ${key.slice(best.length + 1)} `;
  for (const [other, otherId] of keys) {
    if (otherId !== id && !isNumeric(other) && rest.includes(` ${other} `)) return null;
  }
  return id;
}

/** The entry with this id. */
export function vocabEntry<T extends string, E extends VocabEntry<T>>(vocab: Vocabulary<T, E>, id: T): E {
  return vocab.entries.find((e) => e.id === id) as E;
}

/** Canonical labels, in order, for "accepted values" messages and drop-down lists. */
export function acceptedLabels(vocab: Vocabulary): string[] {
  return vocab.entries.map((e) => e.label);
}

// Vocabularies are constants: build each key index once.
const indexCache = new WeakMap<Vocabulary, Map<string, string>>();

/** Label and alias keys → id. The first entry wins a (data-bug) collision; a test guards against it. */
export function keysOf<T extends string>(vocab: Vocabulary<T>): Map<string, T> {
  let index = indexCache.get(vocab);
  if (!index) {
    index = new Map();
    for (const entry of vocab.entries) {
      for (const name of [entry.label, ...entry.aliases]) {
        const k = vocabKey(name);
        if (!index.has(k)) index.set(k, entry.id);
      }
    }
    indexCache.set(vocab, index);
  }
  return index as Map<string, T>;
}
