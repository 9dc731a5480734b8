import { DccsError } from '../../src/domain/errors';
import { a1, type DocValue, type RangePatch, type SheetDocument } from '../../src/report/document';
import { OfficeHost } from '../../src/workbook/office/host';
import { HostError } from '../../src/workbook/port';
import { createFakeExcel, type FakeExcel } from './fakeExcel';

/** The Office host's patches, filters and selection on the strict fake: syncs, payloads, failures. */
const hostOn = (fake: FakeExcel, payloadLimit?: number) =>
  new OfficeHost(fake.run, { requirements: fake.requirements, ...(payloadLimit ? { payloadLimit } : {}) });

/** A user table of `rows` rows × 7 columns under a header on row 4, as staff keep them. */
function userTable(fake: FakeExcel, rows: number): void {
  const sheet = fake.model.addSheet('Công khai');
  sheet.cell(1, 1).value = 'SỔ THEO DÕI CÔNG KHAI';
  for (let c = 1; c <= 7; c++) sheet.cell(4, c).value = `Cột ${c}`;
  for (let r = 5; r < 5 + rows; r++) for (let c = 1; c <= 7; c++) sheet.cell(r, c).value = c === 1 ? r - 4 : `Nội dung ${r}.${c}`;
}

/** The status column at H: a header and one verdict per row, a fill on the failures. */
function statusPatch(rows: number): RangePatch {
  const values: DocValue[][] = [['Kết quả kiểm tra'], ...Array.from({ length: rows }, (_, i) => [i % 5 === 0 ? 'Chưa đạt: thiếu 10 ngày' : 'Đạt'])];
  return { sheet: 'Công khai', range: a1(4, 8, 4 + rows, 8), values, formats: [{ range: 'H4', font: { bold: true } }, { range: a1(5, 8, 4 + rows, 8), wrap: true }] };
}

function findingsDoc(rows: number): SheetDocument {
  const values: DocValue[][] = [['STT', 'Sheet', 'Dòng', 'Nội dung'], ...Array.from({ length: rows }, (_, i) => [i + 1, 'Công khai', i + 5, `Niêm yết chưa đủ 30 ngày (dòng ${i + 5})`])];
  return { name: 'KQ Kiểm tra', ifExists: 'replace', values, freeze: { rows: 1, columns: 0 }, autoFilter: a1(1, 1, rows + 1, 4) };
}

describe('Office host: patches in the write batch', () => {
  it('writes a 10,000-row findings sheet and a 10,000-row status column in the read’s 1 + 1 syncs', async () => {
    const fake = createFakeExcel();
    userTable(fake, 10_000);
    const host = hostOn(fake);
    await host.readSheets(['Công khai']);
    await host.writeSheets([findingsDoc(10_000)], [statusPatch(10_000)]);
    expect(fake.syncs).toBe(2);
    const sheet = fake.model.sheet('Công khai');
    expect([sheet.peek(4, 8)?.value, sheet.peek(4, 8)?.font.bold, sheet.peek(5, 8)?.value, sheet.peek(6, 8)?.value]).toEqual(['Kết quả kiểm tra', true, 'Chưa đạt: thiếu 10 ngày', 'Đạt']);
    expect(sheet.peek(10_004, 7)?.value).toBe('Nội dung 10004.7');
    expect(fake.model.sheet('KQ Kiểm tra').autoFilter).toBe('A1:D10001');
  });

  it('splits a patch over the payload limit by rows, every request within it, data intact', async () => {
    const limit = 50_000;
    const fake = createFakeExcel({ payloadLimit: limit });
    userTable(fake, 6_000);
    const host = hostOn(fake, limit);
    await host.readSheets(['Công khai']);
    fake.resetCounters();
    const patch = statusPatch(6_000);
    await host.writeSheets([], [patch]);
    expect(fake.syncs).toBeGreaterThan(1);
    expect(fake.requestSizes.every((s) => s <= limit)).toBe(true);
    const sheet = fake.model.sheet('Công khai');
    for (let r = 4; r <= 6_004; r++) expect(sheet.peek(r, 8)?.value).toBe(patch.values[r - 4][0]);
  });

  it('refuses a patch naming a sheet the read did not see, before any write sync', async () => {
    const fake = createFakeExcel();
    userTable(fake, 3);
    const host = hostOn(fake);
    await host.readSheets(['Công khai']);
    fake.resetCounters();
    await expect(host.writeSheets([findingsDoc(3)], [{ ...statusPatch(3), sheet: 'Cong khai' }])).rejects.toBeInstanceOf(DccsError);
    expect(fake.syncs).toBe(0);
    expect(fake.model.find('KQ Kiểm tra')).toBeUndefined();
  });

  it('gives a HostError when the user deleted the patched sheet after the read', async () => {
    const fake = createFakeExcel();
    userTable(fake, 3);
    fake.model.addSheet('Thông tin');
    const host = hostOn(fake);
    await host.readSheets(['Công khai']);
    fake.model.sheets.splice(0, 1); // the user deleted «Công khai» meanwhile
    const error = await host.writeSheets([findingsDoc(3)], [statusPatch(3)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toBe('Không ghi được trang "KQ Kiểm tra", "Công khai" vào Excel (ItemNotFound).');
  });
});

describe('Office host: filters and selection', () => {
  it('skips the filter without ExcelApi 1.9 and says so in skippedFeatures', async () => {
    const fake = createFakeExcel({ apiMinor: 8 });
    const host = hostOn(fake);
    const w0 = await host.writeSheets([findingsDoc(2)]);
    expect(w0.skippedFeatures).toEqual([{ sheet: 'KQ Kiểm tra', feature: 'autoFilter', requirement: 'ExcelApi 1.9' }]);
    expect(fake.model.sheet('KQ Kiểm tra').autoFilter).toBeNull();
  });

  it('wraps a failed selection in a HostError with a Vietnamese message', async () => {
    const fake = createFakeExcel();
    fake.model.addSheet('Thông tin');
    fake.model.addSheet('Ẩn').visibility = 'Hidden';
    const host = hostOn(fake);
    for (const sheet of ['Không có', 'Ẩn']) {
      const error = await host.select(sheet, 'A5').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).message).toMatch(new RegExp(`^Không chuyển được đến ô A5 của trang "${sheet}" \\(`));
    }
    expect(fake.model.selection).toBeNull();
  });
});

describe('the fake Excel API is strict about the new operations', () => {
  it('selects only on the active sheet, filters only from ExcelApi 1.9, clears only what it models', async () => {
    const fake = createFakeExcel({ apiMinor: 8 });
    fake.model.addSheet('A');
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('A').getRange('B2').select();
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidSelection' });
      expect(() => context.workbook.worksheets.getItem('A').autoFilter).toThrow(/ApiNotFound/);
      expect(() => context.workbook.worksheets.getItem('A').getRange('B2').clear('Hyperlinks' as Excel.ClearApplyTo)).toThrow(/InvalidArgument/);
    });
  });

  it('refuses a second filter on another range, and one over a table', async () => {
    const fake = createFakeExcel();
    const sheet = fake.model.addSheet('A');
    sheet.tables.push({ name: 'T', range: 'D1:E3', showHeaders: true, showTotals: false });
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('A');
      ws.autoFilter.apply('A1:B3');
      await context.sync();
      ws.autoFilter.apply('A1:C3');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
    sheet.autoFilter = null;
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('A').autoFilter.apply('C1:D3');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
  });
});
