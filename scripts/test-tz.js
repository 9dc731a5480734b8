// Runs the jest suite once per time zone: a date must never shift by a day (brief, "Time zones").
// Two zones, either side of UTC: Vietnam's (UTC+7) and Los Angeles' (UTC−8/−7, with daylight
// saving), which between them catch a date read or written through a JS Date in the wrong zone.
// Extra arguments go to jest.
const { spawnSync } = require('node:child_process');

const zones = (process.env.DCCS_TEST_TZ || 'Asia/Ho_Chi_Minh,America/Los_Angeles').split(',');
for (const tz of zones) {
  console.log(`\n=== jest, TZ=${tz} ===`);
  const run = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
