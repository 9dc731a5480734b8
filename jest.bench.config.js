/** `npm run bench`: the benchmarks in bench/, run by jest so they can use the fake Excel of test/. */
const base = require('./jest.config.js');

module.exports = { ...base, testMatch: ['<rootDir>/bench/**/*.bench.ts'], testTimeout: 600_000 };
