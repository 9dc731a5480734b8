import { writeReports } from '../../src/app/report/report';
import { toExcelSerial } from '../../src/domain/calendar/localDate';
import type { DocValue } from '../../src/report/document';
import { OfficeHost } from '../../src/workbook/office/host';
import { heightRuns } from '../../src/workbook/office/write';
import { tracking } from '../../bench/engineRows';
import { createFakeExcel, type FakeExcel } from '../workbook/fakeExcel';

const today = { y: 2025, m: 6, d: 30 };

function seed(fake: FakeExcel, postings: number, feedback: number): void {
  for (const grid of tracking(postings, postings / 2, feedback)) {
    const sheet = fake.model.addSheet(grid.name);
    grid.values.forEach((row, r) => row.forEach((v: DocValue, c) => {
      if (v === null) return;
      sheet.cell(r + 1, c + 1).value = typeof v === 'object' && 'y' in v ? toExcelSerial(v) : v as string | number;
    }));
  }
}

describe('«Lập báo cáo» in Excel (Office host on the strict fake)', () => {
  it.each([
    ['Excel on the web’s limit', 4_500_000],
    ['a quarter of it', 1_125_000],
  ])('writes the four sheets of 3,000 postings and 3,000 feedback rows in one read plus about one sync per budget (%s)', async (_, limit) => {
    const fake = createFakeExcel();
    seed(fake, 3_000, 3_000);
    fake.resetCounters();
    const result = await writeReports(new OfficeHost(fake.run, { requirements: fake.requirements, payloadLimit: limit }), { today });
    expect(result.written).toEqual(['Tổng hợp', 'Báo cáo', 'DS Công khai', 'TH Ý kiến']);
    const written = fake.requestSizes.slice(1).reduce((a, b) => a + b, 0);
    // One read; the writes packed to the budget. The budget is on the body Office.js really sends,
    // about twice what the fake counts (test/workbook/officeJs.test.ts), plus one sync of slack.
    expect(fake.syncs).toBeLessThanOrEqual(1 + Math.ceil((2 * written) / limit) + 1);
    for (const size of fake.requestSizes) expect(size).toBeLessThanOrEqual(limit + 200_000);
    // The Báo cáo sheet is numbered from page 2 (ND 30).
    const layout = fake.model.sheet('Báo cáo').pageLayout;
    expect(layout['headersFooters.state']).toBe('FirstAndDefault');
    expect(layout['headersFooters.defaultForAllPages.centerHeader']).toMatch(/&P$/);
  }, 60_000);
});

// Issue 16: Excel spaces wrapped lines wider than LibreOffice; it fits the lists' unmerged rows itself.
it('has Excel fit the rows of the printed lists after the measured heights are set', async () => {
  const fake = createFakeExcel();
  seed(fake, 200, 200);
  await writeReports(new OfficeHost(fake.run, { requirements: fake.requirements }), { today });
  const fitted = fake.model.sheet('TH Ý kiến').autofitRows;
  expect(fitted.size).toBeGreaterThanOrEqual(200);
  expect(fake.model.sheet('DS Công khai').autofitRows.size).toBeGreaterThan(0);
  expect(fitted.has(1)).toBe(false); // the ND 30 heading keeps its heights
});

describe('heightRuns', () => {
  it('groups consecutive rows of one height, in row order', () => {
    expect(heightRuns({ 9: 30, 5: 15, 6: 15, 7: 30, 8: 30, 12: 30 })).toEqual([
      { from: 5, to: 6, height: 15 }, { from: 7, to: 9, height: 30 }, { from: 12, to: 12, height: 30 },
    ]);
    expect(heightRuns({})).toEqual([]);
  });
});
