import { matchVocabulary, POSTING_FORMS, type PostingFormId } from '../vocabulary';
import {
  dropWords, findPhrases, foldWords, indexPhrases, phraseWords, splitWords, type Hit, type Phrase,
} from './phraseIndex';

/**
 * The form of publication (Luật 10/2022/QH15, Điều 13) as staff write it outside the template's
 * list: in a sheet's name or title («Theo dõi niêm yết», «SỔ THEO DÕI NIÊM YẾT CÔNG KHAI NĂM 2024»),
 * or in a cell as a sentence («Niêm yết tại nhà văn hóa thôn Đông», «Đăng trên cổng TTĐT»).
 */

interface FormPhrase extends Phrase {
  readonly id: PostingFormId;
  readonly text: string;
  /** Names a place or a means that only suggests the form (`bảng tin`, `trụ sở`): proposed, low confidence. */
  readonly weak?: boolean;
  /** Also read in a sheet's name or title. */
  readonly sheet?: boolean;
}

const phrases = (id: PostingFormId, opts: Pick<FormPhrase, 'weak' | 'sheet'>, ...texts: string[]): FormPhrase[] =>
  texts.map((text) => ({ id, text, ...phraseWords(text), ...opts }));

const FORM_PHRASES: readonly FormPhrase[] = [
  ...phrases('niem-yet', { sheet: true }, 'niêm yết', 'niêm yết công khai'),
  ...phrases('niem-yet', { weak: true }, 'trụ sở', 'nhà văn hóa', 'bảng tin', 'bảng thông báo', 'điểm sinh hoạt cộng đồng'),
  ...phrases('niem-yet-thuong-xuyen', { sheet: true }, 'niêm yết thường xuyên'),
  ...phrases('website', { sheet: true }, 'trang thông tin điện tử', 'cổng thông tin điện tử', 'cổng TTĐT', 'trang TTĐT',
    'TTĐT', 'website', 'đăng tải', 'cổng thông tin'),
  ...phrases('website', { weak: true }, 'web', 'trang web'),
  ...phrases('radio', { sheet: true }, 'truyền thanh', 'phát thanh', 'loa', 'loa truyền thanh', 'đài truyền thanh',
    'hệ thống truyền thanh', 'loa phát thanh', 'đài phát thanh'),
  ...phrases('village-head', {}, 'thông qua trưởng thôn', 'trưởng thôn', 'tổ trưởng tổ dân phố'),
  ...phrases('letter', {}, 'gửi văn bản'),
  ...phrases('meeting', {}, 'hội nghị', 'họp dân', 'cuộc họp'),
  ...phrases('social', { sheet: true }, 'mạng xã hội', 'zalo', 'facebook', 'nhóm zalo'),
];

const ALL = indexPhrases(FORM_PHRASES);
const OF_SHEETS = indexPhrases(FORM_PHRASES.filter((p) => p.sheet));

// Verbs and prepositions that open a sentence before the form itself («Đăng trên cổng TTĐT»).
// «Đăng tải trên …» opens a sentence about any online channel (`đăng tải` alone is the website).
const OPENERS = ['da', 'thuc hien', 'dang tai tren', 'dang tai len', 'dang tai qua', 'dang tren', 'dang len', 'dang',
  'phat tren', 'tren', 'qua', 'bang', 'hinh thuc', 'thong bao', 'thong bao tren', 'gui', 'cong khai tren']
  .map((o) => foldWords(o).split(' ')).sort((a, b) => b.length - a.length);

type Found = Hit<FormPhrase>;

/** How many words an opener takes at the start of the words (0: none), leaving at least one. */
function openerOf(words: readonly string[]): number {
  const o = OPENERS.find((w) => w.length < words.length && w.every((x, i) => words[i] === x));
  return o ? o.length : 0;
}

/** The one form the words name, or null when none or several. */
const onlyForm = (found: readonly Found[]): PostingFormId | null =>
  (new Set(found.map((f) => f.phrase.id)).size === 1 ? found[0].phrase.id : null);

/**
 * The form of publication a sheet's name or title implies, or null when it names none, or more
 * than one (then each row must say). A generic «Công khai» is not enough.
 * @example inferPostingForm("SỔ THEO DÕI NIÊM YẾT CÔNG KHAI NĂM 2024") // "niem-yet"
 * @example inferPostingForm("Truyền thanh") // "radio"
 * @example inferPostingForm("Công khai") // null
 */
export function inferPostingForm(text: string): PostingFormId | null {
  return onlyForm(findPhrases(splitWords(text), OF_SHEETS));
}

/**
 * A form-of-publication cell the vocabulary refuses, read loosely: the longest known phrase at the
 * start wins (`niêm yết thường xuyên …` is not `niêm yết`), high confidence; a phrase later in the
 * sentence, or one that only suggests the form (`Bảng tin thôn`), is low. Two forms in one cell
 * stay null, as in the vocabulary: the row must be split, we do not choose.
 * @example matchPostingFormLoose("Đăng trên cổng TTĐT") // { id: "website", confidence: "high" }
 * @example matchPostingFormLoose("Bảng tin thôn 3") // { id: "niem-yet", confidence: "low" }
 * @example matchPostingFormLoose("Niêm yết, truyền thanh") // null
 */
export function matchPostingFormLoose(text: string): { id: PostingFormId; confidence: 'high' | 'low' } | null {
  const exact = matchVocabulary(POSTING_FORMS, text);
  if (exact !== null) return { id: exact, confidence: 'high' };
  let words = splitWords(text);
  let found = findPhrases(words, ALL);
  // Take openers off while no form as long opens the words: «đã đăng trên cổng TTĐT» → «cổng TTĐT».
  const opens = (n: number) => found.some((f) => f.at === 0 && f.phrase.words.length >= n);
  for (let opener = openerOf(words.words); opener > 0 && !opens(opener); opener = openerOf(words.words)) {
    words = dropWords(words, opener);
    found = found.filter((f) => f.at >= opener).map((f) => ({ ...f, at: f.at - opener }));
  }
  const id = onlyForm(found);
  if (id === null) return null;
  const opening = found.some((f) => f.at === 0 && !f.phrase.weak);
  return { id, confidence: opening ? 'high' : 'low' };
}
