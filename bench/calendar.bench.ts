/**
 * Benchmarks of the legal calendar (issue 3): figures go to BENCHMARKS.md with `npm run bench`.
 * Printed, not asserted: timings depend on the machine. Each figure is the best of a few rounds,
 * after a warm-up that also builds the lunar month table and the year caches.
 */
import { performance } from 'node:perf_hooks';
import { fromDayNumber, toDayNumber, type LocalDate } from '../src/domain/calendar/localDate';
import { fromLunar, toLunar } from '../src/domain/calendar/lunar';
import { addWorkingDays, buildWorkCalendar } from '../src/domain/calendar/workingDays';

const lines: string[] = [];
const ROUNDS = 3;

afterAll(() => {
  process.stdout.write(`\n${lines.join('\n')}\n`);
});

/** Days spread over 2023–2027, as the checks meet them. */
function sampleDays(n: number, from: LocalDate, years: number): LocalDate[] {
  const start = toDayNumber(from);
  return Array.from({ length: n }, (_, i) => fromDayNumber(start + ((i * 7919) % (365 * years))));
}

function best(run: () => void): number {
  let fastest = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - t0);
  }
  return fastest;
}

describe('calendar benchmarks', () => {
  it('100,000 lunar conversions each way', () => {
    const days = sampleDays(100_000, { y: 1900, m: 1, d: 1 }, 299);
    const t0 = performance.now();
    toLunar(days[0]);
    const table = performance.now() - t0;
    let sink = 0;
    const to = best(() => {
      for (const d of days) sink += toLunar(d).day;
    });
    const lunar = days.map(toLunar);
    const from = best(() => {
      for (const l of lunar) sink += fromLunar(l.year, l.month, l.day, l.leap)!.d;
    });
    expect(sink).toBeGreaterThan(0);
    lines.push(`toLunar × 100,000 (1900–2199): ${to.toFixed(1)} ms; fromLunar × 100,000: ${from.toFixed(1)} ms; month table (3,700 new moons) built on first use in ${table.toFixed(1)} ms`);
  });

  it('1,000,000 × addWorkingDays(…, 5)', () => {
    const days = sampleDays(10_000, { y: 2023, m: 1, d: 1 }, 5);
    let t0 = performance.now();
    const cal = buildWorkCalendar();
    addWorkingDays(cal, days[0], 5);
    const build = performance.now() - t0;
    t0 = performance.now();
    for (const d of days) addWorkingDays(cal, d, 5); // fills the five years' caches
    const warm = performance.now() - t0;
    let sink = 0;
    const ms = best(() => {
      for (let i = 0; i < 1_000_000; i++) sink += addWorkingDays(cal, days[i % days.length], 5).d;
    });
    expect(sink).toBeGreaterThan(0);
    lines.push(`addWorkingDays(5) × 1,000,000: ${ms.toFixed(0)} ms (${((ms * 1e6) / 1_000_000).toFixed(0)} ns a call); first use ${build.toFixed(1)} ms, 10,000 calls over 5 cold years ${warm.toFixed(1)} ms`);
  });
});
