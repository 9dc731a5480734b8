/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { FindingJson, InputErrorJson } from '../../src/app/types';
import { App } from '../../src/taskpane/App';
import { FindingsList } from '../../src/taskpane/FindingsList';
import { groupFindings } from '../../src/taskpane/findingGroups';
import { HostError } from '../../src/workbook/port';
import { checkResult } from './fixtures';
import { renderInFluent } from './render';

const finding = (sheet: string, row: number | null, severity: FindingJson['severity'], message: string, rule = 'CK_NIEM_YET'): FindingJson =>
  ({ sheet, row, rule, severity, message });

const findings: FindingJson[] = [
  finding('Công khai', 12, 'info', 'Đang niêm yết: còn 5 ngày.'),
  finding('Kế hoạch', 4, 'warning', 'Sắp đến hạn.', 'KH_THOI_HAN'),
  finding('Công khai', 9, 'error', 'Niêm yết 20 ngày: thiếu 10 ngày.'),
  finding('Công khai', 3, 'warning', 'Chưa có ngày kết thúc.'),
  finding('Công khai', 7, 'error', 'Ngày không có thật.', 'date-invalid'),
];
const inputErrors: InputErrorJson[] = [
  { sheet: 'Công khai', row: 7, column: 'Ngày bắt đầu', value: '31/02/2024', message: 'Ngày không có thật.' },
  { sheet: 'Ý kiến', row: 5, column: 'Hình thức', value: 'Miệng', message: 'Hình thức không có trong danh sách.' },
];

// querySelectorAll, not role queries: computing roles of hundreds of buttons takes seconds in jsdom.
const lines = (sheet: string) =>
  [...screen.getByRole('list', { name: `Phát hiện trong sheet ${sheet}` }).querySelectorAll('li')].map((li) => li.textContent);
const moreButton = () => screen.queryByText('Xem thêm')?.closest('button') ?? null;

describe('FindingsList', () => {
  it('groups by sheet, worst first then by row, with severity in words and an input error’s column', () => {
    renderInFluent(<FindingsList findings={findings} inputErrors={inputErrors} goToRow={jest.fn()} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Công khai (4)', 'Kế hoạch (1)', 'Ý kiến (1)']);
    expect(lines('Công khai')).toEqual([
      '✖ Lỗi Dòng 7 Dữ liệu đầu vào Ngày không có thật. (cột Ngày bắt đầu)',
      '✖ Lỗi Dòng 9 Thời gian niêm yết Niêm yết 20 ngày: thiếu 10 ngày.',
      '▲ Cảnh báo Dòng 3 Thời gian niêm yết Chưa có ngày kết thúc.',
      'ℹ Lưu ý Dòng 12 Thời gian niêm yết Đang niêm yết: còn 5 ngày.',
    ]);
    expect(lines('Ý kiến')).toEqual(['✖ Lỗi Dòng 5 Dữ liệu đầu vào Hình thức không có trong danh sách. (cột Hình thức)']);
  });

  it('selects the row in Excel when a line is clicked (a button, so the keyboard reaches it)', async () => {
    const goToRow = jest.fn(() => Promise.resolve());
    renderInFluent(<FindingsList findings={findings} inputErrors={inputErrors} goToRow={goToRow} />);
    fireEvent.click(screen.getByRole('button', { name: /Dòng 9/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Lỗi Dòng 5 Dữ liệu đầu vào Hình thức không có trong danh sách. (cột Hình thức)' }));
    await waitFor(() => expect(goToRow).toHaveBeenCalledTimes(2));
    // The finding goes along: the standalone page's row dialog says it and marks its cell.
    expect(goToRow).toHaveBeenNthCalledWith(1, 'Công khai', 9, { message: 'Niêm yết 20 ngày: thiếu 10 ngày.', column: null, severity: 'error' });
    expect(goToRow).toHaveBeenNthCalledWith(2, 'Ý kiến', 5, { message: 'Hình thức không có trong danh sách.', column: 'Hình thức', severity: 'error' });
  });

  it('shows why a row could not be selected', async () => {
    const goToRow = jest.fn(() => Promise.reject(new HostError('office', 'Không chuyển được đến ô A9 của trang "Công khai".')));
    renderInFluent(<FindingsList findings={findings} inputErrors={[]} goToRow={goToRow} />);
    fireEvent.click(screen.getByRole('button', { name: /Dòng 9/ }));
    expect(await screen.findByText('Không chuyển được đến ô A9 của trang "Công khai".')).toBeTruthy();
  });

  it('lists plain lines without the action, and a sheet-level line never as a button', () => {
    const { unmount } = renderInFluent(<FindingsList findings={findings} inputErrors={[]} />);
    expect(screen.queryAllByRole('button', { name: /Dòng/ })).toEqual([]);
    unmount();
    renderInFluent(<FindingsList findings={[finding('Công khai', null, 'error', 'Thiếu cột Ngày bắt đầu.', 'column-missing')]} inputErrors={[]} goToRow={jest.fn()} />);
    expect(lines('Công khai')).toEqual(['✖ Lỗi Cả sheet Dữ liệu đầu vào Thiếu cột Ngày bắt đầu.']);
    expect(screen.queryAllByRole('button', { name: /Cả sheet/ })).toEqual([]);
  });

  it('shows the first 200 lines of a long sheet, then 200 more at each «Xem thêm»', () => {
    const many = Array.from({ length: 450 }, (_, i) => finding('Công khai', i + 5, 'warning', `Dòng thứ ${i}`));
    renderInFluent(<FindingsList findings={many} inputErrors={[]} goToRow={jest.fn()} />);
    expect(lines('Công khai')).toHaveLength(200);
    expect(screen.getByText('Đang hiện 200/450')).toBeTruthy();
    fireEvent.click(moreButton()!);
    expect(lines('Công khai')).toHaveLength(400);
    fireEvent.click(moreButton()!);
    expect(lines('Công khai')).toHaveLength(450);
    expect(moreButton()).toBeNull();
  });

  it('says so when the check found nothing', () => {
    renderInFluent(<FindingsList findings={[]} inputErrors={[]} />);
    expect(screen.getByText('Không có phát hiện hay lỗi dữ liệu nào.')).toBeTruthy();
  });

  it('appears under the summary after «Kiểm tra», wired to the App’s goToRow', async () => {
    const goToRow = jest.fn(() => Promise.resolve());
    renderInFluent(<App makeReports={jest.fn()} check={() => Promise.resolve(checkResult())} createTemplate={jest.fn()} goToRow={goToRow} defaultYear={2024} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    fireEvent.click(await screen.findByRole('button', { name: /Dòng 10/ }));
    await waitFor(() => expect(goToRow).toHaveBeenCalledWith('Công khai', 10, expect.objectContaining({ column: 'Ngày bắt đầu' })));
  });
});

describe('groupFindings', () => {
  it('keeps one line for an input error the check also lists as a finding', () => {
    const groups = groupFindings(findings, inputErrors);
    expect(groups.flatMap((g) => g.items).filter((i) => i.message === 'Ngày không có thật.')).toEqual([
      { key: 'f4', sheet: 'Công khai', row: 7, rule: 'date-invalid', severity: 'error', message: 'Ngày không có thật.', column: 'Ngày bắt đầu' },
    ]);
  });
});
