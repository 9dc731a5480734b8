import { InvalidYearError } from '../../src/domain/errors';
import { newTrackingBook } from '../../src/app/template/newBook';
import { readSettings } from '../../src/app/settings/settings';
import { openWorkbookFile } from '../../src/workbook/file/host';

describe('newTrackingBook', () => {
  it('makes a workbook whose Thông tin holds the unit, level and year typed', async () => {
    const bytes = await newTrackingBook({ year: 2025, unit: ' UBND phường Bắc Kạn ', level: 'ward' });
    const host = await openWorkbookFile(bytes, 'so-moi.xlsx');
    const settings = await readSettings(host);
    expect(settings.info).toMatchObject({ unit: 'UBND phường Bắc Kạn', level: 'ward', year: 2025 });
    const names = (await host.readSheets([], { others: true })).sheetNames;
    expect(names).toEqual(expect.arrayContaining(['Thông tin', 'Kế hoạch', 'Công khai', 'Lấy ý kiến', 'Ý kiến', 'Biểu quyết']));
  });

  it('refuses a year out of range, in words', async () => {
    await expect(newTrackingBook({ year: 1990, unit: '', level: 'commune' })).rejects.toThrow(InvalidYearError);
  });
});
