/** Unit, sheet, report, host-contract and CLI tests. SWC strips types; `tsc --noEmit` checks them. */
module.exports = {
  // Every core: jest's default (cores − 1) runs one worker on a two-core machine, and most of the
  // suite waits on its own work (LibreOffice, jsdom), not on jest's parent process.
  maxWorkers: '100%',
  // Real work (exceljs, LibreOffice, jsdom) on a shared two-core machine: no test races a fixed few
  // seconds; how long things take is measured by `npm run bench`, not asserted here.
  testTimeout: 60_000,
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }],
  },
  testEnvironment: 'node',
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
