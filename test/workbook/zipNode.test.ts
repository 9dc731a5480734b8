import { unzipSync } from 'fflate';
import { newWorkbookFile, openWorkbookFile } from '../../src/workbook/file/host';
import { inflateRawSync } from 'node:zlib';
import { deflatePackage, deflateZip } from '../../src/workbook/file/zipNode';

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

  it('cuts an entry past 4 MB into pieces that join into one deflate stream', async () => {
    // 9.6 MB of rows that differ, as a detail sheet's: three pieces, the last one short.
    const rows = Array.from({ length: 120_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="str"><v>Xã ${i % 168} — quá hạn ${i % 97} ngày</v></c></row>`);
    const big = new TextEncoder().encode(rows.join(''));
    expect(big.byteLength).toBeGreaterThan(2 * (4 << 20));
    const small = new TextEncoder().encode('<Types/>');
    const zipped = await deflatePackage({ '[Content_Types].xml': small, 'xl/worksheets/sheet1.xml': big });

    const after = unzipSync(zipped);
    expect(Object.keys(after)).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml']);
    expect(Buffer.compare(after['xl/worksheets/sheet1.xml'], big)).toBe(0);
    expect(Buffer.compare(after['[Content_Types].xml'], small)).toBe(0);
    expect(zipped.byteLength).toBeLessThan(big.byteLength / 5);
    // zlib's own inflater reads the joined pieces to the end as one stream and finds nothing after it.
    // The entry's central directory record (PKZIP APPNOTE 4.3.12) gives its compressed size and local header.
    const bytes = Buffer.from(zipped);
    const record = bytes.indexOf('PK\x01\x02', bytes.indexOf('PK\x01\x02', 0, 'latin1') + 1, 'latin1');
    expect(bytes.toString('latin1', record + 46, record + 46 + bytes.readUInt16LE(record + 28))).toBe('xl/worksheets/sheet1.xml');
    const compressedSize = bytes.readUInt32LE(record + 20);
    const header = bytes.readUInt32LE(record + 42);
    const data = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
    expect(Buffer.compare(inflateRawSync(bytes.subarray(data, data + compressedSize)), big)).toBe(0);
  });
});
