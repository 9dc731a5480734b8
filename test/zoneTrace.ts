/**
 * Which test files can depend on the time zone: every way a JS program can meet the zone is
 * watched, in the test's own realm — a `Date` read or set in local time, a `Date` built from
 * parts or parsed from text, a date printed as local text, `Intl.DateTimeFormat` without a
 * `timeZone`, `process.env.TZ` — and so is every Node process or worker thread a test starts (its
 * code is not watched, so it counts as met). `scripts/test-tz.js` runs the whole suite in the first
 * zone with `DCCS_ZONE_TRACE` set to a folder, where each file that met the zone leaves its name,
 * then runs exactly those files in the other zone: a file that never met the zone gives the same
 * result in every zone, so running it again proves nothing.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const LOCAL_METHODS = [
  'getFullYear', 'getYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds', 'getMilliseconds',
  'getTimezoneOffset', 'setFullYear', 'setYear', 'setMonth', 'setDate', 'setHours', 'setMinutes', 'setSeconds',
  'setMilliseconds', 'toString', 'toDateString', 'toTimeString', 'toLocaleString', 'toLocaleDateString', 'toLocaleTimeString',
] as const;

/**
 * Local time that no result reads: the DOS time stamp fflate gives each zip entry (the time of
 * writing, in the zone's clock; docx bundles its own fflate), and jsdom's `document.lastModified`.
 */
const HARMLESS = [/\bat wzh \([^)]*(fflate|docx)/, /\bat toLastModifiedString \([^)]*jsdom/];

/** A date in text that names its zone, or a day alone (ISO 8601, read as UTC): the same instant in every zone. */
const zoneFree = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) || /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(text);

/** Wraps the methods of a realm's Date that read or write local time. */
function watchLocalMethods(DateOf: DateConstructor, meet: (what: string) => void): void {
  const proto = DateOf.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of LOCAL_METHODS) {
    const original = proto[name];
    Object.defineProperty(proto, name, {
      configurable: true, writable: true,
      value: function (this: Date, ...args: unknown[]) { meet(`Date#${name}`); return original.apply(this, args); },
    });
  }
}

/** Starts watching; `met()` says whether anything in this file has met the time zone so far. */
export function traceZone(): { met: () => string | null } {
  let first: string | null = null;
  const meet = (what: string) => {
    if (first !== null) return;
    const stack = new Error().stack ?? '';
    if (HARMLESS.some((h) => h.test(stack))) return;
    first = process.env.DCCS_ZONE_STACK ? `${what} ${stack.split('\n').slice(3, 10).join(' <')}` : what;
  };

  watchLocalMethods(Date, meet);
  const RealDate = Date;
  const parse = RealDate.parse;
  globalThis.Date = new Proxy(RealDate, {
    construct(target, args, newTarget) {
      // From a time value or another Date: no zone. From parts, or from text: the local zone may apply.
      if (args.length > 1 || (args.length === 1 && typeof args[0] === 'string' && !zoneFree(args[0]))) meet('new Date(parts or text)');
      return Reflect.construct(target, args, newTarget);
    },
    apply() { meet('Date()'); return new RealDate().toString(); },
    get(target, key, receiver) {
      if (key === 'parse') return (text: string) => { if (!zoneFree(String(text))) meet('Date.parse'); return parse.call(target, text); };
      return Reflect.get(target, key, receiver);
    },
  });

  const RealFormat = Intl.DateTimeFormat;
  const Format = function (this: unknown, locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    if (!options?.timeZone) meet('Intl.DateTimeFormat');
    return new RealFormat(locales, options);
  } as unknown as typeof Intl.DateTimeFormat;
  Object.defineProperty(Format, 'prototype', { value: RealFormat.prototype });
  Object.assign(Format, { supportedLocalesOf: RealFormat.supportedLocalesOf });
  Intl.DateTimeFormat = Format;

  const env = process.env;
  process.env = new Proxy(env, {
    get(target, key) { if (key === 'TZ') meet('process.env.TZ'); return Reflect.get(target, key); },
  });

  // Node processes and worker threads run code this realm does not watch. Node's modules are shared
  // by every test file a jest worker runs: wrapped once, they tell the file running now.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const childProcess = require('node:child_process') as Record<string | symbol, unknown>;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const workerThreads = require('node:worker_threads') as Record<string | symbol, unknown>;
  const hook = Symbol.for('dccs.zoneTrace');
  if (!childProcess[hook]) {
    const tell = (what: string) => (childProcess[hook] as { meet: (what: string) => void }).meet(what);
    for (const name of ['spawn', 'spawnSync', 'execFile', 'execFileSync', 'exec', 'execSync', 'fork']) {
      const original = childProcess[name] as (...args: unknown[]) => unknown;
      childProcess[name] = function (this: unknown, ...args: unknown[]) {
        // A shell's command line too: `sh -c "node …"` starts Node.
        const line = JSON.stringify(args.slice(0, 2));
        if (name === 'fork' || line.includes(JSON.stringify(process.execPath).slice(1, -1)) || /(^|[/\\\s"])(node|npx|npm)([\s"]|$)/.test(line)) {
          tell(`child_process.${name}(${line.slice(0, 120)})`);
        }
        return original.apply(this, args);
      };
    }
    // Dates Node's own modules make (a file's times, say) belong to Node's realm, not the test's.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const NodeDate = (require('node:vm') as typeof import('node:vm')).runInThisContext('Date') as DateConstructor;
    if (NodeDate !== Date) watchLocalMethods(NodeDate, tell);
    const RealWorker = workerThreads.Worker as new (...args: unknown[]) => object;
    workerThreads.Worker = new Proxy(RealWorker, { construct(target, args, newTarget) { tell('Worker'); return Reflect.construct(target, args, newTarget); } });
  }
  childProcess[hook] = { meet };

  return { met: () => first };
}

/** Leaves this test file's name in `folder` when it met the time zone. */
export function recordZone(folder: string, testPath: string, met: string | null): void {
  if (met === null) return;
  const name = createHash('sha1').update(testPath).digest('hex').slice(0, 16);
  writeFileSync(path.join(folder, `${name}.json`), JSON.stringify({ testPath, met }));
}
