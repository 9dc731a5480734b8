import { DccsError } from '../../src/domain/errors';
import { a1, type RangePatch, type SheetDocument } from '../../src/report/document';
import type { CellValue } from '../../src/sheets/grid';
import { asDay, type HostUnderTest, type SeedWorkbook, type WorkbookView } from './contract';

/**
 * The contract for range patches and filters (DESIGN.md, "What the add-in writes"): a patch
 * replaces its block and nothing else of the user's sheet changes, value or format.
 */
const USER = 'Kế hoạch';

/** A user's sheet, 6×5, with formats everywhere, so a stray write around the block shows. */
const userSheet: SheetDocument = {
  name: USER, ifExists: 'replace',
  values: [
    ['STT', 'Nhiệm vụ', 'Thời hạn', 'Ghi chú', 'Kết quả kiểm tra'],
    ...[1, 2, 3, 4, 5].map((i) => [i, `Việc ${i}`, { y: 2024, m: 3, d: i }, i % 2 ? '0123' : '=1+1', `cũ ${i}`]),
  ],
  formats: [
    { range: 'A1:E1', font: { bold: true }, fill: '#D9E1F2', borderBottom: 'medium' },
    { range: 'C2:C6', numberFormat: 'd/m/yyyy' },
    { range: 'A2:E6', fill: '#FFF2CC', border: 'thin' },
  ],
};

const seed: SeedWorkbook = { sheets: [{ name: 'Thông tin', rows: [['Tên đơn vị', 'UBND xã An Thượng']] }] };

/** Everything a read and the view show of each cell of A1:F7 (one row and column past the data). */
async function look(h: HostUnderTest['host'], v: WorkbookView) {
  const grid = (await h.readSheets([USER])).sheets[USER]!;
  const at = (r: number, c: number) => grid.values[r - grid.firstRow]?.[c - grid.firstColumn] ?? null;
  const out = new Map<string, unknown>();
  for (let r = 1; r <= 7; r++) {
    for (let c = 1; c <= 6; c++) {
      const ref = a1(r, c);
      out.set(ref, {
        value: at(r, c), numberFormat: v.numberFormat(USER, ref), bold: v.bold(USER, ref),
        fill: v.fill(USER, ref), borderBottom: v.borderBottom(USER, ref),
      });
    }
  }
  return out;
}

const BLOCK = ['D2', 'E2', 'D3', 'E3', 'D4', 'E4'];

export function describePatchContract(makeHost: (seed: SeedWorkbook) => Promise<HostUnderTest>): void {
  const patch: RangePatch = {
    sheet: USER, range: 'D2:E4',
    values: [['=SUM(1)', 'Đạt'], [null, '01/02/2024'], [7, { y: 2024, m: 2, d: 29 }]],
    formats: [{ range: 'E2', fill: '#F8CBAD', font: { bold: true } }],
  };

  it('patches a block of a user sheet and changes no other cell, value or format', async () => {
    const { host, reread, view } = await makeHost(seed);
    await host.writeSheets([userSheet]);
    const before = await look(await reread(), await view());
    expect(await (await reread()).writeSheets([], [patch])).toEqual({ written: [], skipped: [], skippedFeatures: [] });
    const h = await reread();
    const after = await look(h, await view());
    for (const [ref, cell] of before) if (!BLOCK.includes(ref)) expect([ref, after.get(ref)]).toEqual([ref, cell]);
    const block = Object.fromEntries(BLOCK.map((ref) => [ref, after.get(ref)]));
    const plain = { numberFormat: 'General', bold: false, fill: undefined, borderBottom: undefined };
    expect(block).toEqual({
      D2: { ...plain, value: '=SUM(1)', numberFormat: expect.any(String) }, // text, whatever guards it
      E2: { ...plain, value: 'Đạt', numberFormat: expect.any(String), bold: true, fill: '#F8CBAD' },
      D3: { ...plain, value: null },
      E3: { ...plain, value: '01/02/2024', numberFormat: expect.any(String) },
      D4: { ...plain, value: 7 },
      E4: { ...plain, value: expect.anything(), numberFormat: 'dd/mm/yyyy' },
    });
    expect(asDay((block.E4 as { value: CellValue }).value)).toEqual({ y: 2024, m: 2, d: 29 });
    for (const ref of ['D2', 'E2', 'E3']) expect(['General', '@']).toContain((block[ref] as { numberFormat: string }).numberFormat);
  });

  it('writes documents and patches in one call, the patch after the documents', async () => {
    const { host, reread } = await makeHost(seed);
    await host.writeSheets([userSheet]);
    const h = await reread();
    await h.writeSheets([{ name: 'KQ', ifExists: 'replace', values: [['mới']] }, { name: 'Thông tin', ifExists: 'skip', values: [] }], [patch]);
    const read = await (await reread()).readSheets(['KQ', USER]);
    expect(read.sheets.KQ!.values).toEqual([['mới']]);
    expect(read.sheets[USER]!.values[1].slice(3)).toEqual(['=SUM(1)', 'Đạt']);
  });

  it('refuses a patch on a missing sheet, of the wrong shape, or on a sheet the same write replaces, writing nothing', async () => {
    const { host, reread } = await makeHost(seed);
    await host.writeSheets([userSheet]);
    const h = await reread();
    const doc: SheetDocument = { name: 'KQ', ifExists: 'replace', values: [['mới']] };
    const bad: [SheetDocument[], RangePatch][] = [
      [[doc], { ...patch, sheet: 'Ke hoach' }], // not the exact name
      [[doc], { ...patch, sheet: 'Không có' }],
      [[doc], { ...patch, values: patch.values.slice(1) }],
      [[doc], { ...patch, formats: [{ range: 'E4:F4', fill: '#FFFFFF' }] }],
      [[doc, { ...userSheet, values: [['x']] }], patch],
    ];
    for (const [docs, p] of bad) await expect(h.writeSheets(docs, [p])).rejects.toBeInstanceOf(DccsError);
    const read = await (await reread()).readSheets(['KQ', USER]);
    expect(read.sheets.KQ).toBeNull();
    expect(read.sheets[USER]!.values[1][4]).toBe('cũ 1');
  });

  it('puts filter buttons on a document\'s header row and data', async () => {
    const { host, reread, view } = await makeHost(seed);
    await host.writeSheets([{ name: 'KQ', ifExists: 'replace', values: [['Tiêu đề'], ['STT', 'Nội dung'], [1, 'a'], [2, 'b']], autoFilter: 'A2:B4' }]);
    await reread();
    expect((await view()).autoFilter('KQ')).toBe('A2:B4');
  });
}
