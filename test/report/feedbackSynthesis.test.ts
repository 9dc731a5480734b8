import { draftPlace, groupByArticle } from '../../src/report/draftArticles';
import { buildFeedbackSynthesis, FEEDBACK_SYNTHESIS_SHEET, FEEDBACK_SYNTHESIS_TITLE } from '../../src/report/feedbackSynthesis';
import type { ReportFeedback, ReportModel } from '../../src/report/model';
import { SAMPLE_MODEL } from './sampleModel';

const HEADER_ROW = 8;
const body = (doc: ReturnType<typeof buildFeedbackSynthesis>) => doc.values.slice(HEADER_ROW);
const feedback = (p: Partial<ReportFeedback>): ReportFeedback => ({ ...SAMPLE_MODEL.feedback[0], ...p });

describe('draftPlace and groupByArticle', () => {
  it('reads the article and clause a place names, with or without accents', () => {
    expect(draftPlace('khoản 2 Điều 5')).toEqual({ article: 5, clause: 2 });
    expect(draftPlace('dieu 12, khoan 1')).toEqual({ article: 12, clause: 1 });
    expect(draftPlace('Đ.3')).toEqual({ article: 3, clause: null });
    expect(draftPlace('điểm d khoản 2 Điều 7')).toEqual({ article: 7, clause: 2 });
    expect(draftPlace('Phụ lục')).toEqual({ article: null, clause: null });
    expect(draftPlace(null)).toEqual({ article: null, clause: null });
  });

  it('orders articles by number, then places without one, then general remarks last', () => {
    const positions = ['Điều 12', null, 'khoản 2 Điều 5', 'Phụ lục', 'Điều 3', 'Điều 5', '  ', 'Điều 5'];
    const groups = groupByArticle(positions.map((position, i) => ({ position, i })), (x) => x.position);
    expect(groups.map((g) => [g.label, g.items.map((x) => x.i)])).toEqual([
      ['Điều 3', [4]], ['Điều 5', [5, 7, 2]], ['Điều 12', [0]], ['Phụ lục', [3]], ['Nội dung chung', [1, 6]],
    ]);
  });
});

describe('buildFeedbackSynthesis on the sample', () => {
  const doc = buildFeedbackSynthesis(SAMPLE_MODEL);

  it('is an owned sheet with the Nghị định 30 header, its title and the table header', () => {
    expect(doc).toMatchObject({ name: FEEDBACK_SYNTHESIS_SHEET, owner: 'th-y-kien', ifExists: 'replace' });
    expect(doc.values[1][0]).toBe('ỦY BAN NHÂN DÂN XÃ AN THƯỢNG');
    expect(doc.values[4][0]).toBe(FEEDBACK_SYNTHESIS_TITLE);
    expect(doc.values[HEADER_ROW - 1]).toEqual([
      'STT', 'Điều, khoản\ncủa dự thảo', 'Nội dung góp ý', 'Cá nhân, tổ chức góp ý', 'Hướng xử lý', 'Nội dung tiếp thu, giải trình',
      'Mã đợt (để tính Tổng hợp)', 'Tính vào Tổng hợp là',
    ]);
    // The two counting columns are hidden: the printed synthesis has its six columns.
    expect(doc.columns?.map((c) => c.hidden ?? false)).toEqual([false, false, false, false, false, false, true, true]);
  });

  it('opens the consultation with its subject, window and counts by decision', () => {
    expect(body(doc)[0]).toEqual(['I. Dự thảo Quy chế thực hiện dân chủ của UBND xã']);
    expect(body(doc)[1]).toEqual(['Thời gian lấy ý kiến: 15/02/2024 – 06/03/2024. Tổng số 3 ý kiến: tiếp thu 1; tiếp thu một phần 0; giải trình 1; chưa xử lý 1.']);
  });

  it('groups the opinions by article: Điều 5 with its two, the one starting with "=" kept as text, pending shown «Chưa xử lý»', () => {
    expect(body(doc).slice(2, 7)).toEqual([
      ['Điều 5'],
      [1, 'Điều 5', 'Ghi rõ thời gian niêm yết tại nhà văn hóa.', 'Ông Nguyễn Văn Bình (Thôn 3)', 'Tiếp thu', 'Đã bổ sung khoản 2 Điều 5.', 'QC-2024', 'Đã tiếp thu'],
      [2, 'Điều 5', '=Công khai danh sách người góp ý', 'Bà Trần Thị Lan (Thôn 7)', 'Chưa xử lý', '', 'QC-2024', 'Chưa xử lý'],
      ['Điều 9'],
      [3, 'Điều 9', 'Bổ sung đối thoại định kỳ.', 'Công đoàn cơ sở', 'Giải trình', 'Đã có Quy chế đối thoại riêng.', 'QC-2024', 'Đã giải trình'],
    ]);
    // The "=" row is a string: the document model writes every string as text, never as a formula.
    expect(typeof body(doc)[4][2]).toBe('string');
    expect(doc.formats).toContainEqual({ range: 'E13:E13', font: expect.objectContaining({ italic: true }) });
  });

  it('ends dated and signed, sent to the HĐND and the Mặt trận as Điều 28 khoản 5 asks', () => {
    const text = doc.values.flat();
    expect(text).toEqual(expect.arrayContaining([
      'An Thượng, ngày 20 tháng 3 năm 2024', 'TM. ỦY BAN NHÂN DÂN', 'Nguyễn Văn Minh', '- Thường trực HĐND xã;', '- Ban Thường trực UBMTTQ Việt Nam xã;',
    ]));
  });

  it('prints on A4 landscape with the table header repeated', () => {
    expect(doc.pageSetup).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: true, printTitleRows: [8, 8], pageNumbers: 'top-center' });
    expect(doc.pageBreaksBefore).toEqual([]);
  });
});

describe('buildFeedbackSynthesis with several consultations', () => {
  const second = { ...SAMPLE_MODEL.consultations[0], row: 3, id: 'DA-01', subject: 'Dự án đường liên thôn', from: null, to: null };
  const model: ReportModel = {
    ...SAMPLE_MODEL,
    consultations: [SAMPLE_MODEL.consultations[0], second, { ...second, row: 4, id: 'KHONG', subject: 'Quy hoạch chợ' }],
    feedback: [
      ...SAMPLE_MODEL.feedback,
      feedback({ row: 5, consultationId: 'da-01', position: null, content: '+84 912 345 678 xin gọi lại', author: '@tổ dân phố', area: null }),
      feedback({ row: 6, consultationId: 'XYZ', position: 'Điều 1', content: '-Không rõ đợt' }),
    ],
  };
  const doc = buildFeedbackSynthesis(model);
  const bands = doc.values.map((r, i) => [i + 1, r[0]] as const).filter(([, v]) => typeof v === 'string' && /^[IV]+\. /.test(v));

  // Issue 16: a page per consultation left half-empty pages; a band now only stays with its first opinion.
  it('links feedback by Mã đợt whatever its case, unlinked ones last, on pages that break only where they are full', () => {
    expect(bands.map(([, v]) => v)).toEqual([
      'I. Dự thảo Quy chế thực hiện dân chủ của UBND xã', 'II. Dự án đường liên thôn', 'III. Quy hoạch chợ', 'IV. Ý kiến chưa xác định đợt lấy ý kiến',
    ]);
    // No page ends on a band: it is kept with what follows it.
    for (const b of doc.pageBreaksBefore ?? []) expect(bands.map(([row]) => row)).not.toContain(b - 1);
    expect(doc.pageBreaksBefore!.length).toBeLessThan(bands.length - 1);
  });

  it('keeps text starting with "+", "-" or "@" as it was typed, and says when a consultation had no opinion', () => {
    const flat = doc.values.flat();
    expect(flat).toEqual(expect.arrayContaining(['+84 912 345 678 xin gọi lại', '@tổ dân phố', '-Không rõ đợt', 'Nội dung chung', 'Không có ý kiến góp ý.']));
    expect(flat).toContain('Thời gian lấy ý kiến: …… – ……. Tổng số 1 ý kiến: tiếp thu 1; tiếp thu một phần 0; giải trình 0; chưa xử lý 0.');
    expect(flat).toContain('Thời gian lấy ý kiến: …… – ……. Tổng số 0 ý kiến: tiếp thu 0; tiếp thu một phần 0; giải trình 0; chưa xử lý 0.');
    expect(flat).toContain('Tổng số 1 ý kiến: tiếp thu 1; tiếp thu một phần 0; giải trình 0; chưa xử lý 0.');
  });
});
