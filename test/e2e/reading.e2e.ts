/**
 * «Cách đọc sổ» in a real browser (issue 15, item 1): a staff-made workbook whose reading is weak
 * opens the screen by itself; a person confirms a column's meaning, saves the reading into the
 * workbook, and the check runs again with it. At a task pane's 320 px and a desktop's 1280 px: no
 * sideways scrolling, no raw codes in the text, axe-core clean. Screenshots in test-artifacts/e2e/.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, assertPrerequisites, axeViolations, openPage, startHarness, type Harness, type PageProblems } from './harness';

const STAFF = join(__dirname, '..', 'fixtures', 'staff', '01-theo-doi-niem-yet.xlsx');
/** Rule ids, error codes, schema keys and vocabulary ids: none may reach the pane's text. */
const RAW_CODE = /\b(?:[A-Z]{2,}_[A-Z_]{2,}|[a-z]+[A-Z][A-Za-z]+|(?:column|date|required|reading)-[a-z-]+|niem-yet|sheet-name|postings|null|undefined|NaN)\b/;

let harness: Harness;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;

const tab = (name: string) => page.getByRole('tab', { name, exact: true });
const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const panelText = (id: string) => page.locator(`[data-tab="${id}"]`).innerText();

beforeAll(async () => {
  assertPrerequisites();
  harness = await startHarness();
  ({ context, page, problems } = await openPage(harness));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${harness.url}taskpane.html`);
  await tab('Kiểm tra').waitFor();
});

afterAll(async () => {
  await context?.close();
  await harness?.close();
});

describe('«Cách đọc sổ», in Chromium', () => {
  it('opens by itself on a staff-made book with a column only proposed, and says how each part was read', async () => {
    await page.getByTestId('file-input').setInputFiles(STAFF);
    await page.getByRole('region', { name: 'Công khai – niêm yết — sheet «Theo dõi niêm yết»' }).waitFor({ timeout: 30_000 });
    await expect(tab('Cách đọc sổ').getAttribute('aria-selected')).resolves.toBe('true');
    const text = await panelText('reading');
    expect(text).toMatch(/Đề xuất, cần xác nhận \(\d+%\)/);
    expect(text).toMatch(/Chắc chắn \d+%/);
    expect(text).toContain('Tên đơn vị');
    expect(text).toMatch(/Cấp: xã — từ tiêu đề/);
    expect(text).not.toMatch(RAW_CODE);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shot('reading-1280');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('fits 320 px on every screen: no sideways scrolling, every tab visible', async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    for (const name of ['Kiểm tra', 'Cách đọc sổ', 'Báo cáo', 'Tổng hợp đơn vị', 'Thiết lập']) {
      await tab(name).click();
      expect({ name, overflow: await overflow() }).toEqual({ name, overflow: 0 });
      const box = await tab(name).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    }
    await tab('Cách đọc sổ').click();
    await shot('reading-320');
  });

  it('keeps a confirmed meaning in the workbook and checks the book again with it', async () => {
    const proposed = page.getByRole('combobox', { name: 'Nghĩa của cột «Số ngày niêm yết»' });
    await proposed.selectOption({ label: 'Số ngày yêu cầu' });
    await page.getByText('Có chỉnh sửa chưa lưu.').waitFor();
    await page.getByRole('button', { name: 'Lưu cách đọc và kiểm tra lại' }).click();
    await page.getByText(/Đã lưu cách đọc vào sổ/).waitFor({ timeout: 30_000 });
    await tab('Kiểm tra').click();
    await page.getByText(/Đã ghi kết quả vào sheet/).waitFor({ timeout: 30_000 });
    await page.getByText('Có thay đổi chưa tải về').waitFor();
    await shot('reading-rechecked-320');

    await tab('Cách đọc sổ').click();
    await page.getByRole('button', { name: 'Đọc lại sổ' }).click();
    await page.getByText('Cách đọc này đã được xác nhận và lưu trong sổ.').waitFor({ timeout: 30_000 });
    await expect(page.getByRole('combobox', { name: 'Nghĩa của cột «Số ngày niêm yết»' }).inputValue()).resolves.toBe('requiredDays');
    expect(problems.errors).toEqual([]);
  });
});
