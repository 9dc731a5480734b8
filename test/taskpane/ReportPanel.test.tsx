/** @jest-environment jsdom */
import { act, fireEvent, screen } from '@testing-library/react';
import type { ReportAction } from '../../src/taskpane/actions';
import { reportFileName } from '../../src/taskpane/downloadFile';
import { ReportPanel } from '../../src/taskpane/ReportPanel';
import { HostError } from '../../src/workbook/port';
import { deferred } from './fixtures';
import { renderInFluent } from './render';

const today = { y: 2024, m: 5, d: 20 };
type Result = Awaited<ReturnType<ReportAction>>;
const result = (overrides: Partial<Result> = {}): Result => ({
  written: ['Tổng hợp', 'Báo cáo', 'DS Công khai', 'TH Ý kiến'],
  renamed: [],
  docx: new Uint8Array([80, 75, 3, 4]),
  chart: [{ label: 'Ngân sách', met: 1, total: 2 }],
  unit: 'UBND xã An Thượng',
  asOf: '2024-03-31',
  ...overrides,
});

const button = () => screen.getByRole('button', { name: 'Lập báo cáo' });
const quarterBox = () => screen.getByLabelText(/Quý của danh sách/) as HTMLSelectElement;

describe('ReportPanel', () => {
  it('defaults the quarter to the as-of date’s, and sends the typed date and the quarter', async () => {
    const make = jest.fn<ReturnType<ReportAction>, Parameters<ReportAction>>(() => Promise.resolve(result()));
    renderInFluent(<ReportPanel makeReports={make} today={today} />);
    // Not today's quarter: the workbook's «Ngày đánh giá» decides, as `dccs report` does (issue 15, item 5).
    expect(quarterBox().value).toBe('');
    expect(quarterBox().selectedOptions[0].textContent).toBe('Theo ngày đánh giá của sổ');
    fireEvent.change(screen.getByLabelText(/Số liệu tính đến ngày/), { target: { value: '31/03/2024' } });
    expect(quarterBox().selectedOptions[0].textContent).toBe('Quý I/2024 (quý của ngày đánh giá)');
    fireEvent.click(button());
    await screen.findByText('Đã ghi các sheet "Tổng hợp", "Báo cáo", "DS Công khai", "TH Ý kiến".');
    expect(make).toHaveBeenCalledWith(expect.objectContaining({ asOf: { y: 2024, m: 3, d: 31 }, quarter: { year: 2024, quarter: 1 } }));
  });

  it('leaves the quarter to the use case when no date is typed, so it follows the workbook\'s as-of date', async () => {
    const make = jest.fn<ReturnType<ReportAction>, Parameters<ReportAction>>(() => Promise.resolve(result()));
    renderInFluent(<ReportPanel makeReports={make} today={{ y: 2026, m: 12, d: 2 }} bookYear={2024} />);
    expect([...quarterBox().options].map((o) => o.textContent)).toEqual(['Theo ngày đánh giá của sổ', 'Quý IV/2024', 'Quý III/2024', 'Quý II/2024', 'Quý I/2024']);
    fireEvent.click(button());
    await screen.findByRole('button', { name: 'Tải bản Word (.docx)' });
    expect(make).toHaveBeenCalledWith(expect.objectContaining({ asOf: undefined, quarter: undefined }));
  });

  it('keeps a quarter the user picked', async () => {
    const make = jest.fn<ReturnType<ReportAction>, Parameters<ReportAction>>(() => Promise.resolve(result()));
    renderInFluent(<ReportPanel makeReports={make} today={today} />);
    expect([...quarterBox().options].map((o) => o.textContent).slice(0, 4)).toEqual(['Theo ngày đánh giá của sổ', 'Quý II/2024', 'Quý I/2024', 'Quý IV/2023']);
    fireEvent.change(quarterBox(), { target: { value: '2023-4' } });
    fireEvent.click(button());
    await screen.findByRole('button', { name: 'Tải bản Word (.docx)' });
    expect(make).toHaveBeenCalledWith(expect.objectContaining({ asOf: undefined, quarter: { year: 2023, quarter: 4 } }));
  });

  it('warns when an output took another name because of a user sheet', async () => {
    renderInFluent(<ReportPanel makeReports={() => Promise.resolve(result({ renamed: [{ wanted: 'Báo cáo', written: 'Báo cáo (2)' }] }))} today={today} />);
    fireEvent.click(button());
    expect(await screen.findByText('Sheet "Báo cáo" trong sổ không do DCCS tạo nên được giữ nguyên; kết quả ghi vào "Báo cáo (2)".')).toBeTruthy();
  });

  it('downloads the Word draft from memory as Bao-cao-<unit>-<date>.docx', async () => {
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:dccs/1');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: { href: string; download: string }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    renderInFluent(<ReportPanel makeReports={() => Promise.resolve(result())} today={today} />);
    fireEvent.click(button());
    fireEvent.click(await screen.findByRole('button', { name: 'Tải bản Word (.docx)' }));
    expect(clicked).toEqual([{ href: 'blob:dccs/1', download: 'Bao-cao-UBND-xa-An-Thuong-2024-03-31.docx' }]);
    const blob = createObjectURL.mock.calls[0][0];
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(blob.size).toBe(4);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:dccs/1');
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
    click.mockRestore();
  });

  it('shows the compliance chart after a run', async () => {
    renderInFluent(<ReportPanel makeReports={() => Promise.resolve(result())} today={today} />);
    fireEvent.click(button());
    const img = await screen.findByRole('img');
    expect(img.getAttribute('aria-label')).toContain('Ngân sách: 50% (1/2)');
  });

  it('keeps the button disabled while running, and shows a failure in an error bar', async () => {
    const pending = deferred<Result>();
    renderInFluent(<ReportPanel makeReports={() => pending.promise} today={today} />);
    fireEvent.click(button());
    expect(button().hasAttribute('disabled')).toBe(true);
    await act(async () => pending.reject(new HostError('office', 'Excel không cho thêm sheet mới.')));
    expect(await screen.findByText('Excel không cho thêm sheet mới.')).toBeTruthy();
    expect(button().hasAttribute('disabled')).toBe(false);
  });

  it('names the file without a unit when the workbook gives none', () => {
    expect(reportFileName('', { y: 2024, m: 1, d: 2 })).toBe('Bao-cao-2024-01-02.docx');
    expect(reportFileName('Phường Đông Hòa', { y: 2024, m: 1, d: 2 })).toBe('Bao-cao-Phuong-Dong-Hoa-2024-01-02.docx');
  });
});
