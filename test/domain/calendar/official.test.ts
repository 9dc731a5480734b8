import { daysOffFor } from '../../../src/domain/calendar/holidays';
import { formatIso } from '../../../src/domain/calendar/localDate';
import { OFFICIAL_SCHEDULES } from '../../../src/domain/calendar/officialSchedules';

// One test per built-in official year (RULES.md, "Days off" and corrections): adding a year's notice
// is one file under src/domain/calendar/official/ and one case here. Weekdays off, then make-up Saturdays.
const cases: [number, string[], string[]][] = [
  [2023, ['01-02', '01-20', '01-23', '01-24', '01-25', '01-26', '05-01', '05-02', '05-03', '09-01', '09-04'], []],
  [2024, ['01-01', '02-08', '02-09', '02-12', '02-13', '02-14', '04-18', '04-29', '04-30', '05-01', '09-02', '09-03'], ['05-04']],
  [2025, ['01-01', '01-27', '01-28', '01-29', '01-30', '01-31', '04-07', '04-30', '05-01', '05-02', '09-01', '09-02'], ['04-26']],
  // TB 9441/TB-BNV, CV 12729/VPCP-KGVX: 1–2/1 (work Sat 10/1), 16–20/2, 27/4, 30/4–1/5, 31/8–2/9 (work Sat 22/8).
  [2026, ['01-01', '01-02', '02-16', '02-17', '02-18', '02-19', '02-20', '04-27', '04-30', '05-01', '08-31', '09-01', '09-02'], ['01-10', '08-22']],
];

describe('the built-in official days off (Bộ luật Lao động 2019, Điều 112; the Prime Minister’s notices)', () => {
  it('lists exactly the years that have a case here', () => {
    expect(Object.keys(OFFICIAL_SCHEDULES).map(Number)).toEqual(cases.map(([y]) => y));
  });
  it.each(cases)('gives %i its notice’s days, not provisional', (year, off, makeUp) => {
    const days = daysOffFor(year);
    const md = (d: { date: { y: number; m: number; d: number } }) => formatIso(d.date).slice(5);
    expect([days.daysOff.map(md), days.makeUpWorkdays.map(md), days.provisional]).toEqual([off, makeUp, false]);
  });
  it('names 2026’s own notices as its source', () => {
    expect(daysOffFor(2026).source).toContain('TB 9441/TB-BNV');
  });
});
