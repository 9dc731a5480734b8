import { cleanText, matchKey } from '../../../src/domain/text/normalize';

describe('matchKey (SCHEMA.md, "Finding tables")', () => {
  const cases: [string, string][] = [
    ['Ngày niêm yết', 'ngay niem yet'],
    ['NGÀY NIÊM YẾT', 'ngay niem yet'],
    ['ngay niem yet', 'ngay niem yet'],
    ['Đơn vị', 'don vi'],
    ['  Ngày   bắt\nđầu : ', 'ngay bat dau'],
    ['Số ngày (ngày)', 'so ngay'],
    // Guards a fixed bug: the colon after a bracketed unit kept the unit.
    ['Số ngày (ngày):', 'so ngay'],
    ['Ngày niêm yết'.normalize('NFD'), 'ngay niem yet'],
  ];
  it.each(cases)('reads %j as %j', (text, key) => expect(matchKey(text)).toBe(key));
});

describe('cleanText', () => {
  it('composes accents typed on a Mac and trims', () => {
    expect(cleanText(' Công khai '.normalize('NFD'))).toBe('Công khai');
  });
});
