import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { join } from 'node:path';
import { newWorkbookFile, openWorkbookFile } from '../../src/workbook/file/host';
import { HostError } from '../../src/workbook/port';
import { readWorkbookFile } from '../../src/workbook/file/stream/readingHost';
import { bytesOf, readPackage } from '../../src/workbook/file/zipPackage';
import { replaceEntries } from './zipBomb';

/** The reading host keeps the file host's promises: same refusals, and writes that read back. */
const FIXTURES = join(__dirname, '..', 'fixtures');

async function codeOf(run: () => Promise<unknown> | unknown): Promise<string | null> {
  try {
    await run();
    return null;
  } catch (e) {
    if (e instanceof HostError) return `${e.code}: ${e.message}`;
    throw e;
  }
}

describe('the reading host (zip reader, exceljs on the first write)', () => {
  it.each(['so-cu.xls', 'mat-khau.xlsx', 'hong.xlsx', 'van-ban.xlsx'])('refuses %s as openWorkbookFile does', async (file) => {
    const bytes = readFileSync(join(FIXTURES, file));
    const old = await codeOf(async () => (await openWorkbookFile(bytes, file)).readSheets(['Công khai']));
    const now = await codeOf(async () => (await readWorkbookFile(bytes, file)).readSheets(['Công khai']));
    expect(now).toBe(old);
  });

  it('refuses bytes that are no zip at all', async () => {
    expect(await codeOf(() => readWorkbookFile(new TextEncoder().encode('không phải sổ'), 'a.xlsx'))).toMatch(/^not-xlsx: /);
    expect(await codeOf(() => readWorkbookFile(new Uint8Array([0x50, 0x4b, 5, 6, 0, 0]), 'b.xlsx'))).toMatch(/^corrupt: /);
  });

  it('hands a sheet it does not read (a harmless document type declaration) to exceljs, as before', async () => {
    const seed = newWorkbookFile();
    await seed.writeSheets([{ name: 'Công khai', ifExists: 'replace', values: [['STT'], [1]] }]);
    const base = await seed.toBuffer();
    const part = 'xl/worksheets/sheet1.xml';
    const xml = new TextDecoder().decode(bytesOf(readPackage(base)[part])).replace('?>', '?><!DOCTYPE worksheet>');
    const data = Buffer.from(xml);
    const bytes = replaceEntries(base, { [part]: { name: part, method: 0, crc: crc32(data), data, size: data.length } });
    const host = await readWorkbookFile(bytes, 'so.xlsx');
    expect(host.readsFromZip).toBe(true);
    const read = await host.readSheets(['Công khai']);
    expect(host.readsFromZip).toBe(false);
    expect(read).toEqual(await (await openWorkbookFile(bytes, 'so.xlsx')).readSheets(['Công khai']));
    expect(read.sheets['Công khai']?.values).toEqual([['STT'], [1]]);
  });

  it('reads, then writes through exceljs, and reads what it wrote; saving keeps both', async () => {
    const seed = newWorkbookFile();
    await seed.writeSheets([{ name: 'Công khai', ifExists: 'replace', values: [['STT', 'Nội dung'], [1, 'Dự toán']] }]);
    const host = await readWorkbookFile(await seed.toBuffer(), 'so.xlsx');
    expect((await host.readSheets(['cong khai'])).sheets['cong khai']?.values).toEqual([['STT', 'Nội dung'], [1, 'Dự toán']]);
    const result = await host.writeSheets([{
      name: 'KQ', ifExists: 'replace', owner: 'kq-kiem-tra', values: [['x', 2]],
      charts: [{ type: 'bar', title: 'T', dataRange: 'A1:B1', anchor: 'D1', width: 4, height: 8 }],
    }]);
    expect(result.written).toEqual(['KQ']);
    expect(result.skippedFeatures).toEqual([{ sheet: 'KQ', feature: 'charts', requirement: 'Excel' }]);
    const after = await host.readSheets(['Công khai'], { others: true });
    expect(after.sheetNames).toEqual(['Công khai', 'KQ']);
    expect(after.owners).toEqual({ 'kq-kiem-tra': 'KQ' });
    expect(after.others).toEqual([]);
    const again = await readWorkbookFile(await host.toBuffer(), 'so.xlsx');
    const reread = await again.readSheets(['KQ', 'Công khai']);
    expect(reread.sheets.KQ?.values).toEqual([['x', 2]]);
    expect(reread.owners).toEqual({ 'kq-kiem-tra': 'KQ' });
    expect(reread.sheets['Công khai']?.values).toEqual([['STT', 'Nội dung'], [1, 'Dự toán']]);
  });
});
