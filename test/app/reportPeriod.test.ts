import { writeReports } from '../../src/app/report/report';
import type { SheetDocument } from '../../src/report/document';
import { newWorkbookFile, openWorkbookFile } from '../../src/workbook/file/host';
import { LONG_TEXT_AS_OF, longTextSheets } from '../render/longTextWorkbook';
import { recording } from '../render/printed';

// Issue 14 item 9 / issue 16 item 7: a 2024 report counts 2024's rows; a 2026 posting in the book
// is listed as out of period, never among the shortcomings.
describe('a year\'s report is scoped to its year', () => {
  let documents: SheetDocument[] = [];
  beforeAll(async () => {
    const input = newWorkbookFile('so.xlsx');
    await input.writeSheets(longTextSheets());
    const rec = recording(await openWorkbookFile(await input.toBuffer(), 'so.xlsx'));
    await writeReports(rec.host, { today: LONG_TEXT_AS_OF, quarter: { year: 2024, quarter: 1 } });
    documents = rec.documents;
  }, 60_000);
  const text = (name: string) => documents.find((d) => d.name === name)!.values.flat().filter((v) => typeof v === 'string').join('\n');

  it('leaves the 2026 posting out of Báo cáo\'s counts and shortcomings, and says it was left out', () => {
    const report = text('Báo cáo');
    expect(report).toContain('đã thực hiện 14 lượt công khai');
    expect(report).toContain('Sổ theo dõi còn ghi 1 nội dung công khai ngoài năm 2024, như: «Dự toán ngân sách xã năm 2026» (06/01/2026)');
    const shortcomings = report.slice(report.indexOf('TỒN TẠI, HẠN CHẾ'));
    expect(shortcomings).not.toContain('2026');
  });

  it('lists it in Tổng hợp under «Ngoài kỳ báo cáo», with its sheet and row, outside the totals', () => {
    const summary = documents.find((d) => d.name === 'Tổng hợp')!;
    const at = summary.values.findIndex((r) => r[0] === 'Dự toán ngân sách xã năm 2026');
    expect(summary.values[at]).toEqual(['Dự toán ngân sách xã năm 2026', 'Công khai', null, 16, { y: 2026, m: 1, d: 6 }, null]);
    expect(text('Tổng hợp')).toContain('NGOÀI KỲ BÁO CÁO NĂM 2024 (không tính vào các số liệu trên)');
  });
});
