import { parseRange } from '../../src/report/document';
import type { ReportModel } from '../../src/report/model';
import { PAGE_HEIGHT } from '../../src/report/reportPages';
import { buildReportSheet, REPORT_SHEET } from '../../src/report/reportSheet';
import { SAMPLE_MODEL } from './sampleModel';

/** The sample with `n` votes whose long titles wrap: a table longer than a page. */
function manyVotes(n: number): ReportModel {
  const votes = Array.from({ length: n }, (_, i) => ({
    ...SAMPLE_MODEL.votes[i % 2], row: i + 2, title: `Nội dung biểu quyết số ${i + 1} về việc đóng góp xây dựng đường giao thông nông thôn`,
  }));
  return { ...SAMPLE_MODEL, votes };
}

const text = (doc: ReturnType<typeof buildReportSheet>, r: number) => doc.values[r - 1].find((v) => typeof v === 'string') as string | undefined;
const rowOf = (doc: ReturnType<typeof buildReportSheet>, pattern: RegExp) => doc.values.findIndex((row) => row.some((v) => typeof v === 'string' && pattern.test(v))) + 1;

describe('buildReportSheet', () => {
  const doc = buildReportSheet(SAMPLE_MODEL);

  it('is the owned «Báo cáo» sheet, A4 portrait with ND 30 margins, fitted to the page width', () => {
    expect(doc).toMatchObject({ name: REPORT_SHEET, owner: 'bao-cao', ifExists: 'replace' });
    expect(doc.pageSetup).toMatchObject({ orientation: 'portrait', paper: 'A4', margins: { top: 20, bottom: 20, left: 30, right: 15 }, fitToWidth: true });
  });

  it('sets the header in Times New Roman: issuing unit bold 12 pt, motto bold 13 pt, dateline italic 13 pt', () => {
    const fontAt = (r: number, c: number) => doc.formats!.filter((f) => {
      const g = parseRange(f.range);
      return f.font && r >= g.row && r <= g.row2 && c >= g.col && c <= g.col2;
    }).pop()?.font;
    expect(text(doc, 2)).toBe('ỦY BAN NHÂN DÂN');
    expect(fontAt(2, 1)).toMatchObject({ name: 'Times New Roman', size: 12, bold: true });
    expect(doc.values[1][5]).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(fontAt(2, 6)).toMatchObject({ size: 13, bold: true });
    const dateRow = rowOf(doc, /^An Thượng, ngày/);
    expect(fontAt(dateRow, 6)).toMatchObject({ size: 13, italic: true });
  });

  it('gives every row a height and merges no cell twice', () => {
    for (let r = 1; r <= doc.values.length; r++) expect(doc.rowHeights![r]).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const m of doc.merges!) {
      const g = parseRange(m);
      for (let r = g.row; r <= g.row2; r++) for (let c = g.col; c <= g.col2; c++) {
        expect(seen.has(`${r}:${c}`)).toBe(false);
        seen.add(`${r}:${c}`);
      }
    }
  });

  it('never breaks a page between the closing line and the signer, and fills no page past its height', () => {
    for (const model of [SAMPLE_MODEL, manyVotes(60)]) {
      const d = buildReportSheet(model);
      const closing = rowOf(d, /^\s*Trên đây là báo cáo/);
      expect(d.pageBreaksBefore!.filter((r) => r > closing)).toEqual([]);
      const starts = [1, ...d.pageBreaksBefore!, d.values.length + 1];
      for (let p = 0; p + 1 < starts.length; p++) {
        let height = 0;
        for (let r = starts[p]; r < starts[p + 1]; r++) height += d.rowHeights![r];
        expect(height).toBeLessThanOrEqual(PAGE_HEIGHT);
      }
    }
  });

  it('repeats a long table’s header row at the top of each page it continues on', () => {
    const d = buildReportSheet(manyVotes(60));
    const inTable = d.pageBreaksBefore!.filter((r) => text(d, r) === 'STT');
    expect(inTable.length).toBeGreaterThanOrEqual(2);
    expect(d.pageSetup!.printTitleRows).toBeUndefined();
  });
});
