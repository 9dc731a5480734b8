import { isLocalDate, toExcelSerial } from '../../src/domain/calendar/localDate';
import { a1, type DocValue, type SheetDocument } from '../../src/report/document';
import { OfficeHost } from '../../src/workbook/office/host';
import { HostError } from '../../src/workbook/port';
import { describeHostContract, type SeedWorkbook, type WorkbookView } from './contract';
import { createFakeExcel, type FakeExcel } from './fakeExcel';
import { parseAddress } from './fakeRange';

/** The Office host against the shared contract, on the strict fake of the Excel API. */
export function seedFake(fake: FakeExcel, seed: SeedWorkbook): void {
  for (const s of seed.sheets) {
    const sheet = fake.model.addSheet(s.name);
    const { row: top, col: left } = s.origin ?? { row: 1, col: 1 };
    s.rows.forEach((row, r) => row.forEach((v, c) => {
      if (v === null) return;
      const cell = sheet.cell(top + r, left + c);
      if (isLocalDate(v)) {
        cell.value = toExcelSerial(v); // Office gives a date cell's serial
        cell.numberFormat = 'dd/mm/yyyy';
      } else if (typeof v === 'object' && 'error' in v) {
        cell.value = v.error;
      } else if (typeof v === 'object') {
        cell.formula = `=${v.formula}`;
        cell.value = v.result;
      } else {
        cell.value = v;
      }
    }));
    for (const t of s.tables ?? []) sheet.tables.push({ name: t.name, range: t.range, showHeaders: true, showTotals: false });
  }
}

function fakeView(fake: FakeExcel): WorkbookView {
  const sheet = (name: string) => fake.model.sheet(name);
  const cell = (s: string, a: string) => {
    const b = parseAddress(sheet(s), a);
    return sheet(s).peek(b.row, b.col);
  };
  return {
    sheetNames: () => fake.model.sheets.map((s) => s.name),
    numberFormat: (s, a) => cell(s, a)?.numberFormat ?? 'General',
    merges: (s) => sheet(s).merges,
    columnWidth: (s, c) => {
      const points = sheet(s).columnWidths.get(c);
      return points === undefined ? undefined : (points - 5) / (7 * 0.75);
    },
    columnHidden: (s, c) => sheet(s).hiddenColumns.has(c),
    rowHeight: (s, r) => sheet(s).rowHeights.get(r),
    freeze: (s) => sheet(s).freeze,
    hyperlink: (s, a) => {
      const link = sheet(s).hyperlinks.get(a);
      return link?.documentReference ?? link?.address;
    },
    validation: (s, a) => {
      const b = parseAddress(sheet(s), a);
      return sheet(s).validations.find((v) => {
        const r = parseAddress(sheet(s), v.range);
        return r.row <= b.row && b.row <= r.row2 && r.col <= b.col && b.col <= r.col2;
      })?.source;
    },
    bold: (s, a) => cell(s, a)?.font.bold === true,
    fill: (s, a) => cell(s, a)?.fill?.toUpperCase(),
    borderBottom: (s, a) => cell(s, a)?.borders.bottom?.weight?.toLowerCase(),
    page: (s) => {
      const p = sheet(s).pageLayout;
      if (Object.keys(p).length === 0) return undefined;
      const zoom = p.zoom as { horizontalFitToPages?: number; verticalFitToPages?: number } | undefined;
      return {
        landscape: p.orientation === 'Landscape', a4: p.paperSize === 'A4',
        fitToWidth: zoom?.horizontalFitToPages === 1 && zoom.verticalFitToPages === 0,
        titleRows: typeof p.printTitleRows === 'string' ? p.printTitleRows.replace(/\$/g, '') : undefined,
        numbersFromPage2: p['headersFooters.state'] === 'FirstAndDefault' && p['headersFooters.firstPage.centerHeader'] === ''
          && String(p['headersFooters.defaultForAllPages.centerHeader']).endsWith('&P'),
        printArea: typeof p.printArea === 'string' ? p.printArea.replace(/\$/g, '') : undefined,
      };
    },
    tabColor: (s) => sheet(s).tabColor || undefined,
    autoFilter: (s) => sheet(s).autoFilter ?? undefined,
  };
}

const hostOn = (fake: FakeExcel, payloadLimit?: number) =>
  new OfficeHost(fake.run, { requirements: fake.requirements, ...(payloadLimit ? { payloadLimit } : {}) });

describeHostContract('Office host (fake Excel)', async (seed) => {
  const fake = createFakeExcel();
  seedFake(fake, seed);
  return { host: hostOn(fake), reread: async () => hostOn(fake), view: async () => fakeView(fake) };
});

/** A tracking sheet of `rows` × 12 columns, header on row 1. */
function bigSheet(fake: FakeExcel, name: string, rows: number): void {
  const sheet = fake.model.addSheet(name);
  for (let c = 1; c <= 12; c++) sheet.cell(1, c).value = `Cột ${c}`;
  for (let r = 2; r <= rows + 1; r++) {
    for (let c = 1; c <= 12; c++) sheet.cell(r, c).value = c === 1 ? r - 1 : c === 3 ? 45292 + (r % 300) : `Nội dung dòng ${r} cột ${c}`;
  }
}

/**
 * A findings document: one row per finding, each linking back to its source row — by a
 * HYPERLINK formula in the value block (a few bytes a row) or by a range hyperlink each (a range
 * operation a row, ~350 bytes of request in real Office).
 */
function findings(rows: number, links: 'formulas' | 'ranges' | 'none' = 'formulas'): SheetDocument {
  const values: DocValue[][] = [['STT', 'Trang', 'Dòng', 'Mức', 'Nội dung', 'Căn cứ', 'Ý kiến người dân']];
  for (let i = 1; i <= rows; i++) {
    const page = links === 'formulas' ? { formula: `HYPERLINK("#'Công khai'!A${i + 1}","Công khai")`, result: 'Công khai' } : 'Công khai';
    values.push([String(i), page, String(i + 1), 'Lỗi', `Niêm yết chưa đủ 30 ngày (dòng ${i + 1})`, 'Điều 12 Luật 10/2022/QH15', i % 7 === 0 ? '=ý kiến' : '+84 912']);
  }
  return {
    name: 'Kết quả kiểm tra', ifExists: 'replace', values,
    formats: [{ range: 'A1:G1', font: { bold: true } }],
    freeze: { rows: 1, columns: 0 },
    hyperlinks: links !== 'ranges' ? [] : Array.from({ length: rows }, (_, i) => ({ cell: `B${i + 2}`, target: `'Công khai'!A${i + 2}` })),
  };
}

describe('Office host: syncs and payloads', () => {
  it('reads 10,000 rows × 12 columns and writes a 10,000-row findings sheet in 1 + 1 syncs', async () => {
    const fake = createFakeExcel();
    bigSheet(fake, 'Công khai', 10_000);
    const host = hostOn(fake);
    const read = await host.readSheets(['Công khai', 'Lấy ý kiến']);
    expect(fake.syncs).toBe(1);
    expect(read.sheets['Công khai']!.values).toHaveLength(10_001);
    expect(read.sheets['Lấy ý kiến']).toBeNull();
    await host.writeSheets([findings(10_000)]);
    expect(fake.syncs).toBe(2);
    const out = fake.model.sheet('Kết quả kiểm tra');
    expect(out.peek(10_001, 7)?.value).toBe('+84 912');
    expect(out.peek(7 + 1, 7)?.value).toBe('=ý kiến');
    expect(out.peek(10_001, 2)).toMatchObject({ formula: `=HYPERLINK("#'Công khai'!A10001","Công khai")`, value: 'Công khai' });
  });

  it('needs 2 write syncs when the 10,000 links are range hyperlinks (one operation each)', async () => {
    const fake = createFakeExcel();
    bigSheet(fake, 'Công khai', 10);
    const host = hostOn(fake);
    await host.readSheets(['Công khai']);
    fake.resetCounters();
    await host.writeSheets([findings(10_000, 'ranges')]);
    expect(fake.syncs).toBe(2);
    expect(fake.model.sheet('Kết quả kiểm tra').hyperlinks.get('B10001')).toMatchObject({ documentReference: "'Công khai'!A10001", textToDisplay: 'Công khai' });
  });

  it('protects text with "@" by column runs, not cell by cell', async () => {
    const fake = createFakeExcel();
    await hostOn(fake).writeSheets([findings(500)]);
    const sheet = fake.model.sheet('Kết quả kiểm tra');
    expect(sheet.peek(300, 1)).toMatchObject({ value: '299', numberFormat: '@' });
    expect(sheet.peek(300, 5)?.numberFormat).toBe('General'); // plain prose needs no guard
    expect(fake.syncs).toBe(2); // the names (no read came first) + the write
  });

  it('splits a write over the payload limit into the fewest syncs, data intact', async () => {
    const limit = 200_000;
    const fake = createFakeExcel({ payloadLimit: limit });
    fake.model.addSheet('Thông tin');
    const host = hostOn(fake, limit);
    await host.readSheets(['Thông tin']);
    fake.resetCounters();
    const doc = findings(3_000, 'none');
    await host.writeSheets([doc]);
    const total = fake.requestSizes.reduce((a, b) => a + b, 0);
    expect(fake.requestSizes.every((s) => s <= limit)).toBe(true);
    expect(fake.syncs).toBeGreaterThan(1);
    expect(fake.syncs).toBe(Math.ceil(total / limit));
    const sheet = fake.model.sheet('Kết quả kiểm tra');
    for (let r = 1; r <= 3_001; r++) expect(sheet.peek(r, 5)?.value).toBe(doc.values[r - 1][4]);
    expect(sheet.peek(3_001, 7)?.value).toBe(doc.values[3_000][6]);
  });

  it('re-reads a sheet in row chunks when the response passes the limit', async () => {
    const limit = 300_000;
    const fake = createFakeExcel({ payloadLimit: limit });
    bigSheet(fake, 'Công khai', 5_000);
    const grid = (await hostOn(fake, limit).readSheets(['Công khai'])).sheets['Công khai']!;
    expect(grid.values).toHaveLength(5_001);
    expect(grid.values[5_000][0]).toBe(5_000);
    expect(fake.responseSizes.slice(2).every((s) => s <= limit)).toBe(true);
    expect(fake.syncs).toBeLessThan(2 + Math.ceil(fake.responseSizes[0] / limit) + 2);
  });

  it('costs a second sync only for a sheet whose name no probe spelled (decomposed Unicode)', async () => {
    const fake = createFakeExcel();
    seedFake(fake, { sheets: [{ name: 'Công khai'.normalize('NFD'), rows: [['a']] }, { name: 'Ke hoach', rows: [['b']] }] });
    const result = await hostOn(fake).readSheets(['Công khai', 'Kế hoạch']);
    expect(result.sheets['Kế hoạch']!.values).toEqual([['b']]); // the accent-stripped probe hit it
    expect(result.sheets['Công khai']!.values).toEqual([['a']]);
    expect(fake.syncs).toBe(2);
  });

  it('skips page layout without ExcelApi 1.9 and says so in skippedFeatures', async () => {
    const fake = createFakeExcel({ apiMinor: 8 });
    const host = hostOn(fake);
    const w0 = await host.writeSheets([{ name: 'Báo cáo', ifExists: 'replace', values: [['x']], pageSetup: { orientation: 'portrait', paper: 'A4' }, validations: [{ range: 'A2', values: ['a', 'b'] }] }]);
    expect(w0.skippedFeatures).toEqual([{ sheet: 'Báo cáo', feature: 'pageLayout', requirement: 'ExcelApi 1.9' }]);
    expect(fake.model.sheet('Báo cáo').validations).toHaveLength(1);
  });

  it('retries once with fresh names when the sheet list changed after the read', async () => {
    const fake = createFakeExcel();
    seedFake(fake, { sheets: [{ name: 'A', rows: [['a']] }] });
    const host = hostOn(fake);
    await host.readSheets(['A']);
    fake.model.addSheet('Kết quả'); // the user added it meanwhile
    fake.resetCounters();
    expect(await host.writeSheets([{ name: 'Kết quả', ifExists: 'replace', values: [['mới']] }])).toEqual({ written: ['Kết quả'], skipped: [], skippedFeatures: [] });
    expect(fake.model.sheets.map((s) => s.name)).toEqual(['A', 'Kết quả']);
    expect(fake.syncs).toBe(3);
  });

  it('wraps Excel failures in a HostError with a Vietnamese message and the cause', async () => {
    const fake = createFakeExcel();
    const host = hostOn(fake);
    const error = await host.writeSheets([{ name: 'Sai/tên', ifExists: 'replace', values: [['x']] }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'office', message: 'Không ghi được trang "Sai/tên" vào Excel (InvalidArgument).' });
  });
});

describe('the fake Excel API is strict', () => {
  it('throws when a property is read before load() and sync()', async () => {
    const fake = createFakeExcel();
    seedFake(fake, { sheets: [{ name: 'A', rows: [[1]] }] });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('A').getRange('A1');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load('values');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([[1]]);
      expect(() => range.address).toThrow(/PropertyNotLoaded/);
    });
  });

  it('parses unprotected text as Excel does, and rejects an invalid formula', async () => {
    const fake = createFakeExcel();
    seedFake(fake, { sheets: [{ name: 'A', rows: [] }] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('A').getRange(a1(1, 1, 1, 2)).values = [['0123', '=1+1']];
      await context.sync();
      context.workbook.worksheets.getItem('A').getRange('A2').values = [['+84 912']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    expect([fake.model.sheet('A').peek(1, 1)?.value, fake.model.sheet('A').peek(1, 2)?.value]).toEqual([123, 2]);
  });
});
