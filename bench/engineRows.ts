import { addDays, type LocalDate } from '../src/domain/calendar/localDate';
import type { CellValue, SheetGrid } from '../src/sheets/grid';
import { CONSULTATIONS_SHEET, FEEDBACK_SHEET, PLAN_SHEET, POSTINGS_SHEET } from '../src/sheets/schema';
import { postingRows } from '../test/app/bigWorkbook';

/** A workbook of `n` rows: 40% postings, 30% plan tasks, 30% feedback over 10 consultations. */
const start: LocalDate = { y: 2025, m: 1, d: 2 };
const PHRASES = ['trước ngày 05/9/2025', 'Quý III/2025', 'cuối tháng 5/2025', 'Thường xuyên', 'Hằng năm, trước ngày 01 tháng 11', '10/6/2025'];
const DECISIONS = ['Tiếp thu', 'Tiếp thu một phần', 'Giải trình', null];

const sheet = (name: string, headers: string[], rows: CellValue[][]): SheetGrid =>
  ({ name, firstRow: 1, firstColumn: 1, values: [headers, ...rows], tables: [] });

export function engineWorkbook(n: number): SheetGrid[] {
  const postings = Math.round(n * 0.4);
  const tasks = Math.round(n * 0.3);
  return tracking(postings, tasks, n - postings - tasks);
}

/** A workbook with `postings`, `tasks` and `feedback` rows (10 consultations). */
export function tracking(postings: number, tasks: number, feedback: number): SheetGrid[] {
  const info = sheet('Thông tin', ['Thông tin', 'Giá trị'], [['Tên đơn vị', 'UBND xã Hưng Đạo'], ['Năm báo cáo', 2025]]);
  const p = sheet(POSTINGS_SHEET.name, POSTINGS_SHEET.columns.map((c) => c.header), postingRows(postings) as CellValue[][]);
  const t = sheet(PLAN_SHEET.name, PLAN_SHEET.columns.map((c) => c.header), Array.from({ length: tasks }, (_, i) =>
    [i + 1, `Công việc ${i + 1}`, 'UBND xã', null, PHRASES[i % PHRASES.length], i % 3 === 0 ? addDays(start, i % 300) : null, null, null]));
  const c = sheet(CONSULTATIONS_SHEET.name, CONSULTATIONS_SHEET.columns.map((x) => x.header), Array.from({ length: 10 }, (_, i) =>
    [`D${i + 1}`, `Dự thảo ${i + 1}`, 'Nhân dân', 'Hội nghị', addDays(start, i * 30), addDays(start, i * 30 + 21), null, addDays(start, i * 30 + 25), null]));
  const f = sheet(FEEDBACK_SHEET.name, FEEDBACK_SHEET.columns.map((x) => x.header), Array.from({ length: feedback }, (_, i) =>
    [i + 1, `D${(i % 10) + 1}`, addDays(start, (i % 10) * 30 + (i % 20)), `Người góp ý ${i}`, 'Thôn 1', 'Văn bản', `Nội dung góp ý ${i}`,
      'Điều 3', DECISIONS[i % 4], i % 4 === 3 ? null : 'Đã tiếp thu', null]));
  return [info, p, t, c, f];
}
