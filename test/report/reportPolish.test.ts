import { polishCitations, polishText } from '../../src/report/reportPolish';

// Issue 16: the report's prose cites in one order (the smaller unit first) and reads as sentences.
describe('polishCitations', () => {
  it.each([
    ['Luật 10/2022/QH15, Điều 13 khoản 2', 'khoản 2 Điều 13 Luật Thực hiện dân chủ ở cơ sở'],
    ['(Luật Thực hiện dân chủ ở cơ sở, Điều 13)', '(Điều 13 Luật Thực hiện dân chủ ở cơ sở)'],
    ['(Điều 12 khoản 3)', '(khoản 3 Điều 12)'],
    ['thuộc Điều 15 khoản 1, 2 (đóng góp', 'thuộc khoản 1, 2 Điều 15 (đóng góp'],
    ['thuộc Điều 15 khoản 3 đến khoản 6 (hương ước', 'thuộc khoản 3 đến khoản 6 Điều 15 (hương ước'],
    ['Bộ luật Dân sự 2015 Điều 147', 'Điều 147 Bộ luật Dân sự 2015'],
    ['khoản 3 Điều 28', 'khoản 3 Điều 28'],
  ])('%s → %s', (from, to) => expect(polishCitations(from)).toBe(to));
});

describe('polishText', () => {
  it.each([
    ['trong đó 0 nội dung được thông qua.', 'trong đó không có nội dung nào được thông qua.'],
    ['như: a; b….', 'như: a; b…'],
    ['hết hạn..', 'hết hạn.'],
    ['tiếp thu 10 ý kiến', 'tiếp thu 10 ý kiến'],
    ['của UBND xã An Thượng./.', 'của UBND xã An Thượng./.'],
  ])('%s → %s', (from, to) => expect(polishText(from)).toBe(to));
});
