import path from 'node:path';
import { checkAndWriteFindings } from '../../src/app/check/check';
import { STATUS_HEADER } from '../../src/report/statusColumn';
import type { SheetGrid } from '../../src/sheets/grid';
import { openWorkbookFile } from '../../src/workbook/file/host';
import { openWorkbookPath } from '../../src/workbook/file/hostNode';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'so-theo-doi-mau.xlsx');
const today = { y: 2024, m: 3, d: 20 };

async function reread(host: Awaited<ReturnType<typeof openWorkbookPath>>, sheet: string): Promise<SheetGrid> {
  const again = await openWorkbookFile(await host.toBuffer(), 'lai.xlsx');
  return (await again.readSheets([sheet])).sheets[sheet]!;
}

describe('the status column «Kiểm tra» keeps beside each input table', () => {
  it('writes a marked verdict column right of the table and changes no cell the user typed', async () => {
    const host = await openWorkbookPath(SAMPLE);
    const before = (await host.readSheets(['Công khai'])).sheets['Công khai']!;
    await checkAndWriteFindings(host, { today });
    const after = await reread(host, 'Công khai');
    const width = before.values[0].length; // 11 columns, A–K
    expect(after.values[0][width]).toBe(STATUS_HEADER);
    expect(after.values.map((r) => r.slice(0, width))).toEqual(before.values);
    expect(after.values[2][width]).toBe('✖ Chưa đủ thời gian'); // row 3: 20 of 30 days
    expect(after.values[1][width]).toBe('✖ Chưa đủ thời gian'); // row 2: the plan's 20 days, Điều 13 khoản 2 asks 30
    expect(after.values[3][width]).toBe('✔ Đạt'); // row 4: radio, 3 of 3 days (Điều 13 khoản 3)
  });

  it('refreshes the same column on a re-run', async () => {
    const host = await openWorkbookPath(SAMPLE);
    await checkAndWriteFindings(host, { today });
    await checkAndWriteFindings(host, { today: { y: 2024, m: 4, d: 30 }, asOf: { y: 2024, m: 4, d: 30 } });
    const after = await reread(host, 'Công khai');
    expect(after.values[0].filter((v) => v === STATUS_HEADER)).toHaveLength(1);
    expect(after.values[8][11]).toBe('✔ Đạt'); // row 9, the land-use plan, has reached 30 days by 30/04
  });

  it('goes round a note the user typed beside the table and never takes their own «Kết quả kiểm tra» column', async () => {
    const host = await openWorkbookPath(SAMPLE);
    const ws = host.workbook.getWorksheet('Công khai')!;
    ws.getCell('L1').value = 'Kết quả kiểm tra'; // the user's own column, no (DCCS) marker
    ws.getCell('M5').value = 'ghi chú riêng'; // a note with no header
    await checkAndWriteFindings(host, { today });
    const after = await reread(host, 'Công khai');
    expect(after.values[0][11]).toBe('Kết quả kiểm tra');
    expect(after.values[4][12]).toBe('ghi chú riêng');
    expect(after.values[0][13]).toBe(STATUS_HEADER); // column N
  });

  it('marks the verdicts of plan tasks, consultations, feedback and votes too', async () => {
    const host = await openWorkbookPath(SAMPLE);
    await checkAndWriteFindings(host, { today });
    for (const sheet of ['Kế hoạch', 'Lấy ý kiến', 'Ý kiến', 'Biểu quyết']) {
      expect((await reread(host, sheet)).values[0]).toContain(STATUS_HEADER);
    }
    const votes = await reread(host, 'Biểu quyết');
    const col = votes.values[0].indexOf(STATUS_HEADER);
    expect(votes.values[1][col]).toMatch(/^✔ Thông qua/);
  });
});
