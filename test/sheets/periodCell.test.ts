import { compareDates, type LocalDate } from '../../src/domain/calendar/localDate';
import { issueText } from '../../src/domain/messages';
import type { CellResult } from '../../src/sheets/cellResult';
import type { CellValue } from '../../src/sheets/grid';
import { parsePeriodCell, type Period } from '../../src/sheets/periodCell';

const day = (y: number, m: number, d: number): LocalDate => ({ y, m, d });
const span = (start: LocalDate, end: LocalDate | null): Period => ({ start, end });

function outcome(r: CellResult<Period>): unknown {
  if (!r.ok) return { error: r.problem.code };
  return r.warning ? { value: r.value, warning: r.warning.code } : { value: r.value };
}

const feb15 = day(2024, 2, 15);
const mar6 = day(2024, 3, 6);

describe('parsePeriodCell', () => {
  const cases: [string, CellValue, unknown][] = [
    ['a hyphen', '15/02/2024 - 06/03/2024', { value: span(feb15, mar6) }],
    ['a hyphen without spaces', '15/02/2024-06/03/2024', { value: span(feb15, mar6) }],
    ['dashed dates and a hyphen', '15-02-2024 - 06-03-2024', { value: span(feb15, mar6) }],
    ['dashed dates, no spaces', '15-02-2024-06-03-2024', { value: span(feb15, mar6) }],
    ['an en dash', '15/02/2024 – 06/03/2024', { value: span(feb15, mar6) }],
    ['an em dash', '15/02/2024—06/03/2024', { value: span(feb15, mar6) }],
    ['an arrow', '15/02/2024 → 06/03/2024', { value: span(feb15, mar6) }],
    ['đến', '15/02/2024 đến 06/03/2024', { value: span(feb15, mar6) }],
    ['tới', '15/02/2024 tới 06/03/2024', { value: span(feb15, mar6) }],
    ['từ … đến, the start without a year', 'từ 15/02 đến 06/03/2024', { value: span(feb15, mar6) }],
    ['Từ ngày … đến ngày …', 'Từ ngày 15/02/2024 đến ngày 06/03/2024', { value: span(feb15, mar6) }],
    ['đến hết ngày (seed 000)', '15/02/2024 đến hết ngày 06/03/2024', { value: span(feb15, mar6) }],
    ['kể từ ngày … đến hết ngày …', 'kể từ ngày 15/02/2024 đến hết ngày 06/03/2024.', { value: span(feb15, mar6) }],
    ['a start without a year and a hyphen', '15/02 - 06/03/2024', { value: span(feb15, mar6) }],
    ['a start without a year, no spaces', '15/02-06/03/2024', { value: span(feb15, mar6) }],
    ['words', 'từ ngày 15 tháng 02 năm 2024 đến ngày 06 tháng 3 năm 2024', { value: span(feb15, mar6) }],
    ['ISO dates', '2024-02-15 - 2024-03-06', { value: span(feb15, mar6) }],
    ['weekdays on both sides', '15/02/2024 (thứ Năm) - 06/03/2024 (thứ Tư)', { value: span(feb15, mar6) }],
    ['a start of a day alone', 'từ ngày 15 đến ngày 20/02/2024', { value: span(feb15, day(2024, 2, 20)) }],
    ['a start of a day alone, in words', 'từ ngày 15 đến ngày 20 tháng 02 năm 2024', { value: span(feb15, day(2024, 2, 20)) }],
    ['days joined by a hyphen', '15-20/02/2024', { value: span(feb15, day(2024, 2, 20)) }],
    ['a day alone after the end', 'từ ngày 25 đến ngày 20/02/2024', { error: 'period-reversed' }],
    ['words without a year', 'từ ngày 15 tháng 2 đến ngày 6 tháng 3 năm 2024', { value: span(feb15, mar6) }],
    ['over New Year', 'từ 20/12 đến 10/01/2025', { value: span(day(2024, 12, 20), day(2025, 1, 10)) }],
    ['an end without a year', '20/12/2024 - 10/01', { value: span(day(2024, 12, 20), day(2025, 1, 10)) }],
    ['one day', '15/02/2024 - 15/02/2024', { value: span(feb15, feb15) }],
    ['a start alone', 'từ 15/02/2024', { value: span(feb15, null) }],
    ['a start alone, open dash', '15/02/2024 -', { value: span(feb15, null) }],
    ['a date as text', '15/02/2024', { value: span(feb15, null) }],
    ['a date cell', feb15, { value: span(feb15, null) }],
    ['a serial', 45337, { value: span(feb15, null) }],
    ['a blank cell', null, { value: null }],
    ['blank text', '  ', { value: null }],
    ['no year anywhere, none known', '15/02 - 06/03', { error: 'date-no-year' }],
    ['a start alone without a year, none known', 'từ 15/02', { error: 'date-no-year' }],
    ['an impossible start', '30/02/2024 - 06/03/2024', { error: 'date-impossible' }],
    ['an impossible end', '15/02/2024 - 31/04/2024', { error: 'date-impossible' }],
    ['29/02 taken into a common year', '29/02 - 06/03/2023', { error: 'date-impossible' }],
    ['the end before the start', '06/03/2024 - 15/02/2024', { error: 'period-reversed' }],
    ['words only', 'cả tháng 3', { error: 'period-invalid' }],
    ['two numbers', '15 - 20', { error: 'period-invalid' }],
    ['an end alone', 'đến 06/03/2024', { error: 'period-invalid' }],
    ['a note after the period', '15/02/2024 - 06/03/2024 (dự kiến)', { error: 'period-invalid' }],
    ['a year typed as a number', 2024, { error: 'period-invalid' }],
    ['a boolean', true, { error: 'period-invalid' }],
  ];
  it.each(cases)('reads %s: %j', (_what, cell, expected) => {
    expect(outcome(parsePeriodCell(cell))).toEqual(expected);
  });
});

describe('a period without years, when the table\'s year is known', () => {
  const cases: [string, unknown][] = [
    ['15/02 - 06/03', { value: span(feb15, mar6), warning: 'date-year-assumed' }],
    ['từ 15/02 đến 06/03', { value: span(feb15, mar6), warning: 'date-year-assumed' }],
    ['20/12 - 10/01', { value: span(day(2024, 12, 20), day(2025, 1, 10)), warning: 'date-year-assumed' }],
    ['từ 15/02', { value: span(feb15, null), warning: 'date-year-assumed' }],
    // A year typed in the cell beats the table's.
    ['15/02 - 06/03/2023', { value: span(day(2023, 2, 15), day(2023, 3, 6)) }],
  ];
  it.each(cases)('reads %j in 2024 as %j', (text, expected) => {
    expect(outcome(parsePeriodCell(text, { defaultYear: 2024 }))).toEqual(expected);
  });

  it('names the year it assumed', () => {
    const read = parsePeriodCell('15/02 - 06/03', { defaultYear: 2024 });
    expect(read.ok && read.warning).toEqual({ code: 'date-year-assumed', severity: 'warning', params: { year: 2024 } });
  });
});

describe('every period read has its start no later than its end', () => {
  it('holds for day pairs across a year, typed with and without the start\'s year', () => {
    const fmt = (d: LocalDate, year = true) => `${d.d}/${d.m}${year ? `/${d.y}` : ''}`;
    for (let a = 0; a < 400; a += 7) {
      for (let b = 0; b < 400; b += 11) {
        const s = new Date(Date.UTC(2024, 0, 1 + a)); const e = new Date(Date.UTC(2024, 0, 1 + b));
        const start = day(s.getUTCFullYear(), s.getUTCMonth() + 1, s.getUTCDate());
        const end = day(e.getUTCFullYear(), e.getUTCMonth() + 1, e.getUTCDate());
        for (const text of [`${fmt(start)} - ${fmt(end)}`, `từ ${fmt(start, false)} đến ${fmt(end)}`]) {
          const read = parsePeriodCell(text);
          if (read.ok && read.value?.end) expect(compareDates(read.value.start, read.value.end)).toBeLessThanOrEqual(0);
          // Typed in full, a period reads back exactly or is refused as reversed.
          if (text.startsWith(fmt(start))) {
            expect(outcome(read)).toEqual(a <= b ? { value: span(start, end) } : { error: 'period-reversed' });
          }
        }
      }
    }
  });
});

describe('the message for an unreadable period', () => {
  it('quotes the cell and shows how to write one', () => {
    expect(issueText({ code: 'period-invalid', severity: 'error', sheet: 'Sheet1', row: 9, column: 'Thời gian niêm yết', value: 'cả tháng 3' }))
      .toBe('Không đọc được khoảng thời gian "cả tháng 3". Ghi ví dụ "15/02/2024 - 06/03/2024" hoặc "từ 15/02/2024 đến 06/03/2024"');
  });
});
