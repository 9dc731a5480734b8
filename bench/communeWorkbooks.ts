import JSZip from 'jszip';
import { addDays, type LocalDate } from '../src/domain/calendar/localDate';
import type { DocValue, SheetDocument } from '../src/report/document';
import { CONSULTATIONS_SHEET, FEEDBACK_SHEET, PLAN_SHEET, POSTINGS_SHEET } from '../src/sheets/schema';
import { newWorkbookFile } from '../src/workbook/file/host';
import { postingRows } from '../test/app/bigWorkbook';

/**
 * Commune tracking workbooks for the consolidation tests and benchmark (issue 6): a `Thông tin`
 * with the unit's name and year, `postings` postings, `tasks` plan tasks, and `feedback` feedback
 * rows over 10 consultations. `seed` shifts the rows so units differ in their rates.
 */
export interface CommuneSize {
  readonly postings: number;
  readonly tasks: number;
  readonly feedback: number;
}

const start: LocalDate = { y: 2025, m: 1, d: 2 };
const PHRASES = ['trước ngày 05/9/2025', 'Quý III/2025', 'cuối tháng 5/2025', 'Thường xuyên', '10/6/2025'];
const DECISIONS = ['Tiếp thu', 'Tiếp thu một phần', 'Giải trình', null];

const doc = (name: string, values: DocValue[][]): SheetDocument => ({ name, ifExists: 'replace', values });

export function communeSheets(unit: string, size: CommuneSize, seed = 0): SheetDocument[] {
  const postings = postingRows(size.postings + seed).slice(seed);
  return [
    doc('Thông tin', [['Thông tin', 'Giá trị'], ['Tên đơn vị', unit], ['Cấp', 'xã'], ['Năm báo cáo', 2025]]),
    doc(POSTINGS_SHEET.name, [POSTINGS_SHEET.columns.map((c) => c.header), ...postings.map((r, i) => [i + 1, ...r.slice(1)])]),
    doc(PLAN_SHEET.name, [PLAN_SHEET.columns.map((c) => c.header), ...Array.from({ length: size.tasks }, (_, i): DocValue[] =>
      [i + 1, `Công việc ${i + 1}`, 'UBND xã', null, PHRASES[(i + seed) % PHRASES.length], (i + seed) % 3 === 0 ? addDays(start, i % 300) : null, null, null])]),
    doc(CONSULTATIONS_SHEET.name, [CONSULTATIONS_SHEET.columns.map((x) => x.header), ...Array.from({ length: 10 }, (_, i): DocValue[] =>
      [`D${i + 1}`, `Dự thảo ${i + 1}`, 'Nhân dân', 'Hội nghị', addDays(start, i * 30), addDays(start, i * 30 + 21), null, addDays(start, i * 30 + 25), null])]),
    doc(FEEDBACK_SHEET.name, [FEEDBACK_SHEET.columns.map((x) => x.header), ...Array.from({ length: size.feedback }, (_, i): DocValue[] =>
      [i + 1, `D${(i % 10) + 1}`, addDays(start, (i % 10) * 30 + (i % 20)), `Người góp ý ${i}`, 'Thôn 1', 'Văn bản', `Nội dung góp ý ${i}`,
        'Điều 3', DECISIONS[(i + seed) % 4], (i + seed) % 4 === 3 ? null : 'Đã tiếp thu', null])]),
  ];
}

/** The .xlsx bytes of one commune workbook. */
export async function communeWorkbook(unit: string, size: CommuneSize, seed = 0): Promise<Uint8Array> {
  const host = newWorkbookFile(`${unit}.xlsx`);
  await host.writeSheets(communeSheets(unit, size, seed));
  return host.toBuffer();
}

/**
 * Copies of one workbook under other unit names, fast: the name is swapped in the shared strings
 * of the zip, so a benchmark can make 500 distinct communes without 500 exceljs writes.
 */
export async function renamedCopy(bytes: Uint8Array, from: string, to: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const path = 'xl/sharedStrings.xml';
  const xml = await zip.file(path)!.async('string');
  if (!xml.includes(from)) throw new Error(`"${from}" is not in ${path}`);
  zip.file(path, xml.replace(from, to));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
