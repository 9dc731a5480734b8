/**
 * The standalone page offline (src/taskpane/offlineWorker.ts, offline.ts): after one visit it
 * opens with the network cut and says so; after a new release it says a newer version is ready
 * and keeps the running one until the user reloads. Served from a copy of dist/, so the test can
 * publish a "release" by changing that copy's sw.js.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { serveDist } from '../../scripts/serveDist';
import { assertPrerequisites, CHROMIUM, DIST } from './harness';

const SAVED = 'Trang đã được lưu trên máy';
let root: string;
let browser: Browser;
let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  assertPrerequisites();
  root = mkdtempSync(join(tmpdir(), 'dccs-offline-'));
  cpSync(DIST, root, { recursive: true, filter: (src) => !src.includes(`${join(DIST, 'node')}`) });
  const served = await serveDist({ root, port: 0 });
  url = served.url;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  close = async () => {
    await browser.close();
    await new Promise<void>((done) => served.server.close(() => done()));
  };
});

afterAll(async () => {
  await close?.();
  rmSync(root, { recursive: true, force: true });
});

describe('the standalone page offline', () => {
  it('opens again with no network after one visit, says so, and offers a new release without forcing it', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' });
    // office.js's CDN is never reachable here: the page is standalone, as on a machine without Excel.
    await context.route('https://appsforoffice.microsoft.com/**', (route) => route.abort('internetdisconnected'));
    const foreign: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith(url) && !request.url().startsWith('https://appsforoffice.microsoft.com/')) foreign.push(request.url());
    });
    const page = await context.newPage();
    await page.goto(new URL('taskpane.html', url).href);
    await page.getByText(SAVED).waitFor({ timeout: 60_000 });

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Mở tệp Excel' }).waitFor({ timeout: 30_000 });
    await page.getByText(SAVED).waitFor();

    // A release: a new sw.js (its list names a changed page). Back online, the next visit finds it.
    await context.setOffline(false);
    const sw = readFileSync(join(root, 'sw.js'), 'utf8');
    writeFileSync(join(root, 'sw.js'), sw.replace(/"version":"[0-9a-f]+"/, '"version":"0000000000000001"'));
    writeFileSync(join(root, 'taskpane.html'), readFileSync(join(root, 'taskpane.html'), 'utf8').replace('Đang tải DCCS…', 'Đang tải DCCS (mới)…'));
    await page.reload();
    await page.getByText('Đã có phiên bản mới của DCCS.').waitFor({ timeout: 60_000 });
    // Until the user chooses, the page stays the old build.
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const oldHtml = await page.evaluate(async () => (await fetch('taskpane.html')).text());
    expect(oldHtml).not.toContain('(mới)');

    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Tải lại' }).click();
    await reloaded; // the new release took over, then the page reloaded on it
    await page.getByRole('button', { name: 'Mở tệp Excel' }).waitFor({ timeout: 30_000 });
    const newHtml = await page.evaluate(async () => (await fetch('taskpane.html')).text());
    expect(newHtml).toContain('(mới)');
    expect(await page.getByText('Đã có phiên bản mới của DCCS.').count()).toBe(0);
    expect(foreign).toEqual([]); // nothing but this origin, ever
    await context.close();
  });
});
