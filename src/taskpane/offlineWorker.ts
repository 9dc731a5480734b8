/**
 * The standalone page's service worker (dist/sw.js): after one visit the page opens again with no
 * network. It caches this build's own files, listed by webpack at build time (webpack.config.js,
 * PrecachePlugin, which sets `self.__DCCS_BUILD__` at the top of sw.js), and answers this origin's GET
 * requests from that cache. It never sends anything anywhere: no request leaves for another origin,
 * and the workbooks a user opens are read by the page and never pass through here.
 * A new release is a new sw.js (its file list changes): the browser installs it beside the running
 * one, which keeps serving the old build until the page asks it to step aside (offline.ts: the user
 * clicks «Tải lại» on «Đã có phiên bản mới»), so no page ever mixes files of two builds.
 */

/** What this script uses of ServiceWorkerGlobalScope (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  readonly location: Location;
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: { waitUntil(p: Promise<unknown>): void }) => void): void;
  addEventListener(type: 'fetch', listener: (event: { request: Request; respondWith(r: Promise<Response>): void }) => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

const sw = self as unknown as WorkerScope;

interface Build {
  readonly version: string;
  readonly files: readonly string[];
}

// Set by the build before this script; absent, nothing is cached (a build without the plugin).
const build: Build = (self as unknown as { __DCCS_BUILD__?: Build }).__DCCS_BUILD__ ?? { version: 'none', files: [] };
const PREFIX = 'dccs-';
const CACHE = `${PREFIX}${build.version}`;
const scope = new URL(sw.registration.scope);

sw.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(build.files.map((f) => new URL(f, scope).href))));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    await sw.clients.claim();
  })());
});

sw.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Only this origin's reads; anything else (office.js from Microsoft's CDN) is the browser's business.
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // The page is opened with queries (?sample=1, Office's _host_Info=…): the same cached file.
    const page = request.mode === 'navigate' || url.pathname.endsWith('.html') || url.pathname === scope.pathname;
    const hit = await cache.match(url.pathname === scope.pathname ? new URL('taskpane.html', scope).href : request, { ignoreSearch: page });
    return hit ?? fetch(request);
  })());
});

export {}; // a module: its names stay out of the page's global scope in type checking
