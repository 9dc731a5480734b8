/**
 * Issue 5: `dccs report` on 10,000 postings + 10,000 feedback rows with the file host, as the CLI
 * runs it (open the .xlsx, check, build the four sheets and the .docx, save). Printed, not asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeReports } from '../src/app/report/report';
import type { CellValue } from '../src/sheets/grid';
import { newWorkbookFile, openWorkbookFile } from '../src/workbook/file/host';
import { OfficeHost } from '../src/workbook/office/host';
import { deflatePackage } from '../src/workbook/file/zipNode';
import { AppendingFileHost } from '../src/workbook/file/append';
import { createFakeExcel } from '../test/workbook/fakeExcel';
import { tracking } from './engineRows';

const lines: string[] = [];
afterAll(() => process.stdout.write(`\n${lines.join('\n')}\n`));

describe('report benchmarks', () => {
  it('writes the reports for 10,000 postings and 10,000 feedback rows in jest (file host, saved as the CLI saves)', async () => {
    const grids = tracking(10_000, 0, 10_000);
    const build = newWorkbookFile();
    await build.writeSheets(grids.map((g) => ({ name: g.name, ifExists: 'replace' as const, values: g.values as CellValue[][] })));
    const bytes = await build.toBuffer();
    const times: string[] = [];
    for (let i = 0; i < 2; i++) {
      const t0 = performance.now();
      // As `dccs report` opens and saves (workbook/file/hostNode.ts): the report sheets spliced into the package.
      const host = new AppendingFileHost(await openWorkbookFile(bytes, 'bench.xlsx'), bytes);
      const t1 = performance.now();
      const result = await writeReports(host, { today: { y: 2025, m: 6, d: 30 } });
      const t2 = performance.now();
      const saved = await deflatePackage(await host.toPackage());
      const t3 = performance.now();
      times.push(`open ${(t1 - t0).toFixed(0)} ms + check and reports ${(t2 - t1).toFixed(0)} ms + save ${(t3 - t2).toFixed(0)} ms = ${(t3 - t0).toFixed(0)} ms ` +
        `(${(saved.byteLength / 1e6).toFixed(1)} MB .xlsx, ${(result.docx.byteLength / 1e3).toFixed(0)} KB .docx)`);
    }
    lines.push(`dccs report in jest's VM, 10,000 postings + 10,000 feedback: ${times.join('; ')}`);
  });

  it('runs `dccs report` as a user would: a new node process, the built CLI', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dccs-bench-'));
    const cli = path.join(__dirname, '..', 'bin', 'dccs.js');
    // The workload (10,000 postings + 10,000 feedback), then the same with a plan of 7,500 tasks.
    for (const tasks of [0, 7_500]) {
      const input = path.join(dir, `so-theo-doi-${tasks}.xlsx`);
      const build = newWorkbookFile();
      await build.writeSheets(tracking(10_000, tasks, 10_000).map((g) => ({ name: g.name, ifExists: 'replace' as const, values: g.values as CellValue[][] })));
      writeFileSync(input, await build.toBuffer());
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        execFileSync(process.execPath, [cli, 'report', input, '-o', path.join(dir, 'bao-cao.xlsx'), '--docx', path.join(dir, 'bao-cao.docx'), '--as-of', '2025-06-30']);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      lines.push(`node bin/dccs.js report -o … --docx … (10,000 postings + ${tasks.toLocaleString('en')} tasks + 10,000 feedback), 5 runs with node's start-up: ` +
        `median ${times[2].toFixed(0)} ms, min ${times[0].toFixed(0)}, max ${times[4].toFixed(0)}`);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts the syncs of «Lập báo cáo» in Excel (strict fake)', async () => {
    const grids = tracking(10_000, 7_500, 10_000);
    const fake = createFakeExcel();
    for (const g of grids) {
      const sheet = fake.model.addSheet(g.name);
      g.values.forEach((row, r) => row.forEach((v, c) => {
        if (v === null) return;
        sheet.cell(r + 1, c + 1).value = typeof v === 'object' ? 25569 + Math.round(Date.UTC(v.y, v.m - 1, v.d) / 864e5) : v;
      }));
    }
    fake.resetCounters();
    const t0 = performance.now();
    await writeReports(new OfficeHost(fake.run, { requirements: fake.requirements }), { today: { y: 2025, m: 6, d: 30 } });
    const mb = (xs: number[]) => xs.map((x) => (x / 1e6).toFixed(2)).join(' + ');
    lines.push(`«Lập báo cáo» in Excel (fake), 10,000 postings + 10,000 feedback: ${fake.syncs} syncs; requests ${mb(fake.requestSizes)} MB; responses ${mb(fake.responseSizes)} MB; ${(performance.now() - t0).toFixed(0)} ms`);
  });
});
