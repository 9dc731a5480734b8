import { configure } from '@testing-library/dom';

// `findBy…` and `waitFor` wait for work the screens really do (opening a workbook, checking it): a
// fixed second, testing-library's default, failed one run in many on a loaded two-core machine.
// Ten seconds is a bound for a stall, not a pace the screens must keep (a passing wait returns as
// soon as its condition holds).
configure({ asyncUtilTimeout: 10_000 });

// `scripts/test-tz.js` asks, in its first zone, which test files can depend on the time zone.
const zoneTraceFolder = process.env.DCCS_ZONE_TRACE;
if (zoneTraceFolder) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { recordZone, traceZone } = require('./zoneTrace') as typeof import('./zoneTrace');
  const trace = traceZone();
  afterAll(() => recordZone(zoneTraceFolder, expect.getState().testPath ?? '', trace.met()));
}
