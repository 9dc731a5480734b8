import { parseIso, type LocalDate } from '../../../src/domain/calendar/localDate';
import {
  countDays, periodEnd, periodEndMonths, periodEndWeeks, periodEndYears, pointOfMonth, pointOfYear, startPeriod,
} from '../../../src/domain/calendar/period';

const day = (iso: string): LocalDate => parseIso(iso)!;
const civil = { countFirstDay: false } as const;
const firstDay = { countFirstDay: true } as const;

describe('countDays (Bộ luật Dân sự 2015, Điều 147 khoản 3, Điều 148 khoản 1)', () => {
  it.each([
    ['2024-02-15', '2024-03-06', false, 20], // seed 000: «ít nhất là 20 ngày liên tục, kể từ ngày 15/02/2024 đến hết ngày 06/03/2024»
    ['2024-02-15', '2024-03-06', true, 21],
    ['2026-06-02', '2026-06-07', false, 5], // seed 002: niêm yết danh sách cử tri
    ['2026-06-01', '2026-06-05', true, 5],
    ['2024-12-31', '2025-01-01', false, 1],
    ['2024-03-06', '2024-03-06', false, 0],
  ] as const)('counts %s to the end of %s (first day counted: %p) as %i days', (from, to, first, n) => {
    expect(countDays(day(from), day(to), first)).toBe(n);
  });
});

describe('startPeriod (Điều 147 khoản 2–3)', () => {
  it('starts the day after the event', () => {
    expect(startPeriod(day('2024-02-15'), civil)).toEqual(day('2024-02-16'));
  });
  it('starts on the event day when the unit counts the first day', () => {
    expect(startPeriod(day('2024-02-15'), firstDay)).toEqual(day('2024-02-15'));
  });
});

describe('periodEnd (Điều 147–148)', () => {
  it.each([
    ['2024-02-15', 20, civil, '2024-03-06'],
    ['2024-02-15', 20, firstDay, '2024-03-05'],
    ['2024-02-28', 1, civil, '2024-02-29'],
    ['2023-12-25', 30, civil, '2024-01-24'],
  ] as const)('ends a period from %s of %i days (%o) on %s', (start, n, opts, end) => {
    expect(periodEnd(day(start), n, opts)).toEqual(day(end));
  });

  it('moves a last day that is not a working day to the next working day (Điều 148 khoản 5)', () => {
    const weekday = (d: LocalDate) => ![day('2024-03-09'), day('2024-03-10')].some((x) => x.d === d.d && x.m === d.m);
    // 15/02/2024 + 23 days = Saturday 09/03/2024 → Monday 11/03/2024.
    expect(periodEnd(day('2024-02-15'), 23, { ...civil, isWorkingDay: weekday })).toEqual(day('2024-03-11'));
    expect(periodEnd(day('2024-02-15'), 23, civil)).toEqual(day('2024-03-09'));
  });

  it('ends a period in weeks on the same weekday (Điều 148 khoản 2)', () => {
    expect(periodEndWeeks(day('2024-02-15'), 2, civil)).toEqual(day('2024-02-29'));
  });

  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-03-15', 3, '2024-06-15'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2024-08-31', 6, '2025-02-28'],
  ] as const)('ends %s + %i months on the same day, or the month\'s last (Điều 148 khoản 3): %s', (start, n, end) => {
    expect(periodEndMonths(day(start), n, civil)).toEqual(day(end));
  });

  it('ends a period in years on the same day and month (Điều 148 khoản 4)', () => {
    expect(periodEndYears(day('2024-02-29'), 1, civil)).toEqual(day('2025-02-28'));
    expect(periodEndYears(day('2023-07-01'), 2, civil)).toEqual(day('2025-07-01'));
    expect(periodEndYears(day('2023-07-01'), 1, firstDay)).toEqual(day('2024-06-30'));
  });
});

describe('points of the month and year (Bộ luật Dân sự 2015, Điều 146 khoản 2–3)', () => {
  it.each([
    [2024, 5, 'start', '2024-05-01'],
    [2024, 5, 'middle', '2024-05-15'],
    [2024, 5, 'end', '2024-05-31'],
    [2024, 2, 'end', '2024-02-29'],
    [2023, 2, 'end', '2023-02-28'],
    [2024, 4, 'end', '2024-04-30'],
  ] as const)('puts %i/%i %s on %s', (y, m, part, iso) => {
    expect(pointOfMonth(y, m, part)).toEqual(day(iso));
  });
  it.each([
    ['start', '2024-01-01'],
    ['middle', '2024-06-30'],
    ['end', '2024-12-31'],
  ] as const)('puts the %s of 2024 on %s', (part, iso) => {
    expect(pointOfYear(2024, part)).toEqual(day(iso));
  });
});
