#!/usr/bin/env node
// The `dccs` command: runs the compiled CLI (npm install builds it; `npm run build:cli` rebuilds).
const path = require('node:path');
const fs = require('node:fs');

const main = path.join(__dirname, '..', 'dist', 'node', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  console.error('Chưa biên dịch dòng lệnh dccs: hãy chạy «npm run build:cli». (The CLI is not built: run `npm run build:cli`.)');
  process.exit(2);
}
require(main)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
