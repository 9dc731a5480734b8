import type { LocalDate } from '../../src/domain/calendar/localDate';
import { CONTENT_GROUPS, POSTING_FORMS } from '../../src/domain/vocabulary';
import {
  cellText, parseDateCell, parseDeadlineCell, parseIntegerCell, parseNumberCell, parseNumberOrTextCell,
  parseTextCell, parseVocabCell, type CellResult,
} from '../../src/sheets/cells';
import type { CellValue } from '../../src/sheets/grid';

const day = (y: number, m: number, d: number): LocalDate => ({ y, m, d });

/** A result as one comparable line: the value, or the problem's code (and a warning's code). */
function outcome<T>(r: CellResult<T>): unknown {
  if (!r.ok) return { error: r.problem.code };
  return r.warning ? { value: r.value, warning: r.warning.code } : { value: r.value };
}

describe('parseDateCell', () => {
  const cases: [string, CellValue, unknown][] = [
    ['a slash date', '15/02/2024', { value: day(2024, 2, 15) }],
    ['a single-digit month', '15/2/2024', { value: day(2024, 2, 15) }],
    ['single digits both', '5/3/2024', { value: day(2024, 3, 5) }],
    ['dashes', '15-02-2024', { value: day(2024, 2, 15) }],
    ['dots', '15.02.2024', { value: day(2024, 2, 15) }],
    ['ISO year first', '2024-02-15', { value: day(2024, 2, 15) }],
    ['words', 'ngày 15 tháng 02 năm 2024', { value: day(2024, 2, 15) }],
    ['capitalised words, no zero', 'Ngày 15 tháng 2 năm 2024', { value: day(2024, 2, 15) }],
    ['decomposed accents (Mac)', 'Ngày 15 tháng 2 năm 2024'.normalize('NFD'), { value: day(2024, 2, 15) }],
    ['words without "ngày"', '15 tháng 2 năm 2024', { value: day(2024, 2, 15) }],
    ['a two-digit year', '15/02/24', { value: day(2024, 2, 15) }],
    ['surrounding spaces', '  06/03/2024 ', { value: day(2024, 3, 6) }],
    ['day first, never month first', '02/03/2024', { value: day(2024, 3, 2) }],
    ['29 February of a leap year', '29/02/2024', { value: day(2024, 2, 29) }],
    ['an Excel serial', 45337, { value: day(2024, 2, 15) }],
    ['an Excel serial with a time', 45337.75, { value: day(2024, 2, 15) }],
    ['a day from the host', day(2024, 2, 15), { value: day(2024, 2, 15) }],
    ['a blank cell', null, { value: null }],
    ['a blank text', '   ', { value: null }],
    ['31 February', '31/02/2024', { error: 'date-impossible' }],
    ['29 February of a common year', '29/02/2023', { error: 'date-impossible' }],
    ['month 13', '15/13/2024', { error: 'date-impossible' }],
    ['a US date', '02/15/2024', { error: 'date-impossible' }],
    ['an impossible host day', day(2024, 2, 30), { error: 'date-impossible' }],
    ['words', 'đầu tháng 3', { error: 'date-invalid' }],
    ['mixed separators', '15/02-2024', { error: 'date-invalid' }],
    ['a date with a note', '15/02/2024 (dự kiến)', { error: 'date-invalid' }],
    ['a year typed as a number', 2024, { error: 'date-invalid' }],
    ['a boolean', true, { error: 'date-invalid' }],
    ['an Excel error', '#N/A', { error: 'date-invalid' }],
    ['a year before 2000', '15/02/1999', { value: day(1999, 2, 15), warning: 'date-year-range' }],
    ['a year after 2100', '15/02/2204', { value: day(2204, 2, 15), warning: 'date-year-range' }],
    ['an old serial', 18264, { value: day(1950, 1, 1), warning: 'date-year-range' }],
  ];
  it.each(cases)('reads %s: %j', (_what, cell, expected) => {
    expect(outcome(parseDateCell(cell))).toEqual(expected);
  });

  it('names the impossible day in its parameters', () => {
    expect(parseDateCell('31/02/2024')).toEqual({
      ok: false, problem: { code: 'date-impossible', severity: 'error', params: { day: 31, month: 2, year: 2024 } },
    });
  });
});

describe('parseNumberCell', () => {
  const cases: [CellValue, readonly string[], unknown][] = [
    [30, [], { value: 30 }],
    [12.5, [], { value: 12.5 }],
    ['30', [], { value: 30 }],
    ['1.234', [], { value: 1234 }],
    ['1.234.567', [], { value: 1234567 }],
    ['1 234', [], { value: 1234 }],
    ['1\u00a0234\u00a0567', [], { value: 1234567 }],
    ['12,5', [], { value: 12.5 }],
    ['1.234,5', [], { value: 1234.5 }],
    ['12.5', [], { value: 12.5 }],
    ['-3', [], { value: -3 }],
    ['30 ngày', ['ngày'], { value: 30 }],
    ['30 NGAY', ['ngày'], { value: 30 }],
    ['1.200 hộ', ['hộ'], { value: 1200 }],
    [null, [], { value: null }],
    ['', [], { value: null }],
    ['30 ngày', [], { error: 'number-invalid' }],
    ['khoảng 30', [], { error: 'number-invalid' }],
    ['1.23.4', [], { error: 'number-invalid' }],
    ['12,5,6', [], { error: 'number-invalid' }],
    [true, [], { error: 'number-invalid' }],
    [day(2024, 2, 15), [], { error: 'number-invalid' }],
  ];
  it.each(cases)('reads %j (units %j) as %j', (cell, units, expected) => {
    expect(outcome(parseNumberCell(cell, units))).toEqual(expected);
  });
});

describe('parseIntegerCell', () => {
  const cases: [CellValue, unknown][] = [
    ['1.234', { value: 1234 }],
    [0, { value: 0 }],
    ['12,5', { error: 'integer-invalid' }],
    [-1, { error: 'integer-invalid' }],
    ['nhiều', { error: 'number-invalid' }],
  ];
  it.each(cases)('reads the count %j as %j', (cell, expected) => {
    expect(outcome(parseIntegerCell(cell))).toEqual(expected);
  });
});

describe('text, vocabulary, deadline and number-or-text cells', () => {
  it('turns decomposed text into NFC and trims it', () => {
    expect(parseTextCell('  Tha\u0301ng ')).toEqual({ ok: true, value: 'Tháng' });
    expect(parseTextCell(12)).toEqual({ ok: true, value: '12' });
    expect(parseTextCell(day(2024, 3, 6))).toEqual({ ok: true, value: '06/03/2024' });
    expect(parseTextCell(' ')).toEqual({ ok: true, value: null });
  });

  it('lists the accepted values for an unknown vocabulary value', () => {
    expect(parseVocabCell('Bảng tin', POSTING_FORMS)).toEqual({
      ok: false,
      problem: {
        code: 'vocab-unknown', severity: 'error',
        params: {
          vocabulary: 'Hình thức công khai',
          accepted: 'Niêm yết, Niêm yết thường xuyên, Trang thông tin điện tử, Truyền thanh, Thông qua trưởng thôn, ' +
            'Gửi văn bản, Hội nghị, Mạng xã hội, Khác',
        },
      },
    });
  });

  it('reads a khoản number typed as a number, and a blank group as unknown, not Khác (Luật 10/2022/QH15, Điều 13 khoản 2; RULES.md, corrections)', () => {
    expect(parseVocabCell(11, CONTENT_GROUPS)).toEqual({ ok: true, value: 'consultation' });
    expect(parseVocabCell(null, CONTENT_GROUPS)).toEqual({ ok: true, value: null });
    expect(parseVocabCell(null, POSTING_FORMS)).toEqual({ ok: true, value: null });
  });

  const deadlines: [CellValue, unknown][] = [
    [45337, { value: day(2024, 2, 15) }],
    [day(2026, 6, 10), { value: day(2026, 6, 10) }],
    ['10/6/2026', { value: '10/6/2026' }],
    ['Quý III/2024', { value: 'Quý III/2024' }],
    [2024, { value: '2024' }],
    [null, { value: null }],
  ];
  it.each(deadlines)('keeps the deadline %j as %j', (cell, expected) => {
    expect(outcome(parseDeadlineCell(cell))).toEqual(expected);
  });

  it('reads a rule value as a number when it is one', () => {
    expect(parseNumberOrTextCell('1.000')).toEqual({ ok: true, value: 1000 });
    expect(parseNumberOrTextCell('thường xuyên')).toEqual({ ok: true, value: 'thường xuyên' });
  });

  it('shows a cell as a person reads it', () => {
    expect([cellText(day(2024, 3, 6)), cellText(false), cellText(null), cellText(3.5)]).toEqual(['06/03/2024', 'FALSE', '', '3.5']);
  });
});
