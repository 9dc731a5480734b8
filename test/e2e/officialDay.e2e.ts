/**
 * The task pane as a commune official meets it on day one (issue 15), in Debian's Chromium at a task
 * pane's 320 px and a desktop's 1280 px: the guide and the sample labelled; every screen without
 * sideways scrolling, tabs never clipped, no raw rule id or error code in the text, axe-core clean;
 * the row dialog with its finding; a new book made from nothing; another file asked before it
 * replaces one with changes not downloaded. Screenshots in test-artifacts/e2e/official-*.png.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, assertPrerequisites, axeViolations, openPage, SAMPLE, startHarness, type Harness, type PageProblems } from './harness';

const TABS = ['Kiểm tra', 'Cách đọc sổ', 'Báo cáo', 'Tổng hợp đơn vị', 'Thiết lập'];
/** Rule ids (CK_NIEM_YET), error codes (date-impossible, column-missing), schema keys (requiredDays). */
const RAW_CODE = /\b(?:[A-Z]{2,}_[A-Z_]{2,}|[a-z]+[A-Z][A-Za-z]+|[a-z]+-(?:missing|invalid|impossible|stored|kind|data|feedback|requirement)|null|undefined|NaN)\b/;

let harness: Harness;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;

const tab = (name: string) => page.getByRole('tab', { name, exact: true });
const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `official-${name}.png`), fullPage: true });
const overflowOf = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const overflow = () => overflowOf(page);
/** The page's visible text, without file names and the user's own sheet names in quotes. */
const visibleText = () => page.evaluate(() => document.body.innerText.replace(/«[^»]*»|"[^"]*"|\S+\.xlsx/g, ''));

beforeAll(async () => {
  assertPrerequisites();
  harness = await startHarness();
  ({ context, page, problems } = await openPage(harness));
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto(`${harness.url}taskpane.html?sample=1`);
  await page.getByTestId('file-name').waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await context?.close();
  await harness?.close();
});

describe('a commune official\'s first day, in Chromium', () => {
  it('greets with a short guide and labels the sample as a sample', async () => {
    const guide = page.getByLabel('Hướng dẫn nhanh');
    await guide.waitFor();
    await expect(guide.innerText()).resolves.toMatch(/sổ mẫu, số liệu giả định/);
    await expect(guide.innerText()).resolves.toMatch(/«Đạt» là đủ thời gian luật định/);
    await expect(guide.innerText()).resolves.toMatch(/10\/2022\/QH15/);
    await page.getByText('Sổ mẫu', { exact: true }).waitFor();
    await shot('guide-320');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Đã hiểu, ẩn hướng dẫn' }).click();
  });

  it('checks the sample and speaks in words: rules by name, every table summarised, the chart titled', async () => {
    await tab('Kiểm tra').click();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByText(/Đã ghi kết quả vào sheet/).waitFor({ timeout: 60_000 });
    await page.getByRole('list', { name: 'Kết quả theo từng bảng' }).waitFor();
    await expect(page.getByRole('list', { name: 'Kết quả theo từng bảng' }).innerText()).resolves.toMatch(/Kế hoạch: \d+ nhiệm vụ/);
    await page.getByText('Tỷ lệ nội dung công khai đạt yêu cầu, theo nhóm').first().waitFor();
    // What falls due in the next two weeks, with its legal basis, and the calendar file made here.
    const due = page.getByRole('region', { name: 'Sắp đến hạn (14 ngày tới)' });
    await due.waitFor();
    await expect(due.innerText()).resolves.toMatch(/Căn cứ: Luật 10\/2022\/QH15|Không có việc nào đến hạn/);
    expect(await visibleText()).not.toMatch(RAW_CODE);
    await shot('check-320');
  });

  it('opens a finding\'s row with the finding said', async () => {
    const list = page.getByRole('list', { name: 'Phát hiện trong sheet Công khai' });
    await list.getByRole('button').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toMatch(/Lỗi|Cảnh báo|Lưu ý/);
    await shot('row-320');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  for (const width of [320, 1280]) {
    it(`fits ${width} px on every screen, words only, axe clean`, async () => {
      await page.setViewportSize({ width, height: 900 });
      for (const name of TABS) {
        await tab(name).click();
        expect({ name, overflow: await overflow() }).toEqual({ name, overflow: 0 });
        const box = await tab(name).boundingBox();
        expect(box !== null && box.x >= 0 && box.x + box.width <= width).toBe(true);
        expect({ name, text: (await visibleText()).match(RAW_CODE)?.[0] ?? null }).toEqual({ name, text: null });
        expect({ name, axe: await axeViolations(page) }).toEqual({ name, axe: [] });
        await shot(`${name.replace(/\s+/g, '-')}-${width}`);
      }
      await page.setViewportSize({ width: 320, height: 900 });
    });
  }

  it('asks before another file replaces the sample\'s unsaved sheets, and staying keeps them', async () => {
    await page.getByText('Có thay đổi chưa tải về', { exact: true }).waitFor();
    await page.getByTestId('file-input').setInputFiles(join(__dirname, '..', 'fixtures', 'staff', '08-muc-trong-bang.xlsx'));
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toMatch(/chưa được tải về/);
    await page.waitForTimeout(400); // the dialog's opening motion
    await shot('unsaved-320');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Ở lại sổ đang mở' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(page.getByTestId('file-name').innerText()).resolves.toBe('so-theo-doi-mau.xlsx');
  });

  it('opens the other file once the official gives the changes up', async () => {
    await page.getByTestId('file-input').setInputFiles(SAMPLE);
    await page.getByRole('button', { name: 'Mở tệp mới, bỏ thay đổi' }).click();
    await page.getByText('Có thay đổi chưa tải về', { exact: true }).waitFor({ state: 'detached', timeout: 30_000 });
    // The previous file's results are gone with it.
    await expect(page.getByText(/Đã ghi kết quả vào sheet/).count()).resolves.toBe(0);
    expect(problems.errors).toEqual([]);
  });

  it('makes a new tracking book from nothing: downloaded, then open', async () => {
    const fresh = await openPage(harness);
    await fresh.page.setViewportSize({ width: 320, height: 900 });
    await fresh.page.goto(`${harness.url}taskpane.html`);
    await fresh.page.getByRole('tab', { name: 'Thiết lập', exact: true }).click();
    await fresh.page.getByRole('button', { name: 'Tạo sổ theo dõi mới' }).click();
    await fresh.page.getByLabel('Năm báo cáo').fill('2025');
    await fresh.page.getByLabel(/Tên đơn vị \(không bắt buộc\)/).fill('UBND xã Hưng Đạo');
    await fresh.page.getByLabel('Cấp của đơn vị').selectOption('commune');
    const download = fresh.page.waitForEvent('download');
    await fresh.page.getByRole('button', { name: 'Tạo sổ', exact: true }).click();
    expect((await download).suggestedFilename()).toBe('So-theo-doi-UBND-xa-Hung-Dao-2025.xlsx');
    await expect(fresh.page.getByTestId('file-name').innerText({ timeout: 30_000 })).resolves.toBe('So-theo-doi-UBND-xa-Hung-Dao-2025.xlsx');
    await fresh.page.screenshot({ path: join(ARTIFACTS, 'official-new-book-320.png'), fullPage: true });
    expect(await overflowOf(fresh.page)).toBe(0);
    expect(fresh.problems.errors).toEqual([]);
    await fresh.context.close();
  });
});
