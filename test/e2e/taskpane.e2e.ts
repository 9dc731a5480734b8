import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
// docx and exceljs write their zips with JSZip; reading them back with it needs nothing new.
import JSZip from 'jszip';
import type { BrowserContext, Page } from 'playwright-core';
import type { CheckReport } from '../../src/app/types';
import { RULES } from '../../src/domain/rules/catalog';
import { POSTING_STATUS_LABELS } from '../../src/domain/postings/labels';
import {
  ARTIFACTS, assertPrerequisites, axeViolations, cliCheck, cspViolations, openPage, SAMPLE, startHarness, upFrontScripts,
  type Harness, type PageProblems,
} from './harness';

/** Issue 7's budgets. */
const UP_FRONT_GZIP_LIMIT = 300 * 1024;
/** Recorded beside the measured time, not asserted (see the test). */
const INTERACTIVE_BUDGET_MS = 1000;

let harness: Harness;
let expected: CheckReport;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
const figures: Record<string, unknown> = {};

const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
const tab = (name: string) => page.getByRole('tab', { name, exact: true });
const fact = (term: string) => page.locator(`[data-fact="${term}"]`).first();

beforeAll(async () => {
  assertPrerequisites();
  expected = cliCheck();
  harness = await startHarness();
  ({ context, page, problems } = await openPage(harness));
});

afterAll(async () => {
  writeFileSync(join(ARTIFACTS, 'load.json'), `${JSON.stringify(figures, null, 2)}\n`);
  await context?.close();
  await harness?.close();
});

describe('the task pane as a standalone page, in Chromium', () => {
  it('loads at most 300 KB of gzipped JavaScript up front, exceljs and docx on demand', () => {
    const { files, gzipBytes } = upFrontScripts();
    figures.upFrontScripts = files;
    figures.upFrontGzipKB = Math.round(gzipBytes / 102.4) / 10;
    expect(files.some((f) => /^taskpane\./.test(f))).toBe(true);
    expect(gzipBytes).toBeLessThanOrEqual(UP_FRONT_GZIP_LIMIT);
    const html = readFileSync(join(__dirname, '../../dist/taskpane.html'), 'utf8');
    expect(html).toMatch(/Content-Security-Policy/);
    expect(html).not.toMatch(/unsafe-eval/);
    expect(html).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
  });

  // The time is measured and recorded (test-artifacts/e2e/load.json, BENCHMARKS.md, issue 7), not
  // asserted: a test that fails on a slower machine says nothing about the page.
  it('is interactive after loading from a local server, without fetching exceljs, docx or Office.js', async () => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const fresh = await openPage(harness);
      const scripts: string[] = [];
      fresh.page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
      // Microsoft's CDN never answers: a browser tab must not wait on it (issue 15, item 9).
      await fresh.context.route('https://appsforoffice.microsoft.com/**', () => undefined);
      await fresh.page.goto(`${harness.url}taskpane.html`);
      const open = fresh.page.getByRole('button', { name: 'Mở tệp Excel' });
      await open.waitFor();
      expect(await open.isEnabled()).toBe(true);
      times.push(await fresh.page.evaluate(() => performance.now()));
      expect(scripts.filter((u) => /exceljs|docx|appsforoffice/.test(u))).toEqual([]);
      await expect(fresh.page.locator('html').getAttribute('data-office')).resolves.toBe('none');
      expect(fresh.problems.errors).toEqual([]);
      await fresh.context.close();
    }
    figures.interactiveMs = times.map(Math.round);
    const median = [...times].sort((a, b) => a - b)[1];
    figures.interactiveMedianMs = Math.round(median);
    figures.interactiveBudgetMs = INTERACTIVE_BUDGET_MS;
  });

  it('offers «Mở tệp Excel» and says nothing leaves the machine', async () => {
    await page.goto(`${harness.url}taskpane.html`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Dân chủ cơ sở – Kiểm tra và báo cáo');
    await page.getByText('tệp không được gửi đi đâu').waitFor();
    // Nothing to run on yet: the check is disabled, and the bar says what to do.
    expect(await page.getByRole('button', { name: 'Kiểm tra', exact: true }).isDisabled()).toBe(true);
    await page.getByText('Chưa mở tệp nào').waitFor();
    await shot('0-chua-mo-tep');
  });

  it('refuses a file that is not a workbook, saying so', async () => {
    await page.getByTestId('file-input').setInputFiles({ name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('không phải Excel') });
    await page.getByText('đây không phải tệp Excel .xlsx').waitFor();
    await page.getByText('Không mở được tệp', { exact: true }).waitFor();
  });

  it('refuses a huge workbook before reading it, saying what to do', async () => {
    // On disk, not a buffer: Playwright hands the browser a path, so 41 MB cost no transfer.
    const huge = join(ARTIFACTS, 'so-rat-lon.xlsx');
    writeFileSync(huge, Buffer.alloc(41 * 1024 * 1024));
    await page.getByTestId('file-input').setInputFiles(huge);
    await page.getByText(/quá giới hạn 40 MB/).waitFor();
    expect(await page.getByRole('button', { name: 'Mở tệp Excel' }).isEnabled()).toBe(true);
  });

  it('opens the sample and checks it: the same counts as `dccs check --json`', async () => {
    await page.getByTestId('file-input').setInputFiles(SAMPLE);
    await expect(page.getByTestId('file-name').textContent()).resolves.toBe('so-theo-doi-mau.xlsx');
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByText('Đã ghi kết quả vào sheet "KQ Kiểm tra"').waitFor();
    await expect(fact('Đơn vị').textContent()).resolves.toBe(expected.unit);
    await expect(fact('Số phát hiện').textContent()).resolves.toBe(String(expected.findings.length));
    await expect(fact('Số lỗi dữ liệu đầu vào').textContent()).resolves.toBe(String(expected.inputErrors.length));
    const [y, m, d] = expected.asOf.split('-');
    await expect(fact('Ngày đánh giá').textContent()).resolves.toBe(`${d}/${m}/${y}`);
    const counts = new Map<string, number>();
    for (const p of expected.postings) counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
    for (const [status, count] of counts) {
      await expect(page.locator(`[data-status="${status}"]`).textContent()).resolves.toBe(`${POSTING_STATUS_LABELS[status as keyof typeof POSTING_STATUS_LABELS]}: ${count}`);
    }
    await expect(page.locator('[data-status="total"]').textContent()).resolves.toBe(`Tổng cộng: ${expected.postings.length}`);
    await page.getByRole('img', { name: /Tỷ lệ nội dung công khai đạt yêu cầu/ }).waitFor();
    await page.getByText(`${expected.findings.length} trong ${expected.findings.length} phát hiện`).waitFor();
    await page.getByText('Có thay đổi chưa tải về').waitFor();
    await shot('1-kiem-tra');
  });

  it('filters the findings by severity, rule and sheet', async () => {
    const total = expected.findings.length;
    const warnings = expected.findings.filter((f) => f.severity === 'warning').length;
    await page.getByLabel('Mức độ').selectOption('warning');
    await page.getByText(`${warnings} trong ${total} phát hiện`).waitFor();
    await page.getByLabel('Mức độ').selectOption('');
    const rule = expected.findings[0].rule;
    await page.getByLabel('Quy tắc').selectOption(rule);
    await page.getByText(`${expected.findings.filter((f) => f.rule === rule).length} trong ${total} phát hiện`).waitFor();
    await page.getByLabel('Quy tắc').selectOption('');
    await page.getByLabel('Sheet', { exact: true }).selectOption('Công khai');
    await page.getByText(`${expected.findings.filter((f) => f.sheet === 'Công khai').length} trong ${total} phát hiện`).waitFor();
    await page.getByLabel('Sheet', { exact: true }).selectOption('');
  });

  it('shows a finding\'s row when it is clicked (no Excel to select it in)', async () => {
    const first = expected.findings.find((f) => f.sheet === 'Công khai' && f.row !== null)!;
    await page.getByRole('button', { name: new RegExp(`Dòng ${first.row} `) }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`Sheet «Công khai», dòng ${first.row}`).first().waitFor();
    await shot('2-dong-cua-phat-hien');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('builds the reports and downloads a Word draft with the unit\'s report in it', async () => {
    await tab('Báo cáo').click();
    await page.getByRole('button', { name: 'Lập báo cáo' }).click();
    await page.getByText(/^Đã ghi các sheet /).waitFor({ timeout: 60_000 });
    await shot('3-bao-cao');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bản Word (.docx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Bao-cao-UBND-xa-An-Thuong-\d{4}-\d{2}-\d{2}\.docx$/);
    const file = join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(expected.unit.replace(/^UBND /, '').toUpperCase());
  });

  it('downloads the workbook with the check and report sheets, its own sheets untouched', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về' }).click()]);
    expect(download.suggestedFilename()).toBe('so-theo-doi-mau-DCCS.xlsx');
    const file = join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const names = workbook.worksheets.map((ws) => ws.name);
    expect(names).toEqual(expect.arrayContaining(['Thông tin', 'Công khai', 'KQ Kiểm tra', 'Tổng hợp', 'Báo cáo', 'DS Công khai', 'TH Ý kiến']));
    const findingsText: string[] = [];
    workbook.getWorksheet('KQ Kiểm tra')!.eachRow((row) => row.eachCell((cell) => findingsText.push(String(cell.text))));
    for (const rule of new Set(expected.findings.map((f) => f.rule))) expect(findingsText).toContain(rule);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(SAMPLE);
    expect(workbook.getWorksheet('Công khai')!.getCell('B5').text).toBe(original.getWorksheet('Công khai')!.getCell('B5').text);
    await page.getByText('Có thay đổi chưa tải về').waitFor({ state: 'detached' });
  });

  it('makes «Bản gửi cấp trên» in its worker: the citizens\' names gone, the counts and texts kept', async () => {
    await tab('Báo cáo').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tạo bản gửi cấp trên' }).click()]);
    expect(download.suggestedFilename()).toMatch(/ - Bản gửi cấp trên\.xlsx$/);
    const file = join(ARTIFACTS, 'ban-gui-cap-tren.xlsx');
    await download.saveAs(file);
    const [copy, original] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await copy.xlsx.readFile(file);
    await original.xlsx.readFile(SAMPLE);
    const column = (wb: ExcelJS.Workbook, header: string) => {
      const ws = wb.getWorksheet('Ý kiến')!;
      const at = (ws.getRow(1).values as unknown[]).findIndex((v) => v === header);
      return ws.getColumn(at).values.slice(2).map(String);
    };
    const authors = column(original, 'Người góp ý').filter((n) => n.trim() !== '' && n !== 'null');
    expect(column(copy, 'Người góp ý').filter((n) => n !== 'null')).toEqual(authors.map(() => '(đã ẩn)'));
    // A person's name appears in no sheet of the copy (an organisation, «Công đoàn cơ sở», may stand in the plan).
    const names = authors.filter((n) => /^(Ông|Bà|Anh|Chị) /.test(n));
    expect(names.length).toBeGreaterThan(0);
    const everyText: string[] = [];
    // A cell's own value (exceljs's `text` throws on some merged cells): a name stands alone in its cell.
    copy.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => everyText.push(typeof cell.value === 'string' ? cell.value.trim() : JSON.stringify(cell.value ?? null)))));
    for (const name of names) expect(everyText).not.toContain(name);
    expect(column(copy, 'Nội dung góp ý')).toEqual(column(original, 'Nội dung góp ý'));
    await page.getByText(/^Đã tải về «/).waitFor();
    await shot('3b-ban-gui-cap-tren');
  });

  it('reads the unit, the counting method and the rules in force in «Thiết lập»', async () => {
    await tab('Thiết lập').click();
    await page.getByRole('button', { name: 'Đọc từ sổ theo dõi' }).click();
    const rules = page.getByRole('list', { name: 'Các quy định đang áp dụng' });
    await rules.waitFor();
    expect(await rules.getByRole('listitem').count()).toBe(RULES.length);
    await page.getByTestId('counting').waitFor();
    await page.getByRole('button', { name: 'Cài đặt – Lịch nghỉ' }).click();
    await page.getByText('Tết Nguyên đán').first().waitFor();
    await page.getByRole('button', { name: 'Tạo sổ theo dõi mẫu' }).click();
    await page.getByRole('button', { name: 'Tạo sổ', exact: true }).click();
    await page.getByText('Sổ theo dõi đã có đủ các sheet, không thêm sheet nào.').waitFor();
    await shot('4-thiet-lap');
  });

  it('consolidates commune files into a new workbook of the office, a bar per file, a file it cannot use named', async () => {
    await tab('Tổng hợp đơn vị').click();
    const commune = join(ARTIFACTS, 'an-thuong.xlsx');
    copyFileSync(SAMPLE, commune);
    await page.getByLabel('Chọn tệp sổ theo dõi').setInputFiles([commune, join(__dirname, '../fixtures/van-ban.xlsx')]);
    const files = page.getByRole('list', { name: 'Tệp đã chọn' });
    await files.getByText('an-thuong.xlsx', { exact: true }).waitFor();
    await expect(files.getByRole('progressbar').count()).resolves.toBe(2);
    // Issue 15: headed by the office typed here, never by the commune book that is open.
    await page.getByLabel('Tên cơ quan').fill('UBND tỉnh Thái Nguyên');
    const office = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    await page.getByText(/^Đã tổng hợp 1 đơn vị/).waitFor({ timeout: 60_000 });
    expect((await office).suggestedFilename()).toMatch(/^Tong-hop-UBND-tinh-Thai-Nguyen-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await page.getByText('Đã tổng hợp', { exact: true }).waitFor();
    await expect(page.getByRole('list', { name: 'Tệp không dùng được' }).getByRole('listitem').count()).resolves.toBe(1);
    await page.getByText(/^Đã tạo sổ tổng hợp «Tong-hop-UBND-tinh-Thai-Nguyen/).waitFor();
    await shot('5-tong-hop-don-vi');
  });

  it('switches to English and back', async () => {
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Grassroots democracy – check and report');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await tab('Check').click();
    await page.getByRole('button', { name: 'Check', exact: true }).waitFor();
    await page.getByText('Open file:').waitFor();
    await shot('6-english');
    await page.getByLabel('Language').selectOption('vi');
    await tab('Kiểm tra').waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('vi');
  });

  it('has no serious accessibility violations on any screen (axe-core)', async () => {
    const found: string[] = [];
    for (const name of ['Kiểm tra', 'Báo cáo', 'Tổng hợp đơn vị', 'Thiết lập']) {
      await tab(name).click();
      found.push(...(await axeViolations(page)).map((v) => `${name}: ${v}`));
    }
    expect(found).toEqual([]);
  });

  it('is reachable by keyboard, with the focus visible', async () => {
    await tab('Kiểm tra').click();
    await tab('Kiểm tra').focus();
    // «Cách đọc sổ» sits between «Kiểm tra» and «Báo cáo».
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('tab-report');
    await page.keyboard.press('Enter');
    await page.locator('[data-tab="report"]').waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.matches(':focus-visible') ?? false)).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('placeholder'))).resolves.toBe('dd/mm/yyyy');
  });

  it('ran without a script error or a Content-Security-Policy violation', async () => {
    expect(problems.errors).toEqual([]);
    await expect(cspViolations(page)).resolves.toEqual([]);
  });

  it('opens the bundled sample itself at ?sample=1, as `npm start` serves it', async () => {
    const other = await openPage(harness);
    await other.page.goto(`${harness.url}taskpane.html?sample=1`);
    await expect(other.page.getByTestId('file-name').textContent()).resolves.toBe('so-theo-doi-mau.xlsx');
    expect(other.problems.errors).toEqual([]);
    await other.context.close();
  });

  it('runs standalone too when office.js loads but reports no host (an address that looks like Office\'s)', async () => {
    const other = await openPage(harness, 'no-host');
    const office: string[] = [];
    other.page.on('request', (r) => { if (r.url().startsWith('https://appsforoffice.microsoft.com/')) office.push(r.url()); });
    await other.page.goto(`${harness.url}taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN$$$$0`);
    await other.page.getByRole('button', { name: 'Mở tệp Excel' }).waitFor();
    expect(office).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    await expect(other.page.locator('html').getAttribute('data-office')).resolves.toBe('cdn');
    expect(other.problems.errors).toEqual([]);
    await other.context.close();
  });

  it('tells an Internet Explorer 11 pane, in Vietnamese, to open the page in a modern browser', async () => {
    const other = await openPage(harness);
    await other.page.addInitScript(() => { (document as unknown as { documentMode: number }).documentMode = 11; });
    await other.page.goto(`${harness.url}taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN`);
    await other.page.getByRole('heading', { name: 'Excel này quá cũ để chạy DCCS' }).waitFor();
    await expect(other.page.getByRole('link').textContent()).resolves.toBe(`${harness.url}taskpane.html`);
    await other.page.waitForTimeout(300); // the bundle, had it run, would have replaced the message by now
    await other.page.getByText('bấm «Mở tệp Excel»').waitFor();
    await other.page.screenshot({ path: join(ARTIFACTS, '7-ie11.png') });
    await other.context.close();
  });

  it('asks before a reload loses sheets written but not downloaded', async () => {
    await tab('Kiểm tra').click();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByText('Có thay đổi chưa tải về').waitFor();
    const dialog = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const shown = await dialog;
    expect(shown.type()).toBe('beforeunload');
    await shown.accept();
  });
});
