import { goToRow } from '../../src/app/check/goToRow';
import { DccsError } from '../../src/domain/errors';
import { newWorkbookFile } from '../../src/workbook/file/host';
import { OfficeHost } from '../../src/workbook/office/host';
import type { WorkbookHost } from '../../src/workbook/port';
import { createFakeExcel } from '../workbook/fakeExcel';

describe('goToRow', () => {
  it('activates the sheet, then selects the row’s first cell once the activation has landed (two syncs)', async () => {
    const fake = createFakeExcel();
    fake.model.addSheet('Thông tin');
    fake.model.addSheet('Công khai');
    await goToRow(new OfficeHost(fake.run, { requirements: fake.requirements }), 'Công khai', 7);
    expect(fake.model.activeSheet?.name).toBe('Công khai');
    expect(fake.model.selection).toEqual({ sheet: 'Công khai', address: 'A7' });
    expect(fake.syncs).toBe(2);
  });

  it('does nothing on a host that cannot select (the file host)', async () => {
    const host: WorkbookHost = newWorkbookFile();
    expect(host.select).toBeUndefined();
    await expect(goToRow(host, 'Công khai', 7)).resolves.toBeUndefined();
  });

  it('refuses a row that is not a sheet row (a bug in the caller)', async () => {
    for (const row of [0, 2.5, 1_048_577]) await expect(goToRow(newWorkbookFile(), 'A', row)).rejects.toBeInstanceOf(DccsError);
  });
});
