/**
 * «Tổng hợp đơn vị» in the page (issue 15, item 3), in Debian's Chromium: with no file open, the
 * communes' books go into a new workbook of the office — typed in a short form, or the office's own
 * workbook dropped in — downloaded with its Word draft; the page's open file is never written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, assertPrerequisites, axeViolations, openPage, SAMPLE, startHarness, type Harness, type PageProblems } from './harness';

const STAFF = join(__dirname, '..', 'fixtures', 'staff');
const COMMUNES = [join(STAFF, '08-muc-trong-bang.xlsx'), join(STAFF, '20-nhom-tu-ten.xlsx')];

let harness: Harness;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  assertPrerequisites();
  harness = await startHarness();
});

beforeEach(async () => {
  ({ context, page, problems } = await openPage(harness));
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto(`${harness.url}taskpane.html`);
  await page.getByRole('tab', { name: 'Tổng hợp đơn vị', exact: true }).click();
});

afterEach(async () => {
  expect(problems.errors).toEqual([]);
  await context?.close();
});

afterAll(async () => {
  await harness?.close();
});

async function savedSheetText(download: { path(): Promise<string | null> }, sheet: string): Promise<string> {
  const file = await download.path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file as string) as unknown as ArrayBuffer);
  const rows: string[] = [];
  wb.getWorksheet(sheet)?.eachRow((row) => rows.push(JSON.stringify(row.values)));
  return rows.join('\n');
}

describe('consolidation into the office\'s own workbook, in Chromium', () => {
  it('with no file open, into a new workbook headed by the office typed, downloaded with its Word draft', async () => {
    await page.getByLabel('Chọn tệp sổ theo dõi').setInputFiles(COMMUNES);
    await page.getByLabel('Tên cơ quan').fill('UBND tỉnh Thái Nguyên');
    await page.getByLabel('Cấp', { exact: true }).selectOption('province');
    await page.getByLabel(/Địa danh/).fill('Thái Nguyên');
    await page.getByLabel('Người ký', { exact: true }).fill('Nguyễn Văn A');
    const book = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    await page.getByText(/^Đã tổng hợp 2 đơn vị/).waitFor({ timeout: 60_000 });
    const saved = await book;
    expect(saved.suggestedFilename()).toMatch(/^Tong-hop-UBND-tinh-Thai-Nguyen-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const report = await savedSheetText(saved, 'Báo cáo tổng hợp');
    expect(report).toContain('TỈNH THÁI NGUYÊN');
    expect(report).toContain('Nguyễn Văn A');
    const word = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải bản Word' }).click();
    expect((await word).suggestedFilename()).toMatch(/\.docx$/);
    await page.screenshot({ path: join(ARTIFACTS, 'office-consolidation-320.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    // No file was ever open: nothing in the page is left unsaved.
    await expect(page.getByText('Có thay đổi chưa tải về', { exact: true }).count()).resolves.toBe(0);
  });

  it('into a copy of the office\'s own workbook dropped in', async () => {
    await page.getByLabel('Chọn tệp sổ theo dõi').setInputFiles(COMMUNES);
    await page.getByLabel('Hoặc chọn sổ của cơ quan (.xlsx)').setInputFiles(SAMPLE);
    await page.getByText('Kết quả ghi vào bản sao của «so-theo-doi-mau.xlsx»; tệp gốc không bị sửa.').waitFor();
    const book = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    await page.getByText(/^Đã tổng hợp 2 đơn vị/).waitFor({ timeout: 60_000 });
    const saved = await book;
    expect(saved.suggestedFilename()).toMatch(/^so-theo-doi-mau-tong-hop-\d{4}-\d{2}-\d{2}\.xlsx$/);
    // Headed by the workbook's own Thông tin (the sample's unit), its own sheets kept.
    expect(await savedSheetText(saved, 'Báo cáo tổng hợp')).toContain('AN THƯỢNG');
    expect(await savedSheetText(saved, 'Công khai')).not.toBe('');
  });
});
