import { addDays, toExcelSerial, type LocalDate } from '../../src/domain/calendar/localDate';
import type { DocValue } from '../../src/report/document';
import { POSTINGS_SHEET } from '../../src/sheets/schema';
import type { FakeWorkbookModel } from '../workbook/fakeExcel';

/**
 * A commune workbook with `n` posting rows cycling through every kind of verdict, for the sync
 * count test and the benchmark. Row r (from 2) is posting r - 1.
 */
const FORMS = ['Niêm yết', 'Truyền thanh', 'Trang thông tin điện tử', 'Niêm yết thường xuyên', 'Niêm yết tại nhà văn hóa'];
const GROUPS = ['Ngân sách', 'An sinh xã hội', 'Lấy ý kiến', 'Quy chế dân chủ', 'Đất đai'];
export const BIG_AS_OF: LocalDate = { y: 2025, m: 6, d: 30 };

export function postingRows(n: number): DocValue[][] {
  const rows: DocValue[][] = [];
  for (let i = 0; i < n; i++) {
    const start = addDays({ y: 2025, m: 1, d: 2 }, i % 200);
    const end = i % 7 === 0 ? null : addDays(start, 2 + (i % 40));
    rows.push([i + 1, `Nội dung công khai số ${i + 1}`, GROUPS[i % GROUPS.length], null, null,
      FORMS[i % FORMS.length], 'Trụ sở UBND xã', start, end, i % 11 === 0 ? 20 : null, null]);
  }
  return rows;
}

export const INFO_ROWS: DocValue[][] = [
  ['Thông tin', 'Giá trị'], ['Tên đơn vị', 'UBND xã Hưng Đạo'], ['Cấp', 'xã'], ['Năm báo cáo', 2025],
];

/** Seeds the fake Excel's model as a person would have typed it (dates as serials with a format). */
export function seedFake(model: FakeWorkbookModel, n: number): void {
  const put = (name: string, rows: DocValue[][]) => {
    const sheet = model.addSheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => {
      if (v === null) return;
      const cell = sheet.cell(r + 1, c + 1);
      if (typeof v === 'object' && 'y' in v) {
        cell.value = toExcelSerial(v);
        cell.numberFormat = 'dd/mm/yyyy';
      } else cell.value = v as string | number | boolean;
    }));
  };
  put('Thông tin', INFO_ROWS);
  put(POSTINGS_SHEET.name, [POSTINGS_SHEET.columns.map((c) => c.header), ...postingRows(n)]);
}
