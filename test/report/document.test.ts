import { a1, columnLetter, parseRange, widestRow } from '../../src/report/document';

describe('document helpers', () => {
  it('measures the widest row of 200,000 rows without spreading them into arguments (guards a RangeError)', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => (i === 150_000 ? [1, 2, 3, 4] : [1]));
    expect(widestRow(rows)).toBe(4);
    expect(widestRow([])).toBe(1);
  });
  it('converts between A1 and numbers', () => {
    expect(columnLetter(28)).toBe('AB');
    expect(a1(2, 1, 4, 6)).toBe('A2:F4');
    expect(parseRange('C5')).toEqual({ row: 5, col: 3, row2: 5, col2: 3 });
  });
});
