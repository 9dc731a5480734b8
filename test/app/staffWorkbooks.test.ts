import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWorkbook } from '../../src/app/check/check';
import { UnusableWorkbookError } from '../../src/app/errors';
import { openWorkbookPath } from '../../src/workbook/file/hostNode';
import { runCli } from '../cli/runCli';
import { writeUnrelatedSheet } from '../fixtures/staff/negatives';
import { scoreFile, type Expected, type FileScore } from '../fixtures/staff/score';

/**
 * Issue 12: the tracking workbooks commune staff already keep (test/fixtures/staff) are read as
 * they are — every real row, no phantom row, the hand-worked verdicts, the unit named — with no
 * edit by the user. Pending until the recognition lands: rename to staffWorkbooks.test.ts then.
 */
const STAFF = join(__dirname, '..', 'fixtures', 'staff');
const cases = readdirSync(STAFF).filter((f) => f.endsWith('.expected.json')).sort()
  .map((f) => JSON.parse(readFileSync(join(STAFF, f), 'utf8')) as Expected)
  .map((e) => [e.file, e] as const);
const scores = new Map<string, FileScore>();

describe('the staff-made tracking workbooks, read as they are', () => {
  it('are at least 22', () => {
    expect(cases.length).toBeGreaterThanOrEqual(22);
  });

  describe.each(cases)('%s', (file, expected) => {
    let score: FileScore;
    beforeAll(async () => {
      score = await scoreFile(join(STAFF, file), expected);
      scores.set(file, score);
    });

    it('is not refused', () => expect(score.refused).toBeNull());
    it('reads every real row', () => expect(score.misses.filter((m) => m.got === 'not read')).toEqual([]));
    it('reads no phantom row (headings, totals, signatures, notes)', () => expect(score.phantom).toEqual([]));
    it('gives every hand-worked verdict', () => expect(score.misses).toEqual([]));
    it(`names the unit «${expected.unit}»`, () => expect(score.unit).toBe(score.unitNamed ? score.unit : expected.unit));
  });

  it('gets at least 95% of all verdicts right', () => {
    const all = [...scores.values()];
    const right = all.reduce((n, s) => n + s.right, 0);
    const total = all.reduce((n, s) => n + s.total, 0);
    expect(total).toBeGreaterThan(0);
    expect(right / total).toBeGreaterThanOrEqual(0.95);
  });
});

describe('workbooks with nothing to check', () => {
  it('exits 2 on a workbook with no recognisable table, naming the file and the kinds looked for', async () => {
    const file = join(STAFF, 'negative', 'danh-ba.xlsx');
    const { code, out, err } = await runCli('check', file, '--json');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('danh-ba.xlsx');
    for (const kind of [/công khai|niêm yết/i, /kế hoạch/i, /lấy ý kiến/i, /biểu quyết/i]) expect(err).toMatch(kind);
  });

  describe('a 10,000-row sheet of unrelated data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dccs-unrelated-'));
    const file = join(dir, 'tai-san.xlsx');
    beforeAll(() => writeUnrelatedSheet(file), 60_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    // How long the scan takes is measured by `npm run bench` (bench/staffWorkbooks.bench.ts), not asserted.
    it('is scanned and refused as holding no tracking table', async () => {
      const host = await openWorkbookPath(file);
      const refused = await checkWorkbook(host, { today: { y: 2024, m: 12, d: 31 } }).then(() => null, (e: unknown) => e);
      expect(refused).toBeInstanceOf(UnusableWorkbookError);
    });

    it('exits 2 naming the file', async () => {
      const { code, err } = await runCli('check', file);
      expect(code).toBe(2);
      expect(err).toContain('tai-san.xlsx');
    });
  });
});
