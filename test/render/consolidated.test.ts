import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { assembleConsolidation } from '../../src/app/consolidate/assemble';
import type { FileOutcome } from '../../src/app/consolidate/file';
import { officeUnit } from '../../src/app/consolidate/write';
import { buildConsolidatedReportDocx, buildConsolidatedReportSheet } from '../../src/report/consolidatedReport';
import { buildUnitsSheet, UNITS_SHEET } from '../../src/report/consolidatedUnitsSheet';
import type { DocValue, SheetDocument } from '../../src/report/document';
import { newWorkbookFile } from '../../src/workbook/file/host';
import { openWorkbookPath, saveWorkbookPath } from '../../src/workbook/file/hostNode';
import { formulaCells } from '../report/formulaEval';
import { convert, convertRecalculating } from './libreoffice';
import { pdfFacts, printedA4, squash } from './pdf';


const tasks = { 'done-on-time': 2, 'done-late': 1, overdue: 1, 'due-soon': 0, open: 0, 'no-deadline': 0, invalid: 0 };
const unit = (n: number): FileOutcome => ({
  kind: 'unit', findings: [],
  summary: {
    file: `xa-${n}.xlsx`, unit: `UBND xã Số ${n}`, year: 2025, asOf: '2025-06-30',
    postings: { met: n, permanent: 1, short: 10 - n, ongoing: 1, planned: 0, 'no-requirement': n % 3, 'missing-data': 0, invalid: 0 },
    latePublications: n % 2, tasks, consultations: 1, feedback: { total: 3 * n, accepted: n, partlyAccepted: n, explained: 0, pending: n },
    votes: { passed: 1, failed: n % 2 }, inputErrors: n % 4, findings: n,
  },
});
const consolidation = assembleConsolidation([1, 2, 3, 4, 5, 6, 7, 8].map(unit), null, 'name');
const date = { y: 2025, m: 7, d: 5 };
const office = { ...officeUnit(null, date), name: 'Phòng Nội vụ huyện Hoài Đức', parent: 'UBND huyện Hoài Đức', place: 'Hoài Đức' };
const OUT = path.join(tmpdir(), 'dccs-render', 'tong-hop');

describe('the consolidation in LibreOffice', () => {
  beforeAll(() => mkdirSync(OUT, { recursive: true }));

  it('recalculates the totals row and the rates of TH Đơn vị to the engine’s numbers', async () => {
    const doc = buildUnitsSheet(consolidation, { order: 'name', asOf: date });
    const cells = formulaCells(doc);
    const poisoned: SheetDocument = {
      ...doc, values: doc.values.map((row) => row.map((v): DocValue => (v !== null && typeof v === 'object' && 'formula' in v ? { formula: v.formula, result: -1 } : v))),
    };
    const host = newWorkbookFile();
    await host.writeSheets([poisoned]);
    const file = path.join(OUT, 'th-don-vi.xlsx');
    await saveWorkbookPath(host, file);
    const ws = (await openWorkbookPath(convertRecalculating(file, 'xlsx'))).workbook.getWorksheet(UNITS_SHEET)!;
    expect(cells.length).toBeGreaterThan(30);
    for (const c of cells) {
      const got = ws.getCell(c.ref).result ?? '';
      if (typeof c.result === 'number') expect([c.ref, got]).toEqual([c.ref, expect.closeTo(c.result, 12)]);
      else expect([c.ref, got]).toEqual([c.ref, c.result]);
    }
  }, 180_000);

  it('prints Báo cáo tổng hợp on A4 portrait with the ND 30 header, the per-unit table and the signature', async () => {
    const host = newWorkbookFile();
    await host.writeSheets([buildConsolidatedReportSheet({ office, date, consolidation })]);
    const file = path.join(OUT, 'bao-cao-tong-hop.xlsx');
    await saveWorkbookPath(host, file);
    const facts = printedA4(file);
    // The issuing line breaks as ND 30 allows («PHÒNG NỘI VỤ» / «HUYỆN HOÀI ĐỨC»), so its parts are looked for apart.
    for (const line of ['UBND HUYỆN HOÀI ĐỨC', 'PHÒNG NỘI VỤ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Hoài Đức, ngày 05 tháng 7 năm 2025', 'BÁO CÁO', 'Tổng hợp kết quả thực hiện dân chủ ở cơ sở năm 2025 của các đơn vị',
      'UBND xã Số 1', 'UBND xã Số 8', 'Tổng cộng', 'Nơi nhận:']) {
      expect(squash(facts.text)).toContain(squash(line));
    }
  }, 180_000);

  it('prints the Word draft on A4 portrait with the same header lines', async () => {
    const file = path.join(OUT, 'bao-cao-tong-hop.docx');
    writeFileSync(file, await buildConsolidatedReportDocx({ office, date, consolidation }));
    const facts = pdfFacts(convert(file, 'pdf'));
    expect(Math.abs(facts.width - 595)).toBeLessThanOrEqual(1);
    expect(Math.abs(facts.height - 842)).toBeLessThanOrEqual(1);
    for (const line of ['PHÒNG NỘI VỤ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO', 'UBND xã Số 5', 'Tổng cộng']) {
      expect(squash(facts.text)).toContain(squash(line));
    }
  }, 180_000);
});
