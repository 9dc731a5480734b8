import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assembleConsolidation } from '../../src/app/consolidate/assemble';
import type { FileOutcome } from '../../src/app/consolidate/file';
import { writeConsolidation } from '../../src/app/consolidate/write';
import type { SheetDocument } from '../../src/report/document';
import { newWorkbookFile } from '../../src/workbook/file/host';
import { convert } from './libreoffice';
import { ARTIFACTS, firstLine, pdfPages, printSheet, recording } from './printed';

/**
 * Issue 16: the three consolidated sheets of 60 communes and the Word draft, printed by
 * LibreOffice: «TH Đơn vị» at a readable size (it printed at 44 %, 12 pt at about 5 pt), over
 * pages that each repeat STT and Đơn vị; page numbers on every page; the office's dateline left
 * blank when no one gave a date. PNGs in test-artifacts/print/.
 */
const tasks = { 'done-on-time': 2, 'done-late': 1, overdue: 1, 'due-soon': 0, open: 0, 'no-deadline': 0, invalid: 0 };
const MESSAGE = 'Niêm yết 20 ngày (15/02/2025 – hết 06/03/2025), khoản 2 Điều 13 Luật Thực hiện dân chủ ở cơ sở yêu cầu ít nhất 30 ngày liên tục: thiếu 10 ngày.';
const unit = (n: number): FileOutcome => ({
  kind: 'unit',
  summary: {
    file: `/home/van-phong/Tai lieu/Dan chu co so/2025/bao cao cac xa/xa-so-${n}.xlsx`, unit: `UBND xã Số ${n} Hoài Đức`, year: 2025, asOf: '2025-06-30',
    postings: { met: 100 + n, permanent: 12, short: n, ongoing: 3, planned: 1, 'no-requirement': n % 5, 'missing-data': 1, invalid: 0 },
    latePublications: n % 3, tasks, consultations: 2, feedback: { total: 120 + n, accepted: 60, partlyAccepted: 20, explained: 20, pending: 20 + n },
    votes: { passed: 4, failed: n % 2 }, inputErrors: n % 4, findings: 3,
  },
  findings: [1, 2, 3].map((k) => ({ unit: `UBND xã Số ${n} Hoài Đức`, file: `xa-so-${n}.xlsx`, sheet: 'Công khai', row: 10 * k + n, rule: 'CK_NIEM_YET', severity: 'error' as const, message: MESSAGE })),
});

let documents: SheetDocument[] = [];
let docx: Uint8Array;

beforeAll(async () => {
  const c = assembleConsolidation(Array.from({ length: 60 }, (_, i) => unit(i + 1)), null, 'name');
  const rec = recording(newWorkbookFile('tong-hop.xlsx'));
  const out = await writeConsolidation(rec.host, c, { expected: null, office: null, read: { sheetNames: [], owners: {} } },
    { today: { y: 2025, m: 7, d: 5 }, order: 'name' });
  documents = rec.documents;
  docx = out.docx;
}, 120_000);

const byName = (name: string) => documents.find((d) => d.name === name)!;
const tokens = (text: string) => text.normalize('NFC').split(/\s+/u);

describe('the consolidated sheets of 60 communes, as LibreOffice prints them', () => {
  it('prints «TH Đơn vị» landscape at 11 pt or more, each page with STT and Đơn vị, numbered from 1', async () => {
    const p = await printSheet(byName('TH Đơn vị'), 'tong-hop-th-don-vi');
    for (const [w, h] of p.sizes) expect([Math.round(w), Math.round(h)]).toEqual([842, 595]);
    expect(p.smallestTextPt).toBeGreaterThanOrEqual(9);
    expect(p.pages).toBeGreaterThanOrEqual(2);
    expect(p.pages).toBeLessThanOrEqual(8);
    p.pageTexts.forEach((text, i) => {
      expect(firstLine(text)).toBe(String(i + 1));
      expect(text).toContain('Đơn vị');
      expect(text).toMatch(/UBND xã Số \d+/u);
      expect(text).not.toContain('###');
      expect(text).not.toContain('/home/van-phong'); // the file path is not printed
    });
  }, 240_000);

  it('prints «TH Chi tiết» landscape with every message whole and numbered pages', async () => {
    const p = await printSheet(byName('TH Chi tiết'), 'tong-hop-th-chi-tiet');
    for (const [w, h] of p.sizes) expect([Math.round(w), Math.round(h)]).toEqual([842, 595]);
    expect(p.smallestTextPt).toBeGreaterThanOrEqual(9);
    p.pageTexts.forEach((text, i) => expect(firstLine(text)).toBe(String(i + 1)));
    // 180 messages, each ending on its own last word: none cut off at a one-line row.
    expect(p.pageTexts.join('').match(/thiếu 10 ngày\./gu)).toHaveLength(180);
  }, 240_000);

  it('prints «Báo cáo tổng hợp» portrait, numbered from page 2, its dateline left for the office', async () => {
    const p = await printSheet(byName('Báo cáo tổng hợp'), 'tong-hop-bao-cao');
    for (const [w, h] of p.sizes) expect([Math.round(w), Math.round(h)]).toEqual([595, 842]);
    expect(firstLine(p.pageTexts[0])).not.toBe('1');
    for (let i = 1; i < p.pages; i++) expect(firstLine(p.pageTexts[i])).toBe(String(i + 1));
    const all = p.pageTexts.join('').replace(/\s+/g, ' ');
    expect(all).toContain('ngày …… tháng …… năm ……');
    expect(all).toContain('số liệu tính đến ngày 30/06/2025');
    expect(all).not.toContain('/BC-UBND');
    expect(tokens(p.pageTexts.join(' '))).not.toContain('chư');
  }, 240_000);

  it('prints the Word draft with no word broken inside its table', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, 'tong-hop-bao-cao.docx');
    writeFileSync(file, docx);
    const p = pdfPages(convert(file, 'pdf'), 'tong-hop-bao-cao-docx', 3);
    for (const [w, h] of p.sizes) expect([Math.round(w), Math.round(h)]).toEqual([595, 842]);
    // A header cell too narrow broke «chưa» as «chư» / «a»: no word piece stands alone.
    expect(tokens(p.pageTexts.join(' '))).not.toContain('chư');
    expect(tokens(p.pageTexts.join(' '))).toContain('chưa');
  }, 240_000);
});
