import { CalendarRangeError } from '../../../src/domain/calendar/calendarRange';
import { daysOffFor } from '../../../src/domain/calendar/holidays';
import { formatIso, fromDayNumber, parseIso, toDayNumber } from '../../../src/domain/calendar/localDate';
import { addWorkingDays, buildWorkCalendar, countWorkingDays, isWorkingDay } from '../../../src/domain/calendar/workingDays';

const day = (iso: string) => parseIso(iso)!;
const cal = buildWorkCalendar();
const add = (iso: string, n: number) => formatIso(addWorkingDays(cal, day(iso), n));
const count = (from: string, to: string) => countWorkingDays(cal, day(from), day(to));

describe('isWorkingDay', () => {
  it('knows weekdays, weekends, days off and make-up Saturdays', () => {
    expect(isWorkingDay(cal, day('2024-03-06'))).toBe(true); // a Wednesday
    expect(isWorkingDay(cal, day('2024-03-09'))).toBe(false); // a Saturday
    expect(isWorkingDay(cal, day('2024-02-12'))).toBe(false); // Tết Giáp Thìn
    expect(isWorkingDay(cal, day('2024-05-04'))).toBe(true); // Saturday worked for 29/4
    expect(isWorkingDay(cal, day('2024-04-29'))).toBe(false);
    expect(isWorkingDay(cal, day('1900-01-01'))).toBe(false); // Tết Dương lịch, a Monday
    expect(isWorkingDay(cal, day('1900-01-02'))).toBe(true);
  });
  it('refuses a day outside 1900–2199', () => {
    expect(() => isWorkingDay(cal, day('1899-12-29'))).toThrow(CalendarRangeError);
    expect(() => isWorkingDay(cal, day('2200-01-01'))).toThrow(CalendarRangeError);
  });
});

describe('addWorkingDays (Bộ luật Dân sự, Điều 147: counting starts the next day)', () => {
  it('adds five working days within an ordinary week', () => {
    expect(add('2024-03-04', 5)).toBe('2024-03-11'); // Monday → next Monday
    expect(add('2024-03-08', 5)).toBe('2024-03-15'); // a Friday decision: the weekend is not counted
    expect(add('2024-03-09', 1)).toBe('2024-03-11'); // from a Saturday
    expect(add('2024-03-06', 0)).toBe('2024-03-06');
  });
  it('skips the Tết block', () => {
    expect(add('2024-02-06', 5)).toBe('2024-02-20'); // 7/2, then 15, 16, 19, 20
    expect(add('2025-01-24', 5)).toBe('2025-02-07'); // Tết Ất Tỵ 25/01–02/02
    expect(add('2026-02-13', 1)).toBe('2026-02-23'); // Tết Bính Ngọ 14/02–22/02
  });
  it('counts the make-up Saturday around 30/4–1/5', () => {
    expect(add('2024-04-26', 3)).toBe('2024-05-04'); // 2/5, 3/5 and Saturday 4/5
    expect(add('2025-04-25', 1)).toBe('2025-04-26'); // Saturday 26/4 worked for 2/5
    expect(add('2025-04-29', 1)).toBe('2025-05-05'); // 30/4–4/5 off
  });
  it('crosses year ends', () => {
    expect(add('2024-12-27', 5)).toBe('2025-01-06'); // 1/1/2025 off
    expect(add('2025-12-29', 5)).toBe('2026-01-07'); // 1–4/1/2026 off, Saturday 10/1 not reached
    expect(add('2026-01-06', 4)).toBe('2026-01-10'); // … and reached here
    expect(add('2022-12-29', 3)).toBe('2023-01-04'); // 31/12/2022–2/1/2023
  });
  it('counts back with a negative n', () => {
    expect(add('2024-02-15', -1)).toBe('2024-02-07');
    expect(add('2024-03-11', -5)).toBe('2024-03-04');
  });
  it('stops at the end of the calendar', () => {
    expect(() => addWorkingDays(cal, day('2199-12-30'), 5)).toThrow(CalendarRangeError);
  });
});

describe('countWorkingDays', () => {
  it('counts the days after the first up to the last', () => {
    expect(count('2024-03-04', '2024-03-11')).toBe(5);
    expect(count('2024-03-04', '2024-03-04')).toBe(0);
    expect(count('2024-03-11', '2024-03-04')).toBe(-5);
  });
  it('sums across Tết, 30/4–1/5 and a year', () => {
    expect(count('2024-02-07', '2024-02-14')).toBe(0); // 8–14/2 off
    expect(count('2024-04-26', '2024-05-06')).toBe(4); // 2, 3, Saturday 4, 6 May
    expect(count('2023-12-31', '2024-12-31')).toBe(
      // every weekday of 2024 (262) less its 12 weekdays off, plus 1 make-up Saturday
      262 - daysOffFor(2024).daysOff.length + 1,
    );
    expect(count('2025-12-31', '2026-12-31')).toBe(261 - 13 + 2);
  });
  it('round-trips with addWorkingDays (property, over 300 years)', () => {
    const first = toDayNumber(day('1900-01-01'));
    const last = toDayNumber(day('2199-06-30'));
    const failures: string[] = [];
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 5000; i++) {
      const from = fromDayNumber(first + Math.floor(random() * (last - first)));
      const n = Math.floor(random() * 60);
      const to = addWorkingDays(cal, from, n);
      if (countWorkingDays(cal, from, to) !== n) failures.push(`${formatIso(from)} + ${n}`);
      // The result is a working day (unless n = 0), and the day before it does not complete n.
      if (n > 0 && !isWorkingDay(cal, to)) failures.push(`${formatIso(from)} + ${n} → ${formatIso(to)} off`);
    }
    expect(failures).toEqual([]);
  });
});

describe('buildWorkCalendar: the Ngày nghỉ sheet wins', () => {
  it('replaces the built-in list of a year the sheet mentions', () => {
    const user = buildWorkCalendar(daysOffFor, [
      { date: day('2024-11-25'), kind: 'day-off', name: 'Ngày Văn hóa Việt Nam' },
      { date: day('2024-11-30'), kind: 'make-up-workday' },
    ]);
    expect(isWorkingDay(user, day('2024-11-25'))).toBe(false); // added by the user
    expect(isWorkingDay(user, day('2024-11-30'))).toBe(true); // a Saturday worked
    expect(isWorkingDay(user, day('2024-02-12'))).toBe(true); // Tết is not in the user's 2024 list
    expect(isWorkingDay(user, day('2024-05-04'))).toBe(false); // nor is the make-up Saturday
    expect(isWorkingDay(user, day('2025-01-29'))).toBe(false); // 2025 keeps the built-in list
  });
  it('gives the same answers as the built-in list when the sheet repeats it (as the template fills it)', () => {
    const { daysOff, makeUpWorkdays } = daysOffFor(2025);
    const rows = [
      ...daysOff.map((d) => ({ date: d.date, kind: 'day-off' as const })),
      ...makeUpWorkdays.map((d) => ({ date: d.date, kind: 'make-up-workday' as const })),
    ];
    const user = buildWorkCalendar(daysOffFor, rows);
    for (let dn = toDayNumber(day('2025-01-01')); dn <= toDayNumber(day('2025-12-31')); dn++) {
      expect(isWorkingDay(user, fromDayNumber(dn))).toBe(isWorkingDay(cal, fromDayNumber(dn)));
    }
  });
  it('takes any built-in source, and ignores rows outside 1900–2199', () => {
    const none = buildWorkCalendar((year) => ({ year, daysOff: [], makeUpWorkdays: [], source: 'test', provisional: false }), [
      { date: day('2300-01-02'), kind: 'day-off' },
    ]);
    expect(isWorkingDay(none, day('2024-02-12'))).toBe(true);
    expect(add('2024-02-06', 5)).toBe('2024-02-20');
    expect(formatIso(addWorkingDays(none, day('2024-02-06'), 5))).toBe('2024-02-13');
  });
});
