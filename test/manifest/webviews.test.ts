/**
 * The webviews DCCS supports, declared in package.json's browserslist, and what the build ships:
 * every dist/*.js parses at the declared ECMAScript version (acorn), every declared engine parses
 * that version, and an engine below it gets legacy.js's Vietnamese message instead of a blank pane.
 * Guards a fixed bug: the bundle needed ES2022 (class static blocks from a Fluent dependency)
 * while the build claimed ES2017, so EdgeHTML showed nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import browserslist from 'browserslist';
import { JSDOM } from 'jsdom';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { browserslist: string[] };
// webpack.config.js is CommonJS; its ECMA_VERSION is what swc compiles our code to.
const ECMA_VERSION = 2022;

/** The first version of each engine that parses ES2022 in full (class static blocks: Chromium 94, Firefox 93, Safari 16.4). */
const ES2022_FROM: Record<string, number> = { chrome: 94, edge: 94, firefox: 93, safari: 16.4, ios_saf: 16.4 };

describe('supported webviews', () => {
  it('declares only engines that parse the bundle\'s ECMAScript version', () => {
    expect(readFileSync(join(ROOT, 'webpack.config.js'), 'utf8')).toContain(`const ECMA_VERSION = ${ECMA_VERSION};`);
    const engines = browserslist(pkg.browserslist);
    expect(engines.length).toBeGreaterThan(5);
    for (const engine of engines) {
      const [name, version] = engine.split(' ');
      expect(ES2022_FROM[name]).toBeDefined();
      expect(Number(version.split('-')[0])).toBeGreaterThanOrEqual(ES2022_FROM[name]);
    }
  });

  it(`parses every dist/*.js at ES${ECMA_VERSION}`, () => {
    // A clean clone has no dist/ until `npm run build:web` (CI builds it before the browser tests).
    if (!existsSync(join(DIST, 'taskpane.html'))) execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'ignore' });
    const files = readdirSync(DIST).filter((f) => f.endsWith('.js'));
    expect(files.some((f) => f.startsWith('taskpane.'))).toBe(true);
    for (const file of files) {
      const source = readFileSync(join(DIST, file), 'utf8');
      const version = file === 'legacy.js' || file === 'office-loader.js' ? 5 : ECMA_VERSION;
      expect(() => parse(source, { ecmaVersion: version, sourceType: 'script' })).not.toThrow();
    }
  }, 300_000);

  /** legacy.js in a window that lacks what `missing` names; the container's text after it ran. */
  function runLegacy(missing: 'none' | 'structuredClone' | 'documentMode'): { legacy: boolean; text: string } {
    const dom = new JSDOM('<!doctype html><html><body><div id="container">Đang tải DCCS…</div></body></html>', {
      runScripts: 'outside-only', url: 'https://dccs.example.vn/taskpane.html?_host_Info=Excel',
    });
    const win = dom.window as unknown as Record<string, unknown>;
    win.structuredClone = missing === 'structuredClone' ? undefined : () => null;
    if (missing === 'documentMode') (dom.window.document as unknown as Record<string, unknown>).documentMode = 11;
    if (win.fetch === undefined) win.fetch = () => null;
    dom.window.eval(readFileSync(join(ROOT, 'src', 'taskpane', 'legacy.js'), 'utf8'));
    return { legacy: dom.window.document.documentElement.getAttribute('data-legacy') === '1', text: dom.window.document.getElementById('container')!.textContent ?? '' };
  }

  it('shows the Vietnamese message, with the standalone page\'s address, to an engine below the declared ones', () => {
    for (const missing of ['structuredClone', 'documentMode'] as const) {
      const { legacy, text } = runLegacy(missing);
      expect(legacy).toBe(true);
      expect(text).toContain('Excel này quá cũ để chạy DCCS');
      expect(text).toContain('https://dccs.example.vn/taskpane.html');
    }
  });

  it('leaves a current engine to the bundle', () => {
    expect(runLegacy('none')).toEqual({ legacy: false, text: 'Đang tải DCCS…' });
  });
});
