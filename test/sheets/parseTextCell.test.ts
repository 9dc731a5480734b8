import { cellText } from '../../src/sheets/cellResult';
import { parseTextCell } from '../../src/sheets/cells';
import { cleanText } from '../../src/domain/text/normalize';

// parseTextCell gives cellText's text as it is: it is already what cleanText would make of it.
describe('parseTextCell', () => {
  const tricky = [
    '  Tha\u0301ng 3 ', '\u2000Ngày\u2001', '\u00a0Đã tiếp thu\u00a0', '\ufeffNiêm yết', ' \u0301a ', 'a\u0301 ', '\u3000Q\u0323uý I\u3000',
    'e\u0302\u0301', 'A\u030a\u2028', '\u212b ohm \u2126', '\t\n Ý kiến \r\n', '', '   ', 'x\u0345\u0300', 'ḕ\u0323', '\u1100\u1161 한',
  ];
  const random = (seed: number) => () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  const next = random(11);
  const pool = [0x20, 0xa0, 0x2000, 0x2001, 0x3000, 0xfeff, 0x61, 0x65, 0xd0, 0x111, 0x1ebf, 0x300, 0x301, 0x302, 0x323, 0x345, 0x1100, 0x1161, 0x212b, 0xf900];
  for (let n = 0; n < 2000; n++) tricky.push(Array.from({ length: 1 + Math.floor(next() * 8) }, () => String.fromCharCode(pool[Math.floor(next() * pool.length)])).join(''));

  it('gives what cleanText gives of cellText, on text that is not NFC and has odd spaces at its ends', () => {
    for (const text of tricky) {
      const expected = cellText(text) === '' ? null : cleanText(cellText(text));
      expect(parseTextCell(text)).toEqual({ ok: true, value: expected });
    }
  });

  it('writes a number, a day and a truth value as a person reads them', () => {
    expect(parseTextCell(12.5)).toEqual({ ok: true, value: '12.5' });
    expect(parseTextCell({ y: 2024, m: 3, d: 6 })).toEqual({ ok: true, value: '06/03/2024' });
    expect(parseTextCell(true)).toEqual({ ok: true, value: 'TRUE' });
    expect(parseTextCell(null)).toEqual({ ok: true, value: null });
  });
});
