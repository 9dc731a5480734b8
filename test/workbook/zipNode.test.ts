import { unzipSync } from 'fflate';
import { newWorkbookFile, openWorkbookFile } from '../../src/workbook/file/host';
import { deflateZip } from '../../src/workbook/file/zipNode';

describe('deflateZip (Node zlib for the CLI’s saves)', () => {
  it('keeps every part byte for byte, in order, and compresses them', async () => {
    const host = newWorkbookFile();
    const rows = Array.from({ length: 2_000 }, (_, i) => [`Nội dung công khai ${i}`, i, { y: 2024, m: 3, d: 1 + (i % 28) }]);
    await host.writeSheets([{ name: 'Công khai', ifExists: 'replace', values: [['Nội dung', 'Số', 'Ngày'], ...rows] }]);
    const stored = await host.workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
    const zipped = await host.toBuffer(deflateZip);

    const before = unzipSync(new Uint8Array(stored));
    const after = unzipSync(zipped);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) expect(Buffer.compare(after[name], before[name])).toBe(0);
    expect(zipped.byteLength).toBeLessThan(stored.byteLength / 4);

    const again = await openWorkbookFile(zipped, 'cong-khai.xlsx');
    const grid = (await again.readSheets(['Công khai'])).sheets['Công khai']!;
    expect(grid.values).toHaveLength(2_001);
    expect(grid.values[2_000]).toEqual(['Nội dung công khai 1999', 1999, { y: 2024, m: 3, d: 12 }]);
  });
});
