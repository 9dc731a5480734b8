import { inferPostingForm, matchPostingFormLoose } from '../../../src/domain/postings/inferForm';
import { matchVocabulary, POSTING_FORMS } from '../../../src/domain/vocabulary';

describe('inferPostingForm, from a sheet name or a title', () => {
  const cases: [string, string | null][] = [
    // Sheet names and titles of the staff-style books (test/fixtures/staff).
    ['Theo dõi niêm yết', 'niem-yet'],
    ['SỔ THEO DÕI NIÊM YẾT CÔNG KHAI NĂM 2024', 'niem-yet'],
    ['CK niêm yết', 'niem-yet'],
    ['So theo doi niem yet', 'niem-yet'],
    ['Niêm yết thường xuyên', 'niem-yet-thuong-xuyen'],
    ['Truyền thanh', 'radio'],
    ['Phát thanh', 'radio'],
    ['Loa', 'radio'],
    ['SỔ THEO DÕI PHÁT THANH TRÊN LOA TRUYỀN THANH XÃ', 'radio'],
    ['Theo dõi đăng tải trang thông tin điện tử', 'website'],
    ['Cổng TTĐT', 'website'],
    ['Đăng Zalo', 'social'],
    // Not enough, or too much.
    ['Công khai', null],
    ['CK 2025', null],
    ['Sheet1', null],
    ['BẢNG THEO DÕI CÔNG KHAI THÔNG TIN NĂM 2023', null],
    ['Niêm yết và truyền thanh', null],
    ['Hội nghị', null],
    ['Ý kiến', null],
    ['', null],
  ];
  it.each(cases)('reads «%s» as %j', (text, form) => {
    expect(inferPostingForm(text)).toBe(form);
  });
});

describe('matchPostingFormLoose, for cells the vocabulary refuses', () => {
  const cases: [string, string | null, 'high' | 'low' | null][] = [
    ['Niêm yết tại trụ sở UBND xã', 'niem-yet', 'high'],
    ['Niêm yết tại nhà văn hóa thôn Đông', 'niem-yet', 'high'],
    ['Loa truyền thanh xã', 'radio', 'high'],
    ['Đăng trên cổng TTĐT', 'website', 'high'],
    ['Đăng trên Cổng thông tin điện tử xã', 'website', 'high'],
    ['Niêm yết.', 'niem-yet', 'high'],
    ['Đã niêm yết tại 10 thôn', 'niem-yet', 'high'],
    ['Phát trên loa truyền thanh', 'radio', 'high'],
    ['Phát thanh 3 buổi', 'radio', 'high'],
    ['Niêm yết thường xuyên tại bộ phận một cửa', 'niem-yet-thuong-xuyen', 'high'],
    ['Niêm yết thường xuyên, cập nhật khi thay đổi', 'niem-yet-thuong-xuyen', 'high'],
    ['Nhóm Zalo thôn 3', 'social', 'high'],
    ['Qua nhóm Zalo', 'social', 'high'],
    ['Đăng tải trên nhóm Zalo của thôn', 'social', 'high'],
    ['Đăng tải trên Cổng TTĐT', 'website', 'high'],
    ['Thông báo trên loa truyền thanh', 'radio', 'high'],
    ['Thông báo qua trưởng thôn', 'village-head', 'high'],
    ['Gửi qua Zalo', 'social', 'high'],
    ['Phát thanh trên loa', 'radio', 'high'],
    // Only a place or a means: proposed.
    ['Bảng tin thôn 3', 'niem-yet', 'low'],
    ['Trụ sở UBND xã', 'niem-yet', 'low'],
    ['Tại nhà văn hóa các thôn', 'niem-yet', 'low'],
    ['Trang web xã', 'website', 'low'],
    ['Công khai bằng hình thức niêm yết', 'niem-yet', 'low'],
    // Two forms in one cell: the row must be split.
    ['Niêm yết, truyền thanh', null, null],
    ['Niêm yết tại trụ sở và đăng tải trên Cổng TTĐT', null, null],
    // Unknown.
    ['Phát tờ rơi', null, null],
    ['Công khai', null, null],
    ['', null, null],
  ];
  it.each(cases)('reads «%s» as %j (%s)', (text, id, confidence) => {
    expect(matchPostingFormLoose(text)).toEqual(id === null ? null : { id, confidence });
  });

  it('agrees with the vocabulary wherever the vocabulary answers', () => {
    for (const entry of POSTING_FORMS.entries) {
      for (const name of [entry.label, ...entry.aliases, `${entry.label} tại thôn 2`]) {
        const exact = matchVocabulary(POSTING_FORMS, name);
        if (exact !== null) expect([name, matchPostingFormLoose(name)]).toEqual([name, { id: exact, confidence: 'high' }]);
      }
    }
  });
});
