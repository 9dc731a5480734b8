/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { ImportResult } from '../../src/app/importPlan/importPlan';
import { extractPlan } from '../../src/domain/plan/extractPlan';
import type { PlanExtraction } from '../../src/domain/plan/types';
import { ImportPlanPanel } from '../../src/taskpane/ImportPlanPanel';
import type { AppendPlanAction, ReadPlanAction } from '../../src/taskpane/importPlanActions';
import { HostError } from '../../src/workbook/port';
import { PlanFileError } from '../../src/app/importPlan/planDocument';
import { SEED_CASES } from '../domain/plan/planCases';
import { deferred } from './fixtures';
import { renderInFluent } from './render';

const seed3 = extractPlan(SEED_CASES[3].text);
const seed2 = extractPlan(SEED_CASES[2].text);
const done: ImportResult = { appended: [{ sheet: 'Kế hoạch', firstRow: 7, lastRow: 8, created: false }] };

function renderPanel(readPlan: ReadPlanAction, appendRows: AppendPlanAction = jest.fn()) {
  return renderInFluent(<ImportPlanPanel readPlan={readPlan} appendRows={appendRows} />);
}

async function paste(text = 'KẾ HOẠCH …') {
  fireEvent.change(screen.getByLabelText('Hoặc dán nội dung kế hoạch'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Đọc kế hoạch' }));
}

describe('ImportPlanPanel', () => {
  it('starts empty: nothing to write until a plan is read', () => {
    renderPanel(jest.fn());
    expect(screen.getByRole('button', { name: 'Đọc kế hoạch' }).hasAttribute('disabled')).toBe(true);
    expect(screen.queryByRole('button', { name: /Ghi .* dòng vào sổ/ })).toBeNull();
  });

  it('shows every item found with its excerpt and its fields, ticked', async () => {
    const read = jest.fn(() => Promise.resolve(seed3));
    renderPanel(read);
    await paste('văn bản');
    expect(read).toHaveBeenCalledWith({ kind: 'text', text: 'văn bản' });
    const tasks = await screen.findByRole('region', { name: 'Nhiệm vụ → sheet Kế hoạch' });
    const items = within(tasks).getAllByRole('group');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByText(/báo cáo 06 tháng đầu năm gửi trước ngày 01\/6\/2023/)).toBeTruthy();
    expect((within(items[0]).getByLabelText('Thời hạn') as HTMLInputElement).value).toBe('trước ngày 01/6/2023');
    expect((within(items[0]).getByLabelText('Cơ quan chủ trì') as HTMLInputElement).value).toBe('Bộ phận VHXX- VHTT');
    expect(screen.getByRole('button', { name: 'Ghi 2 dòng vào sổ' })).toBeTruthy();
  });

  it('appends only the ticked items, with the officer\'s corrections read again', async () => {
    const append = jest.fn<ReturnType<AppendPlanAction>, Parameters<AppendPlanAction>>(() => Promise.resolve(done));
    renderPanel(() => Promise.resolve(seed3), append);
    await paste();
    const items = within(await screen.findByRole('region', { name: 'Nhiệm vụ → sheet Kế hoạch' })).getAllByRole('group');
    fireEvent.click(within(items[0]).getByRole('checkbox'));
    fireEvent.change(within(items[1]).getByLabelText('Thời hạn'), { target: { value: 'trước ngày 20/10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ghi 1 dòng vào sổ' }));
    const written = await screen.findByRole('list', { name: 'Đã ghi' });
    expect(written.textContent).toBe('Sheet Kế hoạch: dòng 7–8');
    const { rows, year } = append.mock.calls[0][0];
    expect(year).toBe(2023);
    expect(rows.tasks).toEqual([expect.objectContaining({ dueText: 'trước ngày 20/10', due: { y: 2023, m: 10, d: 19 } })]);
    expect(rows.postings).toEqual([]);
  });

  it('blocks the write while a kept item has a date it cannot read', async () => {
    renderPanel(() => Promise.resolve(seed2));
    await paste();
    const posts = await screen.findByRole('region', { name: 'Niêm yết, công khai → sheet Công khai' });
    fireEvent.change(within(posts).getByLabelText('Ngày bắt đầu'), { target: { value: '31/02/2026' } });
    expect(screen.getByText('Ngày 31/02/2026 không có trong lịch.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ghi 5 dòng vào sổ' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(posts).getByRole('checkbox'));
    expect(screen.getByRole('button', { name: 'Ghi 4 dòng vào sổ' }).hasAttribute('disabled')).toBe(false);
  });

  it('keeps the buttons disabled while the plan is being read', async () => {
    const pending = deferred<PlanExtraction>();
    renderPanel(() => pending.promise);
    await paste();
    expect(screen.getByRole('button', { name: 'Đọc kế hoạch' }).hasAttribute('disabled')).toBe(true);
    await act(async () => pending.resolve(seed3));
    expect(screen.getByRole('button', { name: 'Đọc kế hoạch' }).hasAttribute('disabled')).toBe(false);
  });

  it('lists what it could not read, quoting the plan', async () => {
    renderPanel(() => Promise.resolve(extractPlan('KẾ HOẠCH\nA năm 2024\n1. Tập huấn\nThời gian thực hiện: khi nào xong')));
    await paste();
    const list = await screen.findByRole('list', { name: 'Cần kiểm tra lại' });
    expect(list.textContent).toContain('Dòng 4: Không đọc được thời hạn "khi nào xong"');
  });

  it('shows a file it cannot read in an error bar, naming the file', async () => {
    renderPanel(() => Promise.reject(new PlanFileError('doc', 'Không đọc được tệp "cu.doc": đây là tệp .doc cũ.')));
    await paste();
    expect(await screen.findByText(/Không đọc được tệp "cu\.doc": đây là tệp \.doc cũ\./)).toBeTruthy();
  });

  it('shows a failed write in an error bar', async () => {
    renderPanel(() => Promise.resolve(seed3), () => Promise.reject(new HostError('office', 'Excel không cho ghi.')));
    await paste();
    fireEvent.click(await screen.findByRole('button', { name: 'Ghi 2 dòng vào sổ' }));
    expect(await screen.findByText('Excel không cho ghi.')).toBeTruthy();
  });

  it('reads a picked .docx file as bytes with its name', async () => {
    const read = jest.fn(() => Promise.resolve(seed3));
    renderPanel(read);
    const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'ke-hoach.docx');
    Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.resolve(new Uint8Array([0x50, 0x4b, 3, 4]).buffer) });
    await act(async () => { fireEvent.change(screen.getByLabelText('Tệp kế hoạch (.docx hoặc .txt)'), { target: { files: [file] } }); });
    await screen.findByRole('region', { name: 'Nhiệm vụ → sheet Kế hoạch' });
    expect(read).toHaveBeenCalledWith({ kind: 'file', name: 'ke-hoach.docx', bytes: new Uint8Array([0x50, 0x4b, 3, 4]) });
  });
});
