import { checkWorkbook } from '../../src/app/check/check';
import { UnusableWorkbookError } from '../../src/app/errors';
import { addDays } from '../../src/domain/calendar/localDate';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';
import { INPUT_SHEETS } from '../../src/sheets/schema';
import { GridHost } from './gridHost';
import { prng } from '../prng';

/**
 * Random grids through the whole check (issue 4, "Bad input and robustness"): it must never throw
 * on user data, and every address it reports must lie inside the grid it read.
 */

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const TEXTS = ['', ' ', 'Niêm yết', 'Truyền thanh', 'k11', 'Tổng cộng', '#N/A', '#REF!', '=SUM(A1:A3)', '+84 912 345 678',
  '31/02/2024', '15/02/2024', '2024-02-15', 'ngày 15 tháng 02 năm 2024', '10/6/26', 'trước ngày 05/9/2024', 'Quý III/2024',
  'Thường xuyên', 'Tiếp thu', 'Giải trình', 'Đóng góp, thu chi', 'Hương ước', '1.234', '-5', '12,5', 'xã', 'cơ quan',
  'Nghỉ', 'Làm bù', 'CK_NIEM_YET', 'Ngày nghỉ', 'Công khai', 'Mã đợt', 'QC-2024'];

function cell(r: Rand): CellValue {
  const k = r();
  if (k < 0.25) return null;
  if (k < 0.55) return pick(r, TEXTS);
  if (k < 0.6) return 'x'.repeat(Math.floor(r() * 40_000)); // huge strings
  if (k < 0.75) return Math.floor(r() * 60_000) - 5_000; // serials, counts, negatives
  if (k < 0.8) return r() * 100;
  if (k < 0.85) return r() < 0.5;
  return addDays({ y: 1999, m: 1, d: 1 }, Math.floor(r() * 12_000));
}

function grid(r: Rand, name: string, headers: readonly string[]): SheetGrid {
  const shape = r();
  const rows: CellValue[][] = [];
  const width = 1 + Math.floor(r() * (headers.length + 3));
  if (shape < 0.1) return { name, firstRow: 1, firstColumn: 1, values: [], tables: [] }; // empty sheet
  if (shape < 0.2) rows.push(Array.from({ length: width }, () => cell(r))); // a 1-row sheet
  else {
    const titles = Math.floor(r() * 3); // merged title rows above the header
    for (let i = 0; i < titles; i++) rows.push([`TIÊU ĐỀ ${i}`, ...Array(width - 1).fill(null)]);
    rows.push(Array.from({ length: width }, () => (r() < 0.8 ? pick(r, headers) : cell(r))));
    const n = Math.floor(r() * 40);
    for (let i = 0; i < n; i++) rows.push(Array.from({ length: width }, () => cell(r)));
  }
  return { name, firstRow: 1 + Math.floor(r() * 3), firstColumn: 1 + Math.floor(r() * 2), values: rows, tables: [] };
}


describe('the whole check on random grids', () => {
  it('never throws and reports only addresses inside the grids (200 workbooks)', async () => {
    let refused = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const r = prng(seed);
      const grids = INPUT_SHEETS.filter(() => r() < 0.85).map((spec) =>
        grid(r, spec.name, spec.columns.flatMap((c) => [c.header, ...c.aliases])));
      const host = new GridHost(grids);
      let run;
      try {
        run = await checkWorkbook(host, { today: { y: 2025, m: 6, d: 30 } });
      } catch (e) {
        // Random headers may name no table at all: the one refusal allowed (exit 2, «không tìm thấy bảng»).
        if (e instanceof UnusableWorkbookError && e.code === 'no-table') {
          refused++;
          continue;
        }
        throw new Error(`seed ${seed}: ${e instanceof Error ? e.stack : String(e)}`);
      }
      const bounds = new Map(grids.map((g) => [g.name, [g.firstRow, g.firstRow + g.values.length - 1]]));
      for (const f of [...run.report.findings, ...run.report.inputErrors]) {
        expect(typeof f.message).toBe('string');
        if (f.row === null) continue;
        const b = bounds.get(f.sheet);
        if (!b) throw new Error(`seed ${seed}: a finding on sheet ${f.sheet}, which the workbook does not have`);
        if (f.row < b[0] || f.row > b[1]) throw new Error(`seed ${seed}: row ${f.row} of ${f.sheet} outside ${b[0]}–${b[1]}`);
      }
    }
    // A header row holds words only: a random number or date typed among its cells makes it data, so
    // about half of these books hold no table; the other half must go through the whole check.
    expect(refused).toBeLessThan(140);
  }, 120_000);
});
