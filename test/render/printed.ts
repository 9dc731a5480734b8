import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { SheetDocument } from '../../src/report/document';
import { newWorkbookFile } from '../../src/workbook/file/host';
import { saveWorkbookPath } from '../../src/workbook/file/hostNode';
import type { WorkbookHost } from '../../src/workbook/port';
import { convert } from './libreoffice';

/**
 * One sheet document as LibreOffice prints it: written alone into a workbook (a PDF of a workbook
 * prints every sheet), converted, and read back with poppler. Its pages are kept as PNG under
 * `test-artifacts/print/` (git-ignored) for a person to look at; the tracking data here is made up.
 */
export const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts', 'print');

export interface PrintedSheet {
  readonly pages: number;
  /** Each page's text (pdftotext -layout). */
  readonly pageTexts: readonly string[];
  /** [width, height] in points of each page. */
  readonly sizes: readonly (readonly [number, number])[];
  /** The smallest text height on any page, in points: a word's box height over 1.23 em (pdftotext's box
   * for Liberation Serif, measured on 12 pt text). */
  readonly smallestTextPt: number;
  readonly pdf: string;
}

/** Writes `doc` alone and prints it; `pngPages` first pages (and the last) become PNGs named `base-N.png`. */
export async function printSheet(doc: SheetDocument, base: string, pngPages = 3): Promise<PrintedSheet> {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of readdirSync(ARTIFACTS)) if (f.startsWith(`${base}-`) && f.endsWith('.png')) rmSync(path.join(ARTIFACTS, f));
  const file = path.join(ARTIFACTS, `${base}.xlsx`);
  const host = newWorkbookFile(`${base}.xlsx`);
  await host.writeSheets([doc]);
  await saveWorkbookPath(host, file);
  const pdf = path.join(ARTIFACTS, `${base}.pdf`);
  copyFileSync(convert(file, 'pdf'), pdf);
  return { ...pdfPages(pdf, base, pngPages), pdf };
}

/** Page facts of a PDF, and its first `pngPages` pages and its last as PNG at 70 dpi. */
export function pdfPages(pdf: string, base: string, pngPages: number): Omit<PrintedSheet, 'pdf'> {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '100000', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const pageTexts = text.split('\f').slice(0, sizes.length);
  const png = (from: number, to: number) =>
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(from), '-l', String(to), pdf, path.join(ARTIFACTS, base)]);
  png(1, Math.min(pngPages, sizes.length));
  if (sizes.length > pngPages) png(sizes.length, sizes.length);
  return { pages: sizes.length, pageTexts, sizes, smallestTextPt: smallestText(pdf, Math.min(sizes.length, 5)) };
}

/** The smallest word height on the first `pages` pages (pdftotext -bbox), as a font size. */
function smallestText(pdf: string, pages: number): number {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', String(pages), pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  let min = Infinity;
  for (const m of html.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</g)) {
    if (!/\p{L}/u.test(m[3])) continue; // the rules' underlined spaces, digits alone
    min = Math.min(min, (Number(m[2]) - Number(m[1])) / 1.23);
  }
  return min;
}

/** The first non-blank line of a page, trimmed (where a page number in the header lands). */
export const firstLine = (page: string) => page.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';

/** A host that forwards to `inner` and keeps every document it is asked to write. */
export function recording(inner: WorkbookHost): { host: WorkbookHost; documents: SheetDocument[] } {
  const documents: SheetDocument[] = [];
  return {
    documents,
    host: {
      readSheets: (names) => inner.readSheets(names),
      writeSheets: (docs, patches) => {
        documents.push(...docs);
        return inner.writeSheets(docs, patches);
      },
    },
  };
}
