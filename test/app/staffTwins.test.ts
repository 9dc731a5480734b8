import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../cli/runCli';
import { KINDS, scoreFile, type Expected } from '../fixtures/staff/score';

/**
 * The staff-made workbooks of issue 12, each retyped into the template (test/fixtures/staff/twins):
 * the engine must give every hand-worked verdict there, so that a wrong verdict on a staff book is
 * the reading's fault, never the rules'.
 */
const STAFF = join(__dirname, '..', 'fixtures', 'staff');
const TWINS = join(STAFF, 'twins');
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Expected;
const cases = readdirSync(TWINS).filter((f) => f.endsWith('.twin.expected.json')).sort().map((f) => [f.replace('.twin.expected.json', ''), read(join(TWINS, f))] as const);

describe('the twins of the staff workbooks, typed into the template', () => {
  it('cover the whole development set', () => {
    expect(cases.length).toBeGreaterThanOrEqual(22);
  });

  it.each(cases)('%s: the same verdicts as the staff book, row for row', (name, twin) => {
    const staff = read(join(STAFF, `${name}.expected.json`));
    const verdicts = (e: Expected) => KINDS.map((k) => (e[k] ?? []).map((r) => r.status ?? r.state ?? r.passed ?? null));
    expect(verdicts(twin)).toEqual(verdicts(staff));
    expect(twin.unit).toBe(staff.unit);
  });

  it.each(cases)('%s: the check gives every hand-worked verdict and names the unit', async (_name, twin) => {
    const score = await scoreFile(join(TWINS, twin.file), twin);
    expect(score.refused).toBeNull();
    expect(score.misses).toEqual([]);
    expect(score.phantom).toEqual([]);
    expect(score.unitNamed).toBe(true);
  });

  it.each(cases)('%s: dccs check --json says the same', async (_name, twin) => {
    const { code, out } = await runCli('check', join(TWINS, twin.file), '--as-of', twin.asOf, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    const rows = (kind: 'postings' | 'tasks' | 'consultations' | 'votes', field: 'status' | 'passed') =>
      (report[kind] as Record<string, unknown>[]).map((r) => [r.row, r[field]]);
    expect(rows('postings', 'status')).toEqual((twin.postings ?? []).map((e) => [e.row, e.status]));
    expect(rows('tasks', 'status')).toEqual((twin.tasks ?? []).map((e) => [e.row, e.status]));
    expect(rows('consultations', 'status')).toEqual((twin.consultations ?? []).map((e) => [e.row, e.status]));
    expect(rows('votes', 'passed')).toEqual((twin.votes ?? []).map((e) => [e.row, e.passed]));
    const states = (twin.feedback ?? []).map((e) => e.state);
    const count = (s: string) => states.filter((x) => x === s).length;
    expect(report.feedback).toEqual({
      total: states.length, accepted: count('accepted'), partlyAccepted: count('partly-accepted'), explained: count('explained'), pending: count('pending'),
    });
  });
});
