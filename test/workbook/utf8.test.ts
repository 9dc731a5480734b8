import { strFromU8 } from 'fflate';
import { utf8Text } from '../../src/workbook/file/utf8';

// The parts' text the same whichever decoder reads it: ours (Node, a browser) or fflate's where
// there is no TextDecoder (jsdom, an old webview).
const SAMPLES: [string, number[]][] = [
  ['Vietnamese text', [...Buffer.from('<t>Niêm yết tại nhà văn hóa thôn Đông</t>')]],
  ['a byte-order mark', [0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x2f, 0x3e]],
  ['a bad byte', [0x78, 0xff, 0x79]],
  ['a cut sequence', [0x78, 0xc3]],
  ['a character past U+FFFF', [...Buffer.from('𠀀 chữ Nôm')]],
  ['nothing', []],
];

describe('utf8Text', () => {
  it.each(SAMPLES)('reads %s as fflate does', (_, bytes) => {
    expect(utf8Text(new Uint8Array(bytes))).toBe(strFromU8(new Uint8Array(bytes)));
  });

  it('drops the byte-order mark and reads a bad byte as U+FFFD', () => {
    expect(utf8Text(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
    expect(utf8Text(new Uint8Array([0x78, 0xff, 0x79]))).toBe('x\ufffdy');
  });

  it('reads the same where there is no TextDecoder, but refuses bad bytes', () => {
    const decoder = globalThis.TextDecoder;
    // @ts-expect-error: a host without the class
    delete globalThis.TextDecoder;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { utf8Text: withoutDecoder } = require('../../src/workbook/file/utf8') as typeof import('../../src/workbook/file/utf8');
        for (const [what, bytes] of SAMPLES) {
          // fflate's own decoder refuses a bad byte or a cut sequence (the part is read as broken) rather than guess.
          if (what === 'a cut sequence' || what === 'a bad byte') expect(() => withoutDecoder(new Uint8Array(bytes))).toThrow(/invalid UTF-8/);
          else expect(withoutDecoder(new Uint8Array(bytes))).toBe(utf8Text(new Uint8Array(bytes)));
        }
      });
    } finally {
      globalThis.TextDecoder = decoder;
    }
  });
});
