/**
 * Issue 13: the real request body of every sync, through Microsoft's Office.js client
 * (test/workbook/fakeOfficeJs.ts), for «Kiểm tra» and «Lập báo cáo» at the sizes.
 * Printed for BENCHMARKS.md; the unit test (test/workbook/officeJs.test.ts) asserts the 4.5 MB bound.
 */
import { performance } from 'node:perf_hooks';
import { checkAndWriteFindings } from '../src/app/check/check';
import { writeReports } from '../src/app/report/report';
import { OfficeHost } from '../src/workbook/office/host';
import { BIG_AS_OF, seedFake } from '../test/app/bigWorkbook';
import { createOfficeJsExcel, type OfficeJsExcel } from '../test/workbook/fakeOfficeJs';
import { seedTracking } from '../test/workbook/fakeTracking';

const lines: string[] = [];
afterAll(() => process.stdout.write(`\n${lines.join('\n')}\n`));
const mb = (xs: readonly number[]) => xs.map((x) => (x / 1e6).toFixed(2)).join(' + ');
const line = (what: string, excel: OfficeJsExcel, t0: number) => {
  const max = Math.max(...excel.requestSizes);
  lines.push(`${what}: ${excel.requestSizes.length} syncs; requests ${mb(excel.requestSizes)} MB (largest ${(max / 1e6).toFixed(2)} MB); `
    + `responses ${mb(excel.responseSizes)} MB; ${(performance.now() - t0).toFixed(0)} ms`);
  expect(max).toBeLessThanOrEqual(4_500_000);
};

describe('real Office.js request bodies', () => {
  it.each([10_000, 30_000])('«Kiểm tra» on %i posting rows', async (n) => {
    const excel = createOfficeJsExcel();
    seedFake(excel.model, n);
    const t0 = performance.now();
    await checkAndWriteFindings(new OfficeHost(excel.run, { requirements: excel.requirements }), { today: BIG_AS_OF });
    line(`«Kiểm tra», ${n.toLocaleString('en')} rows`, excel, t0);
  });

  it.each([10_000, 20_000])('«Lập báo cáo» on %i postings + as many feedback rows', async (n) => {
    const excel = createOfficeJsExcel();
    seedTracking(excel.model, n);
    const t0 = performance.now();
    await writeReports(new OfficeHost(excel.run, { requirements: excel.requirements }), { today: { y: 2025, m: 6, d: 30 } });
    line(`«Lập báo cáo», ${n.toLocaleString('en')} + ${n.toLocaleString('en')} rows`, excel, t0);
  });
});
