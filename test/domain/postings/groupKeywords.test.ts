import { CLAUSE_KEYWORDS, NOT_KEYWORDS, SPECIFICITY } from '../../../src/domain/postings/groupKeywords';
import { findPhrases, foldWords, indexPhrases, phraseWords, splitWords } from '../../../src/domain/postings/phraseIndex';
import { proposeContentGroup } from '../../../src/domain/postings/proposeGroup';
import { CONTENT_GROUPS } from '../../../src/domain/vocabulary';

describe('the keyword table of Điều 11', () => {
  const all = CLAUSE_KEYWORDS.flatMap((c) => [...c.phrases, ...(c.weak ?? [])].map((p) => ({ key: foldWords(p), clause: c.clause })));

  it('covers khoản 1 to 13, each a group of the vocabulary, each ranked by specificity', () => {
    expect(CLAUSE_KEYWORDS.map((c) => c.clause)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    for (const { clause } of CLAUSE_KEYWORDS) {
      expect(CONTENT_GROUPS.entries.some((e) => e.clause === clause)).toBe(true);
      expect(SPECIFICITY).toContain(clause);
    }
  });

  it('gives no phrase to two khoản (a data bug would make a title depend on the order)', () => {
    const seen = new Map<string, number>();
    for (const { key, clause } of all) {
      expect([key, seen.get(key) ?? clause]).toEqual([key, clause]);
      seen.set(key, clause);
    }
  });

  it('hides nothing that is itself a keyword', () => {
    for (const mask of NOT_KEYWORDS) expect(all.map((k) => k.key)).not.toContain(foldWords(mask));
  });

  it('does not read the residents\' inspection board as an inspection', () => {
    expect(proposeContentGroup('Kết quả bầu Ban Thanh tra nhân dân xã')).toBeNull();
    expect(proposeContentGroup('Kết luận thanh tra việc quản lý đất công')?.clause).toBe(10);
  });
});

describe('findPhrases', () => {
  const index = indexPhrases(['niêm yết', 'niêm yết thường xuyên', 'loa', 'quỹ'].map((text) => ({ text, ...phraseWords(text) })));
  const found = (text: string) => findPhrases(splitWords(text), index).map((h) => [h.phrase.text, h.at]);

  it('finds whole words only, the longer phrase hiding the one inside it', () => {
    expect(found('Niêm yết thường xuyên tại trụ sở')).toEqual([['niêm yết thường xuyên', 0]]);
    expect(found('Đã niêm yết, phát loa')).toEqual([['niêm yết', 1], ['loa', 4]]);
    expect(found('Niêm yết thường')).toEqual([['niêm yết', 0]]);
    expect(found('loại')).toEqual([]);
    expect(found('Quy định về quỹ')).toEqual([['quỹ', 3]]);
    expect(found('quy dinh ve quy')).toEqual([['quỹ', 0], ['quỹ', 3]]);
    expect(found('Lòa')).toEqual([]);
    expect(found('')).toEqual([]);
  });

  it('folds accents, case, punctuation and soft hyphens', () => {
    expect(foldWords('KẾ HOẠCH ph\u00adát triển KT-XH.')).toBe('ke hoach phat trien kt xh');
  });
});
