import { addDays, dayOfWeek, formatIso, formatVi, fromDayNumber, fromExcelSerial, makeDate, parseIso, toDayNumber, toExcelSerial } from '../../../src/domain/calendar/localDate';

describe('localDate', () => {
  it('round-trips day numbers across four centuries', () => {
    for (let n = -80000; n < 120000; n += 37) expect(toDayNumber(fromDayNumber(n))).toBe(n);
  });
  it('knows 1970-01-01 is day 0 and a Thursday', () => {
    expect(toDayNumber({ y: 1970, m: 1, d: 1 })).toBe(0);
    expect(dayOfWeek({ y: 1970, m: 1, d: 1 })).toBe(4);
    expect(dayOfWeek({ y: 2024, m: 2, d: 10 })).toBe(6); // Tết Giáp Thìn, a Saturday
  });
  it('refuses 31/02 instead of guessing', () => {
    expect(makeDate(2024, 2, 31)).toBeNull();
    expect(makeDate(2024, 2, 29)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(makeDate(2023, 2, 29)).toBeNull();
  });
  it('adds days across a leap day', () => {
    expect(addDays({ y: 2024, m: 2, d: 15 }, 20)).toEqual({ y: 2024, m: 3, d: 6 });
  });
  it('formats and parses', () => {
    expect(formatIso({ y: 2024, m: 3, d: 6 })).toBe('2024-03-06');
    expect(formatVi({ y: 2024, m: 3, d: 6 })).toBe('06/03/2024');
    expect(parseIso('2024-03-06')).toEqual({ y: 2024, m: 3, d: 6 });
    expect(parseIso('2024-02-30')).toBeNull();
    expect(parseIso('06/03/2024')).toBeNull();
  });
  it('converts Excel serials like Excel does', () => {
    expect(toExcelSerial({ y: 2024, m: 2, d: 15 })).toBe(45337);
    expect(fromExcelSerial(45337.75)).toEqual({ y: 2024, m: 2, d: 15 });
    expect(fromExcelSerial(61)).toEqual({ y: 1900, m: 3, d: 1 });
  });
});
