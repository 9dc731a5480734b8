// `npm test`'s static checks, ESLint and the type check, side by side: each is one process on one
// core, so on two cores both take the time of the longer. Each one's output is printed whole when it
// ends; the exit code is the first failure's.
const { spawn } = require('node:child_process');

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (script) => new Promise((resolve) => {
  const child = spawn(npm, ['run', '--silent', script], { shell: process.platform === 'win32' });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  child.on('close', (code) => {
    process.stdout.write(`> ${script}: ${code === 0 ? 'ok' : `exit ${code}`}\n${output}`);
    resolve(code ?? 1);
  });
});

Promise.all([run('lint'), run('typecheck')]).then((codes) => { process.exitCode = codes.find((c) => c !== 0) ?? 0; });
