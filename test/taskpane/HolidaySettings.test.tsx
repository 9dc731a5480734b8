/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { holidayReport, type HolidayReport } from '../../src/app/settings/daysOff';
import { CalendarRangeError } from '../../src/domain/calendar/calendarRange';
import { App } from '../../src/taskpane/App';
import { formatDayWithWeekday } from '../../src/taskpane/formatDay';
import { HolidaySettings } from '../../src/taskpane/HolidaySettings';
import { renderInFluent } from './render';

type Holidays = (year: number) => HolidayReport;

function renderSettings(defaultYear: number, holidays: Holidays = holidayReport) {
  return renderInFluent(<HolidaySettings holidays={holidays} defaultYear={defaultYear} />);
}

const header = () => screen.getByRole('button', { name: 'Cài đặt – Lịch nghỉ' });
const yearBox = () => screen.getByLabelText(/Năm/) as HTMLInputElement;
const fact = (term: string) => document.querySelector(`[data-fact="${term}"]`)?.textContent;
const items = (name: string) =>
  within(screen.getByRole('list', { name })).getAllByRole('listitem').map((li) => li.textContent);
const typeYear = (text: string) => fireEvent.change(yearBox(), { target: { value: text } });

describe('formatDayWithWeekday', () => {
  it.each([
    ['2024-02-10', 'Thứ Bảy, 10/02/2024'],
    ['2024-02-11', 'Chủ nhật, 11/02/2024'],
    ['2026-01-10', 'Thứ Bảy, 10/01/2026'],
    ['1900-01-01', 'Thứ Hai, 01/01/1900'],
  ])('writes %p as %p', (iso, text) => {
    expect(formatDayWithWeekday(iso)).toBe(text);
  });

  it('shows text that is not an ISO day as it is', () => {
    expect(formatDayWithWeekday('2024-02-30')).toBe('2024-02-30');
  });
});

describe('HolidaySettings', () => {
  it('stays folded, computing nothing, until the user opens it', () => {
    const holidays = jest.fn(holidayReport);
    renderSettings(2024, holidays);
    expect(header().getAttribute('aria-expanded')).toBe('false');
    expect(holidays).not.toHaveBeenCalled();
    fireEvent.click(header());
    expect(yearBox().value).toBe('2024');
    expect(holidays).toHaveBeenCalledWith(2024);
  });

  it('shows Tết and Giỗ Tổ 2024 with their weekdays, and the Tết days off 08/02–14/02', () => {
    renderSettings(2024);
    fireEvent.click(header());
    expect(fact('Tết Nguyên đán')).toBe('Thứ Bảy, 10/02/2024');
    expect(fact('Giỗ Tổ Hùng Vương')).toBe('Thứ Năm, 18/04/2024');
    expect(items('Ngày nghỉ (ngày trong tuần)').filter((item) => item?.endsWith('Tết Âm lịch'))).toEqual([
      'Thứ Năm, 08/02/2024 – Tết Âm lịch', 'Thứ Sáu, 09/02/2024 – Tết Âm lịch',
      'Thứ Hai, 12/02/2024 – Tết Âm lịch', 'Thứ Ba, 13/02/2024 – Tết Âm lịch',
      'Thứ Tư, 14/02/2024 – Tết Âm lịch',
    ]);
    expect(fact('Nguồn')).toMatch(/^Lịch nghỉ lễ, Tết năm 2024 .*CV 8056\/VPCP-KGVX/);
  });

  it('lists the make-up Saturdays of 2026 under «Làm bù»', () => {
    renderSettings(2026);
    fireEvent.click(header());
    expect(items('Làm bù')).toEqual([
      'Thứ Bảy, 10/01/2026 – Làm bù cho ngày nghỉ 02/01', 'Thứ Bảy, 22/08/2026 – Làm bù cho ngày nghỉ 31/8',
    ]);
  });

  it('says a year with no official notice, 2030, is computed from the Labour Code', () => {
    renderSettings(2024);
    fireEvent.click(header());
    typeYear('2030');
    // Việt Nam's Tết (UTC+7), a day before China's 03/02/2030: see src/domain/calendar/lunar.ts.
    expect(fact('Tết Nguyên đán')).toBe('Thứ Bảy, 02/02/2030');
    expect(fact('Nguồn')).toBe('Tính theo Bộ luật Lao động 2019, Điều 112 (chưa có thông báo chính thức cho năm này)');
    expect(screen.getByText('Không có ngày làm bù.')).toBeTruthy();
  });

  it('says the «Ngày nghỉ» sheet of the workbook wins over this list', () => {
    renderSettings(2024);
    fireEvent.click(header());
    expect(screen.getByText(
      'Sheet "Ngày nghỉ" trong sổ được ưu tiên: thêm hoặc xóa ngày ở đó để thay đổi cách tính ngày làm việc.',
    )).toBeTruthy();
  });

  it.each(['2200', '1899', 'hai nghìn', '20.24'])(
    'refuses %p inline, without asking for its days off', (text) => {
      const holidays = jest.fn(holidayReport);
      renderSettings(2024, holidays);
      fireEvent.click(header());
      holidays.mockClear();
      typeYear(text);
      expect(screen.getByText('Năm phải là một số từ 1900 đến 2199.')).toBeTruthy();
      expect(yearBox().getAttribute('aria-invalid')).toBe('true');
      expect(screen.queryByRole('list')).toBeNull();
      expect(holidays).not.toHaveBeenCalled();
    },
  );

  it('waits for the user to leave the box before complaining about a half-typed year', () => {
    renderSettings(2024);
    fireEvent.click(header());
    typeYear('202');
    expect(screen.queryByText('Năm phải là một số từ 1900 đến 2199.')).toBeNull();
    fireEvent.blur(yearBox());
    expect(screen.getByText('Năm phải là một số từ 1900 đến 2199.')).toBeTruthy();
    typeYear('2025');
    expect(screen.queryByText('Năm phải là một số từ 1900 đến 2199.')).toBeNull();
    expect(fact('Tết Nguyên đán')).toBe('Thứ Tư, 29/01/2025');
  });

  it('shows a failure of the data in an error bar, not only on the console', () => {
    renderSettings(2024, () => { throw new CalendarRangeError('Năm 2024 nằm ngoài phạm vi lịch.'); });
    fireEvent.click(header());
    expect(screen.getByText('Không lập được lịch nghỉ')).toBeTruthy();
    expect(screen.getByText('Đã xảy ra lỗi: Năm 2024 nằm ngoài phạm vi lịch.')).toBeTruthy();
  });
});

describe('App, settings', () => {
  it('offers the days off with the injected data, even outside Excel', () => {
    const holidays = jest.fn(holidayReport);
    renderInFluent(
      <App makeReports={jest.fn()} check={jest.fn()} createTemplate={jest.fn()} defaultYear={2026} holidays={holidays} noWorkbook />,
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Thiết lập' }));
    fireEvent.click(header());
    expect(holidays).toHaveBeenCalledWith(2026);
    expect(items('Làm bù')[0]).toBe('Thứ Bảy, 10/01/2026 – Làm bù cho ngày nghỉ 02/01');
  });
});
