import { readWorkCalendar, toUserDayRows } from '../../src/app/settings/daysOff';
import { daysOffFor } from '../../src/domain/calendar/holidays';
import { formatIso, fromDayNumber, toDayNumber } from '../../src/domain/calendar/localDate';
import { addWorkingDays, buildWorkCalendar, isWorkingDay } from '../../src/domain/calendar/workingDays';
import { daysOffRows } from '../../src/report/daysOffSheet';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';
import { DAYS_OFF_SHEET } from '../../src/sheets/schema';
import { readTable } from '../../src/sheets/table';

const grid = (values: CellValue[][]): SheetGrid => ({ name: 'Ngày nghỉ', firstRow: 1, firstColumn: 1, values, tables: [] });
const HEADER = ['Ngày', 'Tên', 'Loại'];

describe('readWorkCalendar', () => {
  it('reads back what the template wrote: the same working days all year', () => {
    const { calendar, issues } = readWorkCalendar(grid([HEADER, ...(daysOffRows(2024) as CellValue[][])]));
    expect(issues).toEqual([]);
    const builtIn = buildWorkCalendar();
    for (let dn = toDayNumber({ y: 2024, m: 1, d: 1 }); dn <= toDayNumber({ y: 2024, m: 12, d: 31 }); dn++) {
      expect(isWorkingDay(calendar, fromDayNumber(dn))).toBe(isWorkingDay(builtIn, fromDayNumber(dn)));
    }
  });

  it('lets a day the user adds or removes change the working-day results', () => {
    const rows = (daysOffRows(2024) as CellValue[][]).filter((r) => r[1] !== 'Giỗ Tổ Hùng Vương (10/3 âm lịch)');
    const { calendar } = readWorkCalendar(grid([HEADER, ...rows, ['25/11/2024', 'Ngày Văn hóa Việt Nam', '']]));
    expect(isWorkingDay(calendar, { y: 2024, m: 4, d: 18 })).toBe(true);
    expect(isWorkingDay(calendar, { y: 2024, m: 11, d: 25 })).toBe(false); // blank Loại means Nghỉ
    expect(formatIso(addWorkingDays(calendar, { y: 2024, m: 11, d: 22 }, 1))).toBe('2024-11-26');
  });

  it('reports an unreadable date or an unknown Loại with sheet, row and column, and uses the rest', () => {
    const { calendar, issues } = readWorkCalendar(grid([
      HEADER,
      ['31/02/2025', 'Sai ngày', 'Nghỉ'],
      ['03/03/2025', 'Loại lạ', 'Trực Tết'],
      ['04/03/2025', 'Ngày nghỉ riêng', 'Nghỉ'],
    ]));
    expect(issues.map((i) => [i.code, i.sheet, i.row, i.column])).toEqual([
      ['date-impossible', 'Ngày nghỉ', 2, 'Ngày'],
      ['vocab-unknown', 'Ngày nghỉ', 3, 'Loại'],
    ]);
    expect(isWorkingDay(calendar, { y: 2025, m: 3, d: 3 })).toBe(true); // the row with a bad Loại is left out
    expect(isWorkingDay(calendar, { y: 2025, m: 3, d: 4 })).toBe(false);
    expect(isWorkingDay(calendar, { y: 2025, m: 1, d: 29 })).toBe(true); // the sheet's 2025 replaces Tết
  });

  it('uses the built-in days off when the workbook has no Ngày nghỉ sheet', () => {
    const { calendar, issues } = readWorkCalendar(null);
    expect(issues).toEqual([]); // the built-in list is the default, nothing to say
    expect(isWorkingDay(calendar, daysOffFor(2025).daysOff[0].date)).toBe(false);
  });
});

describe('toUserDayRows', () => {
  it('maps Làm bù to a make-up workday and keeps the name', () => {
    const read = readTable(grid([HEADER, ['10/01/2026', 'Làm bù Tết DL', 'Làm bù']]), DAYS_OFF_SHEET);
    expect(toUserDayRows(read)).toEqual([{ date: { y: 2026, m: 1, d: 10 }, kind: 'make-up-workday', name: 'Làm bù Tết DL' }]);
  });
});
