import mammoth from 'mammoth';
import { consolidate, type ConsolidateSource } from '../../src/app/consolidate/consolidate';
import { readConsolidatingWorkbook } from '../../src/app/consolidate/target';
import { writeConsolidation } from '../../src/app/consolidate/write';
import { newWorkbookFile, openWorkbookFile } from '../../src/workbook/file/host';
import { communeWorkbook } from '../../bench/communeWorkbooks';

// Issue 14, item 11: consolidated outputs never copy a citizen's name (Luật Bảo vệ dữ liệu cá nhân
// 91/2025/QH15). The bench's commune books name every opinion's author «Người góp ý N».
const today = { y: 2025, m: 6, d: 30 };
const AUTHOR = /Người góp ý \d/;

describe('consolidation and citizens’ names (Luật 91/2025/QH15)', () => {
  it('writes no feedback author into TH Đơn vị, TH Chi tiết, Báo cáo tổng hợp or the Word report', async () => {
    const sources: ConsolidateSource[] = await Promise.all(['UBND xã An Thượng', 'UBND xã Song Phương'].map(async (unit, i) => {
      const bytes = await communeWorkbook(unit, { postings: 10, tasks: 5, feedback: 30 }, i);
      return { name: `${i}.xlsx`, open: () => openWorkbookFile(bytes, `${i}.xlsx`) };
    }));
    const source = await (await sources[0].open()).readSheets(['Ý kiến']);
    expect(source.sheets['Ý kiến']!.values.flat().some((v) => typeof v === 'string' && AUTHOR.test(v))).toBe(true);

    const c = await consolidate(sources, { today });
    expect(JSON.stringify(c)).not.toMatch(AUTHOR);
    const office = newWorkbookFile('tong-hop.xlsx');
    const result = await writeConsolidation(office, c, await readConsolidatingWorkbook(office), { today, order: 'name' });
    const read = await office.readSheets(result.written);
    for (const name of result.written) {
      const cells = read.sheets[name]!.values.flat().filter((v): v is string => typeof v === 'string');
      expect([name, cells.find((v) => AUTHOR.test(v)) ?? null]).toEqual([name, null]);
    }
    const { value: docText } = await mammoth.extractRawText({ buffer: Buffer.from(result.docx) });
    expect(docText).not.toMatch(AUTHOR);
  });
});
