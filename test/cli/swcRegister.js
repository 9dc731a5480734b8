// Lets a child `node` process run the TypeScript sources directly (test/cli/timezones.test.ts),
// compiling each .ts file with @swc/core as it is required, as jest's transform does.
const { transformSync } = require('@swc/core');
const fs = require('node:fs');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2020' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
