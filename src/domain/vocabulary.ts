/**
 * The closed lists a tracking workbook may use (SCHEMA.md "Input sheets", RULES.md), as pure data,
 * and the one matcher that reads a cell against them. Ids are English and stable: other parts of
 * the add-in branch on them; labels are what the template writes and what error messages list.
 */
export interface VocabEntry<T extends string = string> {
  readonly id: T;
  /** Canonical Vietnamese label, as the template writes it. */
  readonly label: string;
  /** Other spellings staff use for the same thing. */
  readonly aliases: readonly string[];
}

export interface Vocabulary<T extends string = string, E extends VocabEntry<T> = VocabEntry<T>> {
  /** Vietnamese name of the list, for messages (`Hình thức`). */
  readonly label: string;
  readonly entries: readonly E[];
  /** The id a blank cell stands for (a blank `Loại` of `Ngày nghỉ` is a day off); absent = no value. */
  readonly blank?: T;
}

/** Aliases that name a clause by number: `11`, `k11`, `k.11`, `khoản 11`. */
const clauseAliases = (...clauses: number[]): string[] =>
  clauses.flatMap((n) => [`${n}`, `k${n}`, `k ${n}`, `khoản ${n}`]);

// ---- Hình thức công khai (SCHEMA.md, `Công khai`) ------------------------------------------------

export type PostingFormId =
  | 'niem-yet' | 'niem-yet-thuong-xuyen' | 'website' | 'radio' | 'village-head'
  | 'letter' | 'meeting' | 'social' | 'other';

export const POSTING_FORMS: Vocabulary<PostingFormId> = {
  label: 'Hình thức công khai',
  entries: [
    { id: 'niem-yet', label: 'Niêm yết', aliases: ['Niêm yết tại trụ sở', 'Niêm yết tại nhà văn hóa', 'Niêm yết tại điểm sinh hoạt cộng đồng'] },
    { id: 'niem-yet-thuong-xuyen', label: 'Niêm yết thường xuyên', aliases: [] },
    { id: 'website', label: 'Trang thông tin điện tử', aliases: ['Cổng thông tin điện tử', 'Website', 'Đăng tải'] },
    { id: 'radio', label: 'Truyền thanh', aliases: ['Loa', 'Đài truyền thanh', 'Hệ thống truyền thanh'] },
    { id: 'village-head', label: 'Thông qua trưởng thôn', aliases: ['Trưởng thôn', 'Tổ trưởng tổ dân phố'] },
    { id: 'letter', label: 'Gửi văn bản', aliases: [] },
    { id: 'meeting', label: 'Hội nghị', aliases: [] },
    { id: 'social', label: 'Mạng xã hội', aliases: ['Zalo', 'Facebook'] },
    { id: 'other', label: 'Khác', aliases: [] },
  ],
};

// ---- Nhóm nội dung công khai (RULES.md, Luật 10/2022/QH15 Điều 11) -------------------------------

export type ContentGroupId =
  | 'socio-economic' | 'budget' | 'investment-land' | 'democracy-rules' | 'funds' | 'public-assets'
  | 'social-security' | 'disaster' | 'military' | 'inspection' | 'consultation' | 'fees'
  | 'procedures' | 'other';

export interface ContentGroup extends VocabEntry<ContentGroupId> {
  /** The khoản of Điều 11 this group publicises. */
  readonly clause: number;
}

const group = (id: ContentGroupId, label: string, clause: number, aliases: string[]): ContentGroup =>
  ({ id, label, clause, aliases: [...aliases, ...clauseAliases(clause)] });

export const CONTENT_GROUPS: Vocabulary<ContentGroupId, ContentGroup> = {
  label: 'Nhóm nội dung',
  entries: [
    group('socio-economic', 'Kinh tế - xã hội', 1, ['Kế hoạch phát triển kinh tế - xã hội', 'KT-XH']),
    group('budget', 'Ngân sách', 2, ['Dự toán', 'Quyết toán', 'Tài chính']),
    group('investment-land', 'Đầu tư, đất đai', 3, ['Đầu tư', 'Đất đai', 'Quy hoạch', 'Dự án']),
    group('democracy-rules', 'Quy chế dân chủ', 4, ['Quy chế', 'Nhiệm vụ cán bộ', 'Quy tắc ứng xử']),
    group('funds', 'Quỹ, đóng góp', 5, ['Quỹ', 'Tài trợ', 'Đóng góp', 'Huy động']),
    group('public-assets', 'Tài sản công', 6, ['Tài sản']),
    group('social-security', 'An sinh xã hội', 7, ['Chính sách hỗ trợ', 'Trợ cấp', 'Bảo hiểm y tế', 'Hộ nghèo']),
    group('disaster', 'Thiên tai, dịch bệnh', 8, ['Hỗ trợ thiên tai', 'Quyên góp']),
    group('military', 'Nghĩa vụ quân sự', 9, ['Nhập ngũ', 'Nghĩa vụ công an']),
    group('inspection', 'Thanh tra, tín nhiệm', 10, ['Thanh tra', 'Kỷ luật', 'Tín nhiệm', 'Tham nhũng']),
    group('consultation', 'Lấy ý kiến', 11, ['Kế hoạch lấy ý kiến', 'Kết quả lấy ý kiến', 'Tiếp thu, giải trình']),
    group('fees', 'Phí, lệ phí', 12, ['Phí', 'Lệ phí']),
    group('procedures', 'Thủ tục hành chính', 13, ['TTHC', 'Thủ tục']),
    group('other', 'Khác', 14, []),
  ],
  // No `blank`: a blank group is unknown content, not «Khác» (RULES.md, corrections; Điều 13 k2 sets
  // k14 no minimum, while an unknown content is most likely one of k1–3, 5–12 and gets their 30 days).
};

// ---- Cấp (SCHEMA.md, `Thông tin`) ------------------------------------------------------------------

export type LevelId =
  | 'commune' | 'ward' | 'special-zone' | 'township' | 'district' | 'district-town' | 'city'
  | 'province' | 'agency' | 'public-service-unit';

export interface Level extends VocabEntry<LevelId> {
  /** Which rule set applies (RULES.md, "Which rule a posting row gets"): `CQ_*` for agencies. */
  readonly kind: 'commune' | 'agency';
}

const level = (id: LevelId, label: string, kind: Level['kind'], aliases: string[] = []): Level =>
  ({ id, label, kind, aliases });

export const LEVELS: Vocabulary<LevelId, Level> = {
  label: 'Cấp',
  entries: [
    level('commune', 'xã', 'commune', ['cấp xã']),
    level('ward', 'phường', 'commune'),
    level('special-zone', 'đặc khu', 'commune'),
    level('township', 'thị trấn', 'commune'),
    level('district', 'huyện', 'commune', ['cấp huyện']),
    level('district-town', 'thị xã', 'commune'),
    level('city', 'thành phố', 'commune'),
    level('province', 'tỉnh', 'commune', ['cấp tỉnh']),
    level('agency', 'cơ quan', 'agency', ['cơ quan nhà nước', 'cơ quan hành chính']),
    level('public-service-unit', 'đơn vị sự nghiệp', 'agency', ['đơn vị sự nghiệp công lập']),
  ],
};

// ---- Hướng xử lý ý kiến (SCHEMA.md, `Ý kiến`) ---------------------------------------------------

/** Blank means "not yet processed": no id for it, the cell has no value. */
export type FeedbackDecisionId = 'accepted' | 'partly-accepted' | 'explained';

export const FEEDBACK_DECISIONS: Vocabulary<FeedbackDecisionId> = {
  label: 'Hướng xử lý',
  entries: [
    { id: 'accepted', label: 'Tiếp thu', aliases: [] },
    { id: 'partly-accepted', label: 'Tiếp thu một phần', aliases: [] },
    { id: 'explained', label: 'Giải trình', aliases: ['Không tiếp thu, có giải trình'] },
  ],
};

// ---- Loại việc biểu quyết (Luật 10/2022/QH15 Điều 15, Điều 21 khoản 1) ----------------------------

export type VoteKindId = 'contribution' | 'village-rules' | 'election' | 'self-managed';

export interface VoteKind extends VocabEntry<VoteKindId> {
  readonly clauses: readonly number[];
  /** Điều 21 k1: Đ15 k1–2 need ≥ 2/3 of all households, k3–6 more than half. */
  readonly threshold: '2/3' | '>50%';
}

const voteKind = (id: VoteKindId, label: string, clauses: number[], aliases: string[]): VoteKind =>
  ({ id, label, clauses, threshold: clauses[0] <= 2 ? '2/3' : '>50%', aliases: [...aliases, ...clauseAliases(...clauses)] });

export const VOTE_KINDS: Vocabulary<VoteKindId, VoteKind> = {
  label: 'Loại việc',
  entries: [
    voteKind('contribution', 'Đóng góp, thu chi', [1, 2], ['Đóng góp', 'Thu chi', 'k1-2', 'khoản 1-2']),
    voteKind('village-rules', 'Hương ước', [3], ['Hương ước, quy ước', 'Quy ước']),
    voteKind('election', 'Bầu, cho thôi', [4, 5], ['Bầu', 'Cho thôi']),
    voteKind('self-managed', 'Tự quản khác', [6], ['Tự quản']),
  ],
};

// ---- Hình thức biểu quyết (Luật 10/2022/QH15 Điều 19–20) -----------------------------------------

export type VoteMethodId = 'meeting' | 'ballot' | 'online';

export const VOTE_METHODS: Vocabulary<VoteMethodId> = {
  label: 'Hình thức biểu quyết',
  entries: [
    { id: 'meeting', label: 'Hội nghị', aliases: ['Cuộc họp', 'Họp'] },
    { id: 'ballot', label: 'Phát phiếu', aliases: ['Phiếu', 'Phát phiếu lấy ý kiến'] },
    { id: 'online', label: 'Trực tuyến', aliases: ['Biểu quyết trực tuyến'] },
  ],
};

// ---- Loại ngày (SCHEMA.md, `Ngày nghỉ`) ------------------------------------------------------------

export type DayOffKindId = 'day-off' | 'make-up-workday';

export const DAY_OFF_KINDS: Vocabulary<DayOffKindId> = {
  label: 'Loại ngày',
  entries: [
    { id: 'day-off', label: 'Nghỉ', aliases: ['Ngày nghỉ', 'Nghỉ lễ', 'Nghỉ bù'] },
    { id: 'make-up-workday', label: 'Làm bù', aliases: ['Làm việc bù', 'Đi làm bù', 'Ngày làm bù'] },
  ],
  // A list of holidays usually has no type column filled in.
  blank: 'day-off',
};

// ---- Quyền hạn ký (Nghị định 30/2020/NĐ-CP, Phụ lục I) -------------------------------------------

export type SignAuthorityId = 'TM' | 'KT';

export const SIGN_AUTHORITIES: Vocabulary<SignAuthorityId> = {
  label: 'Quyền hạn ký',
  entries: [
    { id: 'TM', label: 'TM.', aliases: ['Thay mặt'] },
    { id: 'KT', label: 'KT.', aliases: ['Ký thay'] },
  ],
};

export { acceptedLabels, matchVocabulary, vocabEntry, vocabKey } from './text/matchVocabulary';
