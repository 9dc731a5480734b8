import { DccsError, InvalidYearError } from '../../src/domain/errors';
import { PlanFileError } from '../../src/app/importPlan/planFileError';
import { UnusableWorkbookError } from '../../src/app/errors';
import type { PostingStatus } from '../../src/app/types';
import { describeError } from '../../src/taskpane/describeError';
import { POSTING_STATUS_LABELS, POSTING_STATUS_ORDER, postingStatusLabel } from '../../src/taskpane/labels';
import { parseDateInput } from '../../src/taskpane/parseDateInput';
import { parseYearInput } from '../../src/taskpane/parseYearInput';
import { countPostingsByStatus } from '../../src/taskpane/StatusCounts';
import { today } from '../../src/taskpane/today';
import { HostError } from '../../src/workbook/port';

describe('labels', () => {
  it('names every posting status once, in Vietnamese', () => {
    expect([...POSTING_STATUS_ORDER].sort()).toEqual(Object.keys(POSTING_STATUS_LABELS).sort());
    expect(postingStatusLabel('no-requirement')).toBe('Không yêu cầu thời hạn');
    expect(postingStatusLabel('permanent')).toBe('Niêm yết thường xuyên');
  });
});

describe('parseDateInput', () => {
  it.each([
    ['06/03/2024', { y: 2024, m: 3, d: 6 }],
    ['6/3/2024', { y: 2024, m: 3, d: 6 }],
    [' 29.02.2024 ', { y: 2024, m: 2, d: 29 }],
    ['31-12-2025', { y: 2025, m: 12, d: 31 }],
  ])('reads %p day first', (text, date) => {
    expect(parseDateInput(text)).toEqual({ kind: 'date', date });
  });

  it('treats an empty box as blank', () => {
    expect(parseDateInput('   ')).toEqual({ kind: 'blank' });
  });

  it.each(['2024-03-06', '06/03/24', '6 tháng 3', 'abc', '06/03/2024x'])('refuses %p with the expected form', (text) => {
    expect(parseDateInput(text)).toEqual({ kind: 'invalid', message: 'Ngày không đúng dạng dd/mm/yyyy, ví dụ 15/02/2024.' });
  });

  it('refuses a day that does not exist instead of rolling it over', () => {
    expect(parseDateInput('29/02/2023')).toEqual({ kind: 'invalid', message: 'Ngày 29/02/2023 không có trong lịch.' });
  });
});

describe('parseYearInput', () => {
  it('reads a four-digit year in range', () => {
    expect(parseYearInput(' 2025 ')).toEqual({ kind: 'year', year: 2025 });
  });
  it.each(['', '25', '1999', '2101', '2025.5', '２０２５'])('refuses %p', (text) => {
    expect(parseYearInput(text).kind).toBe('invalid');
  });
});

describe('countPostingsByStatus', () => {
  it('counts in label order and leaves out statuses that did not occur', () => {
    const statuses: PostingStatus[] = ['invalid', 'met', 'ongoing', 'met'];
    expect(countPostingsByStatus(statuses.map((status) => ({ status })))).toEqual([
      { status: 'met', label: 'Đạt', count: 2 },
      { status: 'ongoing', label: 'Đang niêm yết', count: 1 },
      { status: 'invalid', label: 'Dữ liệu không hợp lệ', count: 1 },
    ]);
  });
});

describe('describeError', () => {
  it('shows a host error as it is, since it already speaks Vietnamese', () => {
    expect(describeError(new HostError('office', 'Excel báo lỗi.', { cause: new Error('GeneralException') }))).toBe('Excel báo lỗi.');
  });
  it('shows an unusable workbook as it is, too', () => {
    expect(describeError(new UnusableWorkbookError('sheet-missing', 'Không có sheet «Công khai».'))).toBe('Không có sheet «Công khai».');
  });
  it('shows every user error as it is, the plan file and the year included: the CLI\'s one list (UserError)', () => {
    expect(describeError(new PlanFileError('doc', 'Tệp «kh.doc» là Word cũ: hãy lưu lại dưới dạng .docx.'))).toBe('Tệp «kh.doc» là Word cũ: hãy lưu lại dưới dạng .docx.');
    expect(describeError(new InvalidYearError(1990))).toBe('Năm báo cáo không hợp lệ: 1990 (cần từ 2000 đến 2100).');
  });
  it('prefixes anything else, a named bug included', () => {
    expect(describeError(new DccsError('bad'))).toBe('Đã xảy ra lỗi: bad');
    expect(describeError('boom')).toBe('Đã xảy ra lỗi: boom');
  });
});

describe('today', () => {
  it('takes the calendar day from the local clock, not UTC', () => {
    // The suite runs in Hồ Chí Minh (UTC+7) and Los Angeles (UTC−8): in each zone one of these
    // instants lies on another UTC day, so reading UTC getters would fail there.
    expect(today(new Date(2024, 11, 31, 23, 30))).toEqual({ y: 2024, m: 12, d: 31 });
    expect(today(new Date(2025, 0, 1, 0, 5))).toEqual({ y: 2025, m: 1, d: 1 });
  });
});
