/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ConsolidateAction, ConsolidateRequest } from '../../src/taskpane/consolidateAction';
import { ConsolidatePanel } from '../../src/taskpane/ConsolidatePanel';
import { renderInFluent } from './render';
import { assembleConsolidation } from '../../src/app/consolidate/assemble';

const today = { y: 2025, m: 7, d: 5 };
const file = (name: string) => new File([new Uint8Array(10)], name);
const choose = (...files: File[]) => fireEvent.change(screen.getByLabelText('Chọn tệp sổ theo dõi'), { target: { files } });
const runButton = () => screen.getByRole('button', { name: 'Tổng hợp' });
const done = () => Promise.resolve({ consolidation: assembleConsolidation([], null, 'name'), written: ['TH Đơn vị'], skippedFeatures: [], renamed: [], docx: new Uint8Array([1]), workbookFile: 'Tong-hop-UBND-tinh-Thai-Nguyen-2025-07-05.xlsx' });

describe('where a consolidation goes (issue 15, item 3)', () => {
  it('in the page: asks for the office, with no file open, and sends its details; says which new workbook was made', async () => {
    const consolidate = jest.fn<ReturnType<ConsolidateAction>, [ConsolidateRequest]>(done);
    renderInFluent(<ConsolidatePanel consolidate={consolidate} target="new-book" today={today} />);
    choose(file('an-thuong.xlsx'));
    fireEvent.click(runButton());
    expect(screen.getByText(/Hãy nhập tên cơ quan tổng hợp/)).toBeTruthy();
    expect(consolidate).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/Tên cơ quan/), { target: { value: 'UBND tỉnh Thái Nguyên' } });
    fireEvent.change(screen.getByLabelText('Cấp'), { target: { value: 'province' } });
    fireEvent.change(screen.getByLabelText('Người ký'), { target: { value: 'Nguyễn Văn A' } });
    fireEvent.change(screen.getByLabelText(/Địa danh/), { target: { value: 'Thái Nguyên' } });
    fireEvent.click(runButton());
    await waitFor(() => expect(consolidate).toHaveBeenCalledTimes(1));
    expect(consolidate.mock.calls[0][0].office).toEqual({
      name: 'UBND tỉnh Thái Nguyên', level: 'province', parent: '', place: 'Thái Nguyên', signer: 'Nguyễn Văn A', signerTitle: '',
    });
    expect(await screen.findByText(/Đã tạo sổ tổng hợp «Tong-hop-UBND-tinh-Thai-Nguyen-2025-07-05.xlsx» \(đã tải về máy\)/)).toBeTruthy();
  });

  it('in Excel: writes into the open workbook only once the user says it is the office\'s', async () => {
    const consolidate = jest.fn<ReturnType<ConsolidateAction>, [ConsolidateRequest]>(done);
    renderInFluent(<ConsolidatePanel consolidate={consolidate} target="open-workbook" today={today} />);
    choose(file('an-thuong.xlsx'));
    expect(runButton().hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: /Sổ đang mở là sổ của cơ quan tổng hợp/ }));
    expect(runButton().hasAttribute('disabled')).toBe(false);
    fireEvent.click(runButton());
    await waitFor(() => expect(consolidate).toHaveBeenCalledTimes(1));
    expect(consolidate.mock.calls[0][0].office).toBeUndefined();
  });

  it('in the page: takes the office\'s own workbook instead of the form', async () => {
    const consolidate = jest.fn<ReturnType<ConsolidateAction>, [ConsolidateRequest]>(done);
    renderInFluent(<ConsolidatePanel consolidate={consolidate} target="new-book" today={today} />);
    choose(file('an-thuong.xlsx'));
    fireEvent.change(screen.getByLabelText('Hoặc chọn sổ của cơ quan (.xlsx)'), { target: { files: [file('so-tinh.xlsx')] } });
    expect(screen.getByText('Kết quả ghi vào bản sao của «so-tinh.xlsx»; tệp gốc không bị sửa.')).toBeTruthy();
    expect(screen.queryByLabelText(/Tên cơ quan/)).toBeNull();
    fireEvent.click(runButton());
    await waitFor(() => expect(consolidate).toHaveBeenCalledTimes(1));
    expect(consolidate.mock.calls[0][0].officeBook?.name).toBe('so-tinh.xlsx');
    expect(consolidate.mock.calls[0][0].office).toBeUndefined();
  });
});
