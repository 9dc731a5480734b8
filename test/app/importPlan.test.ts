import { checkWorkbook } from '../../src/app/check/check';
import { allRows, appendPlanRows, readPlan } from '../../src/app/importPlan/importPlan';
import { createTemplate } from '../../src/app/template/template';
import { UnusableWorkbookError } from '../../src/app/errors';
import { newWorkbookFile, openWorkbookFile } from '../../src/workbook/file/host';
import { OfficeHost } from '../../src/workbook/office/host';
import { SEED_CASES, TABLE_PLAN } from '../domain/plan/planCases';
import { createFakeExcel } from '../workbook/fakeExcel';

const today = { y: 2025, m: 12, d: 1 };

async function reopen(host: Awaited<ReturnType<typeof newWorkbookFile>>) {
  return openWorkbookFile(await host.toBuffer(), 'so.xlsx');
}

describe('appendPlanRows: appending only', () => {
  it('writes under the last filled row of each table and leaves every typed cell as it was', async () => {
    const host = newWorkbookFile();
    await createTemplate(host, { year: 2025 });
    const plan = host.workbook.getWorksheet('Kế hoạch')!;
    plan.getCell('B2').value = 'Việc đã có';
    plan.getCell('E2').value = 'Quý I/2025';
    plan.getCell('J5').value = 'ghi chú bên cạnh bảng'; // a note right of the table, lower down
    const result = await appendPlanRows(host, allRows(readPlan(TABLE_PLAN)), { year: 2025 });

    expect(result.appended).toEqual([
      { sheet: 'Kế hoạch', firstRow: 6, lastRow: 9, created: false },
      { sheet: 'Công khai', firstRow: 2, lastRow: 3, created: false },
    ]);
    const back = (await reopen(host)).workbook;
    const ws = back.getWorksheet('Kế hoạch')!;
    expect(ws.getCell('B2').value).toBe('Việc đã có');
    expect(ws.getCell('E2').value).toBe('Quý I/2025');
    expect(ws.getCell('J5').value).toBe('ghi chú bên cạnh bảng');
    expect([1, 2, 3, 4, 5].map((c) => ws.getCell(7, c).value)).toEqual(['2', 'Tổ chức hội nghị đối thoại với Nhân dân', 'Văn phòng HĐND và UBND', 'UB MTTQ xã', 'Quý III/2025']);
    // `trước ngày 15/6` took its year from the plan: written as the day, the words kept in Ghi chú.
    expect(ws.getCell(8, 5).value).toEqual(new Date(Date.UTC(2025, 5, 14)));
    expect(ws.getCell(8, 8).value).toBe('Thời hạn trong kế hoạch: «trước ngày 15/6»');
    const posts = back.getWorksheet('Công khai')!;
    expect([2, 6, 7, 8, 9, 10].map((c) => posts.getCell(2, c).value)).toEqual([
      'Dự toán ngân sách năm 2025', 'Niêm yết', 'trụ sở UBND xã', new Date(Date.UTC(2025, 0, 5)), new Date(Date.UTC(2025, 1, 4)), 30,
    ]);
  });

  it('creates a missing sheet from the template, header and drop-down lists included', async () => {
    const host = newWorkbookFile();
    const result = await appendPlanRows(host, allRows(readPlan(SEED_CASES[2].text)), { year: 2026 });
    expect(result.appended.map((a) => [a.sheet, a.firstRow, a.lastRow, a.created])).toEqual([
      ['Kế hoạch', 2, 3, true], ['Công khai', 2, 2, true], ['Lấy ý kiến', 2, 3, true],
    ]);
    expect(host.workbook.worksheets.map((w) => w.name)).toEqual(['Kế hoạch', 'Công khai', 'Lấy ý kiến', 'Danh mục']);
    expect(host.workbook.getWorksheet('Lấy ý kiến')!.getRow(2).values).toEqual([
      undefined, undefined, 'Đối với các cơ quan, đơn vị trên địa bàn phường', undefined, undefined,
      new Date(Date.UTC(2026, 5, 1)), new Date(Date.UTC(2026, 5, 5)),
    ]);
  });

  it('refuses a sheet whose header it cannot find, and writes nothing at all', async () => {
    const host = newWorkbookFile();
    await createTemplate(host, { year: 2024 });
    host.workbook.getWorksheet('Công khai')!.getRow(1).values = ['Cột A', 'Cột B'];
    const before = Buffer.from(await host.toBuffer()).length;
    await expect(appendPlanRows(host, allRows(readPlan(SEED_CASES[0].text)), { year: 2024 }))
      .rejects.toEqual(expect.any(UnusableWorkbookError));
    expect(host.workbook.getWorksheet('Lấy ý kiến')!.getCell('B2').value).toBeNull();
    expect(Buffer.from(await host.toBuffer()).length).toBe(before);
  });

  it('writes a user\'s text as text, never as a formula', async () => {
    const host = newWorkbookFile();
    const x = readPlan('KẾ HOẠCH\nA năm 2024\n1. =HYPERLINK("x")\nThời hạn: tháng 4/2024');
    await appendPlanRows(host, allRows(x), { year: 2024 });
    const cell = (await reopen(host)).workbook.getWorksheet('Kế hoạch')!.getCell('B2');
    expect(cell.value).toBe('=HYPERLINK("x")');
    expect(cell.formula).toBeUndefined();
  });
});

describe('appendPlanRows: the rows read back as the check reads them', () => {
  it('gives the check each task its plan deadline, also in Excel (fake) with one read and one write', async () => {
    const fake = createFakeExcel();
    const office = new OfficeHost(fake.run, { requirements: fake.requirements });
    await createTemplate(office, { year: 2023, unit: 'UBND phường Trương Quang Trọng' });
    const syncs = fake.syncs;
    await appendPlanRows(office, allRows(readPlan(SEED_CASES[3].text)), { year: 2023 });
    expect(fake.syncs - syncs).toBeLessThanOrEqual(2);
    const run = await checkWorkbook(office, { today, asOf: { y: 2023, m: 12, d: 31 } });
    expect(run.report.tasks.map((t) => [t.row, t.due])).toEqual([[2, '2023-05-31'], [3, '2023-10-14']]);
    expect(run.report.inputErrors).toEqual([]);
  });
});
