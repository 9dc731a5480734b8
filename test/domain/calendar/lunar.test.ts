import { CalendarRangeError } from '../../../src/domain/calendar/calendarRange';
import { formatIso, fromDayNumber, toDayNumber } from '../../../src/domain/calendar/localDate';
import { fromLunar, hungKingsOf, lunarMonthLength, tetOf, toLunar } from '../../../src/domain/calendar/lunar';

const iso = formatIso;

describe('tetOf', () => {
  // The years where the Vietnamese calendar (UTC+7) and the Chinese one (UTC+8) disagree, as listed
  // in Hồ Ngọc Đức's "Sự khác nhau giữa âm lịch Việt Nam và Trung Quốc" and the press of those years.
  it.each([
    [1968, '1968-01-29', '1968-01-30'], // Tết Mậu Thân: the North (new calendar) a day before the South
    [1985, '1985-01-21', '1985-02-20'], // a month apart: month 11 and the leap month differ
    [2007, '2007-02-17', '2007-02-18'],
    [2030, '2030-02-02', '2030-02-03'],
    [2053, '2053-02-18', '2053-02-19'],
  ])('puts Tết %i on %s in Việt Nam (China: %s)', (year, vietnam, china) => {
    expect(iso(tetOf(year))).toBe(vietnam);
    expect(iso(tetOf(year))).not.toBe(china);
  });

  // Tết dates published each year (calendars, government day-off notices); 1995–2035 agree with China.
  it('matches the published Tết of 1995–2035', () => {
    const published = [
      '1995-01-31', '1996-02-19', '1997-02-07', '1998-01-28', '1999-02-16', '2000-02-05', '2001-01-24',
      '2002-02-12', '2003-02-01', '2004-01-22', '2005-02-09', '2006-01-29', '2007-02-17', '2008-02-07',
      '2009-01-26', '2010-02-14', '2011-02-03', '2012-01-23', '2013-02-10', '2014-01-31', '2015-02-19',
      '2016-02-08', '2017-01-28', '2018-02-16', '2019-02-05', '2020-01-25', '2021-02-12', '2022-02-01',
      '2023-01-22', '2024-02-10', '2025-01-29', '2026-02-17', '2027-02-06', '2028-01-26', '2029-02-13',
      '2030-02-02', '2031-01-23', '2032-02-11', '2033-01-31', '2034-02-19', '2035-02-08',
    ];
    expect(published.map((_, i) => iso(tetOf(1995 + i)))).toEqual(published);
  });

  it('always falls between 21/01 and 20/02', () => {
    for (let y = 1900; y <= 2199; y++) {
      const tet = tetOf(y);
      const day = tet.m * 100 + tet.d;
      expect(day >= 121 && day <= 220).toBe(true);
    }
  });

  it('refuses a year outside 1900–2199', () => {
    expect(() => tetOf(1899)).toThrow(CalendarRangeError);
    expect(() => tetOf(2200)).toThrow(CalendarRangeError);
  });
});

describe('hungKingsOf', () => {
  // Giỗ Tổ Hùng Vương days off announced for 2023–2026 (RULES.md, "Days off").
  it.each([[2023, '2023-04-29'], [2024, '2024-04-18'], [2025, '2025-04-07'], [2026, '2026-04-26']])(
    'puts Giỗ Tổ %i on %s', (year, date) => expect(iso(hungKingsOf(year))).toBe(date),
  );
  it('takes the regular third month when the year has a leap third month', () => {
    // 2031 has a leap 3rd month; 10/3 is in the first (regular) one.
    expect(fromLunar(2031, 3, 1, true)).not.toBeNull();
    expect(toLunar(hungKingsOf(2031))).toEqual({ year: 2031, month: 3, day: 10, leap: false });
  });
});

describe('toLunar and fromLunar', () => {
  it('converts Tết Giáp Thìn and the leap second month of Quý Mão', () => {
    expect(toLunar({ y: 2024, m: 2, d: 10 })).toEqual({ year: 2024, month: 1, day: 1, leap: false });
    expect(toLunar({ y: 2024, m: 2, d: 9 })).toEqual({ year: 2023, month: 12, day: 30, leap: false });
    expect(toLunar({ y: 2023, m: 3, d: 22 })).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(fromLunar(2023, 2, 1, true)).toEqual({ y: 2023, m: 3, d: 22 });
  });

  it('knows the leap months of 2001–2025', () => {
    const leaps: string[] = [];
    for (let y = 2001; y <= 2025; y++) {
      for (let m = 1; m <= 12; m++) if (fromLunar(y, m, 1, true)) leaps.push(`${y}:${m}`);
    }
    expect(leaps).toEqual(['2001:4', '2004:2', '2006:7', '2009:5', '2012:4', '2014:9', '2017:6', '2020:4', '2023:2', '2025:6']);
  });

  it('has the leap eleventh month of 2033 (the "2033 problem" of the Chinese rules)', () => {
    expect(fromLunar(2033, 11, 1, true)).not.toBeNull();
  });

  // Hồ Ngọc Đức's published JavaScript returns day 0 for these two days (its month search looks
  // one new moon too far); the month table here gives the 30th of the month.
  it('gives the 30th day where the published code says day 0', () => {
    expect(toLunar({ y: 2054, m: 5, d: 7 })).toEqual({ year: 2054, month: 3, day: 30, leap: false });
    expect(toLunar({ y: 2062, m: 4, d: 9 })).toEqual({ year: 2062, month: 2, day: 30, leap: false });
  });

  it('returns null for lunar dates that do not exist', () => {
    expect(fromLunar(2024, 2, 1, true)).toBeNull(); // no leap month in 2024
    expect(lunarMonthLength(2024, 12)).toBe(29);
    expect(fromLunar(2024, 12, 30)).toBeNull(); // tháng Chạp Giáp Thìn has 29 days
    expect(fromLunar(2024, 13, 1)).toBeNull();
    expect(fromLunar(2024, 1, 0)).toBeNull();
    expect(fromLunar(2024, 1, 1.5)).toBeNull();
    expect(fromLunar(2200, 1, 1)).toBeNull();
  });

  it('refuses a day outside 1900–2199 or an impossible day', () => {
    expect(() => toLunar({ y: 1899, m: 12, d: 31 })).toThrow(CalendarRangeError);
    expect(() => toLunar({ y: 2200, m: 1, d: 1 })).toThrow(CalendarRangeError);
    expect(() => toLunar({ y: 2024, m: 2, d: 31 })).toThrow(CalendarRangeError);
    expect(toLunar({ y: 1900, m: 1, d: 1 })).toEqual({ year: 1899, month: 12, day: 1, leap: false });
  });

  it('round-trips every day of 1900–2199, one lunar day after another', () => {
    const first = toDayNumber({ y: 1900, m: 1, d: 1 });
    const last = toDayNumber({ y: 2199, m: 12, d: 31 });
    let prev = toLunar(fromDayNumber(first));
    let failures = 0;
    for (let dn = first; dn <= last; dn++) {
      const date = fromDayNumber(dn);
      const lunar = toLunar(date);
      const back = fromLunar(lunar.year, lunar.month, lunar.day, lunar.leap);
      if (!back || toDayNumber(back) !== dn) failures++;
      // Each day is the next lunar day, or day 1 after a 29th or 30th.
      if (dn > first) {
        const next = lunar.day === prev.day + 1 ? lunar.month === prev.month && lunar.leap === prev.leap
          : lunar.day === 1 && (prev.day === 29 || prev.day === 30);
        if (!next) failures++;
      }
      prev = lunar;
    }
    expect(failures).toBe(0);
  });

  it('gives every lunar year 1900–2198 twelve months, or thirteen with one leap month', () => {
    for (let y = 1900; y <= 2198; y++) {
      const days = toDayNumber(tetOf(y + 1)) - toDayNumber(tetOf(y));
      let leapMonths = 0;
      for (let m = 1; m <= 12; m++) if (fromLunar(y, m, 1, true)) leapMonths++;
      expect([leapMonths, days >= 353 && days <= 355 ? 12 : days >= 383 && days <= 385 ? 13 : -1])
        .toEqual(leapMonths === 1 ? [1, 13] : [0, 12]);
    }
  });
});
