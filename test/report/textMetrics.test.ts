import { MEASURED_CHARS } from '../../src/report/fontWidths';
import { fittedHeights } from '../../src/report/rowFit';
import { heightForLines, textHeight, textWidth, wrapText, wrappedLineCount } from '../../src/report/textMetrics';
import type { FontSpec, SheetDocument } from '../../src/report/document';

/** A reproducible stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

// Measured letters, spaces, line ends, and letters the tables lack or that NFC composes.
const LETTERS = [...MEASURED_CHARS, ' ', ' ', '\n', 'e\u0301', '\u0301', 'ê\u0301', 'a\u0323\u0302', '中', '😀', '\u2126'];

function texts(count: number, seed: number): { text: string; width: number; font: FontSpec }[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  return Array.from({ length: count }, () => {
    let text = '';
    const length = Math.floor(next() * 120);
    for (let i = 0; i < length; i++) text += next() < 0.15 ? ' ' : pick(LETTERS);
    return { text, width: next() * 400, font: { size: pick([8, 11, 12, 13, 14]), bold: next() < 0.3, italic: next() < 0.3 } };
  });
}

describe('text metrics', () => {
  it('counts the lines wrapText makes, for any text and width', () => {
    for (const { text, width, font } of texts(5000, 7)) {
      expect([text, width, wrappedLineCount(text, width, font)]).toEqual([text, width, wrapText(text, width, font).length]);
    }
  });

  it('measures a text of letters the tables lack as its NFC form, accents taking no room', () => {
    const font = { size: 12 };
    expect(textWidth('e\u0301', font)).toBe(textWidth('é', font));
    expect(textWidth('ê\u0301 thu', font)).toBe(textWidth('ế thu', font));
    expect(textWidth('中', font)).toBe(12); // as wide as an M, on the safe side
  });

  it('gives a wrapped cell the height of its wrapped lines', () => {
    for (const { text, width, font } of texts(2000, 11)) {
      const one = !text.includes('\n') && textWidth(text, font) <= width - 6;
      expect(textHeight(text, width, font)).toBe(heightForLines(one ? 1 : wrapText(text, width, font).length, font.size ?? 11));
    }
  });
});

describe('fittedHeights', () => {
  /** Each cell's look composed from the formats over it, in their order, one cell at a time. */
  function cellByCell(doc: SheetDocument, from: number): Record<number, number> {
    const heights: Record<number, number> = {};
    const widths = (doc.columns ?? []).map((c) => (c.hidden ? 0 : c.width ?? 8.43) * 5.25);
    for (let row = from; row <= doc.values.length; row++) {
      let h = 0;
      doc.values[row - 1].forEach((v, i) => {
        if (typeof v !== 'string' || v === '') return;
        let font: FontSpec = {};
        let wrap = false;
        for (const f of doc.formats ?? []) {
          const [a, b] = f.range.split(':');
          const r0 = Number(a.slice(1)), r1 = Number((b ?? a).slice(1));
          const c0 = a.charCodeAt(0) - 64, c1 = (b ?? a).charCodeAt(0) - 64;
          if (row < r0 || row > r1 || i + 1 < c0 || i + 1 > c1) continue;
          if (f.font) font = { ...font, ...f.font };
          if (f.wrap !== undefined) wrap = f.wrap;
        }
        const width = widths[i] ?? 8.43 * 5.25;
        h = Math.max(h, wrap ? textHeight(v, width, font) : heightForLines(v.split('\n').length, font.size ?? 11));
      });
      if (h > 0) heights[row] = Math.min(409, h);
    }
    return heights;
  }

  it('composes overlapping formats over rows and columns in their order, as cell by cell', () => {
    const next = random(3);
    const words = ['Tiếp thu', 'một phần', 'Quá hạn 28 ngày:', 'thời hạn theo kế hoạch', '«cuối tháng 5/2025»', 'x'];
    const values = Array.from({ length: 60 }, () => Array.from({ length: 5 }, () => {
      if (next() < 0.2) return null;
      return Array.from({ length: 1 + Math.floor(next() * 12) }, () => words[Math.floor(next() * words.length)]).join(next() < 0.1 ? '\n' : ' ');
    }));
    const cols = 'ABCDE';
    const formats = Array.from({ length: 25 }, () => {
      const r0 = 1 + Math.floor(next() * 60), r1 = Math.min(60, r0 + Math.floor(next() * 30));
      const c0 = Math.floor(next() * 5), c1 = Math.min(4, c0 + Math.floor(next() * 3));
      const roll = next();
      return {
        range: `${cols[c0]}${r0}:${cols[c1]}${r1}`,
        ...(roll < 0.6 ? { font: { size: [10, 12, 14][Math.floor(next() * 3)], ...(next() < 0.4 ? { bold: next() < 0.5 } : {}) } } : {}),
        ...(roll > 0.3 ? { wrap: next() < 0.7 } : {}),
        ...(roll > 0.9 ? { fill: '#FFE699' } : {}),
      };
    });
    const doc: SheetDocument = { name: 'S', ifExists: 'replace', values, formats, columns: [{ width: 10 }, { width: 20 }, { width: 6 }, {}, { width: 30 }] };
    for (const from of [1, 5, 33]) expect(fittedHeights(doc, from)).toEqual(cellByCell(doc, from));
  });
});
