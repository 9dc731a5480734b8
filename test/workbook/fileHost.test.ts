import ExcelJS from 'exceljs';
import { newWorkbookFile, openWorkbookFile } from '../../src/workbook/file/host';
import { describeHostContract } from './contract';
import { fileView, seedFile } from './fileSeed';

/** The file host against the shared contract: reread = save to .xlsx bytes and open again. */

describeHostContract('file host (exceljs)', async (seed) => {
  let host = await openWorkbookFile(await seedFile(seed), 'so-theo-doi.xlsx');
  return {
    host,
    reread: async () => (host = await openWorkbookFile(await host.toBuffer(), 'so-theo-doi.xlsx')),
    view: async () => fileView(host),
  };
});

describe('file host', () => {
  it('round-trips a new workbook through bytes, opened from an ArrayBuffer as in the browser', async () => {
    const host = newWorkbookFile();
    await host.writeSheets([{ name: 'Mẫu', ifExists: 'skip', values: [['Ngày', { y: 2025, m: 1, d: 1 }]] }]);
    const bytes = await host.toBuffer();
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const again = await openWorkbookFile(copy, 'mau.xlsx');
    const grid = (await again.readSheets(['mau'])).sheets.mau!;
    expect(grid.values).toEqual([['Ngày', { y: 2025, m: 1, d: 1 }]]);
  });

  it('reads a date typed at midnight on 1 January as that day in every time zone (UTC getters)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('A');
    ws.getCell('A1').value = 45292; // 01/01/2024 as a serial
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    const host = await openWorkbookFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'a.xlsx');
    expect((await host.readSheets(['A'])).sheets.A!.values).toEqual([[{ y: 2024, m: 1, d: 1 }]]);
  });

  it('reads rich text, hyperlinks, shared formulas and merged areas as Excel shows them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('A');
    ws.getCell('A1').value = { richText: [{ text: 'Niêm ' }, { text: 'yết', font: { bold: true } }] };
    ws.getCell('B1').value = { text: 'Xem', hyperlink: 'https://example.gov.vn' };
    ws.getCell('A2').value = 2;
    ws.getCell('B2').value = { formula: 'A2*2', result: 4, shareType: 'shared', ref: 'B2:B3' } as ExcelJS.CellFormulaValue;
    ws.getCell('A3').value = 5;
    ws.getCell('B3').value = { sharedFormula: 'B2', result: 10 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('C1').value = 'gộp';
    ws.mergeCells('C1:C3');
    const host = await openWorkbookFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'a.xlsx');
    expect((await host.readSheets(['A'])).sheets.A!.values).toEqual([['Niêm yết', 'Xem', 'gộp'], [2, 4, null], [5, 10, null]]);
  });
});

describe('file host: formula results', () => {
  it('reads a cached result of 0 as 0, not as an empty cell (guards a fixed bug)', async () => {
    const host = newWorkbookFile();
    await host.writeSheets([{ name: 'Tổng hợp', ifExists: 'replace', values: [[{ formula: 'COUNTIF(B1:B2,"x")', result: 0 }, null]] }]);
    const again = await openWorkbookFile(await host.toBuffer(), 'tong-hop.xlsx');
    expect((await again.readSheets(['Tổng hợp'])).sheets['Tổng hợp']!.values[0][0]).toBe(0);
  });
});

describe('file host: shared styles', () => {
  it('gives cells with the same formats one style object, and formatting one cell never changes another', async () => {
    const host = newWorkbookFile();
    await host.writeSheets([{
      name: 'Bảng', ifExists: 'replace',
      values: [['a', 'b', { y: 2024, m: 3, d: 6 }], ['c', 'd', { y: 2024, m: 3, d: 7 }], ['e', 'f', null]],
      formats: [
        { range: 'A1:C3', border: 'thin', font: { name: 'Times New Roman', size: 12 } },
        { range: 'A1:C1', font: { bold: true }, borderBottom: 'medium' },
        { range: 'C1:C3', numberFormat: 'd/m/yyyy' },
      ],
    }]);
    const ws = host.workbook.getWorksheet('Bảng')!;
    expect(ws.getCell('A2').style).toBe(ws.getCell('B3').style);
    expect(ws.getCell('A1').style).toBe(ws.getCell('B1').style);
    expect(ws.getCell('A1').style).not.toBe(ws.getCell('A2').style);
    expect(ws.getCell('A1').font).toEqual({ name: 'Times New Roman', size: 12, bold: true });
    expect(ws.getCell('A1').border.bottom).toEqual({ style: 'medium', color: { argb: 'FF000000' } });
    expect(ws.getCell('A2').border.bottom).toEqual({ style: 'thin', color: { argb: 'FF000000' } });
    expect(ws.getCell('A2').font).toEqual({ name: 'Times New Roman', size: 12 });
    expect(ws.getCell('C2').numFmt).toBe('d/m/yyyy');
    expect(ws.getCell('B2').numFmt).toBeUndefined();

    // A patch resets its block and formats it; the cells around it keep their looks.
    await host.writeSheets([], [{ sheet: 'Bảng', range: 'B2:B2', values: [['x']], formats: [{ range: 'B2:B2', fill: '#FFC7CE' }] }]);
    expect(ws.getCell('B2').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getCell('B2').border).toBeUndefined();
    expect(ws.getCell('A2').fill).toBeUndefined();
    expect(ws.getCell('B3').fill).toBeUndefined();
    expect(ws.getCell('B3').border.top).toEqual({ style: 'thin', color: { argb: 'FF000000' } });

    const again = await openWorkbookFile(await host.toBuffer(), 'bang.xlsx');
    const back = again.workbook.getWorksheet('Bảng')!;
    expect(back.getCell('A1').font).toMatchObject({ bold: true, size: 12 });
    expect(back.getCell('C3').numFmt).toBe('d/m/yyyy');
    expect(back.getCell('B2').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  });
});
