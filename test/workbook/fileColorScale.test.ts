import JSZip from 'jszip';
import { newWorkbookFile, openWorkbookFile } from '../../src/workbook/file/host';

describe('file host colour scales', () => {
  it('writes a three-stop colour scale with fixed numbers that survives a round trip', async () => {
    const host = newWorkbookFile();
    await host.writeSheets([{
      name: 'TH', ifExists: 'replace', values: [['Tỷ lệ'], [0.2], [0.9]],
      colorScales: [{ range: 'A2:A3', min: { value: 0, color: '#F8696B' }, mid: { value: 0.5, color: '#FFEB84' }, max: { value: 1, color: '#63BE7B' } }],
    }]);
    const bytes = await host.toBuffer();
    const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toMatch(/<conditionalFormatting sqref="A2:A3">/);
    expect(xml).toMatch(/<cfvo type="num" val="0"\/>[\s\S]*<cfvo type="num" val="0.5"\/>[\s\S]*<cfvo type="num" val="1"\/>/);
    expect(xml).toMatch(/<color rgb="FF63BE7B"\/>/);
    const reopened = await openWorkbookFile(bytes, 'x.xlsx');
    expect((await reopened.readSheets(['TH'])).sheets.TH?.values[1]).toEqual([0.2]);
  });
});
