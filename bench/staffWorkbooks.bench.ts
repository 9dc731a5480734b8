/**
 * How the check reads the tracking workbooks staff already keep (issue 12): the figures BENCHMARKS.md
 * records. `DCCS_STAFF_DIR=DIR npm run bench -- bench/staffWorkbooks.bench.ts` measures another
 * folder of `X.xlsx` + `X.expected.json` (the held-out set) the same way. Printed, not asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkWorkbook } from '../src/app/check/check';
import { openWorkbookPath } from '../src/workbook/file/hostNode';
import { writeUnrelatedSheet } from '../test/fixtures/staff/negatives';
import { scoreFolder } from '../test/fixtures/staff/score';

const DIR = process.env.DCCS_STAFF_DIR ?? join(__dirname, '..', 'test', 'fixtures', 'staff');
const lines: string[] = [];
const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);

afterAll(() => {
  process.stdout.write(`\n${lines.join('\n')}\n`);
});

describe('staff workbooks', () => {
  it(`reads the set in ${DIR}`, async () => {
    const s = await scoreFolder(DIR);
    lines.push(`Staff workbooks (${DIR}):`);
    for (const f of s.files) {
      const why = f.refused ? ` — refused: ${f.refused}` : '';
      lines.push(`  ${f.file}: rows ${f.read}/${f.present}, phantom ${f.phantom.length}, verdicts ${f.right}/${f.total}, unit ${f.unitNamed ? 'named' : `«${f.unit}»`}, ${f.ms.toFixed(0)} ms${why}`);
    }
    lines.push(
      `  workbooks read ${s.workbooksRead}/${s.workbooks}`,
      `  rows read ${s.read}/${s.present} (${pct(s.read, s.present)})`,
      `  phantom rows ${s.phantom}`,
      `  verdicts right ${s.right}/${s.total} (${pct(s.right, s.total)})`,
      `  units named ${s.unitsNamed}/${s.workbooks}`,
    );
  });

  it('scans a 10,000-row sheet of unrelated data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dccs-unrelated-'));
    try {
      const file = join(dir, 'tai-san.xlsx');
      await writeUnrelatedSheet(file);
      let t0 = performance.now();
      const host = await openWorkbookPath(file);
      const open = performance.now() - t0;
      t0 = performance.now();
      const outcome = await checkWorkbook(host, { today: { y: 2024, m: 12, d: 31 } }).then(() => 'checked', (e: Error) => `refused (${e.name})`);
      const scan = performance.now() - t0;
      lines.push(`  10,000 unrelated rows: open ${open.toFixed(0)} ms, scan ${scan.toFixed(0)} ms, ${outcome}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
