import { OfficeHost } from '../../src/workbook/office/host';
import type { SheetDocument } from '../../src/report/document';
import { createFakeExcel } from './fakeExcel';

const doc: SheetDocument = {
  name: 'TH Đơn vị', ifExists: 'replace', values: [['Tỷ lệ'], [0.2], [0.9]],
  colorScales: [{ range: 'A2:A3', min: { value: 0, color: '#F8696B' }, mid: { value: 0.5, color: '#FFEB84' }, max: { value: 1, color: '#63BE7B' } }],
};

describe('Office host colour scales (strict fake)', () => {
  it('adds a colour scale with number stops in the write sync', async () => {
    const fake = createFakeExcel();
    const host = new OfficeHost(fake.run, { requirements: fake.requirements });
    await host.readSheets([]);
    await host.writeSheets([doc]);
    expect(fake.syncs).toBe(2);
    expect(fake.model.sheet('TH Đơn vị').colorScales).toEqual([{
      range: 'A2:A3',
      criteria: {
        minimum: { formula: '0', type: 'Number', color: '#F8696B' },
        midpoint: { formula: '0.5', type: 'Number', color: '#FFEB84' },
        maximum: { formula: '1', type: 'Number', color: '#63BE7B' },
      },
    }]);
  });

});
