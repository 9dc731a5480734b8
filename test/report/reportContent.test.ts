import { polishCitations } from '../../src/report/reportPolish';
import { buildReportContent, DIRECTIONS_PLACEHOLDER, signature, type ReportContent } from '../../src/report/reportContent';
import type { ReportModel, ReportUnit } from '../../src/report/model';
import { groupShortcomings } from '../../src/report/reportShortcomings';
import { dateline, issuerLine, lowerFirst } from '../../src/report/reportText';
import { SAMPLE_MODEL } from './sampleModel';

const withUnit = (unit: Partial<ReportUnit>, rest: Partial<ReportModel> = {}): ReportModel =>
  ({ ...SAMPLE_MODEL, ...rest, unit: { ...SAMPLE_MODEL.unit, ...unit } });
const prose = (c: ReportContent, id: string) =>
  c.sections.find((s) => s.id === id)!.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])).join('\n');

describe('the report content on the sample (An Thượng, 2024)', () => {
  const content = buildReportContent(SAMPLE_MODEL);

  // Issue 16: ND 30 (Phụ lục I, mục II.3) puts no parent-agency line above a UBND; «Cơ quan cấp trên» goes to «Nơi nhận».
  it('writes the ND 30 header: no parent line above a UBND, issuing unit written out in capitals, number, national title, dateline', () => {
    expect(content.recipients.lines[0]).toBe('- UBND huyện Hoài Đức;');
    expect(content.header).toEqual({
      parent: null,
      issuer: 'ỦY BAN NHÂN DÂN XÃ AN THƯỢNG',
      number: 'Số:      /BC-UBND',
      nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      dateline: 'An Thượng, ngày 20 tháng 3 năm 2024',
    });
    expect(content.title).toBe('BÁO CÁO');
    expect(content.subject).toBe('Kết quả thực hiện dân chủ ở cơ sở năm 2024');
  });

  it.each([
    [{ y: 2024, m: 2, d: 5 }, 'An Thượng, ngày 05 tháng 02 năm 2024'],
    [{ y: 2024, m: 1, d: 31 }, 'An Thượng, ngày 31 tháng 01 năm 2024'],
    [{ y: 2024, m: 3, d: 9 }, 'An Thượng, ngày 09 tháng 3 năm 2024'],
    [{ y: 2024, m: 12, d: 10 }, 'An Thượng, ngày 10 tháng 12 năm 2024'],
  ])('dates %j as «%s» (a day below 10 and months 1–2 with a leading zero)', (date, expected) => {
    expect(dateline('An Thượng', date)).toBe(expected);
    expect(buildReportContent({ ...SAMPLE_MODEL, date }).header.dateline).toBe(expected);
  });

  it('takes the place from the unit name when Thông tin leaves it blank', () => {
    expect(buildReportContent(withUnit({ place: null, name: 'UBND phường Bắc Kạn' })).header.dateline).toBe('Bắc Kạn, ngày 20 tháng 3 năm 2024');
  });

  it('writes the issuing unit out in capitals with its diacritics', () => {
    expect(issuerLine('UBND xã An Thượng')).toBe('ỦY BAN NHÂN DÂN XÃ AN THƯỢNG');
    expect(issuerLine('Ủy ban nhân dân phường Trương Quang Trọng')).toBe('ỦY BAN NHÂN DÂN PHƯỜNG TRƯƠNG QUANG TRỌNG');
    expect(issuerLine('UBND  đặc khu  Phú Quốc')).toBe('ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC');
    expect(lowerFirst('UBND xã')).toBe('UBND xã');
    expect(lowerFirst('Niêm yết')).toBe('niêm yết');
  });

  it.each([
    ['TM', 'Chủ tịch', { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH' }],
    ['KT', 'Phó Chủ tịch', { authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH' }],
    [null, 'Chủ tịch', { authority: null, title: 'CHỦ TỊCH' }],
    ['KT', null, { authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH' }],
  ] as const)('signs %s with title %s', (signAuthority, signerTitle, expected) => {
    expect(signature({ ...SAMPLE_MODEL.unit, signAuthority, signerTitle })).toEqual({ ...expected, name: 'Nguyễn Văn Minh' });
  });

  it('leaves the name line empty when no signer is given', () => {
    expect(signature({ ...SAMPLE_MODEL.unit, signer: '  ' }).name).toBeNull();
  });

  it('has the five sections in order, the last one a marked placeholder', () => {
    expect(content.sections.map((s) => s.title)).toEqual([
      'I. CÔNG KHAI THÔNG TIN', 'II. NHÂN DÂN BÀN VÀ QUYẾT ĐỊNH', 'III. NHÂN DÂN THAM GIA Ý KIẾN', 'IV. TỒN TẠI, HẠN CHẾ', 'V. PHƯƠNG HƯỚNG, KIẾN NGHỊ',
    ]);
    expect(content.sections[4].blocks).toEqual([{ kind: 'paragraph', role: 'placeholder', text: DIRECTIONS_PLACEHOLDER }]);
  });

  it('puts the model’s posting counts in the prose of section I', () => {
    const text = prose(content, 'publicity');
    expect(text).toContain('đã thực hiện 6 lượt công khai đối với 5 nội dung thông tin, gồm: niêm yết 5 lượt và truyền thanh 1 lượt.');
    expect(text).toContain('2 lượt bảo đảm đủ thời gian theo quy định; 2 lượt chưa đủ thời gian theo quy định');
    expect(text).toContain('4 lượt công khai kịp thời; 1 lượt công khai chậm');
    const table = content.sections[0].blocks.find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.total).toEqual(['', 'Tổng cộng', 6, 2, 2, 2, 1]);
  });

  it('puts the votes and their basis in section II', () => {
    const text = prose(content, 'decisions');
    expect(text).toContain('quyết định 2 nội dung: 1 nội dung được thông qua và 1 nội dung không được thông qua.');
    expect(text).toContain('cần ít nhất 2/3 tổng số đại diện hộ gia đình tán thành, trong đó 1 nội dung được thông qua');
    expect(text).toContain('cần trên 50% tổng số đại diện hộ gia đình tán thành, trong đó không có nội dung nào được thông qua');
    const table = content.sections[1].blocks.find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.rows.map((r) => r.slice(3))).toEqual([
      ['85/120', '70,8%', '≥ 2/3', 'Thông qua'], ['48/96', '50%', '> 50%', 'Không thông qua'],
    ]);
  });

  it('puts the feedback by decision and what is pending in section III', () => {
    const text = prose(content, 'consultations');
    expect(text).toContain('đối với 1 nội dung; tổng số 3 ý kiến tham gia, trong đó tiếp thu 1 ý kiến và giải trình 1 ý kiến; '
      + 'còn 1 ý kiến chưa được xem xét, tiếp thu, giải trình.');
    expect(text).toContain('0/1 đợt đã công khai.');
  });

  it('lists every rule the findings break in section IV, with counts and an example', () => {
    const groups = groupShortcomings(SAMPLE_MODEL);
    expect(groups.flatMap((g) => g.rules).sort()).toEqual([...new Set(SAMPLE_MODEL.findings.map((f) => f.rule))].sort());
    const text = prose(content, 'shortcomings');
    for (const g of groups) expect(text).toContain(`${g.label} (${polishCitations(g.basis ?? '')}): ${g.count} trường hợp`);
    expect(text).toContain('«Danh sách hộ nghèo năm 2024» – phát trên hệ thống truyền thanh 1 ngày');
    expect(text).toContain('Sổ theo dõi còn 1 lỗi dữ liệu');
  });

  // Issue 16: the prose is for people: no sheet or row (the annex list has them), one citation
  // order, no «0 …», no doubled punctuation; a long title is quoted by its first words.
  it('reads as prose: no sheet or row, citations smaller unit first, the annex pointed to once', () => {
    const all = content.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'paragraph').map((b) => b.kind === 'paragraph' ? b.text : '').join('\n');
    expect(all).not.toMatch(/sheet|dòng \d/u);
    expect(all).not.toMatch(/Điều \d+ khoản/u);
    expect(all).not.toMatch(/(^|\s)0 (nội dung|lượt|ý kiến|trường hợp)/u);
    expect(all).not.toMatch(/…\.|\.\.|;;/u);
    expect(all).toContain('(khoản 2 Điều 13 Luật Thực hiện dân chủ ở cơ sở)');
    expect(prose(content, 'shortcomings').match(/danh sách kèm theo/gu)).toHaveLength(1);
  });

  it('says the 2025 amendments in the introduction of a report of 2025 or later', () => {
    const later = buildReportContent({ ...SAMPLE_MODEL, unit: { ...SAMPLE_MODEL.unit, year: 2025 } });
    expect(later.intro[0].text).toContain('được sửa đổi, bổ sung bởi Luật số 47/2024/QH15 và Luật số 97/2025/QH15');
    expect(content.intro[0].text).not.toContain('sửa đổi');
  });

  it('names only the outcomes there were: no «0 nội dung …»', () => {
    const votes = SAMPLE_MODEL.votes.map((v) => ({ ...v, passed: null, agree: null }));
    const text = prose(buildReportContent({ ...SAMPLE_MODEL, votes }), 'decisions');
    expect(text).toContain('quyết định 2 nội dung: 2 nội dung chưa đủ số liệu để xác định kết quả.');
    expect(text).not.toMatch(/(^|\s)0 nội dung/u);
  });

  it('says so when the check found nothing', () => {
    expect(prose(buildReportContent({ ...SAMPLE_MODEL, findings: [], inputErrors: 0 }), 'shortcomings')).toContain('chưa phát hiện tồn tại, hạn chế');
  });

  it('ends with the closing line and Nơi nhận down to «Lưu: VT, …»', () => {
    expect(content.closing.text).toBe('Trên đây là báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2024 của UBND xã An Thượng./.');
    expect(content.recipients.lines).toEqual([
      '- UBND huyện Hoài Đức;', '- Thường trực HĐND xã;', '- Ủy ban MTTQ Việt Nam xã;', '- CT, các PCT UBND xã;', '- Lưu: VT, …',
    ]);
  });

  it('gives an agency no «Nhân dân bàn và quyết định» and speaks of its staff', () => {
    const agency = buildReportContent(withUnit({ kind: 'agency', name: 'Trường THCS An Thượng', parent: null, signAuthority: null, signerTitle: 'Hiệu trưởng' }));
    expect(agency.header.issuer).toBe('TRƯỜNG THCS AN THƯỢNG');
    expect(agency.header.parent).toBeNull();
    expect(agency.sections.map((s) => s.title)).toEqual([
      'I. CÔNG KHAI THÔNG TIN', 'II. CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG THAM GIA Ý KIẾN', 'III. TỒN TẠI, HẠN CHẾ', 'IV. PHƯƠNG HƯỚNG, KIẾN NGHỊ',
    ]);
    expect(agency.signature).toEqual({ authority: null, title: 'HIỆU TRƯỞNG', name: 'Nguyễn Văn Minh' });
  });

  it('writes a report with nothing tracked yet', () => {
    const empty = buildReportContent({ ...SAMPLE_MODEL, postings: [], votes: [], consultations: [], feedback: [], findings: [], inputErrors: 0 });
    expect(empty.sections.flatMap((s) => s.blocks).some((b) => b.kind === 'table')).toBe(false);
    expect(prose(empty, 'publicity')).toContain('chưa ghi nhận lượt công khai thông tin nào');
  });
});
