/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Reading } from '../../src/sheets/reading/types';
import type { CheckAction, InspectAction, SaveReadingAction, TemplateAction } from '../../src/taskpane/actions';
import { App } from '../../src/taskpane/App';
import { specOf } from '../../src/sheets/reading/kinds';
import type { TableKind } from '../../src/sheets/reading/types';
import { LangContext } from '../../src/taskpane/i18n';
import { ReadingPanel } from '../../src/taskpane/ReadingPanel';
import { COLUMN_NAMES_EN } from '../../src/taskpane/texts/columnNamesEn';
import { HostError } from '../../src/workbook/port';
import { checkResult, deferred } from './fixtures';
import { sureReading, weakReading } from './readingFixture';
import { renderInFluent } from './render';

const saved = () => Promise.resolve({ written: ['DCCS Cách đọc'], skipped: [], skippedFeatures: [] });
const RAW = /\b(requiredDays|postings|niem-yet|sheet-name|signature|commune|null|undefined)\b/;

function renderPanel(inspect: InspectAction, save: SaveReadingAction = jest.fn(saved), extra: Partial<Parameters<typeof ReadingPanel>[0]> = {}) {
  return renderInFluent(<ReadingPanel inspect={inspect} save={save} workbookKey="1:so.xlsx" {...extra} />);
}

const meaning = (header: string) => screen.getByRole('combobox', { name: `Nghĩa của cột «${header}»` }) as HTMLSelectElement;

describe('«Cách đọc sổ»', () => {
  it('asks for a workbook when none is open, and reads nothing', () => {
    const inspect = jest.fn();
    renderPanel(inspect, undefined, { workbookKey: null });
    expect(screen.getByText(/Hãy mở sổ theo dõi trước/)).toBeTruthy();
    expect(inspect).not.toHaveBeenCalled();
  });

  it('says it is reading while it reads', async () => {
    const pending = deferred<Reading>();
    renderPanel(() => pending.promise);
    expect(await screen.findByText('Đang đọc sổ…')).toBeTruthy();
    await act(async () => pending.resolve(sureReading()));
    expect(screen.queryByText('Đang đọc sổ…')).toBeNull();
  });

  it('shows each table and where it is, each column with its meaning and confidence in words, the facts and where they came from', async () => {
    renderPanel(() => Promise.resolve(weakReading()));
    const table = await screen.findByRole('region', { name: 'Công khai – niêm yết — sheet «Bảng tin»' });
    expect(within(table).getByText('Dòng tiêu đề 4, dữ liệu từ dòng 5 đến dòng 9.')).toBeTruthy();
    expect(within(table).getByText('Tiêu đề: «THEO DÕI NIÊM YẾT NĂM 2024»')).toBeTruthy();
    expect(meaning('Ngày hạ').selectedOptions[0].textContent).toBe('Ngày kết thúc');
    expect(within(table).getByText('Chắc chắn 80%')).toBeTruthy();
    expect(meaning('Ngày treo').selectedOptions[0].textContent).toBe('Không dùng (bỏ qua cột này)');
    expect(within(table).getByText('Không nhận ra, đang bỏ qua')).toBeTruthy();
    expect(within(table).getByText('Đề xuất, cần xác nhận (60%)')).toBeTruthy();
    expect(within(table).getByText('Suy ra từ tên sheet «Bảng tin»')).toBeTruthy();
    expect(within(table).getByText('Bỏ qua (phần ký tên): dòng 9')).toBeTruthy();
    expect(screen.getByText('Cấp: xã — từ tiêu đề «UBND XÃ TÂN LẬP» (sheet «Bảng tin», dòng 1)')).toBeTruthy();
    expect((screen.getByLabelText(/Tên đơn vị/) as HTMLInputElement).value).toBe('UBND xã Tân Lập');
    expect(screen.getByText(/Không có bảng: Kế hoạch, Lấy ý kiến, Ý kiến góp ý, Biểu quyết, Thông tin đơn vị\./)).toBeTruthy();
    expect(screen.getByText('Sheet không có bảng nào DCCS đọc: «Ghi chép».')).toBeTruthy();
    expect(screen.getByText(/Có chỗ DCCS chưa chắc chắn/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(RAW);
  });

  it('saves the corrections a person makes — a column meaning, a default for every row, the unit — as the user\'s, then says so', async () => {
    const save = jest.fn<ReturnType<SaveReadingAction>, Parameters<SaveReadingAction>>(saved);
    const onSaved = jest.fn();
    renderPanel(() => Promise.resolve(weakReading()), save, { onSaved });
    await screen.findByRole('region', { name: /sheet «Bảng tin»/ });
    fireEvent.change(meaning('Ngày treo'), { target: { value: 'start' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Hình thức của mọi dòng' }), { target: { value: 'radio' } });
    const unit = screen.getByLabelText(/Tên đơn vị/);
    fireEvent.change(unit, { target: { value: 'UBND xã Tân Lập Mới' } });
    fireEvent.blur(unit);
    expect(screen.getByText('Có chỉnh sửa chưa lưu.')).toBeTruthy();
    expect(meaning('Ngày treo').selectedOptions[0].textContent).toBe('Ngày bắt đầu');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cách đọc và kiểm tra lại' }));
    expect(await screen.findByText(/Đã lưu cách đọc vào sổ/)).toBeTruthy();
    const reading = save.mock.calls[0][0];
    const table = reading.tables[0];
    expect(table.columns.find((c) => c.column === 3)).toMatchObject({ key: 'start', status: 'taken', from: 'user' });
    expect(table.defaults).toEqual([expect.objectContaining({ key: 'form', value: 'radio', label: 'Truyền thanh', from: expect.objectContaining({ how: 'user' }) })]);
    expect(reading.facts[0]).toMatchObject({ key: 'unit', value: 'UBND xã Tân Lập Mới', from: { how: 'user' } });
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('changes the table\'s kind and header row, or leaves the table out', async () => {
    const save = jest.fn<ReturnType<SaveReadingAction>, Parameters<SaveReadingAction>>(saved);
    renderPanel(() => Promise.resolve(sureReading()), save);
    await screen.findByRole('region', { name: /sheet «Bảng tin»/ });
    const header = screen.getByLabelText(/Dòng tiêu đề \(số dòng\)/);
    fireEvent.change(header, { target: { value: 'x' } });
    expect(screen.getByText('Hãy nhập số dòng, ví dụ 4.')).toBeTruthy();
    fireEvent.change(header, { target: { value: '3' } });
    fireEvent.blur(header);
    fireEvent.change(screen.getByRole('combobox', { name: 'Loại bảng' }), { target: { value: 'plan' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Không đọc bảng này' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cách đọc và kiểm tra lại' }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    const table = save.mock.calls[0][0].tables[0] as Reading['tables'][number] & { ignore?: boolean };
    expect(table).toMatchObject({ kind: 'plan', headerRows: [3], from: 'user', ignore: true });
    // A postings-only meaning has no place in a plan.
    expect(table.columns.find((c) => c.column === 4)?.key).toBeNull();
  });

  it('accepts every proposal at once, and throws corrections away on request', async () => {
    renderPanel(() => Promise.resolve(weakReading()));
    await screen.findByRole('region', { name: /sheet «Bảng tin»/ });
    fireEvent.click(screen.getByRole('button', { name: 'Đồng ý các đề xuất' }));
    expect(screen.queryByText(/Có chỗ DCCS chưa chắc chắn/)).toBeNull();
    expect(screen.getByText('Người dùng chọn')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ chỉnh sửa' }));
    expect(screen.getByText('Đề xuất, cần xác nhận (60%)')).toBeTruthy();
  });

  it('says why it could not read or save, in words', async () => {
    const save = jest.fn(() => Promise.reject(new HostError('office', 'Sổ đang được chỉnh sửa ở nơi khác.')));
    renderPanel(() => Promise.resolve(sureReading()), save);
    await screen.findByRole('region', { name: /sheet «Bảng tin»/ });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cách đọc và kiểm tra lại' }));
    expect(await screen.findByText(/Sổ đang được chỉnh sửa ở nơi khác/)).toBeTruthy();
  });

  it('shows a confirmed reading as confirmed', async () => {
    renderPanel(() => Promise.resolve({ ...sureReading(), confirmed: true }));
    expect(await screen.findByText('Cách đọc này đã được xác nhận và lưu trong sổ.')).toBeTruthy();
  });

  it('reads a new workbook again and never shows the previous one\'s reading', async () => {
    const second = deferred<Reading>();
    const inspect = jest.fn().mockResolvedValueOnce(weakReading()).mockReturnValueOnce(second.promise);
    const view = renderPanel(inspect);
    await screen.findByRole('region', { name: /sheet «Bảng tin»/ });
    view.rerender(<ReadingPanel inspect={inspect} save={jest.fn(saved)} workbookKey="2:khac.xlsx" />);
    expect(screen.queryByRole('region', { name: /sheet «Bảng tin»/ })).toBeNull();
    await act(async () => second.resolve({ ...sureReading(), tables: [] }));
    expect(screen.getByText('Không tìm thấy bảng nào DCCS đọc được trong sổ này.')).toBeTruthy();
  });

  it('speaks English in English mode', async () => {
    renderInFluent(<App makeReports={jest.fn()} check={jest.fn()} createTemplate={jest.fn() as TemplateAction} defaultYear={2024} initialLang="en"
      inspect={() => Promise.resolve(weakReading())} saveReading={jest.fn(saved)} workbookKey="1:a.xlsx" />);
    expect(await screen.findByRole('region', { name: 'Public postings — sheet «Bảng tin»' })).toBeTruthy();
    expect(screen.getByText('Proposed, please confirm (60%)')).toBeTruthy();
    expect(screen.getByText('Level: commune — from the title «UBND XÃ TÂN LẬP» (sheet «Bảng tin», row 1)')).toBeTruthy();
  });
});

describe('App, «Cách đọc sổ»', () => {
  const renderApp = (inspect: InspectAction, check: CheckAction = jest.fn(() => Promise.resolve(checkResult())), save: SaveReadingAction = jest.fn(saved)) =>
    renderInFluent(<App makeReports={jest.fn()} check={check} createTemplate={jest.fn() as TemplateAction} defaultYear={2024} inspect={inspect} saveReading={save} workbookKey="1:so.xlsx" />);
  const selected = () => screen.getByRole('tab', { selected: true }).textContent;

  it('opens by itself when the reading has weak parts', async () => {
    renderApp(() => Promise.resolve(weakReading()));
    await waitFor(() => expect(selected()).toBe('Cách đọc sổ'));
  });

  it('stays on «Kiểm tra» when the reading is sure, one click away', async () => {
    const inspect = jest.fn(() => Promise.resolve(sureReading()));
    renderApp(inspect);
    await waitFor(() => expect(inspect).toHaveBeenCalled());
    await screen.findByRole('region', { name: /sheet «Bảng tin»/, hidden: true });
    expect(selected()).toBe('Kiểm tra');
    fireEvent.click(screen.getByRole('button', { name: 'Xem DCCS đã đọc sổ thế nào' }));
    expect(selected()).toBe('Cách đọc sổ');
  });

  it('checks the book again after a reading is saved', async () => {
    const check = jest.fn(() => Promise.resolve(checkResult()));
    renderApp(() => Promise.resolve(weakReading()), check);
    await screen.findByRole('region', { name: /sheet «Bảng tin»/ });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cách đọc và kiểm tra lại' }));
    await waitFor(() => expect(check).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('UBND xã An Thượng')).toBeTruthy();
  });
});

describe('«Cách đọc sổ» in English (issue 15, item 8)', () => {
  it('names every column meaning of every kind of table in English, the book\'s own header beside it', () => {
    const kinds: TableKind[] = ['info', 'plan', 'postings', 'consultations', 'feedback', 'votes', 'daysOff', 'rules'];
    for (const spec of kinds.map(specOf)) {
      for (const c of spec.columns) expect([spec.name, c.key, COLUMN_NAMES_EN[c.key]]).toEqual([spec.name, c.key, expect.stringMatching(/^[A-Za-z', ]+$/)]);
    }
  });

  it('offers the meanings in English in the column lists and the sheet-wide defaults', async () => {
    renderInFluent(<LangContext.Provider value="en"><ReadingPanel inspect={() => Promise.resolve(weakReading())} save={jest.fn(saved)} workbookKey="1:so.xlsx" /></LangContext.Provider>);
    const select = (await screen.findAllByRole('combobox', { name: /^Meaning of column/ }))[0] as HTMLSelectElement;
    const options = [...select.options].map((o) => o.textContent);
    expect(options).toContain('Start date «Ngày bắt đầu»');
    expect(options).toContain('Days required «Số ngày yêu cầu»');
    expect(options.filter((o) => !/^[A-Za-z(), ']+( «[^»]+»)?$/.test(o ?? ''))).toEqual([]);
  });
});
