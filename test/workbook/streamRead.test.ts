import { execFileSync } from 'node:child_process';
import { crc32 } from 'node:zlib';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openWorkbookFile } from '../../src/workbook/file/host';
import { HostError, type ReadResult, type WorkbookHost } from '../../src/workbook/port';
import { readWorkbookFile, type ReadingFileHost } from '../../src/workbook/file/stream/readingHost';
import { serialToDay } from '../../src/workbook/file/stream/cellValue';
import { bytesOf, readPackage } from '../../src/workbook/file/zipPackage';
import { replaceEntries } from './zipBomb';
import { prng } from '../prng';

/**
 * Issue 18's differential test: the reader straight from the zip (src/workbook/file/stream/) gives the
 * very grids exceljs + workbook/file/read.ts gave — values, types, days, merges, tables, marks — on every
 * fixture, every staff workbook and its twin, random workbooks in the manner of the fuzz test, and
 * the same random workbooks once LibreOffice has saved them.
 */
const FIXTURES = join(__dirname, '..', 'fixtures');
const xlsxIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort().map((f) => join(dir, f)) : []);
const FILES = [...xlsxIn(FIXTURES), ...xlsxIn(join(FIXTURES, 'staff')), ...xlsxIn(join(FIXTURES, 'staff', 'twins'))];

type Outcome = { ok: true; all: ReadResult; others: ReadResult } | { ok: false; code: string };

/** Every sheet by its exact name, then the check's own request with `others`. */
async function readAll(open: () => Promise<WorkbookHost>): Promise<Outcome> {
  try {
    const host = await open();
    const { sheetNames } = await host.readSheets([]);
    const all = await host.readSheets(sheetNames);
    const others = await host.readSheets(['Công khai', 'Kế hoạch', 'Thông tin', 'DCCS Cách đọc'], { others: true });
    return { ok: true, all, others };
  } catch (e) {
    if (e instanceof HostError) return { ok: false, code: e.code };
    throw e;
  }
}

async function expectSameGrids(bytes: Uint8Array, name: string): Promise<void> {
  const old = await readAll(() => openWorkbookFile(bytes, name));
  let host: ReadingFileHost | null = null;
  const now = await readAll(async () => (host = await readWorkbookFile(bytes, name)));
  expect(now).toStrictEqual(old);
  // The grids are the zip reader's own, not exceljs's behind it (the host's fallback).
  if (now.ok) expect((host as ReadingFileHost | null)?.readsFromZip).toBe(true);
}

describe('the zip reader gives the grids exceljs gave', () => {
  it('has fixtures to compare', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(55);
  });

  it.each(FILES.map((f) => [f.slice(FIXTURES.length + 1), f]))('%s', async (_name, file) => {
    await expectSameGrids(readFileSync(file), 'so.xlsx');
  });
});

// ---- random workbooks, written by exceljs ----


const WORDS = ['Niêm yết', 'Công khai', 'Kế hoạch', 'STT', 'Ngày', 'x', ' ', '', 'a & b <c>', '_x000D_ dòng', 'Thôn "1"', '0123', '=1+1'];
const FORMATS = ['dd/mm/yyyy', 'd-mmm-yy', '[h]:mm', '"Ngày" dd', '0.00', '@', 'General', 'mm-dd-yy', '[$-42A]dd/mm/yyyy', '#,##0'];

function randomValue(r: () => number): { value: ExcelJS.CellValue; numFmt?: string } {
  const k = r();
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  if (k < 0.25) return { value: pick(WORDS) };
  if (k < 0.4) return { value: Math.round(r() * 1e6) / 100 - 100 };
  if (k < 0.5) return { value: new Date(Date.UTC(1990 + Math.floor(r() * 50), Math.floor(r() * 12), 1 + Math.floor(r() * 28), Math.floor(r() * 24), Math.floor(r() * 60))), numFmt: pick(FORMATS) };
  if (k < 0.58) return { value: 1 + Math.floor(r() * 60000) + (r() < 0.3 ? r() : 0), numFmt: pick(FORMATS) };
  if (k < 0.63) return { value: r() < 0.5 };
  if (k < 0.68) return { value: { formula: 'A1*0', result: pick([0, 1.5, 'chuỗi', true, 45000] as const) }, numFmt: r() < 0.5 ? pick(FORMATS) : undefined };
  if (k < 0.71) return { value: { formula: 'NA()', result: { error: '#N/A' } } as ExcelJS.CellValue };
  if (k < 0.74) return { value: { error: '#DIV/0!' } as ExcelJS.CellValue };
  if (k < 0.78) return { value: { richText: [{ text: 'Kế ', font: { bold: true } }, { text: pick(WORDS) }] } };
  if (k < 0.8) return { value: { text: 'liên kết', hyperlink: 'https://example.vn' } };
  if (k < 0.82) return { value: { formula: 'B2' } as ExcelJS.CellValue };
  return { value: null };
}

async function randomWorkbook(seed: number): Promise<Uint8Array> {
  const r = prng(seed);
  const wb = new ExcelJS.Workbook();
  if (r() < 0.2) wb.properties.date1904 = true;
  const sheets = 1 + Math.floor(r() * 4);
  for (let s = 0; s < sheets; s++) {
    const ws = wb.addWorksheet(['Công khai', 'Kế hoạch', 'Thông tin', 'Sheet1', 'DCCS Cách đọc'][s] ?? `Trang ${s}`);
    const top = 1 + Math.floor(r() * 4);
    const left = 1 + Math.floor(r() * 3);
    const height = Math.floor(r() * 30);
    const width = 1 + Math.floor(r() * 8);
    for (let i = 0; i < height; i++) {
      for (let j = 0; j < width; j++) {
        const { value, numFmt } = randomValue(r);
        const cell = ws.getCell(top + i, left + j);
        if (value !== null) cell.value = value;
        if (numFmt !== undefined) cell.numFmt = numFmt;
      }
    }
    // Merged titles over one row and over two, never overlapping (rows apart).
    for (let m = 0; m < 3 && height > 6; m++) {
      const row = top + m * 3;
      if (r() < 0.5) ws.mergeCells(row, left, row + (r() < 0.5 ? 1 : 0), left + Math.floor(r() * width));
    }
    if (r() < 0.3 && height > 12 && width > 1) {
      const headerRow = top + 10;
      ws.addTable({
        name: `Bang${seed}_${s}`, ref: ws.getCell(headerRow, left).address, headerRow: true, totalsRow: r() < 0.3,
        columns: Array.from({ length: width }, (_, j) => ({ name: `Cột ${j}` })),
        rows: [[...Array(width).keys()].map((j) => j * 2), [...Array(width).keys()].map((j) => `h${j}`)],
      });
    }
  }
  if (r() < 0.3) wb.definedNames.add(`'${wb.worksheets[0].name}'!$A$1`, 'DCCS_KQ_KIEM_TRA');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const SEEDS = Array.from({ length: 60 }, (_, i) => i + 1);

describe('the zip reader on random workbooks', () => {
  it.each(SEEDS)('seed %i', async (seed) => {
    await expectSameGrids(await randomWorkbook(seed), `ngau-nhien-${seed}.xlsx`);
  });
});

describe('dates in both date systems', () => {
  it.each([false, true])('date1904 %s: the day typed, from its serial and its format', async (date1904) => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = date1904;
    const ws = wb.addWorksheet('Công khai');
    ws.getCell('A1').value = new Date(Date.UTC(2024, 1, 29));
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    ws.getCell('B1').value = 45351; // a number in a date style is a day too (exceljs's rule)
    ws.getCell('B1').numFmt = 'd-mmm-yy';
    ws.getCell('C1').value = 45351; // and a plain number stays a number
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await expectSameGrids(bytes, 'ngay.xlsx');
    const grid = (await (await readWorkbookFile(bytes, 'ngay.xlsx')).readSheets(['Công khai'])).sheets['Công khai'];
    expect(grid?.values).toEqual([[{ y: 2024, m: 2, d: 29 }, date1904 ? { y: 2028, m: 3, d: 1 } : { y: 2024, m: 2, d: 29 }, 45351]]);
  });
});

describe('the hidden sheet «DCCS Cách đọc» and its JSON text', () => {
  it('reads back the very text, quotes, line breaks, markup and accents included', async () => {
    const reading = JSON.stringify({ version: 1, note: 'Tiêu đề "hai dòng"\r\nvà <b>&amp;</b>', cols: Array.from({ length: 400 }, (_, i) => `Cột ${i}`) }, null, 2);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Công khai').getCell('A1').value = 'STT';
    const hidden = wb.addWorksheet('DCCS Cách đọc', { state: 'hidden' });
    hidden.getCell('A1').value = reading;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await expectSameGrids(bytes, 'cach-doc.xlsx');
    const read = await (await readWorkbookFile(bytes, 'cach-doc.xlsx')).readSheets(['DCCS Cách đọc']);
    expect(read.sheets['DCCS Cách đọc']?.values).toEqual([[reading]]);
  });
});

describe('a table as Excel writes it, without headerRowCount (exceljs alone read it as headerless)', () => {
  it('has its header on its first row in both readers', async () => {
    const base = new Uint8Array(readFileSync(join(FIXTURES, 'staff', '24-bang-excel.xlsx')));
    const part = 'xl/tables/table1.xml';
    const xml = new TextDecoder().decode(bytesOf(readPackage(base)[part]));
    expect(xml).toContain(' ref="A4:F11"');
    const excel = Buffer.from(xml.replace(' headerRowCount="1"', ''));
    const bytes = replaceEntries(base, { [part]: { name: part, method: 0, crc: crc32(excel), data: excel, size: excel.length } });
    const table = { name: 'KeHoach2026', headerRow: 4, lastRow: 11, firstColumn: 1, lastColumn: 6 };
    expect((await (await readWorkbookFile(bytes, 'x.xlsx')).readSheets(['Sheet1'])).sheets.Sheet1?.tables).toEqual([table]);
    // The exceljs path (report, export, import-plan) reads it the same: a table has a header by default.
    expect((await (await openWorkbookFile(bytes, 'x.xlsx')).readSheets(['Sheet1'])).sheets.Sheet1?.tables).toEqual([table]);
  });
});

describe('the zip reader on a zip whose directory is written ZIP64-style', () => {
  it.each([3, 7])('seed %i', async (seed) => {
    const zip64 = replaceEntries(await randomWorkbook(seed), {}, true);
    await expectSameGrids(zip64, `zip64-${seed}.xlsx`);
    expect((await readAll(async () => readWorkbookFile(zip64, 'z.xlsx'))).ok).toBe(true);
  });
});

// ---- the same random workbooks, saved by LibreOffice ----

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const describeLibreOffice = soffice ? describe : describe.skip;

describeLibreOffice('the zip reader on workbooks LibreOffice saved', () => {
  let dir = '';
  const seeds = SEEDS.slice(0, 12);
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dccs-lo-'));
    for (const seed of seeds) writeFileSync(join(dir, `in-${seed}.xlsx`), await randomWorkbook(seed));
    // One LibreOffice process converts them all: starting it is most of the cost.
    execFileSync(soffice!, ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML',
      '--outdir', join(dir, 'out'), ...seeds.map((s) => join(dir, `in-${s}.xlsx`))], { stdio: 'ignore', timeout: 120_000 });
  }, 150_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it.each(seeds)('seed %i', async (seed) => {
    await expectSameGrids(readFileSync(join(dir, 'out', `in-${seed}.xlsx`)), `libreoffice-${seed}.xlsx`);
  });
});

describe('the day of a serial, computed without a Date', () => {
  it('is the day exceljs\'s Date gives read with the UTC getters, both date systems, far past and future', () => {
    const r = prng(18);
    for (let i = 0; i < 20_000; i++) {
      const serial = i < 10 ? [0, -1, 1, 60, 61, 2958465, -693593, 0.9999999, 45658.99999999, 1e9][i] : (r() - 0.3) * 3e6 + (r() < 0.5 ? r() : 0);
      for (const date1904 of [false, true]) {
        const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
        const expected = Number.isNaN(d.getTime()) ? null : { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
        expect(serialToDay(serial, date1904)).toEqual(expected);
      }
    }
    expect(serialToDay('abc', false)).toBeNull();
    expect(serialToDay({ error: '#N/A' }, false)).toBeNull();
    expect(serialToDay(true, false)).toEqual({ y: 1899, m: 12, d: 31 });
  });
});
