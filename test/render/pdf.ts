import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { convert } from './libreoffice';

/** What poppler says of a PDF: page count and page size in points, its text, page 1 as a PNG. */
export interface PdfFacts {
  readonly pages: number;
  readonly width: number;
  readonly height: number;
  readonly text: string;
}

export function pdfFacts(pdf: string): PdfFacts {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const pages = /Pages:\s+(\d+)/.exec(info);
  if (!size || !pages) throw new Error(`pdfinfo gave no page size or count for ${pdf}:\n${info}`);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return { pages: Number(pages[1]), width: Number(size[1]), height: Number(size[2]), text };
}

/** Page 1 at 60 dpi next to `pngBase` (`…/bao-cao` → `…/bao-cao-1.png`): a test artifact to look at. */
export function firstPagePng(pdf: string, pngBase: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, pngBase]);
}

/** Text without its spaces: pdftotext splits justified words (`đ ủ`), so lines are compared so. */
export function squash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, '');
}

/**
 * `file` (a .xlsx or .docx) printed by LibreOffice: its PDF and page 1 as PNG kept beside it, for a
 * person to look at, and what poppler says of the PDF; the page is A4 portrait.
 */
export function printedA4(file: string): PdfFacts {
  const base = file.replace(/\.[a-z]+$/, '');
  const pdf = `${base}.pdf`;
  copyFileSync(convert(file, 'pdf'), pdf);
  firstPagePng(pdf, path.join(path.dirname(base), path.basename(base)));
  const facts = pdfFacts(pdf);
  expect(Math.abs(facts.width - 595)).toBeLessThanOrEqual(1);
  expect(Math.abs(facts.height - 842)).toBeLessThanOrEqual(1);
  return facts;
}
