/**
 * The page stays responsive while exceljs works (issues 6 and 7): the workbook lives in a Web
 * Worker, and «Tổng hợp đơn vị» reduces each commune file there. A heartbeat in the page (a 10 ms
 * timer chain and requestAnimationFrame) records the longest gap between two beats: a gap is the
 * page's thread busy, unable to paint or to answer a click. Figures: test-artifacts/e2e/responsive.json.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { communeWorkbook, renamedCopy } from '../../bench/communeWorkbooks';
import { PLAN_SHEET, POSTINGS_SHEET } from '../../src/sheets/schema';
import { unpackGrid, type PackedGrid } from '../../src/taskpane/packedGrids';
import { ARTIFACTS, assertPrerequisites, DIST, cspViolations, openPage, SAMPLE, startHarness, type Harness, type PageProblems } from './harness';

/** Longest the page's thread may be busy at once while a workbook opens: a click answered within 0.2 s. */
const STALL_LIMIT_MS = 200;
/**
 * While 100 commune files are read, a stall past 200 ms may happen once or twice (the page
 * re-renders its 100 progress bars after each file, 108–196 ms; putting the results together after
 * the last file, or a collection of the page's heap, reached 452 ms once in CI), but never once per
 * file, as when each file was opened on the page's thread (0.1–0.4 s each before the worker).
 */
const LONG_STALL_MS = 200;
const LONG_STALLS_ALLOWED = 3;
const BIG_ROWS = 20_000;
const COMMUNES = 100;
const COMMUNE_SIZE = { postings: 500, tasks: 500, feedback: 2_000 };

let harness: Harness;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  assertPrerequisites();
  harness = await startHarness();
  figures.chromium = harness.browser.version();
  ({ context, page, problems } = await openPage(harness));
  await page.goto(`${harness.url}taskpane.html`);
});

afterAll(async () => {
  writeFileSync(join(ARTIFACTS, 'responsive.json'), `${JSON.stringify(figures, null, 2)}\n`);
  process.stdout.write(`\nResponsiveness in Chromium ${String(figures.chromium)}:\n${JSON.stringify(figures, null, 2)}\n`);
  await context?.close();
  await harness?.close();
});

interface Beats {
  /** Longest gap between two timer beats, and between two animation frames, ms. */
  readonly timerMax: number;
  readonly frameMax: number;
  /**
   * Longest timer gap while the overall bar stood above 0 and below 90 %: the files being read,
   * after the first one and before the write. The start (the action's code loaded and compiled on
   * first use, the worker started) is `startMax`.
   */
  readonly readingMax: number;
  /** Stalls past LONG_STALL_MS while the files are read. */
  readonly readingLongStalls: number;
  readonly startMax: number;
  readonly beats: number;
  /** The overall progress bar's values, as the heartbeat saw them. */
  readonly progress: number[];
}

/** Starts the heartbeat in the page. */
async function startHeartbeat(): Promise<void> {
  await page.evaluate((longStall) => {
    const state = { running: true, timerMax: 0, frameMax: 0, readingMax: 0, readingLongStalls: 0, startMax: 0, beats: 0, progress: [] as number[] };
    (window as unknown as { __beats: typeof state }).__beats = state;
    let lastTimer = performance.now();
    let lastFrame = performance.now();
    const timer = () => {
      const now = performance.now();
      const bar = document.querySelector('[role="progressbar"][aria-label="Tiến độ chung"]');
      const value = Number(bar?.getAttribute('aria-valuenow') ?? NaN);
      state.timerMax = Math.max(state.timerMax, now - lastTimer);
      if (value > 0 && value < 0.9) {
        state.readingMax = Math.max(state.readingMax, now - lastTimer);
        if (now - lastTimer > longStall) state.readingLongStalls += 1;
      }
      if (value === 0) state.startMax = Math.max(state.startMax, now - lastTimer);
      lastTimer = now;
      state.beats += 1;
      if (!Number.isNaN(value) && value !== state.progress[state.progress.length - 1]) state.progress.push(value);
      if (state.running) setTimeout(timer, 10);
    };
    const frame = () => {
      const now = performance.now();
      state.frameMax = Math.max(state.frameMax, now - lastFrame);
      lastFrame = now;
      if (state.running) requestAnimationFrame(frame);
    };
    setTimeout(timer, 10);
    requestAnimationFrame(frame);
  }, LONG_STALL_MS);
}

async function stopHeartbeat(): Promise<Beats> {
  return page.evaluate(() => {
    const state = (window as unknown as { __beats: Beats & { running: boolean } }).__beats;
    state.running = false;
    return {
      timerMax: Math.round(state.timerMax), frameMax: Math.round(state.frameMax), readingMax: Math.round(state.readingMax), readingLongStalls: state.readingLongStalls, startMax: Math.round(state.startMax), beats: state.beats, progress: state.progress,
    };
  });
}

describe('the page stays responsive while workbooks are read (Web Worker)', () => {
  it(`opens a workbook of ${BIG_ROWS.toLocaleString('en')} rows without the page's thread stalling past ${STALL_LIMIT_MS} ms`, async () => {
    const bytes = await communeWorkbook('UBND xã Rất Lớn', { postings: BIG_ROWS, tasks: 2_000, feedback: 5_000 });
    const big = join(ARTIFACTS, 'so-20000-dong.xlsx');
    writeFileSync(big, bytes);
    await startHeartbeat();
    const t0 = Date.now();
    await page.getByTestId('file-input').setInputFiles(big);
    await page.getByTestId('file-name').getByText('so-20000-dong.xlsx', { exact: true }).waitFor({ timeout: 120_000 });
    const openMs = Date.now() - t0;
    const beats = await stopHeartbeat();
    figures.bigWorkbook = {
      rows: BIG_ROWS + 2_000 + 5_000, sizeMB: Math.round(bytes.byteLength / 1e5) / 10, openMs,
      longestStallMs: beats.timerMax, longestFrameGapMs: beats.frameMax, beats: beats.beats,
    };
    expect(beats.beats).toBeGreaterThan(openMs / 100); // the heartbeat ran all along
    expect(beats.timerMax).toBeLessThan(STALL_LIMIT_MS);
  }, 300_000);

  it('checks that workbook, the worker reading and writing it (the check itself runs in the page: recorded)', async () => {
    await startHeartbeat();
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByText('Đã ghi kết quả vào sheet "KQ Kiểm tra"').waitFor({ timeout: 300_000 });
    const checkMs = Date.now() - t0;
    const beats = await stopHeartbeat();
    figures.bigWorkbookCheck = { checkMs, longestStallMs: beats.timerMax, longestFrameGapMs: beats.frameMax };
    // The check read every table of the book: its summary counts the plan's tasks and the feedback rows.
    const summary = page.getByRole('list', { name: 'Kết quả theo từng bảng' });
    await expect(summary.textContent()).resolves.toContain('Kế hoạch: 2000 nhiệm vụ');
    await expect(summary.textContent()).resolves.toContain('Ý kiến góp ý: 5000 ý kiến');
  }, 400_000);

  it('reads that workbook in the page\'s file worker: open + every sheet, timed in Chromium (recorded)', async () => {
    // The page's worker script in a page of its own with nothing else running, spoken to as the page
    // speaks to it (fileWorkerProtocol.ts), a fresh copy of the book's bytes each time. The first
    // round after the worker's start is the one a user meets (the reader's chunk fetched, code cold).
    const script = readdirSync(DIST).find((name) => /^dccs-tep\.[0-9a-f]+\.js$/.test(name));
    if (!script) throw new Error('dist/ has no file worker (dccs-tep.*.js)');
    const bytes = readFileSync(join(ARTIFACTS, 'so-20000-dong.xlsx'));
    const quiet = await context.newPage();
    await quiet.goto(`${harness.url}taskpane.html`);
    await quiet.getByTestId('file-input').waitFor({ state: 'attached' });
    const started = quiet.waitForEvent('worker', (w) => w.url().includes('dccs-tep'));
    // Run as a string, with the page's own unpackGrid (packedGrids.ts) passed in as code: each round
    // ends when the page holds the grids as arrays, as WorkerWorkbook.readSheets gives them.
    const measure = async ({ url, base64, names }: { url: string; base64: string; names: string[] }, unpack: typeof unpackGrid) => {
      const book = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
      const worker = new Worker(url, { name: 'dccs-tep-do' });
      const waiting = new Map<number, (reply: { ok: boolean; value: unknown; error?: unknown }) => void>();
      worker.onmessage = (event: MessageEvent<{ id: number; ok: boolean; value: unknown }>) => waiting.get(event.data.id)?.(event.data);
      let next = 1;
      const ask = (message: Record<string, unknown>, transfer: Transferable[] = []) => new Promise<{ ok: boolean; value: unknown; error?: unknown }>((resolve) => {
        const id = next++;
        waiting.set(id, resolve);
        worker.postMessage({ ...message, id }, transfer);
      });
      // The worker's start (its script fetched and run) apart from the reading: a request on no workbook.
      const started = performance.now();
      await ask({ op: 'close', workbook: 0 });
      const startMs = Math.round(performance.now() - started);
      const rounds: number[] = [];
      let rows = 0;
      for (let round = 0; round < 7; round++) {
        const copy = book.slice().buffer;
        const t0 = performance.now();
        const opened = await ask({ op: 'open', bytes: copy, fileName: 'so-20000-dong.xlsx' }, [copy]);
        if (!opened.ok) throw new Error(JSON.stringify(opened.error));
        const read = await ask({ op: 'read', workbook: opened.value, names, others: true });
        if (!read.ok) throw new Error(JSON.stringify(read.error));
        const { sheets, others } = read.value as { sheets: Record<string, PackedGrid | null>; others?: PackedGrid[] };
        const grids = [...Object.values(sheets), ...(others ?? [])].map((grid) => (grid === null ? null : unpack(grid)));
        rounds.push(Math.round(performance.now() - t0));
        rows = grids.reduce((n, grid) => n + (grid?.values.length ?? 0), 0);
        await ask({ op: 'close', workbook: opened.value });
      }
      return { startMs, rounds, rows };
    };
    const args = { url: `${harness.url}${script}`, base64: bytes.toString('base64'), names: [POSTINGS_SHEET.name, PLAN_SHEET.name] };
    const measured = await quiet.evaluate(`(${measure.toString()})(${JSON.stringify(args)}, ${unpackGrid.toString()})`) as Awaited<ReturnType<typeof measure>>;
    // Reading never needs exceljs: the worker fetched the reader's chunks, not exceljs's (only a write does).
    const scripts = await (await started).evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()!));
    await quiet.close();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((name) => name.startsWith('exceljs'))).toEqual([]);
    const warm = measured.rounds.slice(1).sort((x, y) => x - y);
    figures.workerRead = { ...measured, firstMs: measured.rounds[0], warmMedianMs: warm[warm.length >> 1] };
    // Every table's rows came back, the two named and the others: postings, tasks and feedback, with their headers.
    expect(measured.rows).toBeGreaterThan(BIG_ROWS + 2_000 + 5_000);
  }, 300_000);

  it(`consolidates ${COMMUNES} commune workbooks with progress, the page answering throughout`, async () => {
    const dir = join(ARTIFACTS, 'xa');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const base = await communeWorkbook('UBND xã Mẫu 0000', COMMUNE_SIZE);
    const files: string[] = [];
    for (let i = 0; i < COMMUNES; i++) {
      const file = join(dir, `xa-${String(i).padStart(3, '0')}.xlsx`);
      writeFileSync(file, await renamedCopy(base, 'UBND xã Mẫu 0000', `UBND xã Mẫu ${String(i).padStart(4, '0')}`));
      files.push(file);
    }
    // The results go into an open workbook: the sample, light, so the write measures the consolidation.
    // The big workbook's «Kiểm tra» left changes not downloaded: the page asks first (issue 15, nothing lost).
    await page.getByTestId('file-input').setInputFiles(SAMPLE);
    await page.getByRole('button', { name: 'Mở tệp mới, bỏ thay đổi' }).click();
    await page.getByTestId('file-name').getByText('so-theo-doi-mau.xlsx', { exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Tổng hợp đơn vị', exact: true }).click();
    await page.getByLabel('Chọn tệp sổ theo dõi').setInputFiles(files);
    await expect(page.getByRole('list', { name: 'Tệp đã chọn' }).getByRole('progressbar').count()).resolves.toBe(COMMUNES);

    // Issue 15: the results go into a new workbook of the office typed here (written in its own worker).
    await page.getByLabel('Tên cơ quan').fill('UBND tỉnh Mẫu');

    await startHeartbeat();
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    // Midway, «Hủy» is there and the page answers a click on another control at once.
    await page.getByRole('button', { name: 'Hủy' }).waitFor();
    await page.getByText(/^Đang đọc tệp 2\d\/100/).waitFor({ timeout: 120_000 });
    const c0 = Date.now();
    await page.getByLabel('Xếp đơn vị theo').focus();
    const clickMs = Date.now() - c0;
    await page.getByText(`Đã tổng hợp ${COMMUNES} đơn vị`, { exact: false }).waitFor({ timeout: 600_000 });
    const totalMs = Date.now() - t0;
    const beats = await stopHeartbeat();
    await expect(page.getByRole('list', { name: 'Tệp đã chọn' }).getByText('Đã tổng hợp', { exact: true }).count()).resolves.toBe(COMMUNES);
    figures.consolidation = {
      communes: COMMUNES, rowsEach: COMMUNE_SIZE.postings + COMMUNE_SIZE.tasks + COMMUNE_SIZE.feedback, fileKB: Math.round(base.byteLength / 1e3),
      totalMs, msPerCommune: Math.round(totalMs / COMMUNES), longestStallMs: beats.timerMax, longestFrameGapMs: beats.frameMax,
      longestStallReadingMs: beats.readingMax, stallsPast200msReading: beats.readingLongStalls, longestStallStartMs: beats.startMax,
      focusMidwayMs: clickMs, progressSteps: beats.progress.length,
    };
    // While the files are read (the worker's share) the page never stalls; the write that follows
    // builds the sheets in the page (TH Chi tiết: ~100,000 lines here) and is recorded, not bounded.
    expect(beats.readingLongStalls).toBeLessThanOrEqual(LONG_STALLS_ALLOWED);
    // Progress moved forward in many steps (one per file at least) and never back.
    expect(beats.progress.length).toBeGreaterThan(COMMUNES / 2);
    expect([...beats.progress].sort((a, b) => a - b)).toEqual(beats.progress);
    await page.screenshot({ path: join(ARTIFACTS, '8-tong-hop-100-xa.png'), fullPage: false });
  }, 900_000);

  it('ran without a script error or a Content-Security-Policy violation (the worker is allowed)', async () => {
    expect(problems.errors).toEqual([]);
    await expect(cspViolations(page)).resolves.toEqual([]);
  });
});
