import path from 'node:path';
import { columnLetter, readRowValues } from '../../src/app/check/rowValues';
import { openWorkbookPath } from '../../src/workbook/file/hostNode';
import { GridHost } from './gridHost';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'so-theo-doi-mau.xlsx');

describe('columnLetter', () => {
  it.each([[1, 'A'], [26, 'Z'], [27, 'AA'], [28, 'AB'], [702, 'ZZ'], [703, 'AAA']])('names column %i %s', (column, letters) => {
    expect(columnLetter(column)).toBe(letters);
  });
});

describe('readRowValues', () => {
  it('gives a sample row\'s filled cells under their headers, dates as dd/mm/yyyy', async () => {
    const row = await readRowValues(await openWorkbookPath(SAMPLE), 'Công khai', 2);
    expect(row?.sheet).toBe('Công khai');
    expect(row?.cells[0]).toEqual({ column: 'A', header: 'STT', value: '1' });
    expect(row?.cells).toContainEqual({ column: 'C', header: 'Nhóm nội dung', value: 'Lấy ý kiến' });
    expect(row?.cells).toContainEqual({ column: 'E', header: 'Ngày văn bản', value: '14/02/2024' });
  });

  it('finds the sheet whatever the case and accents typed, and names it as the workbook does', async () => {
    const row = await readRowValues(await openWorkbookPath(SAMPLE), 'cong khai', 3);
    expect(row?.sheet).toBe('Công khai');
  });

  it('answers null when the sheet is gone, and leaves headers out of a sheet it does not know', async () => {
    const host = new GridHost([{ name: 'Ghi chú', firstRow: 1, firstColumn: 2, values: [['a', null, 'c']], tables: [] }]);
    expect(await readRowValues(host, 'Công khai', 5)).toBeNull();
    expect(await readRowValues(host, 'Ghi chú', 1)).toEqual({
      sheet: 'Ghi chú', row: 1, cells: [{ column: 'B', header: null, value: 'a' }, { column: 'D', header: null, value: 'c' }],
    });
  });
});
