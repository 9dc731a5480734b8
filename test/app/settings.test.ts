import path from 'node:path';
import { readSettings } from '../../src/app/settings/settings';
import { RULES } from '../../src/domain/rules/catalog';
import { openWorkbookPath } from '../../src/workbook/file/hostNode';
import { GridHost } from './gridHost';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'so-theo-doi-mau.xlsx');

describe('readSettings', () => {
  it('reads the sample\'s unit and every rule in force, in the catalog\'s order', async () => {
    const settings = await readSettings(await openWorkbookPath(SAMPLE));
    expect(settings.info.unit).toBe('UBND xã An Thượng');
    expect(settings.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(settings.countFirstDay).toBe(false);
  });

  it('takes a raised value from «Quy định» and says so; counts the first day when the switch says 1', async () => {
    const host = new GridHost([{
      name: 'Quy định', firstRow: 1, firstColumn: 1, tables: [],
      values: [['Mã quy định', 'Nội dung', 'Giá trị'], ['CK_NIEM_YET', 'Niêm yết', 45], ['TINH_NGAY_DAU', 'Tính ngày đầu', 1]],
    }]);
    const settings = await readSettings(host);
    expect(settings.rules.find((r) => r.id === 'CK_NIEM_YET')).toMatchObject({ value: 45, source: 'sheet' });
    expect(settings.rules.find((r) => r.id === 'CK_TRUYEN_THANH')).toMatchObject({ value: 3, source: 'law' });
    expect(settings.countFirstDay).toBe(true);
    expect(settings.info.unit).toBeNull();
  });
});
