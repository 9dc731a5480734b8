/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { UserError } from '../../src/domain/errors';
import type { BoundActions } from '../../src/taskpane/bindActions';
import {
  officeSuperiorCopy, readCompressedFile, superiorCopyBlock, superiorCopyBlockText, toBase64, type OfficeFileApi,
} from '../../src/taskpane/officeCopy';
import { OfficeApp } from '../../src/taskpane/OfficeApp';
import { StandaloneApp } from '../../src/taskpane/StandaloneApp';
import { STRINGS } from '../../src/taskpane/strings';
import { inThreadOpener } from './inThreadWorker';
import { renderInFluent } from './render';

// Issue 14, item 11, in the pane: «Bản gửi cấp trên» (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15,
// in force 01/01/2026) — a copy without citizens' names and contact details; the open book unchanged.
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình'];
const PHONE = '0912 345 678';
const today = () => ({ y: 2026, m: 7, d: 1 });
const t = STRINGS.vi.superior;

async function communeBook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Thông tin').addRows([['Tên đơn vị', 'UBND xã An Thượng'], ['Cấp', 'xã'], ['Năm báo cáo', 2026]]);
  wb.addWorksheet('Lấy ý kiến').addRows([
    ['Mã đợt', 'Nội dung lấy ý kiến', 'Từ ngày', 'Đến ngày', 'Hạn tổng hợp'],
    ['QC', 'Dự thảo quy chế', '01/06/2026', '25/06/2026', '30/06/2026'],
  ]);
  wb.addWorksheet('Ý kiến').addRows([
    ['STT', 'Mã đợt', 'Ngày nhận', 'Người góp ý', 'Số điện thoại', 'Thôn, tổ dân phố', 'Nội dung góp ý', 'Hướng xử lý'],
    [1, 'QC', '05/06/2026', NAMES[0], PHONE, 'Thôn 1', 'Sửa Điều 5', 'Tiếp thu'],
    [2, 'QC', '06/06/2026', NAMES[1], null, 'Thôn 2', 'Thêm khoản 2', 'Giải trình'],
  ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Every cell's text of a workbook given as bytes. */
async function textsOf(bytes: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const texts: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text)))));
  return texts.join('\n');
}

function picked(name: string, bytes: Uint8Array): File {
  return { name, size: bytes.length, arrayBuffer: () => Promise.resolve(new Uint8Array(bytes).buffer) } as unknown as File;
}

/** A strict stand-in for `Office.context.document`'s file: slices of `sliceSize`, and a count of open files. */
function fakeOffice(bytes: Uint8Array, options: { fail?: string; sliceSize?: number } = {}) {
  const state = { open: 0, closed: 0, created: [] as string[] };
  const sliceSize = options.sliceSize ?? 7000;
  const api: OfficeFileApi = {
    platform: 'PC',
    requirements: { isSetSupported: () => true },
    createWorkbook: async (base64) => { state.created.push(base64); },
    document: {
      getFileAsync: ((type: unknown, opts: { sliceSize: number }, done: (r: Office.AsyncResult<Office.File>) => void) => {
        expect(String(type)).toBe('compressed');
        expect(opts.sliceSize).toBeLessThanOrEqual(4_194_304);
        if (options.fail) {
          done({ status: 'failed', error: { name: 'InternalError', message: options.fail, code: 5001 } } as unknown as Office.AsyncResult<Office.File>);
          return;
        }
        state.open++;
        const sliceCount = Math.ceil(bytes.length / sliceSize);
        const file = {
          size: bytes.length,
          sliceCount,
          getSliceAsync: (i: number, cb: (r: Office.AsyncResult<Office.Slice>) => void) => {
            expect(state.open).toBe(1);
            // Office hands a slice's data as a plain array of byte numbers.
            const data = Array.from(bytes.subarray(i * sliceSize, (i + 1) * sliceSize));
            cb({ status: 'succeeded', value: { data, index: i, size: data.length } } as unknown as Office.AsyncResult<Office.Slice>);
          },
          closeAsync: (cb: () => void) => { state.open--; state.closed++; cb(); },
        };
        done({ status: 'succeeded', value: file } as unknown as Office.AsyncResult<Office.File>);
      }) as unknown as Office.Document['getFileAsync'],
    },
  };
  return { api, state };
}

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

describe('«Bản gửi cấp trên» in the standalone page', () => {
  it('downloads a copy without citizens’ names and phones, says what it hid, and leaves the open book as it was', async () => {
    const book = await communeBook();
    const download = jest.fn();
    renderInFluent(<StandaloneApp today={today} initialLang="vi" opener={inThreadOpener()} download={download} />);
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [picked('So xa An Thuong.xlsx', book)] } });
    await screen.findByTestId('file-name');
    fireEvent.click(screen.getByRole('tab', { name: 'Báo cáo' }));
    fireEvent.click(await screen.findByRole('button', { name: t.run }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1), { timeout: 15_000 });
    const [bytes, name] = download.mock.calls[0] as [Uint8Array, string];
    expect(name).toBe('So xa An Thuong - Bản gửi cấp trên.xlsx');
    const texts = await textsOf(bytes);
    for (const secret of [...NAMES, PHONE]) expect(texts).not.toContain(secret);
    // Counts, decisions and texts stay.
    for (const kept of ['Sửa Điều 5', 'Tiếp thu', 'Giải trình', 'Thôn 2', 'UBND xã An Thượng']) expect(texts).toContain(kept);
    expect(await screen.findByText(t.downloaded(name))).toBeTruthy();
    expect(screen.getByText(t.hiddenColumn('Ý kiến', 'Người góp ý', 2))).toBeTruthy();
    expect(screen.getByText(t.hiddenColumn('Ý kiến', 'Số điện thoại', 1))).toBeTruthy();
    // Making the copy wrote nothing into the open book: nothing waits to be downloaded.
    expect(screen.queryByText(STRINGS.vi.file.unsaved)).toBeNull();
  });

  it('is disabled until a file is open', () => {
    renderInFluent(<StandaloneApp today={today} initialLang="vi" opener={inThreadOpener()} download={jest.fn()} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Báo cáo' }));
    expect(screen.getByRole('button', { name: t.run }).hasAttribute('disabled')).toBe(true);
  });
});

describe('«Bản gửi cấp trên» in Excel: the file from getFileAsync, the copy as a new workbook', () => {
  it('reads the workbook slice by slice, closes the file, hides citizens’ data and opens the copy', async () => {
    const book = await communeBook();
    const { api, state } = fakeOffice(book);
    const steps: string[] = [];
    const result = await officeSuperiorCopy(api, () => STRINGS.vi)({ onProgress: (_, label) => steps.push(label) });
    expect(state).toMatchObject({ open: 0, closed: 1 });
    expect(state.created).toHaveLength(1);
    const texts = await textsOf(fromBase64(state.created[0]));
    for (const secret of [...NAMES, PHONE]) expect(texts).not.toContain(secret);
    expect(texts).toContain('Sửa Điều 5');
    expect(result.fileName).toBeNull();
    expect(result.hidden).toEqual(expect.arrayContaining([expect.objectContaining({ sheet: 'Ý kiến', header: 'Người góp ý', cells: 2 })]));
    expect(steps).toEqual([t.readingExcel, t.working, t.opening]);
  });

  it('puts the slices back together byte for byte, whatever their size', async () => {
    const bytes = Uint8Array.from({ length: 10_001 }, (_, i) => (i * 31) % 256);
    for (const sliceSize of [1, 4096, 10_001, 65_536]) {
      const { api, state } = fakeOffice(bytes, { sliceSize });
      expect(await readCompressedFile(api, t)).toEqual(bytes);
      expect(state.closed).toBe(1);
    }
  });

  it('says what Excel answered when it cannot give the file, as a user error', async () => {
    const { api } = fakeOffice(new Uint8Array(), { fail: 'The document is busy' });
    const copy = officeSuperiorCopy(api, () => STRINGS.vi)({ onProgress: () => undefined });
    await expect(copy).rejects.toBeInstanceOf(UserError);
    await expect(copy).rejects.toThrow(t.fileFailed('The document is busy'));
  });

  it('base64 of a large file is the same as Node’s', () => {
    const bytes = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('offers another route where the copy cannot be made: Excel on the web, an Excel without ExcelApi 1.8', () => {
    const supports = (sets: string[]) => ({ isSetSupported: (name: string, version?: string) => sets.includes(`${name} ${version ?? ''}`.trim()) });
    expect(superiorCopyBlock({ platform: 'OfficeOnline', requirements: supports(['CompressedFile', 'ExcelApi 1.8']) })).toBe('no-compressed-file');
    expect(superiorCopyBlock({ platform: 'PC', requirements: supports(['ExcelApi 1.8']) })).toBe('no-compressed-file');
    expect(superiorCopyBlock({ platform: 'PC', requirements: supports(['CompressedFile']) })).toBe('no-create-workbook');
    expect(superiorCopyBlock({ platform: 'Mac', requirements: supports(['CompressedFile', 'ExcelApi 1.8']) })).toBeNull();
    expect(superiorCopyBlock({ platform: 'PC', requirements: { isSetSupported: () => { throw new Error('old host'); } } })).toBe('no-compressed-file');
    expect(superiorCopyBlockText(null, t, 'https://x/')).toBeUndefined();
    expect(superiorCopyBlockText('no-compressed-file', t, 'https://dccs.example/taskpane.html')).toContain('https://dccs.example/taskpane.html');
  });

  it('in the pane: the route in words instead of a dead button when Excel cannot make the copy', () => {
    const actions = { check: jest.fn(), createTemplate: jest.fn(), goToRow: jest.fn(), makeReports: jest.fn(), readSettings: jest.fn(), readRow: jest.fn(), inspect: jest.fn(() => new Promise(() => undefined)) } as unknown as BoundActions;
    const blocked = superiorCopyBlockText('no-compressed-file', t, 'https://dccs.example/taskpane.html');
    renderInFluent(<OfficeApp actions={actions} defaultYear={2026} initialLang="vi" superiorCopy={jest.fn()} superiorCopyBlocked={blocked} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Báo cáo' }));
    expect(screen.queryByRole('button', { name: t.run })).toBeNull();
    expect(screen.getByText(blocked!)).toBeTruthy();
  });
});
