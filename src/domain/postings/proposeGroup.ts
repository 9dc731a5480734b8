import { CONTENT_GROUPS, type ContentGroupId } from '../vocabulary';
import { CLAUSE_KEYWORDS, NOT_KEYWORDS, SPECIFICITY } from './groupKeywords';
import { findPhrases, indexPhrases, phraseWords, splitWords, type Phrase } from './phraseIndex';

/**
 * The content group a posting's title suggests when the book has no group column (Luật 10/2022/QH15,
 * Điều 11). Always a proposal: the group decides how long the law wants it posted (Điều 13), so it
 * carries its basis and confidence and is shown to the person as proposed.
 */
export interface GroupProposal {
  readonly group: ContentGroupId;
  /** Điều 11 khoản. */
  readonly clause: number;
  /** Vietnamese: the title's words and the khoản they point to, `«dự toán ngân sách» → Điều 11 khoản 2`. */
  readonly basis: string;
  readonly confidence: 'high' | 'low';
}

interface Keyword extends Phrase {
  readonly phrase: string;
  /** Điều 11 khoản; 0 for a phrase that only hides the keywords inside it (`kinh phí`). */
  readonly clause: number;
  readonly size: number;
  readonly weak: boolean;
  readonly frame: boolean;
}

const keyword = (phrase: string, clause: number, weak: boolean, frame: boolean): Keyword => {
  const { words, tones } = phraseWords(phrase);
  return { phrase, words, tones, size: words.length, clause, weak, frame: frame && !weak };
};

// A phrase of NOT_KEYWORDS found in a title swallows the shorter keywords inside it, then is dropped.
const INDEX = indexPhrases([
  ...CLAUSE_KEYWORDS.flatMap((c) => [
    ...c.phrases.map((p) => keyword(p, c.clause, false, c.frame ?? false)),
    ...(c.weak ?? []).map((p) => keyword(p, c.clause, true, false)),
  ]),
  ...NOT_KEYWORDS.map((p) => keyword(p, 0, true, false)),
]);

/** A strong frame beats any subject; then the longer phrase; a strong one; the more specific khoản. */
function rank(a: Keyword, b: Keyword): number {
  if (a.frame !== b.frame) return a.frame ? -1 : 1;
  if (a.size !== b.size) return b.size - a.size;
  if (a.weak !== b.weak) return a.weak ? 1 : -1;
  return SPECIFICITY.indexOf(a.clause) - SPECIFICITY.indexOf(b.clause);
}

const groupOf = (clause: number): ContentGroupId =>
  (CONTENT_GROUPS.entries.find((e) => e.clause === clause) ?? { id: 'other' as const }).id;

/**
 * Proposes the content group of a posting from its title, by whole words (`phí` is not `phía`,
 * nor the `phí` of `kinh phí`), the longest phrase winning. Low confidence when the phrase is a
 * common word (`dự án`) or another khoản matches as well as the one chosen. Null when nothing
 * matches: the group stays unknown, never guessed.
 * @example proposeContentGroup("Công khai dự toán ngân sách xã năm 2024")
 * // { group: 'budget', clause: 2, basis: '«dự toán ngân sách» → Điều 11 khoản 2', confidence: 'high' }
 * @example proposeContentGroup("Danh sách công dân gọi nhập ngũ năm 2025") // { group: 'military', clause: 9, … }
 * @example proposeContentGroup("Phân công nhiệm vụ phía Bắc") // null
 */
export function proposeContentGroup(title: string): GroupProposal | null {
  const words = splitWords(title);
  const found = findPhrases(words, INDEX).map((h) => h.phrase).filter((k) => k.clause > 0).sort(rank);
  if (found.length === 0) return null;
  const [best] = found;
  // Another khoản matched as well: as a frame, as long, and as strongly.
  const rival = found.find((k) => k.clause !== best.clause && k.frame === best.frame && k.size === best.size && k.weak === best.weak);
  const basis = `«${best.phrase}» → Điều 11 khoản ${best.clause}` +
    (rival ? ` (cũng khớp «${rival.phrase}», khoản ${rival.clause})` : '');
  // Without accents one word is too little to be sure of: «quy» may be «quỹ» or the «quy» of «quy định».
  const unsure = best.weak || rival !== undefined || (words.tones === null && best.size === 1);
  return { group: groupOf(best.clause), clause: best.clause, basis, confidence: unsure ? 'low' : 'high' };
}
