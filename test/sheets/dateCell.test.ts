import type { LocalDate } from '../../src/domain/calendar/localDate';
import { parseDateCell, parseDateText } from '../../src/sheets/dateCell';
import type { CellResult } from '../../src/sheets/cellResult';
import type { CellValue } from '../../src/sheets/grid';
import { issueText } from '../../src/domain/messages';
import { parseCell } from '../../src/sheets/cells';
import type { ColumnSpec } from '../../src/sheets/schema';

const day = (y: number, m: number, d: number): LocalDate => ({ y, m, d });

/** A result as one comparable line: the value, or the problem's code (and a warning's code). */
function outcome<T>(r: CellResult<T>): unknown {
  if (!r.ok) return { error: r.problem.code };
  return r.warning ? { value: r.value, warning: r.warning.code } : { value: r.value };
}

describe('parseDateCell, as staff type dates', () => {
  const cases: [string, CellValue, unknown][] = [
    ['a full stop after the date', '15/02/2024.', { value: day(2024, 2, 15) }],
    ['a semicolon after the date (a list item)', '15/02/2024;', { value: day(2024, 2, 15) }],
    ['a comma after the date', '15/02/2024,', { value: day(2024, 2, 15) }],
    ['dots and a full stop', '15.02.2024.', { value: day(2024, 2, 15) }],
    ['the weekday in brackets', '15/02/2024 (thứ Năm)', { value: day(2024, 2, 15) }],
    ['the weekday as a number', '15/02/2024 (thứ 5)', { value: day(2024, 2, 15) }],
    ['the weekday abbreviated', '15/02/2024 (T5)', { value: day(2024, 2, 15) }],
    ['a Sunday', '18/02/2024 (Chủ nhật)', { value: day(2024, 2, 18) }],
    ['the weekday and a full stop', '15/02/2024 (thứ Năm).', { value: day(2024, 2, 15) }],
    ['a weekday that is wrong', '15/02/2024 (thứ Hai)', { value: day(2024, 2, 15), warning: 'date-weekday-mismatch' }],
    ['a leading Ngày', 'Ngày 15/02/2024', { value: day(2024, 2, 15) }],
    ['the weekday first, as a notice writes it', 'Thứ Năm, ngày 15/02/2024', { value: day(2024, 2, 15) }],
    ['the weekday first, as a number', 'thứ 5 15/02/2024', { value: day(2024, 2, 15) }],
    ['the weekday first, and wrong', 'Thứ Sáu, ngày 15/02/2024', { value: day(2024, 2, 15), warning: 'date-weekday-mismatch' }],
    ['two weekdays', 'Thứ Năm, ngày 15/02/2024 (thứ Năm)', { error: 'date-invalid' }],
    ['a weekday alone', 'Thứ Năm', { error: 'date-invalid' }],
    ['a leading ngày, lower case', 'ngày 15-02-2024', { value: day(2024, 2, 15) }],
    ['a leading Ngày and a colon', 'Ngày: 15.02.2024', { value: day(2024, 2, 15) }],
    ['a leading Ngày before ISO', 'Ngày 2024-02-15', { value: day(2024, 2, 15) }],
    ['words and a full stop', 'Ngày 15 tháng 02 năm 2024.', { value: day(2024, 2, 15) }],
    ['no year, none known', '15/02', { error: 'date-no-year' }],
    ['no year in words, none known', 'ngày 15 tháng 2', { error: 'date-no-year' }],
    ['no year, a month that is none', '15/13', { error: 'date-invalid' }],
    ['only the word Ngày', 'Ngày', { error: 'date-invalid' }],
    ['a month and a year, no day', '02/2024', { error: 'date-invalid' }],
    ['a note in brackets still changes the meaning', '15/02/2024 (dự kiến)', { error: 'date-invalid' }],
    ['an impossible day after Ngày', 'Ngày 31/02/2024', { error: 'date-impossible' }],
  ];
  it.each(cases)('reads %s: %j', (_what, cell, expected) => {
    expect(outcome(parseDateCell(cell))).toEqual(expected);
  });
});

describe('a day and month without a year, when the table\'s year is known', () => {
  const cases: [string, unknown][] = [
    ['15/02', { value: day(2024, 2, 15), warning: 'date-year-assumed' }],
    ['15-2', { value: day(2024, 2, 15), warning: 'date-year-assumed' }],
    ['15.02', { value: day(2024, 2, 15), warning: 'date-year-assumed' }],
    ['ngày 15 tháng 2', { value: day(2024, 2, 15), warning: 'date-year-assumed' }],
    ['Ngày 15/02.', { value: day(2024, 2, 15), warning: 'date-year-assumed' }],
    ['29/02', { value: day(2024, 2, 29), warning: 'date-year-assumed' }],
    ['15/02/2023', { value: day(2023, 2, 15) }],
    ['31/04', { error: 'date-invalid' }],
  ];
  it.each(cases)('reads %j in 2024 as %j', (text, expected) => {
    expect(outcome(parseDateText(text, { defaultYear: 2024 }))).toEqual(expected);
  });

  it('names the year it assumed', () => {
    expect(parseDateCell('15/02', { defaultYear: 2024 })).toEqual({
      ok: true, value: day(2024, 2, 15), warning: { code: 'date-year-assumed', severity: 'warning', params: { year: 2024 } },
    });
  });

  it('does not make 29 February of a common year', () => {
    expect(outcome(parseDateText('29/02', { defaultYear: 2023 }))).toEqual({ error: 'date-impossible' });
  });

  it('gives no year when the table has none', () => {
    expect(parseDateCell('15/02', { defaultYear: null })).toEqual({
      ok: false, problem: { code: 'date-no-year', severity: 'error', params: { day: 15, month: 2 } },
    });
  });

  it('leaves serials and host days alone', () => {
    expect(outcome(parseDateCell(45337, { defaultYear: 2020 }))).toEqual({ value: day(2024, 2, 15) });
    expect(outcome(parseDateCell(day(2024, 2, 15), { defaultYear: 2020 }))).toEqual({ value: day(2024, 2, 15) });
  });
});

describe('every day of a year, typed every way', () => {
  it('reads back the same day whatever the decoration', () => {
    for (let n = 0; n < 366; n += 1) {
      const date = new Date(Date.UTC(2024, 0, 1 + n));
      const d = date.getUTCDate(); const m = date.getUTCMonth() + 1;
      const want = { value: day(2024, m, d) };
      for (const text of [`${d}/${m}/2024.`, `Ngày ${d}-${m}-2024;`, `ngày ${d} tháng ${m} năm 2024`]) {
        expect(outcome(parseDateText(text))).toEqual(want);
      }
      expect(outcome(parseDateText(`${d}/${m}`, { defaultYear: 2024 }))).toEqual({ ...want, warning: 'date-year-assumed' });
    }
  });
});

describe('the messages for a date without a year', () => {
  const text = (code: string, value: string, params: Record<string, string | number>) =>
    issueText({ code, severity: 'warning', sheet: 'Theo dõi niêm yết', row: 7, column: 'Ngày niêm yết', value, params });

  it('names the value and the year assumed', () => {
    expect(text('date-year-assumed', '15/02', { year: 2024 }))
      .toBe('Ngày "15/02" không ghi năm; đã hiểu là năm 2024 (năm của bảng). Nếu không đúng, ghi đủ ngày/tháng/năm');
  });

  it('asks for the year when none is known', () => {
    expect(text('date-no-year', '15/02', { day: 15, month: 2 })).toContain('"15/02" không ghi năm');
  });

  it('names the right weekday', () => {
    expect(text('date-weekday-mismatch', '15/02/2024 (thứ Hai)', { weekday: 'Thứ Năm' })).toContain('ngày này là Thứ Năm');
  });
});

describe('parseCell passes the table\'s year to a date column', () => {
  const dateColumn: ColumnSpec = { header: 'Ngày niêm yết', key: 'start', type: 'date', aliases: [] };
  it('reads 15/02 in 2024 with a warning, and refuses it without a year', () => {
    expect(outcome(parseCell('15/02', dateColumn, { defaultYear: 2024 }))).toEqual({ value: day(2024, 2, 15), warning: 'date-year-assumed' });
    expect(outcome(parseCell('15/02', dateColumn))).toEqual({ error: 'date-no-year' });
  });
});
