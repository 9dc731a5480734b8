import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildReportDocx } from '../../src/report/reportDocx';
import { SAMPLE_MODEL } from '../report/sampleModel';
import { printedA4, squash } from './pdf';
import { REPORT_LINES } from './reportLines';

// Artifacts kept for a person to look at (not committed): the .docx, its PDF and page 1 as PNG.
const OUT = path.join(tmpdir(), 'dccs-render', 'bao-cao-docx');

describe('the Word draft as LibreOffice prints it', () => {
  it('prints the sample report on A4 portrait with its header, sections, signer and page numbers from page 2', async () => {
    mkdirSync(OUT, { recursive: true });
    const bytes = await buildReportDocx(SAMPLE_MODEL);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    const file = path.join(OUT, 'bao-cao.docx');
    writeFileSync(file, bytes);
    const facts = printedA4(file);
    expect(facts.pages).toBeGreaterThanOrEqual(2);
    expect(facts.pages).toBeLessThanOrEqual(6);
    for (const line of REPORT_LINES) expect(squash(facts.text)).toContain(squash(line));
    // Page numbers: none on page 1, «2» alone on the first line of page 2.
    const pages = facts.text.split('\f');
    expect(pages[0].trim().split('\n')[0].trim()).not.toMatch(/^\d+$/);
    expect(pages[1].trim().split('\n')[0].trim()).toBe('2');
  }, 180_000);
});
