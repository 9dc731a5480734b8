/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { TemplateAction } from '../../src/taskpane/actions';
import { TemplatePanel } from '../../src/taskpane/TemplatePanel';
import { HostError, type WriteResult } from '../../src/workbook/port';
import { deferred } from './fixtures';
import { renderInFluent } from './render';

function renderPanel(createTemplate: TemplateAction, disabled = false) {
  return renderInFluent(<TemplatePanel createTemplate={createTemplate} defaultYear={2025} disabled={disabled} />);
}

const openForm = () => fireEvent.click(screen.getByRole('button', { name: 'Tạo sổ theo dõi mẫu' }));
const yearBox = () => screen.getByLabelText(/Năm báo cáo/);
const unitBox = () => screen.getByLabelText(/Tên đơn vị/);
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Tạo sổ' }));

describe('TemplatePanel', () => {
  it('asks for the year, pre-filled with the current one, and an optional unit name', () => {
    renderPanel(jest.fn());
    openForm();
    expect((yearBox() as HTMLInputElement).value).toBe('2025');
    expect((unitBox() as HTMLInputElement).value).toBe('');
  });

  it('passes the year and the trimmed unit name to the action', async () => {
    const create = jest.fn(() => Promise.resolve({ written: ['Thông tin'], skipped: [], skippedFeatures: [] }));
    renderPanel(create);
    openForm();
    fireEvent.change(yearBox(), { target: { value: '2026' } });
    fireEvent.change(unitBox(), { target: { value: '  UBND phường Hòa Khánh ' } });
    submit();
    await screen.findByText('Đã tạo sổ theo dõi mẫu.');
    expect(create).toHaveBeenCalledWith({ year: 2026, unit: 'UBND phường Hòa Khánh' });
  });

  it('lists the sheets it added and those already there, left untouched', async () => {
    renderPanel(() => Promise.resolve({ written: ['Kế hoạch', 'Lấy ý kiến'], skipped: ['Thông tin', 'Công khai'], skippedFeatures: [] }));
    openForm();
    submit();
    const added = await screen.findByRole('list', { name: 'Đã thêm' });
    expect(within(added).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Kế hoạch', 'Lấy ý kiến']);
    const kept = screen.getByRole('list', { name: 'Đã có, giữ nguyên' });
    expect(within(kept).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Thông tin', 'Công khai']);
  });

  it('says nothing was added when every sheet already existed', async () => {
    renderPanel(() => Promise.resolve({ written: [], skipped: ['Thông tin'], skippedFeatures: [] }));
    openForm();
    submit();
    expect(await screen.findByText('Sổ theo dõi đã có đủ các sheet, không thêm sheet nào.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Đã thêm' })).toBeNull();
  });

  it('refuses a year that is not a plausible report year and does not call the action', () => {
    const create = jest.fn();
    renderPanel(create);
    openForm();
    fireEvent.change(yearBox(), { target: { value: '225' } });
    submit();
    expect(screen.getByText('Năm báo cáo phải là số có 4 chữ số, từ 2000 đến 2100.')).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });

  it('shows a failure in an error bar', async () => {
    renderPanel(() => Promise.reject(new HostError('office', 'Excel không cho thêm sheet mới.')));
    openForm();
    submit();
    expect(await screen.findByText('Excel không cho thêm sheet mới.')).toBeTruthy();
  });

  it('keeps the start button disabled while the template is being written', async () => {
    const pending = deferred<WriteResult>();
    renderPanel(() => pending.promise);
    openForm();
    submit();
    expect(screen.getByRole('button', { name: 'Tạo sổ theo dõi mẫu' }).hasAttribute('disabled')).toBe(true);
    await act(async () => pending.resolve({ written: ['Thông tin'], skipped: [], skippedFeatures: [] }));
    expect(screen.getByRole('button', { name: 'Tạo sổ theo dõi mẫu' }).hasAttribute('disabled')).toBe(false);
  });

  it('warns when an older Excel left formatting out, grouped by feature', async () => {
    renderPanel(() => Promise.resolve({
      written: ['Thông tin', 'Công khai'], skipped: [],
      skippedFeatures: [
        { sheet: 'Thông tin', feature: 'dataValidation', requirement: 'ExcelApi 1.8' },
        { sheet: 'Công khai', feature: 'dataValidation', requirement: 'ExcelApi 1.8' },
        { sheet: 'Công khai', feature: 'pageLayout', requirement: 'ExcelApi 1.9' },
      ],
    }));
    openForm();
    submit();
    const list = await screen.findByRole('list', { name: 'Định dạng đã bỏ qua' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'danh sách chọn giá trị (sheet Thông tin, Công khai)', 'thiết lập trang in (sheet Công khai)',
    ]);
  });

  it('closes the form on «Hủy» without calling the action', () => {
    const create = jest.fn();
    renderPanel(create);
    openForm();
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(screen.queryByLabelText(/Năm báo cáo/)).toBeNull();
    expect(create).not.toHaveBeenCalled();
  });
});
