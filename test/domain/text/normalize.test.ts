import { cleanText, fold, matchKey, toNfc } from '../../../src/domain/text/normalize';
import { prng } from '../../prng';

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

describe('fold', () => {
  // Its definition: the table-driven loop must give exactly this text for every input.
  const reference = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();

  it('folds every character of U+0000–1FFF alone, between letters and beside spaces and marks as its definition does', () => {
    for (let c = 0; c < 0x2000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, ` ${ch} `, `${ch}\u0301 x`, `Đ${ch}${ch}\u00a0`]) expect([c, fold(text)]).toEqual([c, reference(text)]);
    }
  });

  it('folds random Vietnamese, spaces, marks and other scripts as its definition does', () => {
    const alphabet = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ0123456789ÀÁẢÃẠằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ.,:()-/',
      ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\u0300', '\u0323', '\u0302', 'Σ', 'ς', 'İ', 'ǅ', '한', '\ud83d\ude00', 'ß', 'ﬁ'];
    const random = prng(18);
    for (let n = 0; n < 5000; n++) {
      const length = Math.floor(random() * 30);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect([text, fold(text)]).toEqual([text, reference(text)]);
    }
  });

  it.each([
    ['Ngày 15  tháng 02\u00a0năm 2024', 'ngay 15 thang 02 nam 2024'],
    ['  TỔNG CỘNG: ', 'tong cong:'],
    ['Niêm yết'.normalize('NFD'), 'niem yet'],
  ])('reads %j as %j', (text, folded) => expect(fold(text)).toBe(folded));
});

describe('toNfc', () => {
  const kept = [[0x0000, 0x02ff], [0x1e00, 0x1eff], [0x2010, 0x2027]].flatMap(([from, to]) =>
    Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)));

  it('skips only characters NFC keeps as they are next to any other of them', () => {
    // Every character alone and every pair of them is its own NFC: a text of them only needs no work.
    for (const a of kept) {
      expect([a, a.normalize('NFC')]).toEqual([a, a]);
      for (const b of kept) if ((a + b).normalize('NFC') !== a + b) throw new Error(`U+${a.charCodeAt(0).toString(16)} U+${b.charCodeAt(0).toString(16)}`);
    }
  });

  it.each([
    ['Co\u0302ng ta\u0301c', 'Công tác'],
    ['\u212b', '\u00c5'],
    ['\u2000', '\u2002'],
    ['Nội dung góp ý – «Tiếp thu»', 'Nội dung góp ý – «Tiếp thu»'],
    ['한', '한'],
  ])('gives %j as %j, as normalize does', (text, nfc) => {
    expect(toNfc(text)).toBe(nfc);
    expect(toNfc(text)).toBe(text.normalize('NFC'));
  });

  it('gives what normalize gives on random text of Vietnamese, marks and other scripts', () => {
    const alphabet = [...'aăâđêôơưÀÁẢÃẠằắẳẵặếểễệỳýỷỹỵ–«»…', '\u0300', '\u0301', '\u0323', '\u0302', '\u212b', '\u2000', 'Σ', '한', '\u1100', '\u1161', '\ud83d\ude00', 'ﬁ'];
    const random = prng(19);
    for (let n = 0; n < 5000; n++) {
      const text = Array.from({ length: Math.floor(random() * 20) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect([text, toNfc(text)]).toEqual([text, text.normalize('NFC')]);
    }
  });
});
