import ExcelJS from 'exceljs';
import { markReference } from '../../src/workbook/marks';
import { openWorkbookFile, type FileHost } from '../../src/workbook/file/host';
import { describeMarksContract } from './contractMarks';

/** The file host's marks and page breaks; exceljs cannot write charts, so it reports them skipped. */
async function seeded(names: readonly string[]): Promise<FileHost> {
  const wb = new ExcelJS.Workbook();
  for (const name of names) wb.addWorksheet(name).getCell('A1').value = name;
  return openWorkbookFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'so.xlsx');
}

/**
 * A rename saved by Excel or LibreOffice: the sheet and the reference of each name on it change
 * together (LibreOffice's own output, checked by hand, reads back the same way). exceljs does not
 * do the second half on `worksheet.name = …`, hence the explicit rewrite of the names.
 */
async function renamedByUser(host: FileHost, from: string, to: string): Promise<FileHost> {
  const again = await openWorkbookFile(await host.toBuffer(), host.fileName);
  const wb = again.workbook;
  wb.getWorksheet(from)!.name = to;
  wb.definedNames.model = wb.definedNames.model.map((n) => ({
    name: n.name, ranges: n.ranges.map((r) => (r === markReference(from) ? markReference(to) : r)),
  }));
  return openWorkbookFile(await again.toBuffer(), host.fileName);
}

describeMarksContract('file host (exceljs)', async (names) => {
  let host = await seeded(names);
  return {
    host,
    reread: async () => (host = await openWorkbookFile(await host.toBuffer(), host.fileName)),
    userRenames: async (from, to) => (host = await renamedByUser(host, from, to)),
    // exceljs writes row breaks but does not read them back: the written model is what is saved.
    pageBreaks: (sheet) => host.workbook.getWorksheet(sheet)!.model.rowBreaks.map((b) => b.id + 1),
  };
});

describe('file host: charts and what it writes for breaks', () => {
  it('leaves native charts out and says so, data written in full', async () => {
    const host = await seeded(['Thông tin']);
    const w0 = await host.writeSheets([{
      name: 'Tổng hợp', ifExists: 'replace', values: [['Nhóm', 'Tỷ lệ'], ['Ngân sách', 0.5]],
      charts: [{ type: 'column', title: 'Tỷ lệ đạt', dataRange: 'A1:B2', anchor: 'D2', width: 6, height: 15 }],
    }]);
    expect(w0.skippedFeatures).toEqual([{ sheet: 'Tổng hợp', feature: 'charts', requirement: 'Excel' }]);
    const w1 = await host.writeSheets([{ name: 'Ghi chú', ifExists: 'replace', values: [['x']] }]);
    expect(w1.skippedFeatures).toEqual([]); // each write reports its own
  });

  it('writes a break before row r as OOXML <brk id="r-1"> across every column', async () => {
    const host = await seeded(['Thông tin']);
    await host.writeSheets([{ name: 'Báo cáo', ifExists: 'replace', values: [['a'], ['b'], ['c']], pageBreaksBefore: [3] }]);
    expect(host.workbook.getWorksheet('Báo cáo')!.model.rowBreaks).toEqual([{ id: 2, max: 16383, man: 1 }]);
  });

  it('drops a mark whose sheet is gone rather than write it back dangling', async () => {
    const host = await seeded(['Thông tin']);
    host.workbook.definedNames.model = [{ name: 'DCCS_BAO_CAO', ranges: ["'Báo cáo'!$A$1"] }, { name: 'Vung_in', ranges: ["'Thông tin'!$A$1"] }];
    await host.writeSheets([{ name: 'KQ Kiểm tra', owner: 'kq-kiem-tra', ifExists: 'replace', values: [['x']] }]);
    expect(host.workbook.definedNames.model.map((n) => n.name).sort()).toEqual(['DCCS_KQ_KIEM_TRA', 'Vung_in']);
  });
});
