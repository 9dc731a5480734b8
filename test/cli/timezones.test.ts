import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'assets', 'so-theo-doi-mau.xlsx');

/** Runs `dccs check --json` from the sources in a child process with its own time zone. */
function checkIn(tz: string): { json: string; offset: string } {
  const script = `
    const { main } = require('./src/cli/main.ts');
    let out = '';
    const sink = { write: (s) => { out += s; return true; } };
    main(['check', ${JSON.stringify(SAMPLE)}, '--json', '--as-of', '2024-03-20'], sink, sink).then((code) => {
      process.stdout.write(JSON.stringify({ code, offset: String(new Date(Date.UTC(2024, 0, 15)).getTimezoneOffset()), out }));
    });`;
  const raw = execFileSync(process.execPath, ['-r', path.join(__dirname, 'swcRegister.js'), '-e', script], {
    cwd: ROOT, env: { ...process.env, TZ: tz }, encoding: 'utf8', timeout: 60_000,
  });
  const { code, offset, out } = JSON.parse(raw);
  expect(code).toBe(0);
  return { json: out, offset };
}

describe('dccs check --json across time zones (issue 4)', () => {
  it('prints the same JSON in Hồ Chí Minh City, Los Angeles and Kiritimati (UTC+14)', () => {
    const runs = ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati'].map(checkIn);
    expect(new Set(runs.map((r) => r.offset)).size).toBe(3); // the zone really changed
    expect(new Set(runs.map((r) => r.json)).size).toBe(1);
    expect(JSON.parse(runs[0].json).postings).toHaveLength(13);
  }, 120_000);
});
