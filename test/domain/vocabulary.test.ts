import {
  CONTENT_GROUPS, DAY_OFF_KINDS, FEEDBACK_DECISIONS, LEVELS, POSTING_FORMS, SIGN_AUTHORITIES, VOTE_KINDS,
  VOTE_METHODS, acceptedLabels, matchVocabulary, vocabEntry, vocabKey, type Vocabulary,
} from '../../src/domain/vocabulary';

const ALL: Record<string, Vocabulary> = {
  POSTING_FORMS, CONTENT_GROUPS, LEVELS, FEEDBACK_DECISIONS, VOTE_KINDS, VOTE_METHODS, DAY_OFF_KINDS, SIGN_AUTHORITIES,
};

describe('vocabularies', () => {
  it.each(Object.entries(ALL))('%s gives every label and alias one meaning', (_name, vocab) => {
    const seen = new Map<string, string>();
    for (const entry of vocab.entries) {
      for (const name of [entry.label, ...entry.aliases]) {
        const key = vocabKey(name);
        expect([key, seen.get(key) ?? entry.id]).toEqual([key, entry.id]);
        seen.set(key, entry.id);
      }
    }
  });

  it.each(Object.entries(ALL))('%s matches each of its own labels and aliases, also without accents', (_name, vocab) => {
    for (const entry of vocab.entries) {
      for (const name of [entry.label, ...entry.aliases]) {
        expect([name, matchVocabulary(vocab, name)]).toEqual([name, entry.id]);
        expect([name, matchVocabulary(vocab, vocabKey(name).toUpperCase())]).toEqual([name, entry.id]);
        expect([name, matchVocabulary(vocab, name.normalize('NFD'))]).toEqual([name, entry.id]);
      }
    }
  });
});

describe('matchVocabulary', () => {
  // SCHEMA.md, `Công khai` → Hình thức values and aliases.
  const forms: [string, string | null][] = [
    ['Niêm yết', 'niem-yet'],
    ['niêm yết tại trụ sở', 'niem-yet'],
    ['Niêm yết tại nhà văn hóa', 'niem-yet'],
    ['Niêm yết tại nhà văn hoá thôn Đông', 'niem-yet'],
    ['Niêm yết tại điểm sinh hoạt cộng đồng', 'niem-yet'],
    ['Niêm yết tại trụ sở UBND xã', 'niem-yet'],
    ['Niêm yết thường xuyên', 'niem-yet-thuong-xuyen'],
    ['NIÊM YẾT THƯỜNG XUYÊN tại bộ phận một cửa', 'niem-yet-thuong-xuyen'],
    ['Trang thông tin điện tử', 'website'],
    ['Cổng thông tin điện tử', 'website'],
    ['website', 'website'],
    ['Đăng tải', 'website'],
    ['Truyền thanh', 'radio'],
    ['Loa', 'radio'],
    ['Loa truyền thanh', 'radio'],
    ['Đài truyền thanh', 'radio'],
    ['Hệ thống truyền thanh', 'radio'],
    ['Thông qua trưởng thôn', 'village-head'],
    ['Trưởng thôn', 'village-head'],
    ['Tổ trưởng tổ dân phố', 'village-head'],
    ['Gửi văn bản', 'letter'],
    ['Hội nghị', 'meeting'],
    ['Mạng xã hội', 'social'],
    ['Zalo', 'social'],
    ['Facebook', 'social'],
    ['Khác', 'other'],
    ['Niêm yết, truyền thanh', null], // two forms in one cell: split the row, no guess
    ['Niêm yết và đăng tải', null],
    ['Bảng tin', null],
    ['', null],
  ];
  it.each(forms)('reads the posting form %j as %j', (text, id) => {
    expect(matchVocabulary(POSTING_FORMS, text)).toBe(id);
  });

  // RULES.md, "Which rule a posting row gets": labels, aliases, khoản numbers.
  const groups: [string, string | null][] = [
    ...CONTENT_GROUPS.entries.flatMap((g): [string, string][] => [
      [g.label, g.id], [String(g.clause), g.id], [`k${g.clause}`, g.id], [`khoản ${g.clause}`, g.id],
      [`Khoản ${g.clause}`, g.id], [`K.${g.clause}`, g.id],
    ]),
    ['Kế hoạch phát triển kinh tế - xã hội', 'socio-economic'],
    ['KT-XH', 'socio-economic'],
    ['Kinh tế-xã hội', 'socio-economic'],
    ['Kinh tế - xã hội 6 tháng đầu năm', 'socio-economic'],
    ['Dự toán', 'budget'], ['Quyết toán', 'budget'], ['Tài chính', 'budget'],
    ['Đầu tư', 'investment-land'], ['Đất đai', 'investment-land'], ['Quy hoạch', 'investment-land'], ['Dự án', 'investment-land'],
    ['Quy hoạch sử dụng đất', 'investment-land'],
    ['Quy chế', 'democracy-rules'], ['Nhiệm vụ cán bộ', 'democracy-rules'], ['Quy tắc ứng xử', 'democracy-rules'],
    ['Quỹ', 'funds'], ['Tài trợ', 'funds'], ['Đóng góp', 'funds'], ['Huy động', 'funds'],
    ['Tài sản', 'public-assets'],
    ['Chính sách hỗ trợ', 'social-security'], ['Trợ cấp', 'social-security'], ['Bảo hiểm y tế', 'social-security'], ['Hộ nghèo', 'social-security'],
    ['Hỗ trợ thiên tai', 'disaster'], ['Quyên góp', 'disaster'],
    ['Nhập ngũ', 'military'], ['Nghĩa vụ công an', 'military'],
    ['Thanh tra', 'inspection'], ['Kỷ luật', 'inspection'], ['Tín nhiệm', 'inspection'], ['Tham nhũng', 'inspection'],
    ['Kế hoạch lấy ý kiến', 'consultation'], ['Kết quả lấy ý kiến', 'consultation'], ['Tiếp thu, giải trình', 'consultation'],
    ['Phí', 'fees'], ['Lệ phí', 'fees'],
    ['TTHC', 'procedures'], ['Thủ tục', 'procedures'],
    ['', null], // blank = unknown content, not «Khác» (Luật 10/2022/QH15, Điều 13 khoản 2; RULES.md, corrections)
    ['Khác', 'other'], ['k14', 'other'],
    ['15', null],
    ['Văn hóa', null],
  ];
  it.each(groups)('reads the content group %j as %j', (text, id) => {
    expect(matchVocabulary(CONTENT_GROUPS, text)).toBe(id);
  });

  const others: [Vocabulary, string, string | null][] = [
    [FEEDBACK_DECISIONS, 'Tiếp thu', 'accepted'],
    [FEEDBACK_DECISIONS, 'tiếp thu một phần', 'partly-accepted'],
    [FEEDBACK_DECISIONS, 'Giải trình', 'explained'],
    [FEEDBACK_DECISIONS, 'Không tiếp thu, có giải trình', 'explained'],
    [FEEDBACK_DECISIONS, '', null], // blank = not yet processed
    [VOTE_KINDS, 'Đóng góp, thu chi', 'contribution'],
    [VOTE_KINDS, 'k2', 'contribution'],
    [VOTE_KINDS, 'Khoản 1-2', 'contribution'],
    [VOTE_KINDS, 'Hương ước', 'village-rules'],
    [VOTE_KINDS, '3', 'village-rules'],
    [VOTE_KINDS, 'Bầu, cho thôi', 'election'],
    [VOTE_KINDS, 'Bầu trưởng thôn', 'election'],
    [VOTE_KINDS, 'khoản 5', 'election'],
    [VOTE_KINDS, 'Tự quản khác', 'self-managed'],
    [VOTE_KINDS, '6', 'self-managed'],
    [DAY_OFF_KINDS, 'Nghỉ', 'day-off'],
    [DAY_OFF_KINDS, 'Nghỉ bù', 'day-off'],
    [DAY_OFF_KINDS, 'Làm bù', 'make-up-workday'],
    [DAY_OFF_KINDS, '', 'day-off'],
    [LEVELS, 'Xã', 'commune'],
    [LEVELS, 'thị xã', 'district-town'],
    [LEVELS, 'Đặc khu', 'special-zone'],
    [LEVELS, 'Đơn vị sự nghiệp', 'public-service-unit'],
    [SIGN_AUTHORITIES, 'TM.', 'TM'],
    [SIGN_AUTHORITIES, 'kt', 'KT'],
  ];
  it.each(others)('reads %#: %j as %j', (vocab, text, id) => {
    expect(matchVocabulary(vocab, text)).toBe(id);
  });

  it('tells agencies from communes', () => {
    expect(LEVELS.entries.filter((l) => l.kind === 'agency').map((l) => l.label)).toEqual(['cơ quan', 'đơn vị sự nghiệp']);
  });

  it('knows the vote thresholds of Điều 21 khoản 1', () => {
    expect(VOTE_KINDS.entries.map((k) => [k.id, k.threshold])).toEqual([
      ['contribution', '2/3'], ['village-rules', '>50%'], ['election', '>50%'], ['self-managed', '>50%'],
    ]);
  });

  it('finds an entry and lists accepted labels', () => {
    expect(vocabEntry(CONTENT_GROUPS, 'consultation').clause).toBe(11);
    expect(acceptedLabels(FEEDBACK_DECISIONS)).toEqual(['Tiếp thu', 'Tiếp thu một phần', 'Giải trình']);
  });
});
