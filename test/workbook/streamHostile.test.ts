import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { communeWorkbook } from '../../bench/communeWorkbooks';
import { summarizeFiles } from '../../src/app/consolidate/consolidate';
import { fileSource } from '../../src/cli/consolidateInputs';
import { openWorkbookFile } from '../../src/workbook/file/host';
import { hostMessages } from '../../src/workbook/hostMessages';
import { HostError } from '../../src/workbook/port';
import { readWorkbookFile } from '../../src/workbook/file/stream/readingHost';
import { bombWorkbook, entityWorkbook } from './zipBomb';

/** Issue 18, "hostile files cost little": refused from the zip's directory, before inflating. */
async function baseWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Công khai').getCell('A1').value = 'STT';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const refusal = async (run: () => Promise<unknown>): Promise<HostError> => {
  try {
    await run();
  } catch (e) {
    if (e instanceof HostError) return e;
    throw e;
  }
  throw new Error('not refused');
};

describe('hostile workbooks', () => {
  let bomb: Uint8Array;
  beforeAll(async () => {
    bomb = bombWorkbook(await baseWorkbook());
  });

  it('a small file whose sheet unpacks to 1.2 GB is refused at once, saying it is too large unpacked', async () => {
    expect(bomb.byteLength).toBeLessThan(2_000_000);
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const e = await refusal(async () => (await readWorkbookFile(bomb, 'bom.xlsx')).readSheets(['Công khai']));
    expect(performance.now() - started).toBeLessThan(500);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    expect(e.code).toBe('corrupt');
    expect(e.message).toBe(hostMessages.tooLarge('bom.xlsx'));
    expect(e.message).toContain('quá lớn khi giải nén');
  });

  it('the exceljs path refuses it the same way, before loading', async () => {
    const started = performance.now();
    const e = await refusal(() => openWorkbookFile(bomb, 'bom.xlsx'));
    expect(performance.now() - started).toBeLessThan(500);
    expect(e.message).toBe(hostMessages.tooLarge('bom.xlsx'));
  });

  it('entity-expansion XML stays refused, on both paths', async () => {
    const evil = entityWorkbook(await baseWorkbook());
    const now = await refusal(async () => (await readWorkbookFile(evil, 'thuc-the.xlsx')).readSheets(['Công khai']));
    expect(now.message).toBe(hostMessages.corrupt('thuc-the.xlsx'));
    const old = await refusal(() => openWorkbookFile(evil, 'thuc-the.xlsx'));
    expect(old.code).toBe('corrupt');
  });

  it('one such file among others in a consolidation is listed, and the rest go on', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dccs-bom-'));
    try {
      const size = { postings: 10, tasks: 4, feedback: 5 };
      writeFileSync(path.join(dir, 'a.xlsx'), await communeWorkbook('UBND xã An Thượng', size, 0));
      writeFileSync(path.join(dir, 'b.xlsx'), bomb);
      writeFileSync(path.join(dir, 'c.xlsx'), await communeWorkbook('UBND xã Song Phương', size, 1));
      const outcomes = await summarizeFiles(['a', 'b', 'c'].map((n) => fileSource(path.join(dir, `${n}.xlsx`))), { today: { y: 2025, m: 6, d: 30 } });
      expect(outcomes.map((o) => o.kind)).toEqual(['unit', 'failed', 'unit']);
      expect(outcomes[1]).toEqual({ kind: 'failed', file: path.join(dir, 'b.xlsx'), reason: hostMessages.tooLarge(path.join(dir, 'b.xlsx')) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
