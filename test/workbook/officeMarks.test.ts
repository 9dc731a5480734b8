import { OfficeHost } from '../../src/workbook/office/host';
import { describeMarksContract } from './contractMarks';
import { createFakeExcel, type FakeExcel } from './fakeExcel';

/** The Office host's marks, page breaks and charts on the strict fake (fakeNames.ts, fakeCharts.ts). */
const hostOn = (fake: FakeExcel) => new OfficeHost(fake.run, { requirements: fake.requirements });

function seeded(names: readonly string[], apiMinor = 9): FakeExcel {
  const fake = createFakeExcel({ apiMinor });
  for (const name of names) fake.model.addSheet(name).cell(1, 1).value = name;
  return fake;
}

describeMarksContract('Office host (fake Excel)', async (names) => {
  const fake = seeded(names);
  return {
    host: hostOn(fake),
    reread: async () => hostOn(fake),
    userRenames: async (from, to) => {
      fake.model.sheet(from).name = to; // the fake's names hold the sheet, as Excel's do
      return hostOn(fake);
    },
    pageBreaks: (sheet) => fake.model.sheet(sheet).pageBreaks,
  };
});

describe('Office host: marks, page breaks and charts', () => {
  it('loads the marks in the read sync and writes them in the write sync', async () => {
    const fake = seeded(['Thông tin']);
    const host = hostOn(fake);
    await host.readSheets(['Thông tin']);
    await host.writeSheets([{ name: 'Báo cáo', owner: 'bao-cao', ifExists: 'replace', values: [['x']] }]);
    expect(fake.syncs).toBe(2);
    expect(fake.model.names.map((n) => [n.name, n.sheet.name, n.comment !== ''])).toEqual([['DCCS_BAO_CAO', 'Báo cáo', true]]);
  });

  it('ignores a mark broken by the user deleting its sheet, and replaces it on the next write', async () => {
    const fake = seeded(['Thông tin']);
    await hostOn(fake).writeSheets([{ name: 'Báo cáo', owner: 'bao-cao', ifExists: 'replace', values: [['x']] }]);
    fake.model.sheets = fake.model.sheets.filter((s) => s.name !== 'Báo cáo');
    const host = hostOn(fake);
    expect((await host.readSheets([])).owners).toEqual({});
    await host.writeSheets([{ name: 'Báo cáo', owner: 'bao-cao', ifExists: 'replace', values: [['y']] }]);
    expect((await host.readSheets([])).owners).toEqual({ 'bao-cao': 'Báo cáo' });
    expect(fake.model.names).toHaveLength(1);
  });

  it('retries once when the user removed a mark between the read and the write', async () => {
    const fake = seeded(['Thông tin']);
    await hostOn(fake).writeSheets([{ name: 'Báo cáo', owner: 'bao-cao', ifExists: 'replace', values: [['x']] }]);
    const host = hostOn(fake);
    await host.readSheets([]);
    fake.model.names = [];
    fake.resetCounters();
    await host.writeSheets([{ name: 'Báo cáo', owner: 'bao-cao', ifExists: 'replace', values: [['y']] }]);
    expect(fake.syncs).toBe(3); // the failed batch, the reload, the write
    expect((await host.readSheets([])).owners).toEqual({ 'bao-cao': 'Báo cáo' });
  });

  it('adds native charts, titled and placed by cells, in the write sync', async () => {
    const fake = seeded(['Thông tin']);
    const host = hostOn(fake);
    await host.readSheets([]);
    fake.resetCounters();
    const w0 = await host.writeSheets([{
      name: 'Tổng hợp', owner: 'tong-hop', ifExists: 'replace',
      values: [['Nhóm', 'Tỷ lệ'], ['Ngân sách', 0.5], ['Đất đai', 1]],
      charts: [{ type: 'bar', title: 'Tỷ lệ đạt theo nhóm nội dung', dataRange: 'A1:B3', anchor: 'D2', width: 6, height: 15 }],
    }]);
    expect(fake.syncs).toBe(1);
    expect(fake.model.sheet('Tổng hợp').charts).toEqual([{
      type: 'BarClustered', source: "'Tổng hợp'!A1:B3", seriesBy: 'Auto', title: 'Tỷ lệ đạt theo nhóm nội dung', position: { start: 'D2', end: 'I16' },
    }]);
    expect(w0.skippedFeatures).toEqual([]);
  });

  it('leaves page breaks out without ExcelApi 1.9 and says so', async () => {
    const fake = seeded(['Thông tin'], 8);
    const host = hostOn(fake);
    const w1 = await host.writeSheets([{ name: 'Báo cáo', ifExists: 'replace', values: [['a'], ['b']], pageBreaksBefore: [2] }]);
    expect(w1.skippedFeatures).toContainEqual({ sheet: 'Báo cáo', feature: 'pageBreaks', requirement: 'ExcelApi 1.9' });
    expect(fake.model.sheet('Báo cáo').pageBreaks).toEqual([]);
  });
});

describe('the fake Excel API is strict about names, charts and breaks', () => {
  it('refuses a duplicate name, a name like a cell address, and a chart over a single cell', async () => {
    const fake = seeded(['A']);
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('A').getRange('A1');
      context.workbook.names.add('DCCS_X', range);
      await context.sync();
      context.workbook.names.add('dccs_x', range);
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
      context.workbook.names.add('AB12', range);
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      context.workbook.worksheets.getItem('A').charts.add('BarClustered', range, 'Auto');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      context.workbook.names.getItem('NOPE').delete();
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });
});
