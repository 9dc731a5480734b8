import { configure } from '@testing-library/dom';

// `findBy…` and `waitFor` wait for work the screens really do (opening a workbook, checking it): a
// fixed second, testing-library's default, failed one run in many on a loaded two-core machine.
// Ten seconds is a bound for a stall, not a pace the screens must keep (a passing wait returns as
// soon as its condition holds).
configure({ asyncUtilTimeout: 10_000 });
