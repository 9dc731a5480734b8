import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { assembleConsolidation } from '../../src/app/consolidate/assemble';
import type { FileOutcome } from '../../src/app/consolidate/file';
import { officeUnit } from '../../src/app/consolidate/write';
import { buildDetailSheet } from '../../src/report/consolidatedFindingsSheet';
import { buildConsolidatedReportSheet } from '../../src/report/consolidatedReport';
import { buildUnitsSheet } from '../../src/report/consolidatedUnitsSheet';
import type { SheetDocument } from '../../src/report/document';
import { newWorkbookFile } from '../../src/workbook/file/host';
import { openWorkbookPath, saveWorkbookPath } from '../../src/workbook/file/hostNode';
import { NewWorkbookHost } from '../../src/workbook/file/newBookNode';
import { streamable } from '../../src/workbook/file/streamSheetNode';

/**
 * A new workbook streamed row by row (`dccs consolidate -o NEW.xlsx`) is the file the in-memory
 * file host saves: each sheet's XML the same, cell for cell and style for style, its shared
 * strings resolved (the stream numbers them in its own order) and the `<dimension>` the
 * streaming writer never writes set aside.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'dccs-newbook-'));
let n = 0;

async function bothWays(documents: readonly SheetDocument[]) {
  const streamedPath = path.join(dir, `streamed-${++n}.xlsx`);
  const memoryPath = path.join(dir, `memory-${n}.xlsx`);
  const streamed = new NewWorkbookHost(streamedPath);
  const memory = newWorkbookFile(memoryPath);
  const results = [await streamed.writeSheets(documents), await memory.writeSheets(documents)];
  await saveWorkbookPath(streamed, streamedPath);
  await saveWorkbookPath(memory, memoryPath);
  return { results, streamed: parts(streamedPath), memory: parts(memoryPath), streamedPath };
}

/** Each sheet's XML with its shared strings written out, the workbook's XML and the styles. */
function parts(file: string): Record<string, string> {
  const zip = unzipSync(readFileSync(file));
  const strings = [...strFromU8(zip['xl/sharedStrings.xml'] ?? new Uint8Array()).matchAll(/<si>(.*?)<\/si>/gs)].map((m) => m[1]);
  const out: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(zip)) {
    if (!/^xl\/(worksheets\/sheet\d+|workbook|styles)\.xml$/.test(name)) continue;
    out[name] = strFromU8(bytes)
      .replace(/^(<\?xml[^>]*\?>)\n/, '$1')
      .replace(/<dimension [^>]*\/>/, '')
      .replace(/(<c [^>]*t="s"[^>]*><v>)(\d+)(<\/v>)/g, (_, open: string, id: string, close: string) => `${open}${strings[Number(id)]}${close}`);
  }
  return out;
}

const outcome = (unit: string, file: string, findings: number): FileOutcome => ({
  kind: 'unit',
  summary: {
    file, unit, year: 2025, asOf: '2025-06-30',
    postings: { met: 3, permanent: 1, short: 2, ongoing: 1, planned: 0, 'no-requirement': 2, 'missing-data': 0, invalid: 0 },
    latePublications: 1, tasks: { 'done-on-time': 3, 'done-late': 1, overdue: 2, 'due-soon': 0, open: 1, 'no-deadline': 0, invalid: 0 },
    consultations: 2, feedback: { total: 10, accepted: 5, partlyAccepted: 2, explained: 2, pending: 1 }, votes: { passed: 1, failed: 0 },
    inputErrors: 1, findings,
  },
  findings: Array.from({ length: findings }, (_, i) => ({
    unit, file, sheet: 'Công khai', row: 5 + i, rule: i % 3 === 0 ? 'CK_NIEM_YET' : 'date-invalid', severity: (['error', 'warning', 'info'] as const)[i % 3],
    message: i % 4 === 0 ? '=Chưa đủ 30 ngày niêm yết theo quy định tại Điều 11 Luật Thực hiện dân chủ ở cơ sở, '.repeat(1 + (i % 3)) : `Ngày không hợp lệ «${i}/13/2025»`,
  })),
});

describe('a new workbook streamed row by row', () => {
  it('saves the consolidation\'s three sheets as the file host does', async () => {
    const c = assembleConsolidation([outcome('UBND xã Bình Minh', 'b.xlsx', 40), outcome('UBND xã An Thượng', 'a.xlsx', 9), { kind: 'failed', file: 'cu.xls', reason: 'cũ' }], null, 'name');
    const asOf = { y: 2025, m: 6, d: 30 };
    const docs = [
      buildUnitsSheet(c, { order: 'name', asOf }),
      buildDetailSheet(c.findings, c.findingsOmitted),
      buildConsolidatedReportSheet({ office: officeUnit(null, asOf), date: asOf, dated: true, consolidation: c }),
    ];
    expect(docs.every(streamable)).toBe(true);
    const { results, streamed, memory, streamedPath } = await bothWays(docs);
    expect(results[0]).toEqual(results[1]);
    expect(Object.keys(streamed).sort()).toEqual(Object.keys(memory).sort());
    for (const name of Object.keys(memory)) expect([name, streamed[name]]).toEqual([name, memory[name]]);
    const read = await (await openWorkbookPath(streamedPath)).readSheets(['TH Chi tiết']);
    expect(read.owners).toEqual({ 'th-don-vi': 'TH Đơn vị', 'th-chi-tiet': 'TH Chi tiết', 'bao-cao-tong-hop': 'Báo cáo tổng hợp' });
    expect(read.sheets['TH Chi tiết']!.values[3][5]).toBe(c.findings[0].message);
  });

  it('writes every feature of a document as the file host does: dates, formulas, merges over rows, lists, breaks, print setup', async () => {
    const day = { y: 2024, m: 2, d: 29 };
    const doc: SheetDocument = {
      name: 'Đủ thứ', owner: 'du-thu', ifExists: 'replace',
      values: [
        ['Tiêu đề gộp', null, null, null],
        ['=1+1', day, { formula: 'B5*2', result: 4 }, true],
        ['gộp ba dòng', 'x', 2.5, null],
        [null, 'y', null, 'Xem dòng 5'],
        [null, 'z', 7, 'https'],
        ['dòng cuối', null, day, ''],
      ],
      formats: [
        { range: 'A1:D6', font: { name: 'Times New Roman', size: 12 }, border: 'thin', vertical: 'top' },
        { range: 'A1:D1', font: { bold: true }, horizontal: 'center', borderBottom: 'medium', fill: '#DDEBF7' },
        { range: 'B2:C6', numberFormat: 'dd/mm/yyyy', wrap: true },
        { range: 'C3:D4', font: { italic: true, color: '#C00000' }, borderBottom: 'thin' },
      ],
      merges: ['A1:D1', 'A3:A5'],
      columns: [{ width: 20 }, { width: 12 }, { hidden: true }, { width: 30 }],
      freeze: { rows: 1, columns: 1 },
      validations: [{ range: 'B3:B5', values: ['x', 'y', 'z'], error: 'Chọn trong danh sách' }],
      pageSetup: { orientation: 'landscape', paper: 'A4', margins: { top: 20, bottom: 20, left: 30, right: 15 }, fitToWidth: true, printTitleRows: [1, 1], centerHorizontally: true, pageNumbers: 'top-center-from-2', printArea: 'A1:D6' },
      rowHeights: { 1: 30, 8: 12 },
      pageBreaksBefore: [4, 6, 4],
      autoFitRowsFrom: 2,
      tabColor: '#1F4E79',
      autoFilter: 'A2:D6',
    };
    const hidden: SheetDocument = {
      name: 'Ẩn', ifExists: 'replace', hidden: true, values: [['a', 1], ['b', 2]],
      colorScales: [{ range: 'B1:B2', min: { value: 0, color: '#F8696B' }, max: { value: 1, color: '#63BE7B' } }],
      pageSetup: { orientation: 'portrait', paper: 'A4', scale: 80, pageOrder: 'overThenDown', printTitleColumns: [1, 1], pageNumbers: 'top-center' },
    };
    expect([doc, hidden].every(streamable)).toBe(true);
    const { results, streamed, memory } = await bothWays([doc, hidden]);
    expect(results[0]).toEqual(results[1]);
    for (const name of Object.keys(memory)) expect([name, streamed[name]]).toEqual([name, memory[name]]);
  });

  it('writes in memory, as the file host, a sheet the stream would write otherwise', async () => {
    // A bordered blank line: no value, no height, cells the in-memory writer keeps.
    const blank: SheetDocument = { name: 'Trống', ifExists: 'replace', values: [['a'], [], ['c']], formats: [{ range: 'A1:B3', border: 'thin' }] };
    // Links: the streaming writer drops an internal link's target and a tooltip.
    const links: SheetDocument = { name: 'Liên kết', ifExists: 'replace', values: [['a', 'b']], hyperlinks: [{ cell: 'A1', target: "'Trống'!A3", tooltip: 'Đến dòng 3' }] };
    expect([streamable(blank), streamable(links)]).toEqual([false, false]);
    const { results, streamed, memory } = await bothWays([blank, links]);
    expect(results[0]).toEqual(results[1]);
    expect(streamed).toEqual(memory);
  });

  it('answers reads as an empty workbook, then as the file host once written', async () => {
    const host = new NewWorkbookHost('moi.xlsx');
    expect(await host.readSheets(['TH Đơn vị'], { others: true })).toEqual(await newWorkbookFile().readSheets(['TH Đơn vị'], { others: true }));
    await host.writeSheets([{ name: 'TH Đơn vị', owner: 'th-don-vi', ifExists: 'replace', values: [['x', 1]] }]);
    const read = await host.readSheets(['th don vi']);
    expect(read.sheets['th don vi']!.values).toEqual([['x', 1]]);
    expect(read.owners).toEqual({ 'th-don-vi': 'TH Đơn vị' });
    // A second write goes to the file host it became: a `skip` sheet is left alone.
    expect(await host.writeSheets([{ name: 'TH Đơn vị', ifExists: 'skip', values: [['y']] }])).toEqual({ written: [], skipped: ['TH Đơn vị'], skippedFeatures: [] });
  });
});
