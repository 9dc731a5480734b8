// Runs the jest suite once per time zone: a date must never shift by a day (brief, "Time zones").
// Two zones, either side of UTC: Vietnam's (UTC+7) and Los Angeles' (UTC−8/−7, with daylight
// saving), which between them catch a date read or written through a JS Date in the wrong zone.
// The first zone runs every test; the others run every test that handles a date, and leave out the
// few listed in ONE_ZONE, which assert no date: LibreOffice's page layout of long texts and large
// lists (pages, fonts, «###»), its recalculation of our counts, and the manifests' XML. Every
// date those tests print comes from the writers the rest of the suite checks in every zone.
// Extra arguments go to jest.
const { spawnSync } = require('node:child_process');

const ONE_ZONE = [
  '/test/render/printLongText\\.test\\.ts$',
  '/test/render/printLarge\\.test\\.ts$',
  '/test/render/appendedReport\\.test\\.ts$',
  '/test/manifest/',
];

const zones = (process.env.DCCS_TEST_TZ || 'Asia/Ho_Chi_Minh,America/Los_Angeles').split(',');
const started = Date.now();
zones.forEach((tz, i) => {
  const skip = i === 0 ? [] : [`--testPathIgnorePatterns=(/node_modules/|${ONE_ZONE.join('|')})`];
  console.log(`\n=== jest, TZ=${tz}${i === 0 ? '' : ` (all but ${ONE_ZONE.length} date-free test groups)`} ===`);
  const run = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), ...skip, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
});
console.log(`\njest in ${zones.length} time zones: ${Math.round((Date.now() - started) / 1000)} s`);
