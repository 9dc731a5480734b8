import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConsolidationCancelled } from '../../src/app/consolidate/consolidate';
import { summarizeFile } from '../../src/app/consolidate/file';
import { UnusableWorkbookError } from '../../src/app/errors';
import { DccsError, UserError } from '../../src/domain/errors';
import { PlanFileError } from '../../src/app/importPlan/planFileError';
import { makeConsolidateAction } from '../../src/taskpane/consolidateAction';
import { browserSource } from '../../src/taskpane/browserSource';
import { describeError } from '../../src/taskpane/describeError';
import { FileWorkerClient, FileWorkerError, openInWorker, workerSource } from '../../src/taskpane/fileWorkerClient';
import { createFileWorkerHandler } from '../../src/taskpane/fileWorkerHandler';
import { isPackedGrid, unpackRead, type PackedRead } from '../../src/taskpane/packedGrids';
import { reviveError, sendError, type FileWorkerMessage, type FileWorkerReply, type FileWorkerRequest } from '../../src/taskpane/fileWorkerProtocol';
import { newWorkbookFile, openWorkbookFile } from '../../src/workbook/file/host';
import { HostError } from '../../src/workbook/port';
import { communeWorkbook } from '../../bench/communeWorkbooks';
import { inThreadWorker, type InThreadWorker } from './inThreadWorker';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const SAMPLE = readFileSync(path.join(__dirname, '..', '..', 'assets', 'so-theo-doi-mau.xlsx'));
const today = { y: 2025, m: 6, d: 30 };
const bufferOf = (bytes: Uint8Array) => new Uint8Array(bytes).buffer; // a copy: a Buffer's slice() shares its pool
const named = (name: string, bytes: Uint8Array) => Object.assign(new Blob([bytes.slice()]), { name });

/** The handler behind a fake port: each request's reply, as the page would receive it. */
function fakePort() {
  const replies: { reply: FileWorkerReply; transfer: Transferable[] }[] = [];
  const handle = createFileWorkerHandler((reply, transfer) => replies.push({ reply, transfer }));
  let id = 0;
  return {
    async ask(request: FileWorkerRequest): Promise<{ reply: FileWorkerReply; transfer: Transferable[] }> {
      const sent = { ...request, id: ++id } as FileWorkerMessage;
      await handle(sent);
      const found = replies.find((r) => r.reply.id === sent.id)!;
      return found;
    },
  };
}

describe('the file worker\'s handler, through a fake port', () => {
  it('opens bytes, reads, writes and saves a workbook it holds by id, and forgets it when closed', async () => {
    const port = fakePort();
    const opened = await port.ask({ op: 'open', bytes: bufferOf(SAMPLE), fileName: 'so-theo-doi-mau.xlsx' });
    expect(opened.reply).toEqual({ id: 1, ok: true, value: 1 });

    const read = await port.ask({ op: 'read', workbook: 1, names: ['Công khai', 'Không có'] });
    const expected = await (await openWorkbookFile(SAMPLE, 'x.xlsx')).readSheets(['Công khai', 'Không có']);
    expect(read.reply).toMatchObject({ id: 2, ok: true });
    // The grid comes packed, its two typed arrays handed over, and unpacks to exactly what exceljs reads.
    const packed = (read.reply as { value: PackedRead }).value;
    expect(isPackedGrid(packed.sheets['Công khai']!)).toBe(true);
    expect(read.transfer).toHaveLength(2);
    expect(unpackRead(structuredClone(packed, { transfer: read.transfer }))).toEqual(expected);

    const chart = { type: 'bar' as const, title: 'T', dataRange: 'A1:B2', anchor: 'D2', width: 6, height: 10 };
    const write = await port.ask({ op: 'write', workbook: 1, documents: [{ name: 'Mới', ifExists: 'replace', values: [['a', 1]], charts: [chart] }], patches: [] });
    expect(write.reply).toEqual({
      id: 3, ok: true, value: { written: ['Mới'], skipped: [], skippedFeatures: [{ sheet: 'Mới', feature: 'charts', requirement: 'Excel' }] },
    });

    const saved = await port.ask({ op: 'save', workbook: 1 });
    const buffer = (saved.reply as { value: ArrayBuffer }).value;
    expect(buffer).toBeInstanceOf(ArrayBuffer);
    expect(saved.transfer).toEqual([buffer]); // handed over, not copied
    const reopened = await openWorkbookFile(new Uint8Array(buffer), 'lai.xlsx');
    expect((await reopened.readSheets(['Mới'])).sheets['Mới']?.values).toEqual([['a', 1]]);

    await port.ask({ op: 'close', workbook: 1 });
    const gone = await port.ask({ op: 'read', workbook: 1, names: [] });
    expect(gone.reply).toMatchObject({ ok: false, error: { name: 'HostError', code: 'missing-file', message: expect.stringContaining('mở lại tệp') } });
  });

  it('answers a file it cannot open with the HostError\'s code and Vietnamese message', async () => {
    const port = fakePort();
    const text = await port.ask({ op: 'open', bytes: bufferOf(new Uint8Array(Buffer.from('không phải Excel'))), fileName: 'ghi-chu.txt' });
    expect(text.reply).toMatchObject({ ok: false, error: { name: 'HostError', code: 'not-xlsx', message: 'Không mở được tệp "ghi-chu.txt": đây không phải tệp Excel .xlsx.' } });
    const xls = await port.ask({ op: 'open', bytes: bufferOf(readFileSync(path.join(FIXTURES, 'so-cu.xls'))), fileName: 'so-cu.xls' });
    expect(xls.reply).toMatchObject({ ok: false, error: { name: 'HostError', code: 'xls' } });
  });

  it('reduces a commune file to the same outcome summarizeFile gives on the page, and names an empty one', async () => {
    const bytes = await communeWorkbook('UBND xã An Thượng', { postings: 20, tasks: 10, feedback: 30 });
    const port = fakePort();
    const options = { today };
    const inWorker = await port.ask({ op: 'summarize', name: 'an-thuong.xlsx', data: new Blob([bytes.slice()]), options });
    const onPage = await summarizeFile(browserSource(named('an-thuong.xlsx', bytes)), options);
    expect(inWorker.reply).toEqual({ id: 1, ok: true, value: onPage });
    expect(onPage.kind).toBe('unit');
    const empty = await port.ask({ op: 'summarize', name: 'rong.xlsx', data: new Blob([]), options });
    expect(empty.reply).toEqual({ id: 2, ok: true, value: { kind: 'failed', file: 'rong.xlsx', reason: 'Tệp «rong.xlsx» rỗng (0 byte): hãy xin đơn vị gửi lại tệp.' } });
  });
});

describe('errors across the worker boundary', () => {
  it.each([
    ['HostError', new HostError('encrypted', 'Không mở được tệp "a.xlsx": tệp được bảo vệ bằng mật khẩu.'), HostError],
    ['UnusableWorkbookError', new UnusableWorkbookError('sheet-missing', 'Sổ không có sheet «Công khai».'), UnusableWorkbookError],
    ['DccsError', new DccsError('Bản vá nằm ngoài khối.'), DccsError],
    ['PlanFileError (any user error)', new PlanFileError('doc', 'Tệp «kh.doc» là Word cũ.'), UserError],
  ])('gives a %s its class, code and message back', (_, error, kind) => {
    const revived = reviveError(structuredClone(sendError(error)));
    expect(revived).toBeInstanceOf(kind);
    expect(revived.message).toBe(error.message);
    expect((revived as { code?: string }).code).toBe((error as { code?: string }).code);
    expect(describeError(revived)).toBe(describeError(error));
  });

  it('keeps the name and text of any other error', () => {
    const revived = reviveError(sendError(new TypeError('x is undefined')));
    expect([revived.name, revived.message]).toEqual(['TypeError', 'x is undefined']);
    expect(describeError(revived)).toBe('Đã xảy ra lỗi: x is undefined');
  });
});

describe('the page\'s proxy (FileWorkerClient, WorkerWorkbook)', () => {
  it('transfers the opened bytes, and reads, writes, saves through the worker like the file host', async () => {
    const workers: InThreadWorker[] = [];
    const client = new FileWorkerClient(() => { const w = inThreadWorker(); workers.push(w); return w; });
    const bytes = new Uint8Array(SAMPLE);
    const book = await openInWorker(client, bytes, 'so-theo-doi-mau.xlsx');
    expect(bytes.byteLength).toBe(0); // transferred, not copied
    expect((await book.readSheets([])).sheetNames).toContain('Công khai');
    const w0 = await book.writeSheets([{ name: 'Biểu đồ', ifExists: 'replace', values: [['x', 1]], charts: [{ type: 'bar', title: 'T', dataRange: 'A1:B1', anchor: 'D1', width: 4, height: 8 }] }]);
    expect(w0.skippedFeatures).toEqual([{ sheet: 'Biểu đồ', feature: 'charts', requirement: 'Excel' }]);
    const saved = await book.toBuffer();
    expect((await (await openWorkbookFile(saved, 'b.xlsx')).readSheets(['Biểu đồ'])).sheets['Biểu đồ']?.values).toEqual([['x', 1]]);
    await expect(openInWorker(client, new Uint8Array(Buffer.from('abc')), 'a.txt')).rejects.toBeInstanceOf(HostError);
    book.close();
    await expect(book.readSheets([])).rejects.toThrow('Sổ đang làm việc không còn mở');
    expect(workers).toHaveLength(1); // one worker for the page's files
  });

  it('rejects what was waiting when the worker fails, in Vietnamese, and starts a fresh one for the next request', async () => {
    const workers: InThreadWorker[] = [];
    const client = new FileWorkerClient(() => { const w = inThreadWorker(); workers.push(w); return w; });
    const waiting = openInWorker(client, new Uint8Array(SAMPLE), 'a.xlsx');
    workers[0].terminated = true;
    workers[0].onerror?.call(workers[0] as unknown as Worker, { message: 'Out of memory', preventDefault() {} } as ErrorEvent);
    const error = await waiting.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWorkerError);
    expect(describeError(error)).toBe('Trình duyệt đã dừng bộ đọc tệp Excel (Out of memory). Hãy tải lại trang rồi mở tệp lại; nếu tệp rất lớn, hãy dùng dòng lệnh dccs.');
    const fresh = await openInWorker(client, new Uint8Array(SAMPLE), 'b.xlsx');
    expect(workers).toHaveLength(2);

    // A workbook of a worker that died is gone: it says to open the file again, and never reaches
    // the new worker's workbook of the same id.
    workers[1].onerror?.call(workers[1] as unknown as Worker, { message: 'Out of memory', preventDefault() {} } as ErrorEvent);
    await openInWorker(client, new Uint8Array(SAMPLE), 'c.xlsx');
    const stale = await fresh.readSheets([]).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(HostError);
    expect(describeError(stale)).toBe('Sổ đang làm việc không còn mở (bộ đọc tệp đã khởi động lại). Hãy bấm «Mở tệp Excel» và mở lại tệp.');
    fresh.close();
    expect(workers[2].sent.map((m) => m.op)).toEqual(['open']);
  });

  it('says so when the worker cannot even start', async () => {
    const client = new FileWorkerClient(() => { throw new Error('blocked by CSP'); });
    await expect(openInWorker(client, new Uint8Array(SAMPLE), 'a.xlsx')).rejects.toThrow('Trình duyệt đã dừng bộ đọc tệp Excel (blocked by CSP)');
  });

  it('makes a file whose worker died failed, with a reason naming it', async () => {
    const client = new FileWorkerClient(() => {
      const w = inThreadWorker();
      w.postMessage = () => setTimeout(() => w.onerror?.call(w as unknown as Worker, { message: 'Out of memory', preventDefault() {} } as ErrorEvent), 0);
      return w;
    });
    const outcome = await workerSource(named('lon.xlsx', SAMPLE), client).summarize!({ today });
    expect(outcome).toEqual({ kind: 'failed', file: 'lon.xlsx', reason: 'Không đọc được tệp «lon.xlsx» (bộ đọc tệp của trình duyệt dừng giữa chừng: Out of memory).' });
  });
});

describe('«Tổng hợp» with the files reduced in the worker', () => {
  const communes = async () => [
    named('an-thuong.xlsx', await communeWorkbook('UBND xã An Thượng', { postings: 10, tasks: 5, feedback: 10 })),
    named('lai-yen.xlsx', await communeWorkbook('UBND xã Lại Yên', { postings: 12, tasks: 6, feedback: 8 }, 3)),
    named('rong.xlsx', new Uint8Array()),
  ];
  const run = async (worker?: () => FileWorkerClient, signal = new AbortController().signal, onFile: (i: number, state: string) => void = () => {}) => {
    const open = newWorkbookFile('phong-noi-vu.xlsx');
    const result = await makeConsolidateAction(open, () => today, worker)({
      files: await communes(), order: 'name', signal, onFile, onProgress: () => {},
    });
    return result.consolidation;
  };

  it('gives the same consolidation as reading them on the page, only outcomes coming back', async () => {
    const workers: InThreadWorker[] = [];
    const inWorker = await run(() => new FileWorkerClient(() => { const w = inThreadWorker(); workers.push(w); return w; }));
    expect(inWorker).toEqual(await run());
    expect(inWorker.units.map((u) => u.unit)).toEqual(['UBND xã An Thượng', 'UBND xã Lại Yên']);
    expect(workers[0].sent.map((m) => m.op)).toEqual(['summarize', 'summarize', 'summarize']);
    expect(workers.every((w) => w.terminated)).toBe(true); // stopped when the run ends
  });

  it('stops the worker at once when cancelled mid-file, writing nothing', async () => {
    const abort = new AbortController();
    const workers: InThreadWorker[] = [];
    const worker = () => new FileWorkerClient(() => {
      const w = inThreadWorker();
      const post = w.postMessage;
      // «Hủy» pressed while the worker reads the second file.
      w.postMessage = ((message: unknown, transfer: Transferable[]) => { post(message, transfer); if (w.sent.length === 2) abort.abort(); }) as typeof post;
      workers.push(w);
      return w;
    });
    const states: string[] = [];
    await expect(run(worker, abort.signal, (i, state) => { states.push(`${i}:${state}`); })).rejects.toBeInstanceOf(ConsolidationCancelled);
    expect(states).toEqual(['0:reading', '0:done', '1:reading']);
    expect(workers.map((w) => w.terminated)).toEqual([true]);
  });
});
