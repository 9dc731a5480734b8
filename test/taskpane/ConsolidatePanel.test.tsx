/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { ConsolidationCancelled } from '../../src/app/consolidate/consolidate';
import { assembleConsolidation } from '../../src/app/consolidate/assemble';
import type { ConsolidateAction, ConsolidateRequest, ConsolidateResultData } from '../../src/taskpane/consolidateAction';
import { ConsolidatePanel } from '../../src/taskpane/ConsolidatePanel';
import { HostError } from '../../src/workbook/port';
import { deferred } from './fixtures';
import { renderInFluent } from './render';

const today = { y: 2025, m: 7, d: 5 };
const file = (name: string, size = 10) => new File([new Uint8Array(size)], name);
const zero = { met: 3, permanent: 0, short: 1, ongoing: 0, planned: 0, 'no-requirement': 0, 'missing-data': 0, invalid: 0 };
const tasks = { 'done-on-time': 0, 'done-late': 0, overdue: 0, 'due-soon': 0, open: 0, 'no-deadline': 0, invalid: 0 };
const consolidation = assembleConsolidation([
  {
    kind: 'unit', findings: [],
    summary: {
      file: 'an-thuong.xlsx', unit: 'UBND xã An Thượng', year: 2025, asOf: '2025-06-30', postings: zero, latePublications: 0, tasks, consultations: 0,
      feedback: { total: 0, accepted: 0, partlyAccepted: 0, explained: 0, pending: 0 }, votes: { passed: 0, failed: 0 }, inputErrors: 0, findings: 0,
    },
  },
  { kind: 'failed', file: 'so-cu.xls', reason: 'Không mở được tệp "so-cu.xls": hãy lưu lại dưới dạng .xlsx' },
], ['UBND xã An Thượng', 'UBND xã Lại Yên'], 'name');
const result: ConsolidateResultData = {
  consolidation, written: ['TH Đơn vị', 'TH Chi tiết', 'Báo cáo tổng hợp'], skippedFeatures: [], renamed: [], docx: new Uint8Array([80, 75]),
};

const choose = (...files: File[]) => fireEvent.change(screen.getByLabelText('Chọn tệp sổ theo dõi'), { target: { files } });
const runButton = () => screen.getByRole('button', { name: 'Tổng hợp' });

describe('ConsolidatePanel', () => {
  it('starts empty: no file, «Tổng hợp» disabled', () => {
    renderInFluent(<ConsolidatePanel consolidate={jest.fn()} today={today} />);
    expect(screen.getByText('Chưa chọn tệp nào.')).toBeTruthy();
    expect(runButton().hasAttribute('disabled')).toBe(true);
  });

  it('takes files from the input and from a drop, each once', () => {
    renderInFluent(<ConsolidatePanel consolidate={jest.fn()} today={today} />);
    choose(file('an-thuong.xlsx'), file('song-phuong.xlsx'));
    fireEvent.drop(screen.getByRole('group', { name: 'Kéo thả tệp sổ theo dõi vào đây' }), { dataTransfer: { files: [file('an-thuong.xlsx'), file('lai-yen.xlsx')] } });
    const list = screen.getByRole('list', { name: 'Tệp đã chọn' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent?.split('Chờ')[0])).toEqual(['an-thuong.xlsx', 'song-phuong.xlsx', 'lai-yen.xlsx']);
    expect(runButton().hasAttribute('disabled')).toBe(false);
  });

  it('shows a bar per file and overall while working, then what was consolidated, what failed and who is missing', async () => {
    const pending = deferred<ConsolidateResultData>();
    let request!: ConsolidateRequest;
    const action = jest.fn<ReturnType<ConsolidateAction>, Parameters<ConsolidateAction>>((r) => { request = r; return pending.promise; });
    renderInFluent(<ConsolidatePanel consolidate={action} today={today} />);
    choose(file('an-thuong.xlsx'), file('so-cu.xls'));
    fireEvent.change(screen.getByRole('combobox', { name: 'Xếp đơn vị theo' }), { target: { value: 'compliance' } });
    fireEvent.click(runButton());
    expect(action).toHaveBeenCalledWith(expect.objectContaining({ order: 'compliance', asOf: undefined }));
    expect(request.files.map((f) => f.name)).toEqual(['an-thuong.xlsx', 'so-cu.xls']);
    act(() => {
      request.onFile(0, 'done');
      request.onFile(1, 'reading');
      request.onProgress(0.5, 'Đang đọc tệp 2/2: so-cu.xls');
    });
    expect(screen.getByRole('button', { name: 'Hủy' })).toBeTruthy();
    expect(runButton().hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('Đã tổng hợp')).toBeTruthy();
    expect(screen.getByText('Đang đọc và kiểm tra…')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Tiến độ chung' }).getAttribute('aria-valuenow')).toBe('0.5');
    act(() => request.onFile(1, 'failed', 'Không mở được tệp "so-cu.xls": hãy lưu lại dưới dạng .xlsx'));
    await act(async () => pending.resolve(result));
    expect(screen.getByText(/Đã tổng hợp 1 đơn vị; tỷ lệ công khai đạt thời hạn 75,0%/)).toBeTruthy();
    expect(screen.getByText('Đã ghi các sheet "TH Đơn vị", "TH Chi tiết", "Báo cáo tổng hợp".')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Tệp không dùng được' })).getByText(/hãy lưu lại dưới dạng .xlsx/)).toBeTruthy();
    expect(screen.getByText('Chưa gửi tệp: UBND xã Lại Yên.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tải bản Word' })).toBeTruthy();
  });

  it('cancels: the signal is aborted and the panel says nothing was written', async () => {
    const pending = deferred<ConsolidateResultData>();
    let request!: ConsolidateRequest;
    renderInFluent(<ConsolidatePanel consolidate={(r) => { request = r; return pending.promise; }} today={today} />);
    choose(file('an-thuong.xlsx'));
    fireEvent.click(runButton());
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(request.signal.aborted).toBe(true);
    await act(async () => pending.reject(new ConsolidationCancelled()));
    expect(screen.getByText('Đã hủy tổng hợp; chưa ghi gì vào sổ.')).toBeTruthy();
    expect(runButton().hasAttribute('disabled')).toBe(false);
  });

  it('shows a failure in Vietnamese where the user is looking', async () => {
    renderInFluent(<ConsolidatePanel consolidate={() => Promise.reject(new HostError('office', 'Không ghi được trang "TH Đơn vị" vào Excel (InvalidOperation).'))} today={today} />);
    choose(file('an-thuong.xlsx'));
    await act(async () => { fireEvent.click(runButton()); });
    expect(screen.getByText('Không ghi được trang "TH Đơn vị" vào Excel (InvalidOperation).')).toBeTruthy();
  });
});
