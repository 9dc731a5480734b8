/**
 * The task pane in a real browser (`npm run test:e2e`): Debian's Chromium driven by playwright-core
 * over the built dist/ (test/e2e). Not part of `npm test`: it needs the web build and a browser.
 */
module.exports = {
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true } } }],
  },
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testTimeout: 120_000,
};
