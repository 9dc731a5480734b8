import { writeReports } from '../../src/app/report/report';
import { isLocalDate } from '../../src/domain/calendar/localDate';
import { parseRange, type DocValue, type FontSpec, type SheetDocument } from '../../src/report/document';
import { columnPoints, textWidth, wrapText } from '../../src/report/textMetrics';
import { newWorkbookFile, openWorkbookFile } from '../../src/workbook/file/host';
import { LONG_TEXT_AS_OF, longTextSheets } from '../render/longTextWorkbook';
import { recording } from '../render/printed';

/**
 * Issue 16: every wrapped cell the report writes is as tall as its text by font metrics (rows
 * were a fixed height and cut a comment's last line), and every number or date fits its column
 * at its font (a date too wide prints «###»). A line needs 1.05 em, LibreOffice's spacing measured
 * in its PDF (Excel fits the lists itself in the Office host); a row may be taller by at most one
 * line and a half (no blank lines under the text).
 */
let documents: SheetDocument[] = [];

beforeAll(async () => {
  const input = newWorkbookFile('so-theo-doi.xlsx');
  await input.writeSheets(longTextSheets());
  const rec = recording(await openWorkbookFile(await input.toBuffer(), 'so-theo-doi.xlsx'));
  await writeReports(rec.host, { today: LONG_TEXT_AS_OF, quarter: { year: 2024, quarter: 1 } });
  documents = rec.documents;
}, 60_000);

interface Cell { row: number; col: number; value: DocValue; font: FontSpec; wrap: boolean; numberFormat?: string; width: number }

/** Every value cell of a document with its font, wrap, format and (merged) width in points. */
function cells(doc: SheetDocument): Cell[] {
  const look = new Map<string, { font: FontSpec; wrap: boolean; numberFormat?: string }>();
  for (const f of doc.formats ?? []) {
    const r = parseRange(f.range);
    for (let row = r.row; row <= r.row2; row++) for (let col = r.col; col <= r.col2; col++) {
      const old = look.get(`${row},${col}`) ?? { font: {}, wrap: false };
      look.set(`${row},${col}`, { font: { ...old.font, ...f.font }, wrap: f.wrap ?? old.wrap, numberFormat: f.numberFormat ?? old.numberFormat });
    }
  }
  const widths = (doc.columns ?? []).map((c) => columnPoints(c.width ?? 8.43));
  const merged = new Map<string, number>();
  for (const m of doc.merges ?? []) {
    const r = parseRange(m);
    merged.set(`${r.row},${r.col}`, widths.slice(r.col - 1, r.col2).reduce((a, b) => a + b, 0));
  }
  return doc.values.flatMap((values, i) => values.flatMap((value, j) => {
    if (value === null || value === '') return [];
    const l = look.get(`${i + 1},${j + 1}`) ?? { font: {}, wrap: false };
    return [{ row: i + 1, col: j + 1, value, ...l, width: merged.get(`${i + 1},${j + 1}`) ?? widths[j] ?? columnPoints(8.43) }];
  }));
}

describe('the report sheets of a workbook of long texts', () => {
  it.each(['Tổng hợp', 'Báo cáo', 'DS Công khai', 'TH Ý kiến'])('gives every wrapped cell of «%s» the height of its text by font metrics', (name) => {
    const doc = documents.find((d) => d.name === name)!;
    const printedRows = doc.pageSetup?.printArea ? parseRange(doc.pageSetup.printArea).row2 : doc.values.length;
    // Báo cáo's ND 30 heading (its first rows) is laid out line by line and checked in print.
    const first = name === 'Báo cáo' ? 9 : 1;
    let checked = 0;
    for (const c of cells(doc)) {
      if (!c.wrap || typeof c.value !== 'string' || c.row > printedRows || c.row < first) continue;
      const size = c.font.size ?? 11;
      const lines = wrapText(c.value, c.width, c.font).length;
      const height = doc.rowHeights?.[c.row];
      expect([name, c.row, c.col, height !== undefined]).toEqual([name, c.row, c.col, true]);
      expect([name, c.row, c.col, height! >= lines * size * 1.05 + 2]).toEqual([name, c.row, c.col, true]);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('fits no row past one line and a half of air in «TH Ý kiến» and «DS Công khai»', () => {
    for (const name of ['TH Ý kiến', 'DS Công khai']) {
      const doc = documents.find((d) => d.name === name)!;
      const tallest = new Map<number, number>();
      for (const c of cells(doc)) {
        if (!c.wrap || typeof c.value !== 'string') continue;
        const need = wrapText(c.value, c.width, c.font).length * (c.font.size ?? 11) * 1.05;
        tallest.set(c.row, Math.max(tallest.get(c.row) ?? 0, need));
      }
      for (const [row, need] of tallest) expect([name, row, doc.rowHeights![row] <= need + 1.5 * 12 * 1.05 + 6]).toEqual([name, row, true]);
    }
  });

  it('continues a comment taller than Excel\'s 409 pt row on the rows under it, counted once', () => {
    const doc = documents.find((d) => d.name === 'TH Ý kiến')!;
    for (const h of Object.values(doc.rowHeights ?? {})) expect(h).toBeLessThanOrEqual(409);
    const long = longTextSheets().find((d) => d.name === 'Ý kiến')!.values[4][6] as string;
    // A row with an STT, then the rows under it with text under «Nội dung góp ý» and no STT.
    const continued = (first: number) => {
      const pieces = [doc.values[first][2] as string];
      for (let r = first + 1; doc.values[r]?.[0] === null && typeof doc.values[r]?.[2] === 'string'; r++) pieces.push(doc.values[r][2] as string);
      return pieces;
    };
    const first = doc.values.findIndex((r, i) => typeof r[0] === 'number' && continued(i).join(' ') === long);
    expect(first).toBeGreaterThan(0);
    const pieces = continued(first);
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    expect(pieces.join(' ')).toBe(long);
    // Only the first row carries the counting columns (G, H), so Tổng hợp counts the opinion once.
    expect(doc.values[first][6]).not.toBeNull();
    expect(doc.values[first + 1][6] ?? null).toBeNull();
  });

  it.each(['Tổng hợp', 'Báo cáo', 'DS Công khai', 'TH Ý kiến'])('gives every date and number of «%s» a column wide enough (no «###»)', (name) => {
    const doc = documents.find((d) => d.name === name)!;
    for (const c of cells(doc)) {
      if (!isLocalDate(c.value) && typeof c.value !== 'number') continue;
      const shown = isLocalDate(c.value) ? '00/00/0000' : c.numberFormat?.includes('%') ? `${(c.value * 100).toFixed(1)}%` : String(c.value);
      expect([name, c.row, c.col, textWidth(shown, { size: 11, ...c.font }) + 3 <= c.width]).toEqual([name, c.row, c.col, true]);
    }
  });
});
