/**
 * office-loader.js (issue 15, item 9): Office.js is loaded, blocking as Microsoft asks, only where
 * Office opened the page; a browser tab never fetches it, so the standalone page never waits on it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

const LOADER = readFileSync(join(__dirname, '..', '..', 'src', 'taskpane', 'office-loader.js'), 'utf8');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

interface Page { url?: string; name?: string; session?: Record<string, string>; globals?: Record<string, unknown> }

/** The loader run in <head> as the page runs it; what it did. */
function load({ url = 'https://dccs.example.vn/taskpane.html', name, session = {}, globals = {} }: Page) {
  const dom = new JSDOM(`<!doctype html><html><head><script>${LOADER}</script><script>window.__after = true;</script></head><body></body></html>`, {
    url,
    runScripts: 'dangerously',
    beforeParse(window) {
      if (name !== undefined) window.name = name;
      for (const [k, v] of Object.entries(session)) window.sessionStorage.setItem(k, v);
      Object.assign(window, globals);
    },
  });
  const doc = dom.window.document;
  const scripts = [...doc.querySelectorAll('script')];
  const office = scripts.findIndex((s) => s.getAttribute('src') === OFFICE_JS);
  return {
    mark: doc.documentElement.getAttribute('data-office'),
    officeRequested: office >= 0,
    // Before the next script of the page: Office.js runs before the bundle, as a static tag would.
    inHeadBeforeNext: office >= 0 && scripts[office].parentElement === doc.head && office < scripts.length - 1,
  };
}

describe('office-loader.js: Office.js only where Office opened the page', () => {
  it('does not fetch Office.js in a plain browser tab (the standalone page)', () => {
    expect(load({})).toEqual({ mark: 'none', officeRequested: false, inHeadBeforeNext: false });
    expect(load({ url: 'https://dccs.example.vn/taskpane.html?sample=1', globals: { chrome: { runtime: {} } } }).officeRequested).toBe(false);
    expect(load({ name: 'not json' }).officeRequested).toBe(false);
  });

  it.each<[string, Page]>([
    ['Office\'s _host_Info in the address (Excel on Windows and Mac)', { url: 'https://dccs.example.vn/taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN$$$$0' }],
    ['hostInfo kept in window.name', { name: JSON.stringify({ hostInfo: 'Excel|Win32|16.01|vi-VN' }) }],
    ['hostInfoValue kept in sessionStorage (a reload inside the pane)', { session: { hostInfoValue: 'Excel$Win32$16.01$vi-VN' } }],
    ['WebView2\'s chrome.webview (Excel on Windows)', { globals: { chrome: { webview: {} } } }],
    ['WKWebView\'s webkit.messageHandlers (Excel on Mac and iPad)', { globals: { webkit: { messageHandlers: {} } } }],
    ['window.external.GetHostInfo (older Office)', { globals: { external: { GetHostInfo: () => '' } } }],
  ])('loads Office.js, blocking, before the bundle, on %s', (_, page) => {
    expect(load(page)).toEqual({ mark: 'cdn', officeRequested: true, inHeadBeforeNext: true });
  });

  it('loads it in a frame (Excel on the web)', () => {
    const outer = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://excel.example/', runScripts: 'dangerously' });
    const frame = outer.window.document.createElement('iframe');
    outer.window.document.body.appendChild(frame);
    const inner = frame.contentWindow!;
    inner.document.open();
    inner.document.write(`<!doctype html><html><head><script>${LOADER}</script></head><body></body></html>`);
    inner.document.close();
    expect(inner.document.documentElement.getAttribute('data-office')).toBe('cdn');
  });
});
