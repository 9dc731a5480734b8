import { vocabKey } from '../text/matchVocabulary';
import { cleanText } from '../text/normalize';
import type { FeedbackDecisionId } from '../vocabulary';

/**
 * Staff often keep one column of sentences for a feedback row's answer («Tiếp thu, đã chỉnh sửa
 * Điều 5», «Giải trình: …»), not the template's two (`Hướng xử lý` + `Nội dung tiếp thu, giải
 * trình`). This reads such a sentence as both. Luật 10/2022/QH15, Điều 28 khoản 3 and Điều 11 khoản
 * 11: each opinion is accepted (tiếp thu), partly accepted, or not accepted with an explanation
 * («không tiếp thu, có giải trình»).
 */
export interface FeedbackAnswer {
  /** Null = not yet processed (blank, «Chưa xử lý»). */
  readonly decision: FeedbackDecisionId | null;
  /** `low`: proposed for a person to confirm, never silently taken. */
  readonly confidence: 'high' | 'low';
  /** `Nội dung tiếp thu, giải trình`: see {@link classifyFeedbackAnswer} for what it holds. */
  readonly explanation: string | null;
}

interface Phrase {
  /** Folded like a vocabulary key (`vocabKey`): no accents, punctuation read as spaces. */
  readonly key: string;
  readonly decision: FeedbackDecisionId | null;
  readonly confidence: 'high' | 'low';
}

const phrases = (decision: FeedbackDecisionId | null, confidence: Phrase['confidence'], ...texts: string[]): Phrase[] =>
  texts.map((t) => ({ key: vocabKey(t), decision, confidence }));

// Words that open the answer. Longest first wins, so «không tiếp thu» is never «tiếp thu», and
// «tiếp thu một phần» is never «tiếp thu».
const OPENING: readonly Phrase[] = [
  ...phrases(null, 'high', 'Chưa xử lý', 'Đang xử lý', 'Chờ xử lý', 'Chưa trả lời', 'Chưa giải quyết',
    'Đang nghiên cứu', 'Đang tổng hợp', 'Đang xem xét', 'Đang giải quyết', 'Chưa có ý kiến trả lời'),
  ...phrases('partly-accepted', 'high', 'Tiếp thu một phần', 'Tiếp thu 1 phần', 'Tiếp thu có chọn lọc',
    'Đã tiếp thu một phần', 'Đã tiếp thu 1 phần', 'Đã tiếp thu có chọn lọc', 'Tiếp thu một số ý kiến',
    'Đồng ý một phần', 'Nhất trí một phần', 'Thống nhất một phần'),
  ...phrases('explained', 'high', 'Giải trình', 'Đã giải trình', 'Không tiếp thu', 'Chưa tiếp thu',
    'Không đồng ý', 'Không thống nhất', 'Không nhất trí', 'Không chấp nhận', 'Giữ nguyên', 'Giữ nguyên như dự thảo'),
  // The name of the work, not an answer: which of the two is meant, a person says.
  ...phrases('accepted', 'low', 'Tiếp thu, giải trình', 'Tiếp thu và giải trình'),
  ...phrases('accepted', 'high', 'Tiếp thu', 'Đã tiếp thu', 'Tiếp thu toàn bộ', 'Thống nhất', 'Nhất trí', 'Đồng ý',
    'Chấp nhận'),
  // Implied, not said: proposed.
  ...phrases('accepted', 'low', 'Ghi nhận', 'Đã ghi nhận', 'Đã chỉnh sửa', 'Đã bổ sung', 'Đã điều chỉnh', 'Đã sửa'),
].sort((a, b) => b.key.length - a.key.length);

// The same words inside a sentence («UBND xã tiếp thu và chỉnh sửa»): always proposed. Negations
// and «một phần» come first, so a sentence that says «không tiếp thu» is never read as accepted.
const INSIDE: readonly Phrase[] = [
  ...phrases('explained', 'low', 'không tiếp thu', 'chưa tiếp thu', 'không đồng ý', 'không thống nhất',
    'không nhất trí', 'không chấp nhận', 'giải trình'),
  ...phrases('partly-accepted', 'low', 'tiếp thu một phần', 'tiếp thu 1 phần', 'tiếp thu có chọn lọc'),
  ...phrases('accepted', 'low', 'tiếp thu', 'nhất trí', 'đồng ý', 'thống nhất'),
];

const opens = (key: string, p: string) => key === p || key.startsWith(`${p} `);
// «Chưa» alone is «not yet»; a sentence that starts with it («Chưa phù hợp với …») is an answer.
const PENDING_ALONE = new Set(['chua', 'dang', 'cho']);
const holds = (key: string, p: string) => ` ${key} `.includes(` ${p} `);

/**
 * Reads one answer sentence as a decision and its explanation.
 *
 * The explanation is the whole sentence as typed, not the part after the decision words: it is what
 * the commune publishes (Điều 11 khoản 11) and cut short it loses its sense («đã chỉnh sửa Điều 5»
 * alone does not say the opinion was accepted); the decision is kept beside it anyway. One
 * exception: an explanation that is nothing but the decision words («Giải trình», «Không tiếp
 * thu») gives no reason, and the law's «không tiếp thu, có giải trình» needs one, so it is null
 * and the check asks for it. A bare «Tiếp thu» or «Thống nhất» is a complete answer.
 *
 * Anything non-empty is never pending: words it does not know are `explained`, low confidence
 * (an answer was given: a person confirms what kind).
 * @example classifyFeedbackAnswer("Tiếp thu, đã chỉnh sửa Điều 5")
 * // { decision: 'accepted', confidence: 'high', explanation: 'Tiếp thu, đã chỉnh sửa Điều 5' }
 * @example classifyFeedbackAnswer("Không tiếp thu vì trái quy định") // { decision: 'explained', confidence: 'high', … }
 * @example classifyFeedbackAnswer("Ghi nhận") // { decision: 'accepted', confidence: 'low', explanation: 'Ghi nhận' }
 * @example classifyFeedbackAnswer("Chưa xử lý") // { decision: null, confidence: 'high', explanation: null }
 */
export function classifyFeedbackAnswer(text: string): FeedbackAnswer {
  const key = vocabKey(text);
  if (key === '' || PENDING_ALONE.has(key)) return { decision: null, confidence: 'high', explanation: null };
  const sentence = cleanText(text);
  const opening = OPENING.find((p) => opens(key, p.key));
  if (opening) {
    if (opening.decision === null) return { decision: null, confidence: 'high', explanation: null };
    // The key drops a trailing bracket; «Không tiếp thu (có giải trình: …)» gives its reason inside one.
    const bare = opening.decision === 'explained' && key === opening.key && !/\(.*\S.*\)\s*$/.test(sentence);
    return { decision: opening.decision, confidence: opening.confidence, explanation: bare ? null : sentence };
  }
  const inside = INSIDE.find((p) => holds(key, p.key));
  return { decision: inside?.decision ?? 'explained', confidence: 'low', explanation: sentence };
}
