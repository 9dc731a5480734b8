import { fold } from '../text/normalize';
import type { VoteKindId } from '../vocabulary';

/**
 * The kind of matter a vote decides, proposed from its title when the book has no «Loại việc»
 * (Luật 10/2022/QH15, Điều 15): the kind sets the threshold (Điều 21 khoản 1: ≥ 2/3 of all
 * households for khoản 1–2, more than half for khoản 3–6). Always a proposal: a person confirms it.
 */
const KIND_WORDS: readonly { readonly kind: VoteKindId; readonly clause: string; readonly words: readonly string[] }[] = [
  // Điều 15 khoản 3: hương ước, quy ước of the community.
  { kind: 'village-rules', clause: 'khoản 3', words: ['huong uoc', 'quy uoc'] },
  // Khoản 4, 5: electing or dismissing the head of the village and the people's inspection boards.
  { kind: 'election', clause: 'khoản 4, 5', words: ['bau', 'cho thoi', 'mien nhiem', 'bai nhiem', 'truong thon', 'to truong to dan pho', 'ban thanh tra nhan dan', 'ban giam sat dau tu'] },
  // Khoản 1, 2: what the community contributes to build or mend a public work, and its spending.
  { kind: 'contribution', clause: 'khoản 1, 2', words: [
    'dong gop', 'muc dong gop', 'thu chi', 'xay dung', 'sua chua', 'cai tao', 'nang cap', 'be tong', 'lam duong', 'duong giao thong',
    'kenh muong', 'cong trinh', 'kinh phi', 'nha van hoa', 'dien chieu sang'] },
];

// Words whose letters alone say too little: «quỹ» is not «quy định», so its tone must match.
const TONED: readonly { readonly kind: VoteKindId; readonly clause: string; readonly word: string }[] = [
  { kind: 'contribution', clause: 'khoản 1, 2', word: 'quỹ' },
];

export interface VoteKindProposal {
  readonly kind: VoteKindId;
  /** «"bê tông" → Điều 15 khoản 1, 2», for the note that says it was proposed. */
  readonly basis: string;
}

/**
 * @example proposeVoteKind('Bê tông hóa đường xóm 2') // { kind: 'contribution', basis: '«be tong» → Điều 15 khoản 1, 2' }
 * @example proposeVoteKind('Bầu trưởng thôn Đông') // { kind: 'election', … }
 * @example proposeVoteKind('Họp thôn cuối năm') // null
 */
export function proposeVoteKind(title: string): VoteKindProposal | null {
  const t = ` ${fold(title).replace(/[^a-z0-9]+/g, ' ').trim()} `;
  for (const k of KIND_WORDS) {
    const word = k.words.find((w) => t.includes(` ${w} `));
    if (word) return { kind: k.kind, basis: `«${word}» → Điều 15 ${k.clause}` };
  }
  const toned = ` ${title.normalize('NFC').toLocaleLowerCase('vi').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const hit = TONED.find((k) => toned.includes(` ${k.word} `));
  return hit ? { kind: hit.kind, basis: `«${hit.word}» → Điều 15 ${hit.clause}` } : null;
}
