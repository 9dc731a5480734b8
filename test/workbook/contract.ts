import { fromExcelSerial, type LocalDate } from '../../src/domain/calendar/localDate';
import { DccsError } from '../../src/domain/errors';
import type { SheetDocument } from '../../src/report/document';
import type { CellValue } from '../../src/sheets/grid';
import type { WorkbookHost } from '../../src/workbook/port';
import { describePatchContract } from './contractPatch';

/**
 * One contract every workbook host passes (STYLE.md: unstorage's shared adapter suite). A host
 * under test is built from a seed, can be re-opened (file host: saved to bytes and loaded again;
 * Office host: a fresh host on the same fake workbook), and exposes what a person would see in
 * Excel through a small view, so formats are checked the same way for both.
 */
export type SeedCell = string | number | boolean | LocalDate | { formula: string; result: number | string } | { error: string } | null;

export interface SeedSheet {
  readonly name: string;
  /** Top-left cell of `rows` (default A1). */
  readonly origin?: { row: number; col: number };
  readonly rows: readonly (readonly SeedCell[])[];
  /** Tables over the seeded cells, header row first. */
  readonly tables?: readonly { name: string; range: string }[];
}

export interface SeedWorkbook {
  readonly sheets: readonly SeedSheet[];
}

export interface WorkbookView {
  sheetNames(): string[];
  numberFormat(sheet: string, cell: string): string;
  merges(sheet: string): string[];
  /** Excel character units (the Office host's points are converted back). */
  columnWidth(sheet: string, col: number): number | undefined;
  columnHidden(sheet: string, col: number): boolean;
  rowHeight(sheet: string, row: number): number | undefined;
  freeze(sheet: string): { rows: number; columns: number };
  /** An internal target as `'Sheet'!A5` (no "#"), or a URL. */
  hyperlink(sheet: string, cell: string): string | undefined;
  /** A list validation's source, `a,b,c`. */
  validation(sheet: string, cell: string): string | undefined;
  bold(sheet: string, cell: string): boolean;
  fill(sheet: string, cell: string): string | undefined;
  borderBottom(sheet: string, cell: string): string | undefined;
  page(sheet: string): { landscape: boolean; a4: boolean; fitToWidth: boolean; titleRows?: string; numbersFromPage2?: boolean; printArea?: string } | undefined;
  tabColor(sheet: string): string | undefined;
  /** The AutoFilter's range, `A4:G120`. */
  autoFilter(sheet: string): string | undefined;
}

export interface HostUnderTest {
  host: WorkbookHost;
  reread(): Promise<WorkbookHost>;
  view(): Promise<WorkbookView>;
}

/** A date cell's value as a day: the file host gives a LocalDate, the Office host a serial. */
export function asDay(v: CellValue | undefined): LocalDate | undefined {
  if (typeof v === 'number') return fromExcelSerial(v);
  return typeof v === 'object' && v !== null ? v : undefined;
}

const day = (y: number, m: number, d: number): LocalDate => ({ y, m, d });

const tracking: SeedWorkbook = {
  sheets: [
    { name: 'Thông tin', rows: [['Tên đơn vị', 'UBND xã An Thượng']] },
    {
      name: 'Công khai',
      origin: { row: 3, col: 3 },
      rows: [
        ['STT', 'Nội dung', 'Ngày bắt đầu', 'Số ngày', 'Đủ?', 'Tổng'],
        [1, 'Dự toán ngân sách', day(2024, 2, 29), 30, true, { formula: 'F4*2', result: 60 }],
        [2, 'Quy hoạch', day(2024, 12, 31), 15, false, { error: '#N/A' }],
        [3, '=1+1', null, 7.5, null, { formula: '"a"&"b"', result: 'ab' }],
      ],
      tables: [{ name: 'CongKhai', range: 'C3:H6' }],
    },
    { name: 'Lấy ý kiến'.normalize('NFD'), rows: [['Mã đợt'], ['LYK-01']] },
    { name: 'Trống', rows: [] },
  ],
};

export function describeHostContract(name: string, makeHost: (seed: SeedWorkbook) => Promise<HostUnderTest>): void {
  describe(`${name}: the workbook host contract`, () => {
    it('finds sheets case- and accent-insensitively, NFD names too, and gives null for absent ones', async () => {
      const { host } = await makeHost(tracking);
      const result = await host.readSheets(['cong khai', 'THÔNG TIN', 'Lấy ý kiến', 'Kế hoạch']);
      expect(result.sheetNames).toEqual(['Thông tin', 'Công khai', 'Lấy ý kiến'.normalize('NFD'), 'Trống']);
      expect(result.sheets['cong khai']?.name).toBe('Công khai');
      expect(result.sheets['THÔNG TIN']?.values).toEqual([['Tên đơn vị', 'UBND xã An Thượng']]);
      expect(result.sheets['Lấy ý kiến']?.values).toEqual([['Mã đợt'], ['LYK-01']]);
      expect(result.sheets['Kế hoạch']).toBeNull();
    });

    it('reads the used range with its offset, values typed as they were', async () => {
      const { host } = await makeHost(tracking);
      const grid = (await host.readSheets(['Công khai'])).sheets['Công khai']!;
      expect([grid.firstRow, grid.firstColumn]).toEqual([3, 3]);
      expect(grid.values.every((row) => row.length === 6)).toBe(true);
      expect(grid.values[0]).toEqual(['STT', 'Nội dung', 'Ngày bắt đầu', 'Số ngày', 'Đủ?', 'Tổng']);
      expect(grid.values[1][0]).toBe(1);
      expect(asDay(grid.values[1][2])).toEqual(day(2024, 2, 29));
      expect(asDay(grid.values[2][2])).toEqual(day(2024, 12, 31));
      expect([grid.values[1][4], grid.values[2][4]]).toEqual([true, false]);
      expect([grid.values[1][5], grid.values[2][5], grid.values[3][5]]).toEqual([60, '#N/A', 'ab']);
      expect(grid.values[3].slice(1, 4)).toEqual(['=1+1', null, 7.5]);
    });

    it('reports tables and gives an empty sheet as an empty grid', async () => {
      const { host } = await makeHost(tracking);
      const result = await host.readSheets(['Công khai', 'Trống']);
      expect(result.sheets['Công khai']!.tables).toEqual([{ name: 'CongKhai', headerRow: 3, lastRow: 6, firstColumn: 3, lastColumn: 8 }]);
      expect(result.sheets['Trống']).toMatchObject({ values: [], tables: [] });
    });

    it('writes text that looks like a formula or a number as text, and reads it back unchanged', async () => {
      const { host, reread } = await makeHost(tracking);
      const risky = ['=1+1', '+84 912 345 678', '-abc', '@x', '0123', '01/02/2024', 'TRUE', '50%'];
      const doc: SheetDocument = {
        name: 'Kết quả', ifExists: 'replace',
        values: [['Ý kiến', 'Số', 'Ngày', 'Có', 'Công thức'], ...risky.map((t, i) => [t, i + 0.5, day(2024, 2, 29), i % 2 === 0, { formula: `${i}*2`, result: i * 2 }])],
      };
      expect(await host.writeSheets([doc])).toEqual({ written: ['Kết quả'], skipped: [], skippedFeatures: [] });
      for (const h of [host, await reread()]) {
        const grid = (await h.readSheets(['ket qua'])).sheets['ket qua']!;
        expect(grid.values.slice(1).map((r) => r[0])).toEqual(risky);
        expect(grid.values[2][1]).toBe(1.5);
        expect(asDay(grid.values[8][2])).toEqual(day(2024, 2, 29));
        expect(grid.values[3][3]).toBe(true);
        expect(grid.values[4][4]).toBe(6);
      }
    });

    it('leaves a `skip` sheet alone and rebuilds a `replace` sheet at the same tab position', async () => {
      const { host, reread } = await makeHost(tracking);
      const result = await host.writeSheets([
        { name: 'thong tin', ifExists: 'skip', values: [['mới']] },
        { name: 'CÔNG KHAI', ifExists: 'replace', values: [['mới', 'x']] },
      ]);
      expect(result).toEqual({ written: ['CÔNG KHAI'], skipped: ['thong tin'], skippedFeatures: [] });
      const after = await (await reread()).readSheets(['Thông tin', 'Công khai']);
      expect(after.sheetNames).toEqual(['Thông tin', 'CÔNG KHAI', 'Lấy ý kiến'.normalize('NFD'), 'Trống']);
      expect(after.sheets['Thông tin']!.values).toEqual([['Tên đơn vị', 'UBND xã An Thượng']]);
      expect(after.sheets['Công khai']).toMatchObject({ firstRow: 1, firstColumn: 1, values: [['mới', 'x']], tables: [] });
    });

    it('writes formats, merges, widths, freeze panes, hyperlinks, validations and page setup', async () => {
      const { host, reread, view } = await makeHost(tracking);
      await host.writeSheets([{
        name: 'Báo cáo', ifExists: 'replace',
        values: [['BÁO CÁO'], ['STT', 'Ngày', 'Tiền', 'Đến'], [1, day(2024, 3, 8), 1234.5, 'Xem'], [2, day(2024, 3, 9), 10, 'Web']],
        formats: [
          { range: 'A2:D2', font: { bold: true }, fill: '#D9E1F2', border: 'thin', borderBottom: 'medium' },
          { range: 'C3:C4', numberFormat: '#,##0.0' },
          { range: 'B4', numberFormat: 'd/m/yyyy' },
        ],
        merges: ['A1:D1'],
        columns: [{ width: 6 }, { width: 14 }, { width: 20, hidden: true }],
        rowHeights: { 1: 30 },
        freeze: { rows: 2, columns: 1 },
        hyperlinks: [{ cell: 'D3', target: "'Công khai'!C4" }, { cell: 'D4', target: 'https://example.gov.vn/a' }],
        validations: [{ range: 'A3:A4', values: ['Tiếp thu', 'Giải trình'], error: 'Chọn trong danh sách' }],
        pageSetup: { orientation: 'landscape', paper: 'A4', margins: { top: 20, bottom: 20, left: 30, right: 15 }, fitToWidth: true, printTitleRows: [2, 2], pageNumbers: 'top-center-from-2', printArea: 'A1:D4' },
        tabColor: '#C00000',
      }]);
      await reread();
      const v = await view();
      const s = 'Báo cáo';
      expect(v.sheetNames()).toContain(s);
      expect(v.bold(s, 'B2')).toBe(true);
      expect(v.bold(s, 'B3')).toBe(false);
      expect(v.fill(s, 'A2')).toBe('#D9E1F2');
      expect(v.borderBottom(s, 'C2')).toBe('medium');
      expect(v.numberFormat(s, 'C3')).toBe('#,##0.0');
      expect(v.numberFormat(s, 'B3')).toBe('dd/mm/yyyy');
      expect(v.numberFormat(s, 'B4')).toBe('d/m/yyyy');
      expect(v.merges(s)).toEqual(['A1:D1']);
      expect(v.columnWidth(s, 2)).toBeCloseTo(14, 0);
      expect(v.columnHidden(s, 3)).toBe(true);
      expect(v.columnHidden(s, 2)).toBe(false);
      expect(v.rowHeight(s, 1)).toBe(30);
      expect(v.freeze(s)).toEqual({ rows: 2, columns: 1 });
      expect(v.hyperlink(s, 'D3')).toBe("'Công khai'!C4");
      expect(v.hyperlink(s, 'D4')).toBe('https://example.gov.vn/a');
      expect(v.validation(s, 'A4')).toBe('Tiếp thu,Giải trình');
      expect(v.page(s)).toEqual({ landscape: true, a4: true, fitToWidth: true, titleRows: '2:2', numbersFromPage2: true, printArea: 'A1:D4' });
      expect(v.tabColor(s)).toBe('#C00000');
    });

    it('refuses a list validation longer than Excel allows (a bug in the document, not user data)', async () => {
      const { host } = await makeHost(tracking);
      const values = Array.from({ length: 40 }, (_, i) => `Giá trị số ${i}`);
      await expect(host.writeSheets([{ name: 'X', ifExists: 'replace', values: [['a']], validations: [{ range: 'A1', values }] }]))
        .rejects.toBeInstanceOf(DccsError);
    });

    describePatchContract(makeHost);
  });
}
