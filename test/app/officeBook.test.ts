import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readConsolidatingWorkbook } from '../../src/app/consolidate/target';
import { newOfficeBook } from '../../src/app/consolidate/officeBook';
import { makeConsolidateAction } from '../../src/taskpane/consolidateAction';
import { openWorkbookFile } from '../../src/workbook/file/host';

const STAFF = path.join(__dirname, '..', 'fixtures', 'staff');
const chosen = (name: string) => {
  const bytes = readFileSync(path.join(STAFF, name));
  return { name, size: bytes.length, arrayBuffer: () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)) };
};

const OFFICE = {
  name: 'UBND tỉnh Thái Nguyên', level: 'province' as const, parent: 'Bộ Nội vụ', place: 'Thái Nguyên',
  signer: 'Nguyễn Văn A', signerTitle: 'Chủ tịch',
};

describe('newOfficeBook', () => {
  it('holds the office\'s own Thông tin: the consolidation reads it as the office', async () => {
    const target = await readConsolidatingWorkbook(await newOfficeBook(OFFICE, 2025));
    expect(target.office).toMatchObject({ unit: 'UBND tỉnh Thái Nguyên', level: 'province', parent: 'Bộ Nội vụ', place: 'Thái Nguyên', signer: 'Nguyễn Văn A', signerTitle: 'Chủ tịch', year: 2025 });
    expect(target.expected).toBeNull();
  });

  it('takes two communes\' books into a new workbook of the office, headed by the office, not by a commune', async () => {
    const host = await newOfficeBook(OFFICE, 2025);
    const run = makeConsolidateAction(host, () => ({ y: 2025, m: 6, d: 30 }));
    const result = await run({
      files: [chosen('08-muc-trong-bang.xlsx'), chosen('20-nhom-tu-ten.xlsx')] as never, order: 'name', signal: new AbortController().signal,
      onFile: () => undefined, onProgress: () => undefined,
    });
    expect(result.consolidation.units.length).toBe(2);
    const saved = await openWorkbookFile(await host.toBuffer(), 'tong-hop.xlsx');
    const read = await saved.readSheets(result.written);
    expect(read.sheetNames).toEqual(expect.arrayContaining(['Thông tin', ...result.written]));
    const report = JSON.stringify(read.sheets['Báo cáo tổng hợp']);
    expect(report).toContain('TỈNH THÁI NGUYÊN'); // headed by the office, not by a commune whose book is open
    expect(report).toContain('Thái Nguyên, ngày');
    expect(report).toContain('Nguyễn Văn A');
  }, 30_000);
});
