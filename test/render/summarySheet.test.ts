import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DocValue, SheetDocument } from '../../src/report/document';
import { buildFeedbackSynthesis } from '../../src/report/feedbackSynthesis';
import { buildSummarySheet, SUMMARY_SHEET, SUMMARY_TITLE } from '../../src/report/summarySheet';
import { newWorkbookFile } from '../../src/workbook/file/host';
import { openWorkbookPath, saveWorkbookPath } from '../../src/workbook/file/hostNode';
import { formulaCells } from '../report/formulaEval';
import { SAMPLE_MODEL } from '../report/sampleModel';
import { convert, convertRecalculating } from './libreoffice';


/** The same document with every cached result wrong, so only a recalculation can get them right. */
function poisoned(doc: SheetDocument): SheetDocument {
  const values = doc.values.map((row) => row.map((v): DocValue => (v !== null && typeof v === 'object' && 'formula' in v ? { formula: v.formula, result: -1 } : v)));
  return { ...doc, values };
}

async function write(doc: SheetDocument, file: string, others: readonly SheetDocument[] = []): Promise<string> {
  const host = newWorkbookFile();
  await host.writeSheets([doc, ...others]);
  await saveWorkbookPath(host, file);
  return file;
}

/**
 * Cached results as LibreOffice saved them. Read from exceljs's `cell.result`: its `cell.value`
 * drops a cached 0 (`{ formula }` only), and an empty text result comes back as undefined.
 */
async function results(file: string, refs: readonly string[]): Promise<Record<string, unknown>> {
  const ws = (await openWorkbookPath(file)).workbook.getWorksheet(SUMMARY_SHEET)!;
  return Object.fromEntries(refs.map((ref) => [ref, ws.getCell(ref).result ?? '']));
}

describe('Tổng hợp in LibreOffice', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dccs-summary-'));
  const doc = buildSummarySheet(SAMPLE_MODEL);
  // Its feedback counts are COUNTIFS over TH Ý kiến, which must be in the workbook to recalculate.
  const synthesis = buildFeedbackSynthesis(SAMPLE_MODEL);
  const cells = formulaCells(doc);
  const expected = Object.fromEntries(cells.map((c) => [c.ref, c.result]));

  it('recalculates every total on load to the numbers the engine counted', async () => {
    const file = await write(poisoned(doc), path.join(dir, 'poisoned.xlsx'), [synthesis]);
    expect(cells.some((c) => c.formula.includes("'TH Ý kiến'!"))).toBe(true);
    const got = await results(convertRecalculating(file, 'xlsx'), cells.map((c) => c.ref));
    for (const c of cells) {
      if (typeof c.result === 'number') expect([c.ref, got[c.ref]]).toEqual([c.ref, expect.closeTo(c.result, 12)]);
      else expect([c.ref, got[c.ref]]).toEqual([c.ref, c.result]);
    }
  }, 180_000);

  it('keeps the cached (wrong) results when not told to recalculate: the setting is what the test above relies on', async () => {
    const file = await write(poisoned(doc), path.join(dir, 'kept.xlsx'), [synthesis]);
    const got = await results(convertRecalculating(file, 'xlsx', false), ['M6', 'K11']);
    expect(got).toEqual({ M6: -1, K11: -1 });
    expect(expected.K11).toBe(6);
  }, 180_000);

  it('prints on A4 landscape with its title, and keeps a picture of page 1', async () => {
    const file = await write(doc, path.join(dir, 'tong-hop.xlsx'));
    const pdf = convert(file, 'pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(`${SUMMARY_TITLE} NĂM 2024`);
    // The print area stops before the detail block (it is for checking the formulas on screen).
    expect(text).toContain('I. CÔNG KHAI THÔNG TIN');
    expect(text).not.toContain('Số liệu chi tiết (để kiểm tra công thức)');
    const artifacts = path.join(tmpdir(), 'dccs-artifacts');
    mkdirSync(artifacts, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '2', pdf, path.join(artifacts, 'tong-hop')]);
  }, 180_000);
});
