import { extractPlan } from '../src/domain/plan/extractPlan';
import { ALL_CASES, type ExpectedPlan } from '../test/domain/plan/planCases';
import { comparable } from '../test/domain/plan/planJson';

/**
 * Precision and recall per field of the plan reader over the hand-written expectations of
 * test/domain/plan/planCases.ts (4 seed plans, 3 variants). Items are paired with the expected item
 * of the same kind that shares the most fields; a field counts as found when it equals the
 * expected value, as wrong when it holds another value or belongs to no expected item, as missed
 * when the expected value is not there. Nulls are not counted as found.
 */
type Counts = { tp: number; fp: number; fn: number };
type Item = Record<string, unknown>;

function pair(expected: Item[], got: Item[]): [Item | null, Item | null][] {
  const free = [...got];
  const out: [Item | null, Item | null][] = [];
  for (const e of expected) {
    let best = -1, score = 0;
    free.forEach((g, i) => {
      const s = Object.keys(e).filter((k) => e[k] !== null && JSON.stringify(e[k]) === JSON.stringify(g[k])).length;
      if (s > score) { score = s; best = i; }
    });
    out.push([e, best >= 0 ? free.splice(best, 1)[0] : null]);
  }
  for (const g of free) out.push([null, g]);
  return out;
}

function count(table: Map<string, Counts>, field: string, e: unknown, g: unknown) {
  const c = table.get(field) ?? { tp: 0, fp: 0, fn: 0 };
  const present = (v: unknown) => v !== null && v !== undefined;
  if (present(g) && JSON.stringify(e) === JSON.stringify(g)) c.tp++;
  else {
    if (present(g)) c.fp++;
    if (present(e)) c.fn++;
  }
  table.set(field, c);
}

function score(cases: { expected: ExpectedPlan; got: ExpectedPlan }[]): Map<string, Counts> {
  const table = new Map<string, Counts>();
  for (const { expected, got } of cases) {
    for (const k of Object.keys(expected.plan) as (keyof ExpectedPlan['plan'])[]) count(table, `plan.${k}`, expected.plan[k], got.plan[k]);
    for (const kind of ['tasks', 'postings', 'consultations'] as const) {
      const fields = Object.keys(({ tasks: { section: 0, title: 0, lead: 0, advisor: 0, partners: 0, dueText: 0, due: 0, start: 0 }, postings: { title: 0, form: 0, place: 0, start: 0, end: 0, requiredDays: 0 }, consultations: { title: 0, from: 0, to: 0 } })[kind]);
      for (const [e, g] of pair(expected[kind] as unknown as Item[], got[kind] as unknown as Item[])) {
        count(table, `${kind}.(item)`, e ? 1 : null, g ? (e ? 1 : 2) : null);
        for (const f of fields) count(table, `${kind}.${f}`, e?.[f] ?? null, g?.[f] ?? null);
      }
    }
  }
  return table;
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);

describe('plan reader: precision and recall per field', () => {
  it('scores every test plan', () => {
    const started = performance.now();
    const results = ALL_CASES.map((c) => ({ expected: c.expected, got: comparable(extractPlan(c.text)) }));
    const ms = performance.now() - started;
    const rows = [...score(results)].map(([field, c]) =>
      `| ${field} | ${c.tp} | ${c.fp} | ${c.fn} | ${pct(c.tp, c.tp + c.fp)} | ${pct(c.tp, c.tp + c.fn)} |`);
    console.log([`${ALL_CASES.length} plans read in ${ms.toFixed(0)} ms`, '| field | found | wrong | missed | precision | recall |', '|---|---|---|---|---|---|', ...rows].join('\n'));
    expect(rows.length).toBeGreaterThan(0);
  });
});
