// jest --filter for scripts/test-tz.js: keeps the test files the first zone's run recorded as
// meeting the time zone (test/zoneTrace.ts), in the folder DCCS_ZONE_FILTER names.
const { readdirSync, readFileSync } = require('node:fs');
const path = require('node:path');

module.exports = async (testPaths) => {
  const folder = process.env.DCCS_ZONE_FILTER;
  const met = new Set(readdirSync(folder).map((f) => JSON.parse(readFileSync(path.join(folder, f), 'utf8')).testPath));
  return { filtered: testPaths.filter((p) => met.has(p)) };
};
