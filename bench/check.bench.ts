/**
 * Benchmarks of the check (issue 2): figures go to BENCHMARKS.md with the command `npm run bench`.
 * Printed, not asserted: timings depend on the machine.
 */
import { performance } from 'node:perf_hooks';
import { checkAndWriteFindings, checkWorkbook } from '../src/app/check/check';
import { POSTINGS_SHEET } from '../src/sheets/schema';
import { newWorkbookFile, openWorkbookFile } from '../src/workbook/file/host';
import { OfficeHost } from '../src/workbook/office/host';
import { BIG_AS_OF, INFO_ROWS, postingRows, seedFake } from '../test/app/bigWorkbook';
import { createFakeExcel } from '../test/workbook/fakeExcel';

const ROWS = [1_000, 10_000];
const lines: string[] = [];
const report = (line: string) => lines.push(line);
const ms = (t0: number) => `${(performance.now() - t0).toFixed(0)} ms`;

afterAll(() => {
  process.stdout.write(`\n${lines.join('\n')}\n`);
});

describe('check benchmarks', () => {
  it.each(ROWS)('file host (exceljs, as the CLI): %i posting rows', async (n) => {
    const build = newWorkbookFile();
    await build.writeSheets([
      { name: 'Thông tin', ifExists: 'replace', values: INFO_ROWS },
      { name: POSTINGS_SHEET.name, ifExists: 'replace', values: [POSTINGS_SHEET.columns.map((c) => c.header), ...postingRows(n)] },
    ]);
    const bytes = await build.toBuffer();
    let t0 = performance.now();
    const host = await openWorkbookFile(bytes, 'bench.xlsx');
    const open = ms(t0);
    t0 = performance.now();
    const outcome = await checkWorkbook(host, { today: BIG_AS_OF });
    const check = ms(t0);
    report(`file host, ${n} rows (${(bytes.byteLength / 1024).toFixed(0)} KB): open ${open}, check ${check}, ${outcome.report.postings.length} verdicts`);
  });

  it.each(ROWS)('Office host on the strict fake: %i posting rows, check + write KQ Kiểm tra', async (n) => {
    const fake = createFakeExcel();
    seedFake(fake.model, n);
    fake.resetCounters();
    const t0 = performance.now();
    await checkAndWriteFindings(new OfficeHost(fake.run, { requirements: fake.requirements }), { today: BIG_AS_OF });
    const kb = (xs: number[]) => xs.map((x) => `${(x / 1024).toFixed(0)} KB`).join(' + ');
    report(`Office host (fake), ${n} rows: ${fake.syncs} syncs, requests ${kb(fake.requestSizes)}, responses ${kb(fake.responseSizes)}, ${ms(t0)} in the fake`);
  });
});
