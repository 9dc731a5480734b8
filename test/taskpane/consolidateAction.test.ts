import { makeConsolidateAction, type ChosenFile } from '../../src/taskpane/consolidateAction';
import { newWorkbookFile } from '../../src/workbook/file/host';
import { communeWorkbook } from '../../bench/communeWorkbooks';

const today = () => ({ y: 2025, m: 6, d: 30 });
const chosen = (name: string, bytes: Uint8Array): ChosenFile => ({
  name, size: bytes.byteLength, arrayBuffer: async () => new Uint8Array(bytes).buffer, // a copy: a Buffer's slice() shares its pool
});

describe('makeConsolidateAction', () => {
  it('reads the chosen files in the page, lists 0-byte and vanished ones, and writes into the open workbook', async () => {
    const open = newWorkbookFile('phong-noi-vu.xlsx');
    await open.writeSheets([{ name: 'Danh sách đơn vị', ifExists: 'replace', values: [['Tên đơn vị'], ['UBND xã An Thượng'], ['UBND xã Lại Yên']] }]);
    const good = chosen('an-thuong.xlsx', await communeWorkbook('UBND xã An Thượng', { postings: 10, tasks: 5, feedback: 10 }));
    const vanished: ChosenFile = { name: 'da-xoa.xlsx', size: 100, arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotFoundError')) };
    const states: string[] = [];
    const progress: number[] = [];
    const result = await makeConsolidateAction(open, today)({
      files: [good, chosen('rong.xlsx', new Uint8Array()), vanished], order: 'name', signal: new AbortController().signal,
      onFile: (i, state) => states.push(`${i}:${state}`), onProgress: (f) => progress.push(f),
    });
    expect(result.consolidation.failed.map((f) => `${f.file}: ${f.reason}`)).toEqual([
      'rong.xlsx: Tệp «rong.xlsx» rỗng (0 byte): hãy xin đơn vị gửi lại tệp.',
      'da-xoa.xlsx: Tệp «da-xoa.xlsx» không còn ở đó khi đọc (đã bị xóa, đổi tên hoặc di chuyển trong lúc tổng hợp).',
    ]);
    expect(states).toEqual(['0:reading', '0:done', '1:reading', '1:failed', '2:reading', '2:failed']);
    expect(result.consolidation.failed.map((f) => f.reason)).toEqual([
      'Tệp «rong.xlsx» rỗng (0 byte): hãy xin đơn vị gửi lại tệp.',
      'Tệp «da-xoa.xlsx» không còn ở đó khi đọc (đã bị xóa, đổi tên hoặc di chuyển trong lúc tổng hợp).',
    ]);
    expect(result.consolidation.missing).toEqual(['UBND xã Lại Yên']);
    expect(result.written).toEqual(['TH Đơn vị', 'TH Chi tiết', 'Báo cáo tổng hợp']);
    expect((await open.readSheets([])).sheetNames).toEqual(['Danh sách đơn vị', 'TH Đơn vị', 'TH Chi tiết', 'Báo cáo tổng hợp']);
    expect(progress[progress.length - 1]).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });
});
