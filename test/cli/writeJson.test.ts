import { writeJson } from '../../src/cli/writeJson';

const written = (value: unknown, depth?: number) => {
  const chunks: string[] = [];
  writeJson(value, (c) => chunks.push(c), depth);
  return chunks.join('');
};

describe('writeJson', () => {
  const cases: [string, unknown][] = [
    ['a report-like object', { unit: 'UBND xã Đông', asOf: '2025-06-30', year: null, postings: [{ row: 2, title: 'Dòng\nhai', end: null, skip: undefined }, { nested: { a: [1, [2, []]] } }], empty: [], none: {} }],
    ['undefined, functions and symbols in arrays and objects', { a: [undefined, () => 1, Symbol('s'), 3], f: () => 1, s: Symbol('x'), u: undefined }],
    ['a Date and an object with toJSON', { when: new Date(Date.UTC(2025, 0, 2)), own: { toJSON: () => ({ x: [1] }) }, gone: { toJSON: () => undefined }, list: [new Date(0)] }],
    ['an object without a prototype', { bare: Object.assign(Object.create(null) as object, { k: [1, 2] }) }],
    ['plain values at the top', 'chuỗi'],
    ['null', null],
    ['an empty object', {}],
    ['an array at the top', [[1, 2], { a: 'b' }, [], {}]],
    ['numbers JSON writes as null', { n: [NaN, Infinity, -0, 1.5] }],
    ['keys that need escaping', { 'a"b\\c': { 'd\ne': 1 } }],
    ['boxed values, a sparse array, a class instance and a Map', { boxed: [Object(1), Object('s'), Object(false)], sparse: [1, , 3], inst: new (class { a = 1; b = [2]; })(), map: new Map([[1, 2]]) }],
    ['dates and escapes deep inside', { a: [{ b: [{ c: new Date(Date.UTC(2024, 1, 29)), d: '\u0001\u2028"\\' }] }] }],
  ];
  it.each(cases)('writes %s exactly as JSON.stringify(value, null, 2) does', (_, value) => {
    for (const depth of [0, 1, 2, 5]) expect(written(value, depth)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('throws on a BigInt as JSON.stringify does', () => {
    expect(() => written({ n: [BigInt(1)] })).toThrow(TypeError);
  });

  it('writes a big array in pieces of about a megabyte, which join to the same text', () => {
    const value = { rows: Array.from({ length: 30_000 }, (_, i) => ({ row: i, text: `Nội dung công khai số ${i}`.repeat(3) })) };
    const chunks: string[] = [];
    writeJson(value, (c) => chunks.push(c));
    expect(chunks.length).toBeGreaterThan(3);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(1.1 * 2 ** 20);
    expect(chunks.join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});
