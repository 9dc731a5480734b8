import { createTemplate } from '../../src/app/template/template';
import { INPUT_SHEETS } from '../../src/sheets/schema';
import { LISTS_SHEET } from '../../src/report/templateSheets';
import { OfficeHost } from '../../src/workbook/office/host';
import { createFakeExcel } from '../workbook/fakeExcel';

describe('«Tạo sổ theo dõi mẫu» in Excel', () => {
  it('adds only the missing sheets and never touches one that exists', async () => {
    const fake = createFakeExcel();
    const mine = fake.model.addSheet('CÔNG KHAI'); // the user's own sheet, in capitals
    mine.cell(1, 1).value = 'Sổ của tôi';
    mine.cell(2, 1).value = '=không phải công thức';
    const host = new OfficeHost(fake.run, { requirements: fake.requirements });
    const result = await createTemplate(host, { year: 2026, unit: 'UBND phường Bắc Kạn' });

    expect(result.skipped).toEqual(['Công khai']);
    expect(result.written).toEqual([...INPUT_SHEETS.map((s) => s.name).filter((n) => n !== 'Công khai'), LISTS_SHEET]);
    expect(mine.peek(1, 1)?.value).toBe('Sổ của tôi');
    expect(mine.peek(2, 1)?.value).toBe('=không phải công thức');
    expect(mine.cells.size).toBe(2);
    expect(fake.syncs).toBeLessThanOrEqual(2); // names, then one write
  });

  it('refuses a year outside 2000–2100 before touching the workbook', async () => {
    const fake = createFakeExcel();
    await expect(createTemplate(new OfficeHost(fake.run, { requirements: fake.requirements }), { year: 1999 })).rejects.toThrow('Năm báo cáo');
    expect(fake.syncs).toBe(0);
  });
});
