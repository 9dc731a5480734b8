import { DccsError } from '../../src/domain/errors';
import type { SheetDocument } from '../../src/report/document';
import type { WorkbookHost } from '../../src/workbook/port';

/**
 * The owner-mark and page-break contract both hosts pass (marks.ts). A host is seeded with user
 * sheets (one value each); `userRenames` renames a sheet the way a person does in Excel or
 * LibreOffice, which carry the workbook's names along (checked by hand in LibreOffice 7: its
 * saved .xlsx names the renamed sheet, and a deleted sheet's name becomes `#REF!`).
 */
export interface MarkedHostUnderTest {
  host: WorkbookHost;
  reread(): Promise<WorkbookHost>;
  userRenames(from: string, to: string): Promise<WorkbookHost>;
  /** Rows a printed page starts at by a manual break. */
  pageBreaks(sheet: string): number[];
}

const report = (name: string, owner?: string, value = 'DCCS'): SheetDocument => ({ name, ifExists: 'replace', values: [[value]], ...(owner ? { owner } : {}) });

export function describeMarksContract(name: string, makeHost: (userSheets: readonly string[]) => Promise<MarkedHostUnderTest>): void {
  describe(`${name}: owner marks and page breaks`, () => {
    it('reads back the marks it wrote, after a re-open too', async () => {
      const { host, reread } = await makeHost(['Thông tin']);
      await host.writeSheets([report('Báo cáo', 'bao-cao'), report('Tổng hợp', 'tong-hop'), report('Ghi chú')]);
      const expected = { 'bao-cao': 'Báo cáo', 'tong-hop': 'Tổng hợp' };
      expect((await host.readSheets([])).owners).toEqual(expected);
      expect((await (await reread()).readSheets([])).owners).toEqual(expected);
    });

    it('does not count a user sheet that merely has the name of an output', async () => {
      const { host } = await makeHost(['Thông tin', 'KQ Kiểm tra']);
      const read = await host.readSheets(['KQ Kiểm tra']);
      expect(read.sheets['KQ Kiểm tra']).not.toBeNull();
      expect(read.owners).toEqual({});
    });

    it('keeps the mark on a sheet replaced by a re-run, and on a sheet quoted with an apostrophe', async () => {
      const { host, reread } = await makeHost(['Thông tin']);
      await host.writeSheets([report('KQ Kiểm tra', 'kq-kiem-tra', 'lần 1'), report("Ý kiến d'Lắk", 'th-y-kien')]);
      const again = await reread();
      await again.writeSheets([report('KQ Kiểm tra', 'kq-kiem-tra', 'lần 2')]);
      const read = await (await reread()).readSheets(['KQ Kiểm tra']);
      expect(read.sheets['KQ Kiểm tra']!.values).toEqual([['lần 2']]);
      expect(read.owners).toEqual({ 'kq-kiem-tra': 'KQ Kiểm tra', 'th-y-kien': "Ý kiến d'Lắk" });
    });

    // Guards a fixed bug: sheets were matched by matchKey, which drops a trailing "(2)", so writing
    // `KQ Kiểm tra (2)` replaced the user's `KQ Kiểm tra`.
    it('writes `Name (2)` beside a user sheet `Name`, never over it', async () => {
      const { host, reread } = await makeHost(['Thông tin', 'KQ Kiểm tra']);
      expect(await host.writeSheets([report('KQ Kiểm tra (2)', 'kq-kiem-tra')])).toEqual({ written: ['KQ Kiểm tra (2)'], skipped: [], skippedFeatures: [] });
      const read = await (await reread()).readSheets([]);
      expect(read.sheetNames).toEqual(['Thông tin', 'KQ Kiểm tra', 'KQ Kiểm tra (2)']);
      expect(read.owners).toEqual({ 'kq-kiem-tra': 'KQ Kiểm tra (2)' });
    });

    it('follows the mark when the user renames the sheet', async () => {
      const { host, userRenames } = await makeHost(['Thông tin']);
      await host.writeSheets([report('Báo cáo', 'bao-cao')]);
      const after = await userRenames('Báo cáo', 'Báo cáo quý 1');
      expect((await after.readSheets([])).owners).toEqual({ 'bao-cao': 'Báo cáo quý 1' });
      await after.writeSheets([report('Báo cáo', 'bao-cao')]);
      // The mark moves to the new output; the renamed copy is the user's now, untouched.
      const read = await after.readSheets(['Báo cáo quý 1']);
      expect(read.owners).toEqual({ 'bao-cao': 'Báo cáo' });
      expect(read.sheets['Báo cáo quý 1']!.values).toEqual([['DCCS']]);
    });

    it('refuses two documents claiming one owner, and an owner id it cannot name, before writing', async () => {
      const { host } = await makeHost(['Thông tin']);
      await expect(host.writeSheets([report('A', 'bao-cao'), report('B', 'bao-cao')])).rejects.toBeInstanceOf(DccsError);
      await expect(host.writeSheets([report('A', 'Báo cáo')])).rejects.toBeInstanceOf(DccsError);
      expect((await host.readSheets([])).sheetNames).toEqual(['Thông tin']);
    });

    it('starts a printed page at each row of pageBreaksBefore', async () => {
      const { host, pageBreaks } = await makeHost(['Thông tin']);
      const values = Array.from({ length: 40 }, (_, i) => [`Dòng ${i + 1}`]);
      // Row 1 starts a page anyway and a repeated row is one break: neither may fail the write.
      await host.writeSheets([{ name: 'Báo cáo', ifExists: 'replace', values, pageBreaksBefore: [25, 10, 10, 1] }]);
      expect(pageBreaks('Báo cáo')).toEqual([10, 25]);
    });
  });
}
