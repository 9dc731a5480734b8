// Lint: TypeScript rules plus the layering of DESIGN.md. Imports point inward only:
// domain ← sheets ← report ← workbook ← app ← taskpane / commands / cli.
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import { builtinModules } from 'node:module';

const layers = ['domain', 'sheets', 'report', 'workbook', 'app', 'taskpane', 'commands', 'cli'];
const outer = { domain: 1, sheets: 2, report: 3, workbook: 4, app: 5 };
const zones = Object.entries(outer).map(([layer, from]) => ({
  target: `./src/${layer}`,
  from: layers.slice(from).map((l) => `./src/${l}`),
  message: `Imports point inward only: src/${layer} may not import an outer layer (DESIGN.md).`,
}));
// The three edges do not import each other either.
for (const edge of ['taskpane', 'commands', 'cli']) {
  zones.push({
    target: `./src/${edge}`,
    from: ['taskpane', 'commands', 'cli'].filter((e) => e !== edge).map((e) => `./src/${e}`),
    message: 'The task pane, the ribbon commands and the CLI call use cases; they do not import each other.',
  });
}

const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`]);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bin/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      'import/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    // domain/ is pure: no Office, exceljs, React, DOM or Node API, no clock.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...nodeBuiltins, 'exceljs', 'react', 'react-dom', 'docx', '@fluentui/react-components', '@microsoft/office-js']
          .map((name) => ({ name, message: 'domain/ is pure (DESIGN.md): no Office, exceljs, React, DOM or Node API.' })),
        patterns: [{ group: ['react/*', 'react-dom/*', '@fluentui/*', 'exceljs/*', 'node:*'], message: 'domain/ is pure (DESIGN.md).' }],
      }],
      'no-restricted-globals': ['error',
        ...['window', 'document', 'navigator', 'localStorage', 'fetch', 'XMLHttpRequest', 'Office', 'Excel', 'process', 'Buffer', 'require', '__dirname']
          .map((name) => ({ name, message: `domain/ is pure: no ${name}.` })),
      ],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date']", message: 'domain/ has no clock and no JS Date: use LocalDate; the as-of date is an argument.' },
        { selector: "MemberExpression[object.name='Date']", message: 'domain/ has no clock and no JS Date.' },
      ],
    },
  },
  {
    // Each use case is a module (src/app/<use case>/) with one public entry, its index.ts: the
    // edges import `app/check`, never `app/check/postings`.
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/cli/**/*.ts', 'src/commands/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '(^|/)app/[^/]+/', message: 'Import a use case through its index (src/app/<use case>), not its insides.' }],
      }],
    },
  },
  {
    files: ['scripts/**/*.js', '*.config.js', 'bin/**/*.js', 'test/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
