import { CalendarRangeError } from '../../../src/domain/calendar/calendarRange';
import { COMPUTED_SOURCE, computeDaysOff, daysOffFor, listLabourCodeHolidays, type NamedDay } from '../../../src/domain/calendar/holidays';
import { dayOfWeek, formatIso, fromDayNumber, parseIso, toDayNumber } from '../../../src/domain/calendar/localDate';

const WEEKDAY = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];
/** "T5 08/02": weekday and day, to read a schedule week by week. */
const show = (days: readonly NamedDay[]) =>
  days.map(({ date }) => `${WEEKDAY[dayOfWeek(date)]} ${String(date.d).padStart(2, '0')}/${String(date.m).padStart(2, '0')}`);

/** Off: a listed weekday, or a weekend day that is not a make-up Saturday. */
function offDays(year: number) {
  const { daysOff, makeUpWorkdays } = daysOffFor(year);
  const off = new Set(daysOff.map((d) => toDayNumber(d.date)));
  const worked = new Set(makeUpWorkdays.map((d) => toDayNumber(d.date)));
  return (iso: string) => {
    const dn = toDayNumber(parseIso(iso)!);
    const w = dayOfWeek(fromDayNumber(dn));
    return off.has(dn) || ((w === 0 || w === 6) && !worked.has(dn));
  };
}

// RULES.md, "Days off": each block of the official schedules, with the make-up Saturdays.
const BLOCKS: Record<number, { blocks: [string, string][]; makeUp: string[] }> = {
  2023: {
    blocks: [['2022-12-31', '2023-01-02'], ['2023-01-20', '2023-01-26'], ['2023-04-29', '2023-05-03'], ['2023-09-01', '2023-09-04']],
    makeUp: [],
  },
  2024: {
    blocks: [['2023-12-30', '2024-01-01'], ['2024-02-08', '2024-02-14'], ['2024-04-18', '2024-04-18'], ['2024-04-27', '2024-05-01'], ['2024-08-31', '2024-09-03']],
    makeUp: ['2024-05-04'],
  },
  2025: {
    blocks: [['2025-01-01', '2025-01-01'], ['2025-01-25', '2025-02-02'], ['2025-04-05', '2025-04-07'], ['2025-04-30', '2025-05-04'], ['2025-08-30', '2025-09-02']],
    makeUp: ['2025-04-26'],
  },
  2026: {
    blocks: [['2026-01-01', '2026-01-04'], ['2026-02-14', '2026-02-22'], ['2026-04-25', '2026-04-27'], ['2026-04-30', '2026-05-03'], ['2026-08-29', '2026-09-02']],
    makeUp: ['2026-01-10', '2026-08-22'],
  },
};

describe('daysOffFor: the official schedules 2023–2026', () => {
  it('lists 2023 weekday by weekday', () => {
    expect(show(daysOffFor(2023).daysOff)).toEqual([
      'T2 02/01', 'T6 20/01', 'T2 23/01', 'T3 24/01', 'T4 25/01', 'T5 26/01', 'T2 01/05', 'T3 02/05', 'T4 03/05', 'T6 01/09', 'T2 04/09',
    ]);
    expect(daysOffFor(2023).makeUpWorkdays).toEqual([]);
  });
  it('lists 2024 weekday by weekday, with Saturday 04/5 worked for Monday 29/4', () => {
    expect(show(daysOffFor(2024).daysOff)).toEqual([
      'T2 01/01', 'T5 08/02', 'T6 09/02', 'T2 12/02', 'T3 13/02', 'T4 14/02', 'T5 18/04', 'T2 29/04', 'T3 30/04', 'T4 01/05', 'T2 02/09', 'T3 03/09',
    ]);
    expect(show(daysOffFor(2024).makeUpWorkdays)).toEqual(['T7 04/05']);
  });
  it('lists 2025 weekday by weekday, with Quốc khánh 30/8–2/9 (+1/9) and Saturday 26/4 worked', () => {
    expect(show(daysOffFor(2025).daysOff)).toEqual([
      'T4 01/01', 'T2 27/01', 'T3 28/01', 'T4 29/01', 'T5 30/01', 'T6 31/01', 'T2 07/04', 'T4 30/04', 'T5 01/05', 'T6 02/05', 'T2 01/09', 'T3 02/09',
    ]);
    expect(show(daysOffFor(2025).makeUpWorkdays)).toEqual(['T7 26/04']);
  });
  it('lists 2026 weekday by weekday, with Saturdays 10/01 and 22/8 worked', () => {
    expect(show(daysOffFor(2026).daysOff)).toEqual([
      'T5 01/01', 'T6 02/01', 'T2 16/02', 'T3 17/02', 'T4 18/02', 'T5 19/02', 'T6 20/02', 'T2 27/04', 'T5 30/04', 'T6 01/05', 'T2 31/08', 'T3 01/09', 'T4 02/09',
    ]);
    expect(show(daysOffFor(2026).makeUpWorkdays)).toEqual(['T7 10/01', 'T7 22/08']);
  });

  it.each(Object.keys(BLOCKS).map(Number))('%i: every block of RULES.md is off, bounded by working days', (year) => {
    const isOff = (iso: string) => offDays(parseIso(iso)!.y)(iso);
    for (const [from, to] of BLOCKS[year].blocks) {
      const a = toDayNumber(parseIso(from)!);
      const b = toDayNumber(parseIso(to)!);
      const working: string[] = [];
      for (let dn = a; dn <= b; dn++) if (!isOff(formatIso(fromDayNumber(dn)))) working.push(formatIso(fromDayNumber(dn)));
      expect(working).toEqual([]);
      expect(isOff(formatIso(fromDayNumber(a - 1)))).toBe(false);
      expect(isOff(formatIso(fromDayNumber(b + 1)))).toBe(false);
    }
    expect(daysOffFor(year).makeUpWorkdays.map((d) => formatIso(d.date))).toEqual(BLOCKS[year].makeUp);
  });

  it('names the official notices as the source of each built-in year', () => {
    for (const year of [2023, 2024, 2025, 2026]) {
      expect(daysOffFor(year).source).toContain(`năm ${year}`);
      expect(daysOffFor(year).source).toContain('VPCP-KGVX');
    }
  });
});

describe('computeDaysOff: the Labour Code for other years', () => {
  it('marks the result as computed', () => {
    expect(daysOffFor(2027).source).toBe(COMPUTED_SOURCE);
    expect(daysOffFor(2022).source).toBe(COMPUTED_SOURCE);
  });

  it('lists the eleven holidays of Điều 112: 1/1, five Tết days, Giỗ Tổ, 30/4, 1/5, 2/9 and its neighbour', () => {
    expect(listLabourCodeHolidays(2029).map((d) => formatIso(d.date))).toEqual([
      '2029-01-01', '2029-02-12', '2029-02-13', '2029-02-14', '2029-02-15', '2029-02-16', // Tết Kỷ Dậu 13/02
      '2029-04-23', '2029-04-30', '2029-05-01', '2029-09-02', '2029-09-03',
    ]);
  });

  it('gives a weekend holiday in lieu on the next working day (Điều 111 khoản 3), after the Tết block', () => {
    // Tết Đinh Mùi is Saturday 06/02/2027: 05/02–09/02 with 6 and 7 in lieu on 10 and 11.
    expect(show(computeDaysOff(2027).daysOff)).toEqual([
      'T6 01/01', 'T6 05/02', 'T2 08/02', 'T3 09/02', 'T4 10/02', 'T5 11/02', 'T6 16/04', 'T6 30/04', 'T2 03/05', 'T5 02/09', 'T6 03/09',
    ]);
  });

  it('puts 2/9 on a Saturday with Friday 1/9 and Monday in lieu (as the 2023 schedule did)', () => {
    expect(show(computeDaysOff(2028).daysOff).slice(-2)).toEqual(['T6 01/09', 'T2 04/09']);
  });

  it('lists weekdays only, never twice, for every year 1900–2199', () => {
    for (let y = 1900; y <= 2199; y++) {
      const { daysOff, source } = daysOffFor(y);
      const dns = daysOff.map((d) => toDayNumber(d.date));
      expect(new Set(dns).size).toBe(dns.length);
      expect(daysOff.every((d) => d.date.y === y && dayOfWeek(d.date) >= 1 && dayOfWeek(d.date) <= 5)).toBe(true);
      // 11 holidays; fewer only when two fall on one date (Giỗ Tổ on 30/4 in 1947).
      if (source === COMPUTED_SOURCE) expect(daysOff.length).toBe(y === 1947 ? 10 : 11);
    }
  });

  it('refuses a year outside 1900–2199', () => {
    expect(() => daysOffFor(1899)).toThrow(CalendarRangeError);
    expect(() => daysOffFor(2200)).toThrow(CalendarRangeError);
  });
});
