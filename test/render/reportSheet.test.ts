import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildReportSheet } from '../../src/report/reportSheet';
import { newWorkbookFile } from '../../src/workbook/file/host';
import { saveWorkbookPath } from '../../src/workbook/file/hostNode';
import { SAMPLE_MODEL } from '../report/sampleModel';
import { printedA4, squash } from './pdf';
import { REPORT_LINES } from './reportLines';

// Artifacts kept for a person to look at (not committed): the .xlsx, its PDF and page 1 as PNG.
const OUT = path.join(tmpdir(), 'dccs-render', 'bao-cao');

describe('the Báo cáo sheet as LibreOffice prints it', () => {
  it('prints the sample report on A4 portrait with its header, sections and signer', async () => {
    mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, 'bao-cao.xlsx');
    const host = newWorkbookFile();
    await host.writeSheets([buildReportSheet(SAMPLE_MODEL)]);
    await saveWorkbookPath(host, file);
    const facts = printedA4(file);
    expect(facts.pages).toBeGreaterThanOrEqual(1);
    expect(facts.pages).toBeLessThanOrEqual(6);
    for (const line of REPORT_LINES) expect(squash(facts.text)).toContain(squash(line));

    // ND 30: page numbers centred at the top from page 2; page 1 has none.
    const pages = facts.text.split('\f');
    const firstLine = (page: string) => page.split('\n').find((l) => l.trim() !== '')?.trim();
    expect(facts.pages).toBeGreaterThanOrEqual(2);
    expect(firstLine(pages[0])).not.toBe('1');
    for (let n = 2; n <= facts.pages; n++) expect(firstLine(pages[n - 1])).toBe(String(n));
  }, 180_000);
});
