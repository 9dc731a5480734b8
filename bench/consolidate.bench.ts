/**
 * Issue 6: `dccs consolidate DIR -o OUT.xlsx --docx OUT.docx` on 10, 100 and 500 commune workbooks,
 * each 500 postings, 500 plan tasks and 2,000 feedback rows, run as the office runs it: the built
 * CLI (dist/node, `npm run build:cli`) in a child process, whose peak memory (maxRSS, worker threads
 * included) it reports at exit. Printed, not asserted.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { communeWorkbook, renamedCopy } from './communeWorkbooks';

const ROOT = path.join(__dirname, '..');
const MAIN = path.join(ROOT, 'dist', 'node', 'cli', 'main.js');
const SIZE = { postings: 500, tasks: 500, feedback: 2_000 };
const lines: string[] = [];
afterAll(() => process.stdout.write(`\n${lines.join('\n')}\n`));

const dir = mkdtempSync(path.join(tmpdir(), 'dccs-consolidate-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI in a child process; the child prints its own peak RSS. */
function run(input: string, jobs: number): { seconds: number; maxRssMb: number; code: number | null; stdout: string } {
  const out = path.join(dir, `out-${jobs}.xlsx`);
  rmSync(out, { force: true });
  const script = `require(${JSON.stringify(MAIN)}).main(process.argv.slice(1)).then((code) => {
    process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n'); process.exitCode = code; });`;
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['-e', script, 'consolidate', input, '-o', out, '--docx', path.join(dir, 'out.docx'), '--as-of', '2025-06-30', '--jobs', String(jobs)],
    { encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = (performance.now() - t0) / 1000;
  const rss = /MAXRSS (\d+)/.exec(child.stderr)?.[1];
  return { seconds, maxRssMb: rss ? Number(rss) / 1024 : NaN, code: child.status, stdout: child.stdout };
}

describe('consolidate benchmarks', () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) execFileSync('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'inherit' });
  });

  it('consolidates 10, 100 and 500 communes of 3,000 rows each, on one and on two worker threads', async () => {
    const base = await communeWorkbook('UBND xã Mẫu 0000', SIZE);
    lines.push(`dccs consolidate, communes of ${SIZE.postings} postings + ${SIZE.tasks} tasks + ${SIZE.feedback} feedback rows ` +
      `(${(base.byteLength / 1e3).toFixed(0)} KB each); ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}:`);
    let made = 0;
    for (const n of [10, 100, 500]) {
      const input = path.join(dir, `n${n}`);
      mkdirSync(input);
      for (let i = 0; i < n; i++) {
        writeFileSync(path.join(input, `xa-${i}.xlsx`), await renamedCopy(base, 'UBND xã Mẫu 0000', `UBND xã Mẫu ${String(i).padStart(4, '0')}`));
      }
      made += n;
      for (const jobs of n === 10 ? [1, 2] : [2, 1]) {
        const r = run(input, jobs);
        if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stdout}`);
        lines.push(`  ${n} workbooks, --jobs ${jobs}: ${r.seconds.toFixed(1)} s (${(r.seconds * 1000 / n).toFixed(0)} ms per workbook), peak ${r.maxRssMb.toFixed(0)} MB`);
        if (n === 500) break; // 500 on the default (two threads) only: each run takes a minute or more
      }
    }
    expect(made).toBe(610);
  });
});
