/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { StandaloneApp } from '../../src/taskpane/StandaloneApp';
import type { OpenWorkbook, WorkbookOpener } from '../../src/taskpane/useFileSession';
import { renderInFluent } from './render';

const today = () => ({ y: 2024, m: 3, d: 20 });

function picked(name: string): File {
  const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
  return { name, size: bytes.length, arrayBuffer: () => Promise.resolve(new Uint8Array(bytes).buffer) } as unknown as File;
}

/** A workbook with no sheets: the check finds nothing, a saved reading still writes (and so marks the file unsaved). */
function emptyHost(): OpenWorkbook {
  return {
    readSheets: jest.fn(() => Promise.resolve({ sheetNames: [], sheets: {} })),
    writeSheets: jest.fn(() => Promise.resolve({ written: ['DCCS Cách đọc'], skipped: [], skippedFeatures: [] })),
    toBuffer: jest.fn(() => Promise.resolve(new Uint8Array([1]))),
  } as unknown as OpenWorkbook;
}

const pick = (file: File) => fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
const fileName = () => screen.getByTestId('file-name').textContent;

async function openAndWrite(opener: WorkbookOpener) {
  pick(picked('so-a.xlsx'));
  await waitFor(() => expect(fileName()).toBe('so-a.xlsx'));
  fireEvent.click(screen.getByRole('tab', { name: 'Cách đọc sổ' }));
  const save = await screen.findByRole('button', { name: 'Lưu cách đọc và kiểm tra lại' });
  await waitFor(() => expect(save.hasAttribute('disabled')).toBe(false));
  fireEvent.click(save);
  await screen.findByText('Có thay đổi chưa tải về');
  // The check ran again after the save, and found nothing to check in this empty book.
  await screen.findByText(/Không tìm thấy bảng nào để kiểm tra/);
  return opener;
}

describe('nothing lost (issue 15, item 4)', () => {
  it('asks before another file replaces one with changes not downloaded, and staying keeps it', async () => {
    const opener = jest.fn(() => Promise.resolve(emptyHost()));
    renderInFluent(<StandaloneApp today={today} initialLang="vi" opener={opener} />);
    await openAndWrite(opener);
    pick(picked('so-b.xlsx'));
    const dialog = await screen.findByRole('alertdialog', { hidden: true });
    expect(dialog.textContent).toContain('Các sheet DCCS vừa ghi vào «so-a.xlsx» chưa được tải về. Mở tệp «so-b.xlsx» thì các thay đổi đó sẽ mất.');
    fireEvent.click(screen.getByRole('button', { name: 'Ở lại sổ đang mở', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
    expect(fileName()).toBe('so-a.xlsx');
    expect(opener).toHaveBeenCalledTimes(1);
  });

  it('downloads first when asked, then opens the new file, and the old results are gone', async () => {
    const download = jest.fn();
    const opener = jest.fn(() => Promise.resolve(emptyHost()));
    renderInFluent(<StandaloneApp today={today} initialLang="vi" opener={opener} download={download} />);
    await openAndWrite(opener);
    pick(picked('so-b.xlsx'));
    fireEvent.click(await screen.findByRole('button', { name: 'Tải về rồi mở tệp mới', hidden: true }));
    await waitFor(() => expect(fileName()).toBe('so-b.xlsx'));
    expect(download).toHaveBeenCalledWith(expect.any(Uint8Array), 'so-a-DCCS.xlsx', expect.any(String));
    expect(screen.queryByText('Có thay đổi chưa tải về')).toBeNull();
    expect(screen.queryByText(/Không tìm thấy bảng nào để kiểm tra/)).toBeNull();
  });

  it('opens the new file without downloading when the user gives the changes up', async () => {
    const download = jest.fn();
    const opener = jest.fn(() => Promise.resolve(emptyHost()));
    renderInFluent(<StandaloneApp today={today} initialLang="vi" opener={opener} download={download} />);
    await openAndWrite(opener);
    pick(picked('so-b.xlsx'));
    fireEvent.click(await screen.findByRole('button', { name: 'Mở tệp mới, bỏ thay đổi', hidden: true }));
    await waitFor(() => expect(fileName()).toBe('so-b.xlsx'));
    expect(download).not.toHaveBeenCalled();
  });

  it('opens another file at once when nothing is unsaved', async () => {
    const opener = jest.fn(() => Promise.resolve(emptyHost()));
    renderInFluent(<StandaloneApp today={today} initialLang="vi" opener={opener} />);
    pick(picked('so-a.xlsx'));
    await waitFor(() => expect(fileName()).toBe('so-a.xlsx'));
    pick(picked('so-b.xlsx'));
    await waitFor(() => expect(fileName()).toBe('so-b.xlsx'));
    expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull();
  });
});

describe('start from nothing (issue 15, item 2)', () => {
  it('makes a new book from the unit, level and year typed, downloads it and opens it', async () => {
    const download = jest.fn();
    const opener = jest.fn(() => Promise.resolve(emptyHost()));
    renderInFluent(<StandaloneApp today={today} initialLang="vi" opener={opener} download={download} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Thiết lập' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tạo sổ theo dõi mới' }));
    fireEvent.change(screen.getByLabelText(/Năm báo cáo/), { target: { value: '2025' } });
    fireEvent.change(screen.getByLabelText(/Tên đơn vị \(không bắt buộc\)/), { target: { value: 'UBND phường Bắc Kạn' } });
    fireEvent.change(screen.getByLabelText('Cấp của đơn vị'), { target: { value: 'ward' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo sổ' }));
    await waitFor(() => expect(fileName()).toBe('So-theo-doi-UBND-phuong-Bac-Kan-2025.xlsx'));
    expect(download).toHaveBeenCalledWith(expect.any(Uint8Array), 'So-theo-doi-UBND-phuong-Bac-Kan-2025.xlsx', expect.stringContaining('spreadsheetml'));
    expect(screen.getByText(/Đã tạo sổ «So-theo-doi-UBND-phuong-Bac-Kan-2025.xlsx»/)).toBeTruthy();
    // The bytes opened are the book made: a real workbook with the unit typed in Thông tin.
    const [bytes] = (opener.mock.calls[0] as unknown as [Uint8Array]);
    const { openWorkbookFile } = await import('../../src/workbook/file/host');
    const { readSettings } = await import('../../src/app/settings/settings');
    expect((await readSettings(await openWorkbookFile(bytes, 'x.xlsx'))).info).toMatchObject({ unit: 'UBND phường Bắc Kạn', level: 'ward', year: 2025 });
  }, 20_000);

  it('with a file open, says when the unit and year typed cannot go into its Thông tin', async () => {
    const opener = jest.fn(() => Promise.resolve({
      ...emptyHost(),
      writeSheets: jest.fn(() => Promise.resolve({ written: ['Kế hoạch'], skipped: ['Thông tin'], skippedFeatures: [] })),
    } as unknown as OpenWorkbook));
    renderInFluent(<StandaloneApp today={today} initialLang="vi" opener={opener} />);
    pick(picked('so-a.xlsx'));
    await waitFor(() => expect(fileName()).toBe('so-a.xlsx'));
    fireEvent.click(screen.getByRole('tab', { name: 'Thiết lập' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tạo sổ theo dõi mẫu' }));
    expect(screen.queryByLabelText('Cấp của đơn vị')).toBeNull();
    fireEvent.change(screen.getByLabelText(/Tên đơn vị \(không bắt buộc\)/), { target: { value: 'UBND xã Mới' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo sổ' }));
    expect(await screen.findByText(/tên đơn vị và năm vừa nhập không được ghi đè/)).toBeTruthy();
  });
});

describe('never waits on the network, never speaks of Excel outside it (issue 15, item 9)', () => {
  it('opens a file picked while the sample still loads once the sample is in, instead of failing', async () => {
    let release!: (bytes: Uint8Array) => void;
    const sampleBytes = new Promise<Uint8Array>((resolve) => { release = resolve; });
    const opener = jest.fn(() => Promise.resolve(emptyHost()));
    renderInFluent(<StandaloneApp today={today} initialLang="vi" opener={opener}
      initialFile={{ name: 'so-theo-doi-mau.xlsx', load: () => sampleBytes }} />);
    await screen.findByText('Đang mở tệp «so-theo-doi-mau.xlsx»…');
    pick(picked('so-cua-toi.xlsx'));
    release(new Uint8Array([0x50, 0x4b, 3, 4]));
    await waitFor(() => expect(fileName()).toBe('so-cua-toi.xlsx'));
    expect(screen.queryByText(/Đang chạy một thao tác khác/)).toBeNull();
    expect(opener).toHaveBeenCalledTimes(2);
  });

  it('says nothing of formatting «this Excel» lacks when the page runs without Excel', async () => {
    const host = { ...emptyHost(), skippedFeatures: [{ sheet: 'Công khai', feature: 'charts', requirement: 'ExcelApi 1.9' }] } as unknown as OpenWorkbook;
    renderInFluent(<StandaloneApp today={today} initialLang="vi" opener={() => Promise.resolve(host)} />);
    pick(picked('so-a.xlsx'));
    await waitFor(() => expect(fileName()).toBe('so-a.xlsx'));
    fireEvent.click(screen.getByRole('tab', { name: 'Thiết lập' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tạo sổ theo dõi mẫu' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tạo sổ' }));
    await screen.findByText('Đã tạo sổ theo dõi mẫu.');
    expect(screen.queryByText(/Phiên bản Excel này chưa hỗ trợ/)).toBeNull();
  });
});
