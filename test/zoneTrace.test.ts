/**
 * The trace `scripts/test-tz.js` relies on to run a test file in a second time zone: it must see
 * every way to meet the zone, and nothing that does not.
 */
import { execFileSync } from 'node:child_process';
import { traceZone } from './zoneTrace';

/** What a fresh trace saw while `work` ran (each trace wraps the ones before it: only the new one is read). */
function seen(work: () => unknown): string | null {
  const trace = traceZone();
  work();
  return trace.met();
}

describe('the time-zone trace', () => {
  it('sees local time read, set or printed, dates built from parts or zone-less text, and Intl without a zone', () => {
    const d = new Date(Date.UTC(2025, 0, 1));
    expect(seen(() => d.getDate())).toBe('Date#getDate');
    expect(seen(() => new Date(0).setHours(1))).toBe('Date#setHours');
    expect(seen(() => `${d}`)).toBe('Date#toString');
    expect(seen(() => d.toLocaleDateString('vi-VN'))).toBe('Date#toLocaleDateString');
    expect(seen(() => new Date(2025, 0, 1))).toBe('new Date(parts or text)');
    expect(seen(() => new Date('2025-01-01T08:00'))).toBe('new Date(parts or text)');
    expect(seen(() => new Date('1/2/2025'))).toBe('new Date(parts or text)');
    expect(seen(() => Date.parse('2025-01-01 08:00'))).toBe('Date.parse');
    expect(seen(() => new Intl.DateTimeFormat('vi-VN').format(d))).toBe('Intl.DateTimeFormat');
    expect(seen(() => process.env.TZ)).toBe('process.env.TZ');
    expect(seen(() => execFileSync(process.execPath, ['-e', '0']))).toMatch(/^child_process\.execFileSync/);
  });

  it('sees nothing in UTC work: time values, UTC parts, ISO text with its zone or a day alone', () => {
    expect(seen(() => {
      const d = new Date(Date.UTC(2025, 0, 1, 12));
      return [d.getTime(), d.getUTCDate(), d.toISOString(), new Date(d), new Date(0), Date.now(), d instanceof Date,
        new Date('2025-01-01'), new Date('2025-01-01T08:00:00.000Z'), new Date('2025-01-01T08:00+07:00'),
        Date.parse('2025-01-01T00:00:00Z'), new Intl.DateTimeFormat('vi-VN', { timeZone: 'UTC' }).format(d)];
    })).toBeNull();
  });

  it('sees a Node date method too (a file time from fs), and a program that is not Node goes unseen', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { statSync } = require('node:fs') as typeof import('node:fs');
    expect(seen(() => statSync(__filename).mtime.getFullYear())).toBe('Date#getFullYear');
    expect(seen(() => execFileSync('true'))).toBeNull();
  });
});
