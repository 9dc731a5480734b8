import { classifyFeedbackAnswer } from '../../../src/domain/consultations/feedbackAnswer';

type Case = [text: string, decision: string | null, confidence: 'high' | 'low', explanation: string | null];

describe('classifyFeedbackAnswer', () => {
  const cases: Case[] = [
    // Accepted, said so.
    ['Tiếp thu, đã chỉnh sửa Điều 5', 'accepted', 'high', 'Tiếp thu, đã chỉnh sửa Điều 5'],
    ['Tiếp thu', 'accepted', 'high', 'Tiếp thu'],
    ['Tiếp thu.', 'accepted', 'high', 'Tiếp thu.'],
    ['Đã tiếp thu…', 'accepted', 'high', 'Đã tiếp thu…'],
    ['Đã tiếp thu và bổ sung vào khoản 2 Điều 7 dự thảo', 'accepted', 'high', 'Đã tiếp thu và bổ sung vào khoản 2 Điều 7 dự thảo'],
    ['ĐÃ TIẾP THU', 'accepted', 'high', 'ĐÃ TIẾP THU'],
    ['da tiep thu', 'accepted', 'high', 'da tiep thu'],
    ['Thống nhất', 'accepted', 'high', 'Thống nhất'],
    ['Nhất trí với ý kiến', 'accepted', 'high', 'Nhất trí với ý kiến'],
    ['Đồng ý', 'accepted', 'high', 'Đồng ý'],
    ['Tiếp thu toàn bộ', 'accepted', 'high', 'Tiếp thu toàn bộ'],
    // Partly accepted.
    ['Tiếp thu một phần, giữ nguyên mức thu', 'partly-accepted', 'high', 'Tiếp thu một phần, giữ nguyên mức thu'],
    ['Tiếp thu có chọn lọc', 'partly-accepted', 'high', 'Tiếp thu có chọn lọc'],
    ['Đã tiếp thu 1 phần', 'partly-accepted', 'high', 'Đã tiếp thu 1 phần'],
    // Not accepted, explained: never read as accepted though it holds «tiếp thu».
    ['Giải trình: mức đóng góp do thôn quyết định theo Điều 15', 'explained', 'high', 'Giải trình: mức đóng góp do thôn quyết định theo Điều 15'],
    ['Không tiếp thu vì trái với quy định của Luật', 'explained', 'high', 'Không tiếp thu vì trái với quy định của Luật'],
    ['Không tiếp thu, giữ như dự thảo', 'explained', 'high', 'Không tiếp thu, giữ như dự thảo'],
    ['KHÔNG TIẾP THU: nội dung đã có ở Điều 3', 'explained', 'high', 'KHÔNG TIẾP THU: nội dung đã có ở Điều 3'],
    ['Không đồng ý, vì thôn đã biểu quyết', 'explained', 'high', 'Không đồng ý, vì thôn đã biểu quyết'],
    ['Chưa tiếp thu do chưa có kinh phí', 'explained', 'high', 'Chưa tiếp thu do chưa có kinh phí'],
    ['Đồng ý một phần, giữ mức thu cũ', 'partly-accepted', 'high', 'Đồng ý một phần, giữ mức thu cũ'],
    ['Giữ nguyên như dự thảo vì phù hợp quy định', 'explained', 'high', 'Giữ nguyên như dự thảo vì phù hợp quy định'],
    ['Tiếp thu, giải trình', 'accepted', 'low', 'Tiếp thu, giải trình'],
    // Only the decision words, no reason: the law asks for one.
    ['Giữ nguyên', 'explained', 'high', null],
    ['Giải trình', 'explained', 'high', null],
    ['Không tiếp thu', 'explained', 'high', null],
    // Pending.
    ['', null, 'high', null],
    ['   ', null, 'high', null],
    ['-', null, 'high', null],
    ['Chưa xử lý', null, 'high', null],
    ['Đang xử lý', null, 'high', null],
    ['Chưa', null, 'high', null],
    ['chưa.', null, 'high', null],
    ['Đang nghiên cứu, sẽ trả lời sau', null, 'high', null],
    // Never pending once something else is written: proposed.
    ['Ghi nhận', 'accepted', 'low', 'Ghi nhận'],
    ['Ghi nhận ý kiến', 'accepted', 'low', 'Ghi nhận ý kiến'],
    ['Đã chỉnh sửa Điều 5', 'accepted', 'low', 'Đã chỉnh sửa Điều 5'],
    ['Ban soạn thảo đã tiếp thu và chỉnh sửa', 'accepted', 'low', 'Ban soạn thảo đã tiếp thu và chỉnh sửa'],
    ['Ban soạn thảo không tiếp thu vì đã có quy định', 'explained', 'low', 'Ban soạn thảo không tiếp thu vì đã có quy định'],
    ['UBND xã tiếp thu một phần', 'partly-accepted', 'low', 'UBND xã tiếp thu một phần'],
    ['Đã trả lời trực tiếp cho công dân', 'explained', 'low', 'Đã trả lời trực tiếp cho công dân'],
    ['Chưa phù hợp với điều kiện của xã', 'explained', 'low', 'Chưa phù hợp với điều kiện của xã'],
    ['Nội dung này thuộc thẩm quyền của tỉnh', 'explained', 'low', 'Nội dung này thuộc thẩm quyền của tỉnh'],
    // Not words that merely start alike.
    ['Tiếp thuận lợi', 'explained', 'low', 'Tiếp thuận lợi'],
  ];
  it.each(cases)('reads «%s» as %s (%s)', (text, decision, confidence, explanation) => {
    expect(classifyFeedbackAnswer(text)).toEqual({ decision, confidence, explanation });
  });

  it('decides the same whatever the case or the Unicode form', () => {
    for (const [text, decision, confidence] of cases) {
      for (const variant of [text.toUpperCase(), text.toLowerCase(), text.normalize('NFD'), `  ${text}  `]) {
        const read = classifyFeedbackAnswer(variant);
        expect([variant, read.decision, read.confidence]).toEqual([variant, decision, confidence]);
      }
    }
  });

  it('composes decomposed accents (Mac) in the explanation', () => {
    expect(classifyFeedbackAnswer('Tiếp thu, đã sửa'.normalize('NFD'))).toEqual({
      decision: 'accepted', confidence: 'high', explanation: 'Tiếp thu, đã sửa',
    });
  });

  it('never reads a sentence holding a negation as accepted', () => {
    for (const negation of ['không tiếp thu', 'Không đồng ý', 'KHÔNG THỐNG NHẤT', 'không nhất trí', 'chưa tiếp thu']) {
      for (const text of [negation, `${negation} vì lý do khác`, `Ý kiến này ${negation}`]) {
        expect([text, classifyFeedbackAnswer(text).decision]).toEqual([text, 'explained']);
      }
    }
  });

  it('gives every non-blank answer a decision, unless it says it is pending', () => {
    for (const text of ['x', 'OK', 'Đã xong', 'Trả lời tại hội nghị ngày 26/02/2024', '1']) {
      expect(classifyFeedbackAnswer(text).decision).not.toBeNull();
    }
  });
});
