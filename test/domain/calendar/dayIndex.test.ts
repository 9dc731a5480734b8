import { CalendarRangeError } from '../../../src/domain/calendar/calendarRange';
import { DAY_COUNT, fromDayIndex, toDayIndex, yearOfIndex } from '../../../src/domain/calendar/dayIndex';
import { fromDayNumber, toDayNumber } from '../../../src/domain/calendar/localDate';

describe('dayIndex', () => {
  it('agrees with toDayNumber and fromDayNumber on every day of 1900–2199', () => {
    const origin = toDayNumber({ y: 1900, m: 1, d: 1 });
    expect(DAY_COUNT).toBe(toDayNumber({ y: 2200, m: 1, d: 1 }) - origin);
    const failures: number[] = [];
    for (let i = 0; i < DAY_COUNT; i++) {
      const date = fromDayNumber(origin + i);
      const back = fromDayIndex(i);
      if (toDayIndex(date) !== i || back.y !== date.y || back.m !== date.m || back.d !== date.d || yearOfIndex(i) !== date.y) failures.push(i);
    }
    expect(failures).toEqual([]);
  });
  it('refuses days outside the range', () => {
    expect(() => toDayIndex({ y: 1899, m: 12, d: 31 })).toThrow(CalendarRangeError);
    expect(() => toDayIndex({ y: 2200, m: 1, d: 1 })).toThrow(CalendarRangeError);
    expect(() => fromDayIndex(-1)).toThrow(CalendarRangeError);
    expect(() => fromDayIndex(DAY_COUNT)).toThrow(CalendarRangeError);
  });
});
