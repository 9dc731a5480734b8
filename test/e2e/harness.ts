import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { CheckReport } from '../../src/app/types';
import { serveDist } from '../../scripts/serveDist';

/**
 * The browser tests' setup: the built dist/ served on 127.0.0.1, Debian's Chromium driven by
 * playwright-core (Playwright cannot download its own browser here), and office.js's CDN cut off —
 * the page must then run standalone, as on a machine without Excel.
 */
export const ROOT = resolve(__dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const SAMPLE = join(ROOT, 'assets/so-theo-doi-mau.xlsx');
export const ARTIFACTS = join(ROOT, 'test-artifacts/e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/**';

export function assertPrerequisites(): void {
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    throw new Error('dist/taskpane.html is missing: run `npm run build:web` first (`npm run test:e2e` does).');
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
}

export interface Harness {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const { server, url } = await serveDist({ root: DIST, port: 0 });
  // Chromium's sandbox refuses to start as root (CI containers).
  const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** What a page did wrong: script errors, console errors, Content-Security-Policy violations. */
export interface PageProblems {
  readonly errors: string[];
  readonly csp: string[];
}

/**
 * A fresh context and page. `office`: 'absent' cuts the CDN off (no `Office` global); 'no-host'
 * serves a stand-in office.js whose `onReady` reports no host, as the real one does in a browser.
 */
export async function openPage(harness: Harness, office: 'absent' | 'no-host' = 'absent'):
Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await harness.browser.newContext({ acceptDownloads: true, viewport: { width: 420, height: 900 }, locale: 'vi-VN' });
  await context.route(OFFICE_CDN, (route) => (office === 'absent'
    ? route.abort('internetdisconnected')
    : route.fulfill({
      contentType: 'text/javascript',
      body: 'window.Office={HostType:{Excel:"Excel"},onReady:function(){return Promise.resolve({host:null,platform:null});}};',
    })));
  const page = await context.newPage();
  const problems: PageProblems = { errors: [], csp: [] };
  page.on('pageerror', (error) => problems.errors.push(error.message));
  page.on('console', (message) => {
    const text = message.text();
    // The blocked office.js is this test's own doing.
    if (message.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|ERR_FAILED/.test(text)) problems.errors.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { context, page, problems };
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/** The sample's check as the CLI sees it: what the page must show. */
export function cliCheck(): CheckReport {
  const out = execFileSync(process.execPath, [join(ROOT, 'bin/dccs.js'), 'check', SAMPLE, '--json'], { encoding: 'utf8' });
  return JSON.parse(out) as CheckReport;
}

/** The scripts taskpane.html loads up front (its own, not office.js), and their gzipped size. */
export function upFrontScripts(): { files: string[]; gzipBytes: number } {
  const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
  const files = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  const gzipBytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length, 0);
  return { files, gzipBytes };
}

/** axe-core's serious and critical violations on the page as it stands. */
export async function axeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated by the driver, not by a <script>: the page's CSP allows only its own scripts.
  await page.evaluate(source);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // Tabster's focus sentinels (<i tabindex=0 aria-hidden data-tabster-dummy>) that Fluent puts around a
    // TabList are passed through on purpose: they hand focus on and are never read out.
    return axe.run({ exclude: [['[data-tabster-dummy]']] } as unknown as Document, { resultTypes: ['violations'] });
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
