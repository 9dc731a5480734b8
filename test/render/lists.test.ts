import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SheetDocument } from '../../src/report/document';
import { buildFeedbackSynthesis, FEEDBACK_SYNTHESIS_TITLE } from '../../src/report/feedbackSynthesis';
import { buildQuarterList, QUARTER_LIST_TITLE } from '../../src/report/quarterList';
import { newWorkbookFile } from '../../src/workbook/file/host';
import { saveWorkbookPath } from '../../src/workbook/file/hostNode';
import { SAMPLE_MODEL } from '../report/sampleModel';
import { convert } from './libreoffice';

/**
 * The two printed lists as LibreOffice prints them. Each is written alone into a workbook (a PDF
 * of a workbook prints every sheet). Page 1 of each is kept as a PNG under the temp directory
 * (`dccs-lists-*`), not committed: look at it. The feedback rows name residents, so nothing here
 * is written anywhere but the temp directory.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'dccs-lists-'));

async function printed(doc: SheetDocument, base: string): Promise<{ info: string; text: string }> {
  const file = path.join(dir, `${base}.xlsx`);
  const host = newWorkbookFile(`${base}.xlsx`);
  await host.writeSheets([doc]);
  await saveWorkbookPath(host, file);
  const pdf = convert(file, 'pdf');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(dir, base)]);
  return {
    info: execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' }),
    // Without spaces: where a font lacks a letter (Liberation Serif has no «ư», «ơ»), the fallback
    // glyph splits the word in pdftotext's output («ng ười»).
    text: squeeze(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })),
  };
}

const squeeze = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

/** Every page's size in points, e.g. `[[842, 595]]`. */
const pageSizes = (info: string) =>
  [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Number(m[1]), Number(m[2])]);

function expectA4Landscape(info: string, maxPages: number): void {
  const sizes = pageSizes(info);
  expect(sizes.length).toBeGreaterThanOrEqual(1);
  expect(sizes.length).toBeLessThanOrEqual(maxPages);
  for (const [w, h] of sizes) {
    expect(Math.abs(w - 842)).toBeLessThanOrEqual(1);
    expect(Math.abs(h - 595)).toBeLessThanOrEqual(1);
  }
}

describe('the printed lists, as LibreOffice prints them', () => {
  it('prints «DS Công khai» on A4 landscape with its header, title, rows and signature', async () => {
    const { info, text } = await printed(buildQuarterList(SAMPLE_MODEL, { year: 2024, quarter: 1 }), 'ds-cong-khai');
    expectA4Landscape(info, 1);
    for (const line of [
      'ỦY BAN NHÂN DÂN XÃ AN THƯỢNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', QUARTER_LIST_TITLE,
      'Quý I năm 2024', '=Dự toán ngân sách xã năm 2024', 'Thường xuyên', '03/01/2024', 'TM. ỦY BAN NHÂN DÂN', 'Nguyễn Văn Minh',
    ]) expect(text).toContain(squeeze(line));
  }, 180_000);

  it('prints «TH Ý kiến» on A4 landscape with the feedback written as typed', async () => {
    const { info, text } = await printed(buildFeedbackSynthesis(SAMPLE_MODEL), 'th-y-kien');
    expectA4Landscape(info, 2);
    for (const line of [
      FEEDBACK_SYNTHESIS_TITLE, 'Dự thảo Quy chế thực hiện dân chủ của UBND xã', 'Điều 5', '=Công khai danh sách người góp ý',
      'Ghi rõ thời gian niêm yết tại nhà văn hóa.', 'Chưa xử lý', 'TM. ỦY BAN NHÂN DÂN',
    ]) expect(text).toContain(squeeze(line));
  }, 180_000);
});
