// Runs the jest suite in two time zones: a date must never shift by a day (brief, "Time zones").
// Vietnam's (UTC+7) and Los Angeles' (UTC−8/−7, with daylight saving), either side of UTC, which
// between them catch a date read or written through a JS Date in the wrong zone.
// The first zone runs every test and traces which test files meet the time zone at all
// (test/zoneTrace.ts: a Date read or built in local time, a date printed as local text, a Node
// process or worker thread started); the other zones run exactly those files. A file that never
// meets the zone cannot give another result in another zone. Extra arguments go to jest.
const { spawnSync } = require('node:child_process');
const { mkdtempSync, readdirSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const zones = (process.env.DCCS_TEST_TZ || 'Asia/Ho_Chi_Minh,America/Los_Angeles').split(',');
const trace = mkdtempSync(path.join(tmpdir(), 'dccs-zone-trace-'));
const started = Date.now();
// The first zone traces into the folder (DCCS_ZONE_TRACE), the others read it (DCCS_ZONE_FILTER).
const jest = (tz, args, env) => spawnSync(process.execPath, [require.resolve('jest/bin/jest'), ...args, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TZ: tz, ...env },
});
try {
  let status = 0;
  zones.forEach((tz, i) => {
    if (status !== 0) return;
    if (i === 0) {
      console.log(`\n=== jest, TZ=${tz} ===`);
      status = jest(tz, [], { DCCS_ZONE_TRACE: trace }).status ?? 1;
      return;
    }
    const met = readdirSync(trace).map((f) => JSON.parse(readFileSync(path.join(trace, f), 'utf8')));
    console.log(`\n=== jest, TZ=${tz}: the ${met.length} test file${met.length === 1 ? '' : 's'} that met the time zone in TZ=${zones[0]} ===`);
    status = jest(tz, [`--filter=${path.join(__dirname, 'zoneFilter.js')}`, '--passWithNoTests'], { DCCS_ZONE_FILTER: trace }).status ?? 1;
  });
  if (status === 0) console.log(`\njest in ${zones.length} time zones: ${Math.round((Date.now() - started) / 1000)} s`);
  process.exitCode = status;
} finally {
  rmSync(trace, { recursive: true, force: true });
}
