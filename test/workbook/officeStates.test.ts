/**
 * States real Excel gets into that the strict fake once never produced (fakeModel.ts): each gives
 * the user a Vietnamese message saying what to do, and none leaves a half-written sheet.
 */
import { checkAndWriteFindings } from '../../src/app/check/check';
import type { SheetDocument } from '../../src/report/document';
import { FINDINGS_SHEET } from '../../src/report/findingsSheet';
import { POSTINGS_SHEET } from '../../src/sheets/schema';
import { OfficeHost } from '../../src/workbook/office/host';
import { HostError } from '../../src/workbook/port';
import { BIG_AS_OF, seedFake as seedBig } from '../app/bigWorkbook';
import { createFakeExcel, type FakeExcel } from './fakeExcel';

const host = (fake: FakeExcel, payloadLimit?: number) =>
  new OfficeHost(fake.run, { requirements: fake.requirements, ...(payloadLimit ? { payloadLimit } : {}) });
const doc = (name: string, rows = 3): SheetDocument => ({
  name, ifExists: 'replace', values: Array.from({ length: rows }, (_, i) => [`Dòng ${i + 1}`, i + 1]),
});

/** The HostError a promise rejects with. */
async function failure(promise: Promise<unknown>): Promise<HostError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

describe('Excel states the Office host explains', () => {
  it('asks to leave the cell being edited, on a read and on a write', async () => {
    const fake = createFakeExcel();
    seedBig(fake.model, 20);
    fake.model.editMode = true;
    expect((await failure(host(fake).readSheets([POSTINGS_SHEET.name]))).message).toMatch(/chế độ sửa ô.*Enter hoặc Esc/);
    expect((await failure(host(fake).writeSheets([doc('Ghi chú')]))).message).toMatch(/chế độ sửa ô.*Enter hoặc Esc/);
    expect(fake.model.sheets.map((s) => s.name)).not.toContain('Ghi chú');
  });

  it.each(['GeneralException', 'InvalidSelection'] as const)(
    'asks to stay in the workbook when the user moved to another one mid-write (%s), and writes the sheet whole once back',
    async (code) => {
      const fake = createFakeExcel();
      seedBig(fake.model, 3_000);
      const before = fake.model.sheets.map((s) => s.name);
      fake.model.switchedAwayError = code;
      fake.model.switchedAwayAfter = 2; // the read and the first write batch land, then the user is elsewhere
      const office = host(fake, 200_000);
      const error = await failure(checkAndWriteFindings(office, { today: BIG_AS_OF }));
      expect(error.message).toContain('chuyển sang một sổ làm việc khác');
      expect(fake.model.sheet(FINDINGS_SHEET)).toBeDefined(); // half-written: Excel refused the undo too
      fake.model.switchedAwayAfter = null; // back in the workbook: «Kiểm tra» again writes it whole
      const again = await checkAndWriteFindings(office, { today: BIG_AS_OF });
      expect(again.write.written).toEqual([FINDINGS_SHEET]);
      expect(fake.model.sheets.map((s) => s.name)).toEqual([...before, FINDINGS_SHEET]);
    },
  );

  it('names the protected sheet it could not write, and leaves nothing half-written', async () => {
    const fake = createFakeExcel();
    seedBig(fake.model, 50);
    fake.model.sheet(POSTINGS_SHEET.name).protected = true; // the status column is patched into it
    const before = fake.model.sheets.map((s) => s.name);
    const error = await failure(checkAndWriteFindings(host(fake), { today: BIG_AS_OF }));
    expect(error.message).toContain(`Trang "${POSTINGS_SHEET.name}" đang được bảo vệ`);
    expect(error.message).toContain('Bỏ bảo vệ trang tính');
    expect(fake.model.sheets.map((s) => s.name)).toEqual(before); // KQ Kiểm tra was removed again
  });

  it('explains a protected workbook structure', async () => {
    const fake = createFakeExcel();
    seedBig(fake.model, 50);
    fake.model.structureProtected = true;
    const error = await failure(checkAndWriteFindings(host(fake), { today: BIG_AS_OF }));
    expect(error.message).toContain('Cấu trúc sổ làm việc đang được bảo vệ');
    expect(fake.model.sheets.map((s) => s.name)).not.toContain(FINDINGS_SHEET);
  });

  it('says which sheet is too big for Excel to give its values (over 5 million cells)', async () => {
    const fake = createFakeExcel({ maxValueCells: 100 }); // stands for Excel's 5,000,000
    seedBig(fake.model, 20);
    fake.model.sheet(POSTINGS_SHEET.name).cell(400, 30).value = 'x'; // a stray cell far off the table
    const error = await failure(host(fake).readSheets([POSTINGS_SHEET.name, 'Thông tin']));
    expect(error.message).toContain(`Không đọc được trang "${POSTINGS_SHEET.name}"`);
    expect(error.message).toContain('5 triệu ô');
  });

  it('clamps row heights to Excel\'s 409 points instead of failing the write', async () => {
    const fake = createFakeExcel();
    fake.model.addSheet('Thông tin');
    await host(fake).writeSheets([{ ...doc('Báo cáo'), rowHeights: { 1: 900, 2: 409, 3: 30 } }]);
    const sheet = fake.model.sheet('Báo cáo');
    expect([1, 2, 3].map((r) => sheet.rowHeights.get(r))).toEqual([409, 409, 30]);
  });

  it('selects only once the activation has landed', async () => {
    const fake = createFakeExcel();
    fake.model.addSheet('Thông tin');
    fake.model.addSheet(POSTINGS_SHEET.name);
    fake.model.activeSheet = fake.model.sheet('Thông tin');
    await host(fake).select(POSTINGS_SHEET.name, 'A7');
    expect(fake.model.activeSheet?.name).toBe(POSTINGS_SHEET.name);
    expect(fake.model.selection).toEqual({ sheet: POSTINGS_SHEET.name, address: 'A7' });
  });
});
