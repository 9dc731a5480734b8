// Runs the jest suite once per time zone: a date must never shift by a day (brief, "Time zones").
// Extra arguments go to jest.
const { spawnSync } = require('node:child_process');

const zones = (process.env.DCCS_TEST_TZ || 'Asia/Ho_Chi_Minh,America/Los_Angeles,UTC').split(',');
for (const tz of zones) {
  console.log(`\n=== jest, TZ=${tz} ===`);
  const run = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
