/**
 * Issue 4: the whole check (read grids → parse → check → report JSON) of 100,000 rows of postings,
 * plan tasks and feedback, and memory at three sizes. Printed, not asserted.
 */
import { performance } from 'node:perf_hooks';
import { checkAndWriteFindings, checkWorkbook } from '../src/app/check/check';
import { OfficeHost } from '../src/workbook/office/host';
import { createFakeExcel } from '../test/workbook/fakeExcel';
import { engineWorkbook } from './engineRows';
import { GridHost } from '../test/app/gridHost';
import { FEEDBACK_SHEET, PLAN_SHEET, POSTINGS_SHEET } from '../src/sheets/schema';
import { readTable } from '../src/sheets/table';

const lines: string[] = [];
afterAll(() => process.stdout.write(`\n${lines.join('\n')}\n`));
const today = { y: 2025, m: 6, d: 30 };

describe('engine benchmarks', () => {
  it('checks 100,000 rows from grids', async () => {
    const host = new GridHost(engineWorkbook(100_000));
    await checkWorkbook(new GridHost(engineWorkbook(2_000)), { today }); // warm up the JIT and the calendar
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const run = await checkWorkbook(host, { today });
      times.push(performance.now() - t0);
      if (i === 0) lines.push(`100,000 rows: ${run.report.postings.length} postings, ${run.report.tasks.length} tasks, ${run.report.feedback.total} feedback, ${run.report.findings.length} findings`);
    }
    lines.push(`check of 100,000 rows from grids (parse + check + JSON): ${times.map((t) => `${t.toFixed(0)} ms`).join(', ')}`);
  });

  it('grows memory linearly', async () => {
    const sizes = [25_000, 50_000, 100_000];
    const used: string[] = [];
    for (const n of sizes) {
      const grids = engineWorkbook(n);
      global.gc?.();
      const before = process.memoryUsage().heapUsed;
      const run = await checkWorkbook(new GridHost(grids), { today });
      const after = process.memoryUsage().heapUsed;
      used.push(`${n}: ${((after - before) / 1e6).toFixed(0)} MB (${run.report.findings.length} findings)`);
    }
    lines.push(`heap growth during the check (without gc between, indicative): ${used.join('; ')}`);
  });

  it('counts syncs for a full check of 100,000 rows in Excel (strict fake)', async () => {
    const fake = createFakeExcel();
    for (const g of engineWorkbook(100_000)) {
      const sheet = fake.model.addSheet(g.name);
      g.values.forEach((row, r) => row.forEach((v, c) => {
        if (v === null) return;
        const cell = sheet.cell(r + 1, c + 1);
        cell.value = typeof v === 'object' ? 25569 + Math.round(Date.UTC(v.y, v.m - 1, v.d) / 864e5) : v;
      }));
    }
    fake.resetCounters();
    const t0 = performance.now();
    await checkAndWriteFindings(new OfficeHost(fake.run, { requirements: fake.requirements }), { today });
    const mb = (xs: number[]) => xs.map((x) => (x / 1e6).toFixed(2)).join(' + ');
    lines.push(`Office host (fake), 100,000 rows: ${fake.syncs} syncs; requests ${mb(fake.requestSizes)} MB; responses ${mb(fake.responseSizes)} MB; ${(performance.now() - t0).toFixed(0)} ms in the fake`);
  });
});

describe('where the time goes', () => {
  it('reads the three tables alone (sheets/ parsing, no check)', () => {
    const grids = engineWorkbook(100_000);
    const specs = [POSTINGS_SHEET, PLAN_SHEET, FEEDBACK_SHEET] as const;
    readTable(grids[1], specs[0]);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      readTable(grids[1], specs[0]);
      readTable(grids[2], specs[1]);
      readTable(grids[4], specs[2]);
      times.push(performance.now() - t0);
    }
    lines.push(`reading the 100,000 rows into records (sheets/ only): ${times.map((t) => `${t.toFixed(0)} ms`).join(', ')}`);
  });
});
