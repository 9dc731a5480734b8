import { proposeContentGroup } from '../../../src/domain/postings/proposeGroup';
import { CONTENT_GROUPS, matchVocabulary } from '../../../src/domain/vocabulary';

const QC = 'dự thảo Quyết định ban hành Quy chế thực hiện dân chủ trong hoạt động của UBND xã An Thượng';

/** Titles from the staff-style books (test/fixtures/staff) and the seeds, with the group a person gave them. */
const TITLES: [title: string, group: string][] = [
  ['Báo cáo quyết toán ngân sách xã năm 2023', 'Ngân sách'],
  ['Báo cáo thu, chi Quỹ Vì người nghèo năm 2023', 'Quỹ, đóng góp'],
  ['Báo cáo thu, chi Quỹ phòng, chống thiên tai năm 2024', 'Quỹ, đóng góp'],
  ['Công khai dự toán ngân sách xã năm 2025', 'Ngân sách'],
  ['Công khai quyết toán ngân sách xã năm 2024', 'Ngân sách'],
  ['Danh mục dự án đầu tư công năm 2025', 'Đầu tư, đất đai'],
  ['Danh sách cử tri lấy ý kiến dự thảo Quy chế thực hiện dân chủ', 'Lấy ý kiến'],
  ['Danh sách hộ nghèo năm 2025 (bình xét)', 'An sinh xã hội'],
  ['Danh sách hộ nghèo, hộ cận nghèo năm 2024', 'An sinh xã hội'],
  ['Danh sách hộ nghèo, hộ cận nghèo phát sinh', 'An sinh xã hội'],
  ['Danh sách hộ được hỗ trợ thiệt hại do thiên tai', 'Thiên tai, dịch bệnh'],
  ['Danh sách hộ được hỗ trợ xây nhà ở cho hộ nghèo', 'An sinh xã hội'],
  ['Danh sách đối tượng bảo trợ xã hội được hỗ trợ', 'An sinh xã hội'],
  ['Danh sách đối tượng hưởng trợ cấp xã hội hằng tháng', 'An sinh xã hội'],
  ['Dự thảo kế hoạch sử dụng đất năm 2025', 'Đất đai'],
  ['Dự toán ngân sách phường năm 2024', 'Ngân sách'],
  ['Dự toán thu, chi ngân sách phường năm 2023', 'Ngân sách'],
  ['Kế hoạch gọi công dân nhập ngũ năm 2026', 'Nghĩa vụ quân sự'],
  ['Kế hoạch tuyển chọn và gọi công dân nhập ngũ năm 2026', 'Nghĩa vụ quân sự'],
  ['Kế hoạch phát triển kinh tế - xã hội 6 tháng cuối năm 2026', 'Kinh tế - xã hội'],
  ['Kế hoạch sử dụng đất năm 2023 của phường', 'Đất đai'],
  ['Kết luận thanh tra công tác quản lý tài chính xã', 'Thanh tra'],
  ['Kết luận thanh tra việc quản lý đất công', 'Thanh tra'],
  ['Kết luận thanh tra việc thu, chi các khoản đóng góp của Nhân dân', 'Thanh tra'],
  ['Kết luận thanh tra về quản lý, sử dụng đất công', 'Thanh tra'],
  ['Kết quả huy động đóng góp xây dựng đường giao thông thôn 5', 'Quỹ, đóng góp'],
  ['Kết quả lấy ý kiến dự thảo Quy chế thực hiện dân chủ', 'Lấy ý kiến'],
  ['Kết quả tổng hợp ý kiến, tiếp thu, giải trình dự thảo Quy chế', 'Lấy ý kiến'],
  [`Kế hoạch lấy ý kiến đối với ${QC}`, 'Lấy ý kiến'],
  // Seed 000's own title; seed 002's.
  [`Tổ chức lấy ý kiến đối với ${QC}`, 'Lấy ý kiến'],
  ['Tổ chức lấy ý kiến đối với Dự thảo Quy chế thực hiện dân chủ trên địa bàn phường Bắc Kạn', 'Lấy ý kiến'],
  ['Mức thu phí, lệ phí tại Bộ phận một cửa', 'Phí, lệ phí'],
  ['Nghị quyết về dự toán ngân sách xã năm 2024', 'Ngân sách'],
  ['Quy chế thực hiện dân chủ ở phường', 'Quy chế dân chủ'],
  ['Quy tắc ứng xử của cán bộ, công chức xã', 'Quy chế dân chủ'],
  ['Quyết toán ngân sách xã năm 2023', 'Ngân sách'],
  ['Quyết định phê duyệt danh sách hộ nghèo, hộ cận nghèo năm 2023', 'An sinh xã hội'],
  ['Thủ tục hành chính thuộc thẩm quyền giải quyết của UBND phường', 'Thủ tục hành chính'],
  ['Tình hình thực hiện dự toán ngân sách 6 tháng đầu năm 2024', 'Ngân sách'],
  ['DỰ TOÁN NGÂN SÁCH XÃ NĂM 2024', 'Ngân sách'],
  ['Danh sách công dân đủ điều kiện nhập ngũ', 'Nghĩa vụ quân sự'],
  ['Kết quả lấy phiếu tín nhiệm Chủ tịch, Phó Chủ tịch UBND xã', 'Thanh tra, tín nhiệm'],
  ['Danh mục tài sản công đề nghị thanh lý', 'Tài sản công'],
  ['Danh sách cấp thẻ bảo hiểm y tế cho người dân tộc thiểu số', 'An sinh xã hội'],
  ['Kế hoạch thu hồi đất, bồi thường, hỗ trợ, tái định cư dự án đường ĐT.623', 'Đầu tư, đất đai'],
];

describe('proposeContentGroup on real titles', () => {
  it.each(TITLES)('proposes for «%s» the group %s', (title, group) => {
    const proposal = proposeContentGroup(title);
    expect(proposal?.group).toBe(matchVocabulary(CONTENT_GROUPS, group));
  });

  it('proposes the same whatever the case, the Unicode form, or the unit and year around the title', () => {
    for (const [title] of TITLES) {
      const want = proposeContentGroup(title);
      for (const variant of [title.toUpperCase(), title.normalize('NFD'), `${title} của UBND xã An Thượng năm 2024.`, `- ${title};`]) {
        expect([variant, proposeContentGroup(variant)?.group]).toEqual([variant, want?.group]);
      }
    }
  });

  it('gets every one of them', () => {
    const right = TITLES.filter(([t, g]) => proposeContentGroup(t)?.group === matchVocabulary(CONTENT_GROUPS, g)).length;
    expect(`${right}/${TITLES.length}`).toBe(`${TITLES.length}/${TITLES.length}`);
  });
});

describe('proposeContentGroup', () => {
  it('says where the proposal comes from, in Vietnamese', () => {
    expect(proposeContentGroup('Công khai dự toán ngân sách xã năm 2024')).toEqual({
      group: 'budget', clause: 2, basis: '«dự toán ngân sách» → Điều 11 khoản 2', confidence: 'high',
    });
  });

  const cases: [title: string, clause: number | null, confidence: 'high' | 'low' | null][] = [
    // Whole words only: «phía» is not «phí», the «phí» of «kinh phí» is money, not a fee.
    ['Thông báo phân luồng giao thông phía Bắc chợ', null, null],
    ['Dự toán kinh phí tổ chức Đại hội', 2, 'high'],
    ['Báo cáo sử dụng kinh phí hoạt động thôn', null, null],
    ['Quyết định quy hoạch cán bộ nhiệm kỳ 2025-2030', null, null],
    // The longest phrase wins: «quỹ đất» is land (k3), not a fund (k5).
    ['Kế hoạch quản lý, sử dụng quỹ đất công ích', 3, 'high'],
    ['Biểu mức thu phí chợ', 12, 'high'],
    // A common word alone is proposed with low confidence.
    ['Dự án đường liên thôn', 3, 'low'],
    ['Kế hoạch kiểm tra hoạt động kinh doanh', 10, 'low'],
    // Two khoản matched alike: the more specific (relief after a disaster, k8, over poor households), low confidence.
    ['Hỗ trợ hộ nghèo bị thiệt hại do thiên tai', 8, 'low'],
    // A plan to carry the rules out is not the rules; a plan on its own names no khoản.
    ['Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2024', null, null],
    ['Kế hoạch đối thoại giữa Chủ tịch UBND phường với Nhân dân', null, null],
    ['Kế hoạch thực hiện dân chủ ở cơ sở năm 2025', null, null],
    ['', null, null],
    // Tones count where the title has them: «quy» of «quy định», «quy ước» is not «quỹ» (a fund).
    ['Hương ước, quy ước thôn Đông', null, null],
    ['Quyết định ban hành quy định về quản lý chợ', null, null],
    ['Thuế sử dụng đất phi nông nghiệp', null, null],
    ['Báo cáo thu chi quỹ khuyến học', 5, 'high'],
    ['Báo cáo thu chi qũy khuyến học', 5, 'high'],
    // A title typed without any accent matches on the letters alone.
    ['Bao cao thu chi quy khuyen hoc', 5, 'low'],
    ['Quyet dinh ban hanh quy dinh', 5, 'low'],
    ['DU TOAN NGAN SACH XA NAM 2024', 2, 'high'],
    // Old and new tone placement are one word.
    ['Kế hoạch phát triển kinh tế - xã hội của xã (văn hoá)', 1, 'high'],
    // Soft hyphens from text pasted out of the law do not break words.
    ['Kế hoạch ph\u00adát triển kinh tế - xã hội năm 2025', 1, 'high'],
  ];
  it.each(cases)('reads «%s» as khoản %s (%s)', (title, clause, confidence) => {
    const p = proposeContentGroup(title);
    expect(p && [p.clause, p.confidence]).toEqual(clause === null ? null : [clause, confidence]);
  });

  it('names the rival khoản when two match alike', () => {
    expect(proposeContentGroup('Hỗ trợ hộ nghèo bị thiệt hại do thiên tai')?.basis)
      .toBe('«thiên tai» → Điều 11 khoản 8 (cũng khớp «hộ nghèo», khoản 7)');
  });

  it('keeps the group and the khoản of the vocabulary together', () => {
    for (const [title] of TITLES) {
      const p = proposeContentGroup(title)!;
      expect(CONTENT_GROUPS.entries.find((e) => e.id === p.group)?.clause).toBe(p.clause);
    }
  });
});
