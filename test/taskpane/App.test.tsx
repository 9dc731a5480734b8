/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CheckAction, CheckResult, ReportAction, TemplateAction } from '../../src/taskpane/actions';
import { App } from '../../src/taskpane/App';
import { HostError } from '../../src/workbook/port';
import { checkResult, deferred } from './fixtures';
import { renderInFluent } from './render';

const noTemplate: TemplateAction = jest.fn(() => Promise.resolve({ written: [], skipped: [], skippedFeatures: [] }));
const noReports: ReportAction = jest.fn(() => new Promise(() => undefined));
const consolidation = <p>Bảng tổng hợp</p>;

function renderApp(check: CheckAction, unavailable?: { title: string; message: string }) {
  return renderInFluent(<App makeReports={noReports} check={check} createTemplate={noTemplate} defaultYear={2024} unavailable={unavailable} consolidate={consolidation} />);
}

const checkButton = () => screen.getByRole('button', { name: 'Kiểm tra' });
const asOfBox = () => screen.getByLabelText(/Ngày đánh giá/);

describe('App, check', () => {
  it('shows the title and a labelled as-of box', () => {
    renderApp(jest.fn());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dân chủ cơ sở – Kiểm tra và báo cáo');
    expect(asOfBox().tagName).toBe('INPUT');
  });

  it('shows postings by status as badges with Vietnamese labels after a run', async () => {
    renderApp(jest.fn(() => Promise.resolve(checkResult())));
    fireEvent.click(checkButton());
    const list = await screen.findByRole('list', { name: 'Số nội dung niêm yết theo kết quả' });
    const badges = within(list).getAllByRole('listitem').map((item) => item.textContent);
    expect(badges).toEqual(['Đạt: 3', 'Chưa đủ thời gian: 1', 'Thiếu dữ liệu: 2', 'Tổng cộng: 6']);
  });

  it('shows the unit, the as-of date as dd/mm/yyyy, the finding and input-error counts', async () => {
    renderApp(jest.fn(() => Promise.resolve(checkResult())));
    fireEvent.click(checkButton());
    await screen.findByText('UBND xã An Thượng');
    const fact = (term: string) => document.querySelector(`[data-fact="${term}"]`)?.textContent;
    expect(fact('Ngày đánh giá')).toBe('06/03/2024');
    expect(fact('Số phát hiện')).toBe('2');
    expect(fact('Số lỗi dữ liệu đầu vào')).toBe('1');
  });

  it('says which sheet it wrote, by the name the use case returned', async () => {
    renderApp(jest.fn(() => Promise.resolve(checkResult())));
    fireEvent.click(checkButton());
    expect(await screen.findByText('Đã ghi kết quả vào sheet "KQ Kiểm tra"')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Định dạng đã bỏ qua' })).toBeNull();
  });

  it('shows a host error in an error bar with its own Vietnamese message', async () => {
    const message = 'Không đọc được sổ theo dõi: Excel báo lỗi khi đọc sheet "Công khai".';
    renderApp(jest.fn(() => Promise.reject(new HostError('office', message))));
    fireEvent.click(checkButton());
    expect(await screen.findByText(message)).toBeTruthy();
    expect(checkButton().hasAttribute('disabled')).toBe(false);
  });

  it('prefixes any other error with «Đã xảy ra lỗi»', async () => {
    renderApp(jest.fn(() => Promise.reject(new TypeError('x is undefined'))));
    fireEvent.click(checkButton());
    expect(await screen.findByText('Đã xảy ra lỗi: x is undefined')).toBeTruthy();
  });

  it('disables the button and feeds the progress bar while the check runs', async () => {
    const pending = deferred<CheckResult>();
    let report: ((fraction: number, label: string) => void) | undefined;
    renderApp(jest.fn(({ onProgress }) => { report = onProgress; return pending.promise; }));
    fireEvent.click(checkButton());
    await waitFor(() => expect(report).toBeDefined());
    expect(checkButton().hasAttribute('disabled')).toBe(true);
    act(() => report?.(0.5, 'Đang đọc sheet Công khai'));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0.5');
    expect(screen.getByText('Đang đọc sheet Công khai')).toBeTruthy();
    await act(async () => pending.resolve(checkResult()));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(checkButton().hasAttribute('disabled')).toBe(false);
  });

  it('runs once however often the button is clicked while a run is under way', async () => {
    const pending = deferred<CheckResult>();
    const check = jest.fn(() => pending.promise);
    renderApp(check);
    const form = checkButton().closest('form') as HTMLFormElement;
    fireEvent.submit(form);
    fireEvent.submit(form);
    await act(async () => pending.resolve(checkResult()));
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('refuses a bad as-of date inline and does not run the check', () => {
    const check = jest.fn();
    renderApp(check);
    fireEvent.change(asOfBox(), { target: { value: '31/02/2024' } });
    fireEvent.click(checkButton());
    expect(screen.getByText('Ngày 31/02/2024 không có trong lịch.')).toBeTruthy();
    expect(asOfBox().getAttribute('aria-invalid')).toBe('true');
    expect(check).not.toHaveBeenCalled();
  });

  it('waits for the user to leave the box before complaining about a half-typed date', () => {
    renderApp(jest.fn());
    fireEvent.change(asOfBox(), { target: { value: '15/0' } });
    expect(screen.queryByText(/không đúng dạng/)).toBeNull();
    fireEvent.blur(asOfBox());
    expect(screen.getByText('Ngày không đúng dạng dd/mm/yyyy, ví dụ 15/02/2024.')).toBeTruthy();
  });

  it('passes a typed as-of date as a LocalDate, and a blank one as undefined', async () => {
    const check = jest.fn(() => Promise.resolve(checkResult()));
    renderApp(check);
    fireEvent.change(asOfBox(), { target: { value: '6/3/2024' } });
    fireEvent.click(checkButton());
    await screen.findByRole('list', { name: 'Số nội dung niêm yết theo kết quả' });
    fireEvent.change(asOfBox(), { target: { value: '  ' } });
    fireEvent.click(checkButton());
    await waitFor(() => expect(check).toHaveBeenCalledTimes(2));
    expect(check.mock.calls.map((call) => (call as unknown as [{ asOf?: unknown }])[0].asOf))
      .toEqual([{ y: 2024, m: 3, d: 6 }, undefined]);
  });

  it('says so, instead of a blank page, when there is no workbook, and disables the actions', () => {
    renderApp(jest.fn(), { title: 'Phiên bản Excel này quá cũ cho DCCS', message: 'Excel này không có ExcelApi 1.7.' });
    expect(screen.getByText('Excel này không có ExcelApi 1.7.')).toBeTruthy();
    expect(checkButton().hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('tab', { name: 'Thiết lập' }));
    expect(screen.getByRole('button', { name: 'Tạo sổ theo dõi mẫu' }).hasAttribute('disabled')).toBe(true);
  });
});

/** Fluent's Tab also renders its text hidden in bold, to reserve the width: read the visible copy. */
const tabNames = () => screen.getAllByRole('tab').map((t) => t.querySelector('.fui-Tab__content:not(.fui-Tab__content--reserved-space)')?.textContent);

describe('App, tabs and language', () => {
  it('shows four screens as tabs and keeps a result when the user switches tabs', async () => {
    renderApp(jest.fn(() => Promise.resolve(checkResult())));
    expect(tabNames()).toEqual(['Kiểm tra', 'Báo cáo', 'Tổng hợp đơn vị', 'Thiết lập']);
    fireEvent.click(checkButton());
    await screen.findByText('Đã ghi kết quả vào sheet "KQ Kiểm tra"');
    const panel = () => screen.getByText('Đã ghi kết quả vào sheet "KQ Kiểm tra"').closest('[role="tabpanel"]');
    fireEvent.click(screen.getByRole('tab', { name: 'Báo cáo' }));
    expect(panel()?.hasAttribute('hidden')).toBe(true);
    fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    expect(panel()?.hasAttribute('hidden')).toBe(false);
  });

  it('switches to English and back, telling the page its language', () => {
    const onLangChange = jest.fn();
    renderInFluent(<App makeReports={noReports} check={jest.fn()} createTemplate={noTemplate} defaultYear={2024} onLangChange={onLangChange} />);
    fireEvent.change(screen.getByLabelText('Ngôn ngữ'), { target: { value: 'en' } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Grassroots democracy – check and report');
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    expect(screen.getByLabelText(/As-of date/)).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(onLangChange).toHaveBeenCalledWith('en');
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'vi' } });
    expect(checkButton()).toBeTruthy();
    expect(document.documentElement.lang).toBe('vi');
  });

  it('starts in English for an English Office', () => {
    renderInFluent(<App makeReports={noReports} check={jest.fn()} createTemplate={noTemplate} defaultYear={2024} initialLang="en" consolidate={consolidation} />);
    expect(tabNames()).toEqual(['Check', 'Reports', 'Consolidate units', 'Settings']);
  });

  it('shows a consolidation panel when one is given, and no such tab otherwise', () => {
    const { unmount } = renderInFluent(<App makeReports={noReports} check={jest.fn()} createTemplate={noTemplate} defaultYear={2024} />);
    expect(tabNames()).toEqual(['Kiểm tra', 'Báo cáo', 'Thiết lập']);
    unmount();
    renderApp(jest.fn());
    fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp đơn vị' }));
    expect(screen.getByText('Bảng tổng hợp')).toBeTruthy();
  });
});
