import { isPassed, neededToPass, percentText } from '../../../src/domain/votes/tally';

describe('isPassed (Luật 10/2022/QH15, Điều 21 khoản 1), exact fractions', () => {
  const cases: [string, '2/3' | '>50%', number, number, boolean][] = [
    ['80/120 reaches 2/3 exactly', '2/3', 80, 120, true],
    ['79/120 falls short of 2/3', '2/3', 79, 120, false],
    ['67/100 reaches 2/3', '2/3', 67, 100, true],
    ['66/100 does not (66% < 66,67%)', '2/3', 66, 100, false],
    ['2/3 of 3 households is 2', '2/3', 2, 3, true],
    ['61/120 is more than half', '>50%', 61, 120, true],
    ['60/120 is exactly half, not "trên 50%"', '>50%', 60, 120, false],
    ['51/101 is more than half', '>50%', 51, 101, true],
    ['50/101 is not', '>50%', 50, 101, false],
    ['1/1 passes either threshold', '2/3', 1, 1, true],
    ['0/1 fails', '>50%', 0, 1, false],
  ];
  it.each(cases)('%s', (_what, threshold, agree, households, passed) => {
    expect(isPassed(threshold, agree, households)).toBe(passed);
  });

  it('stays exact where 3 · agree passes 2^53 (floating point would round)', () => {
    const households = 9_007_199_254_740_986; // a safe integer, 3k + 2 with k even
    const needed = 6_004_799_503_160_658; // ⌈2h/3⌉
    expect(neededToPass('2/3', households)).toBe(needed);
    expect(isPassed('2/3', needed, households)).toBe(true);
    expect(isPassed('2/3', needed - 1, households)).toBe(false);
    // The float test 3·a ≥ 2·h gets this one wrong: 3·a rounds up onto 2·h.
    expect(3 * (needed - 1) >= 2 * households).toBe(true);
  });

  it('stays exact for more than half of a huge count', () => {
    const households = 9_007_199_254_740_990;
    expect(isPassed('>50%', 4_503_599_627_370_495, households)).toBe(false);
    expect(isPassed('>50%', 4_503_599_627_370_496, households)).toBe(true);
  });
});

describe('neededToPass', () => {
  it.each([
    ['2/3', 120, 80], ['2/3', 100, 67], ['2/3', 1, 1], ['2/3', 2, 2], ['2/3', 3, 2],
    ['>50%', 120, 61], ['>50%', 101, 51], ['>50%', 1, 1], ['>50%', 2, 2],
  ] as const)('%s of %i households needs %i', (threshold, households, needed) => {
    expect(neededToPass(threshold, households)).toBe(needed);
    expect(isPassed(threshold, needed, households)).toBe(true);
    expect(isPassed(threshold, needed - 1, households)).toBe(false);
  });
});

describe('percentText (display only)', () => {
  it.each([
    [85, 120, '70,8%'], [80, 120, '66,7%'], [79, 120, '65,8%'], [60, 120, '50,0%'],
    [1, 3, '33,3%'], [120, 120, '100,0%'], [0, 120, '0,0%'], [1, 8, '12,5%'], [0, 0, '—'],
  ])('shows %i/%i as %s', (part, whole, text) => {
    expect(percentText(part, whole)).toBe(text);
  });
});
