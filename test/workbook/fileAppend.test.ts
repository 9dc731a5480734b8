import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { writeReports } from '../../src/app/report/report';
import { AppendingFileHost } from '../../src/workbook/file/append';
import { openWorkbookFile } from '../../src/workbook/file/host';
import { openWorkbookForAppend, openWorkbookPath, saveWorkbookPath } from '../../src/workbook/file/hostNode';
import { deflatePackage } from '../../src/workbook/file/zipNode';
import { describeHostContract } from './contract';
import { fileView, seedFile } from './fileSeed';

const SAMPLE = path.join(__dirname, '../../assets/so-theo-doi-mau.xlsx');
const LIBREOFFICE = path.join(__dirname, '../fixtures/so-theo-doi-libreoffice.xlsx');
const today = { y: 2024, m: 3, d: 20 };

/** Everything a person would see of a sheet: values and formulas, looks, merges, widths, print setup. */
function describe_(ws: ExcelJS.Worksheet) {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (c) => {
    cells.push([c.address, c.value, c.numFmt ?? null, c.font ?? null, c.fill ?? null, c.border ?? null, c.alignment ?? null]);
  }));
  return {
    cells,
    merges: Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort(),
    widths: ws.columns?.map((c) => c.width ?? null) ?? [],
    heights: Array.from({ length: ws.rowCount }, (_, i) => ws.getRow(i + 1).height ?? null),
    page: { ...ws.pageSetup, margins: undefined },
    headerFooter: ws.headerFooter,
    views: ws.views,
    autoFilter: ws.autoFilter ?? null,
  };
}

async function reportBoth(input: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'dccs-append-'));
  const plain = await openWorkbookPath(input);
  await writeReports(plain, { today });
  await saveWorkbookPath(plain, path.join(dir, 'plain.xlsx'));
  const appending = await openWorkbookForAppend(input);
  await writeReports(appending, { today });
  await saveWorkbookPath(appending, path.join(dir, 'spliced.xlsx'));
  return {
    dir,
    plain: (await openWorkbookPath(path.join(dir, 'plain.xlsx'))).workbook,
    spliced: (await openWorkbookPath(path.join(dir, 'spliced.xlsx'))).workbook,
  };
}

const names = (wb: ExcelJS.Workbook) => wb.worksheets.map((ws) => ws.name);
const definedNames = (wb: ExcelJS.Workbook) => (wb.definedNames as unknown as { model: { name: string; ranges: string[]; localSheetId?: number }[] }).model
  .map((d) => `${d.name}=${d.ranges.join(',')}`).sort();

describe('saving a report without re-rendering the tracking sheets (AppendingFileHost)', () => {
  it.each([
    ['written by exceljs (the bundled sample)', SAMPLE],
    ['written by LibreOffice', LIBREOFFICE],
  ])('gives the report sheets exceljs would save and the tracking sheets exactly as they were: %s', async (_, input) => {
    const { plain, spliced } = await reportBoth(input);
    const original = (await openWorkbookPath(input)).workbook;
    expect(names(spliced)).toEqual(names(plain));
    expect(names(spliced).slice(-4)).toEqual(['Tổng hợp', 'Báo cáo', 'DS Công khai', 'TH Ý kiến']);
    for (const name of names(plain)) {
      // exceljs's own save rewrites the tracking sheets (defaults spelled out, page flags reset);
      // the splice keeps them as the file had them.
      const expected = original.getWorksheet(name) ?? plain.getWorksheet(name)!;
      expect([name, describe_(spliced.getWorksheet(name)!)]).toEqual([name, describe_(expected)]);
    }
    expect(definedNames(spliced)).toEqual(definedNames(plain));
  }, 60_000);

  it('keeps every original part of the package byte for byte', async () => {
    const { dir } = await reportBoth(LIBREOFFICE);
    const { unzipSync } = await import('fflate');
    const { readFileSync } = await import('node:fs');
    const before = unzipSync(readFileSync(LIBREOFFICE));
    const after = unzipSync(readFileSync(path.join(dir, 'spliced.xlsx')));
    const changed = Object.keys(before).filter((k) => !k.endsWith('/') && Buffer.compare(Buffer.from(before[k]), Buffer.from(after[k] ?? [])) !== 0);
    expect(changed.sort()).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml']);
  }, 60_000);

  it('replaces its own sheets in place when run again on its output, and keeps one mark each', async () => {
    const { dir, spliced } = await reportBoth(SAMPLE);
    const again = await openWorkbookForAppend(path.join(dir, 'spliced.xlsx'));
    const result = await writeReports(again, { today });
    expect(result.renamed).toEqual([]);
    await saveWorkbookPath(again, path.join(dir, 'twice.xlsx'));
    const twice = (await openWorkbookPath(path.join(dir, 'twice.xlsx'))).workbook;
    expect(names(twice)).toEqual(names(spliced));
    expect(definedNames(twice)).toEqual(definedNames(spliced));
    for (const name of ['Tổng hợp', 'Báo cáo']) expect(describe_(twice.getWorksheet(name)!)).toEqual(describe_(spliced.getWorksheet(name)!));
  }, 60_000);

  it('falls back to writing into the workbook for a patch, and for a read after a write', async () => {
    const host = await openWorkbookForAppend(SAMPLE);
    await host.writeSheets([{ name: 'Ghi chú', ifExists: 'replace', values: [['một']] }]);
    const read = await host.readSheets(['Ghi chú']);
    expect(read.sheets['Ghi chú']!.values).toEqual([['một']]);
    await host.writeSheets([], [{ sheet: 'Ghi chú', range: 'B1', values: [['=hai']] }]);
    const back = await openWorkbookFile(await (await import('../../src/workbook/file/zipNode')).deflatePackage(await host.toPackage()), 'x.xlsx');
    const grid = (await back.readSheets(['Ghi chú'])).sheets['Ghi chú']!;
    expect(grid.values).toEqual([['một', '=hai']]);
  });

  it('leaves a `skip` document alone when the sheet exists, as the file host does', async () => {
    const host = await openWorkbookForAppend(SAMPLE);
    const result = await host.writeSheets([{ name: 'Công khai', ifExists: 'skip', values: [['x']] }, { name: 'Mới', ifExists: 'skip', values: [['y']] }]);
    expect(result).toEqual({ written: ['Mới'], skipped: ['Công khai'], skippedFeatures: [] });
    expect(host).toBeInstanceOf(AppendingFileHost);
  });
});

describe('readPackage', () => {
  it('reads each entry as the zip stores it, deflated or stored, and gives the same bytes as unzipping', async () => {
    const { readFileSync } = await import('node:fs');
    const { unzipSync, zipSync, strToU8 } = await import('fflate');
    const { readPackage, bytesOf } = await import('../../src/workbook/file/splice/splice');
    for (const bytes of [readFileSync(LIBREOFFICE), zipSync({ 'a.xml': strToU8('<a/>'), 'b/c.xml': strToU8('x'.repeat(1000)) }, { level: 0 })]) {
      const raw = readPackage(bytes);
      const plain = unzipSync(bytes);
      expect(Object.keys(raw)).toEqual(Object.keys(plain).filter((k) => !k.endsWith('/')));
      for (const [name, entry] of Object.entries(raw)) expect(Buffer.compare(Buffer.from(bytesOf(entry)), Buffer.from(plain[name]))).toBe(0);
    }
  });

  it('unzips whole what it does not read plainly (no end record)', async () => {
    const { readPackage } = await import('../../src/workbook/file/splice/splice');
    expect(() => readPackage(new Uint8Array([1, 2, 3]))).toThrow();
  });
});

describe('spliceSheets on packages Excel writes', () => {
  it("drops Excel's calculation chain (a replaced sheet's formulas would not match it) and an empty <definedNames/>", async () => {
    const { readFileSync } = await import('node:fs');
    const { strFromU8, strToU8 } = await import('fflate');
    const { spliceSheets, readPackage, unzipPackage, bytesOf } = await import('../../src/workbook/file/splice/splice');
    const { newWorkbookFile: newFile } = await import('../../src/workbook/file/host');
    const original = readPackage(readFileSync(LIBREOFFICE));
    const edit = (name: string, f: (s: string) => string) => { original[name] = strToU8(f(strFromU8(bytesOf(original[name])))); };
    original['xl/calcChain.xml'] = strToU8('<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="1"/></calcChain>');
    edit('xl/_rels/workbook.xml.rels', (x) => x.replace('</Relationships>',
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'));
    edit('[Content_Types].xml', (x) => x.replace('</Types>',
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'));
    edit('xl/workbook.xml', (x) => x.replace(/<definedNames>[\s\S]*?<\/definedNames>/, '<definedNames/>'));

    const side = newFile();
    await side.writeSheets([{ name: 'Báo cáo', owner: 'bao-cao', ifExists: 'replace', values: [['Một', { formula: 'SUM(1,2)', result: 3 }]] }]);
    const out = spliceSheets(original, unzipPackage(await side.toStored()), (a, b) => a === b)!;
    expect(out['xl/calcChain.xml']).toBeUndefined();
    const text = (name: string) => strFromU8(bytesOf(out[name]));
    expect(text('xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(text('[Content_Types].xml')).not.toContain('calcChain');
    expect(text('xl/workbook.xml').match(/<definedNames/g)).toHaveLength(1);
    const { deflatePackage } = await import('../../src/workbook/file/zipNode');
    const back = await openWorkbookFile(await deflatePackage(out), 'x.xlsx');
    expect((await back.readSheets(['Báo cáo'])).sheets['Báo cáo']!.values).toEqual([['Một', 3]]);
  });
});

/**
 * The appending host (what `dccs report` saves through) against the one contract every host
 * passes: reread = splice its writes into the package, save, and open that again as an appending
 * host; the view is the saved package as exceljs reads it.
 */
describeHostContract('appending file host (the splice of dccs report)', async (seed) => {
  const open = async (bytes: Uint8Array) => new AppendingFileHost(await openWorkbookFile(bytes, 'so-theo-doi.xlsx'), bytes);
  const saved = async (h: AppendingFileHost) => deflatePackage(await h.toPackage());
  let host = await open(await seedFile(seed));
  return {
    host,
    reread: async () => (host = await open(await saved(host))),
    view: async () => fileView(await openWorkbookFile(await saved(host), 'so-theo-doi.xlsx')),
  };
});
