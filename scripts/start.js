#!/usr/bin/env node
/**
 * `npm start`. Where desktop Excel is installed, sideload the add-in into it with
 * office-addin-debugging (which starts `npm run dev-server` per package.json "config"). Elsewhere —
 * Linux always — say so plainly and run the same check through the CLI on the bundled sample.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const SAMPLE = 'assets/so-theo-doi-mau.xlsx';
const CLI = 'bin/dccs.js';
const APP_PATHS_KEY = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe';

/** The (Default) value of the App Paths key, or null: `reg query` prints `(Default)  REG_SZ  C:\…\EXCEL.EXE`. */
function parseRegDefault(stdout) {
  const line = String(stdout || '').split(/\r?\n/).find((l) => /REG_(EXPAND_)?SZ/.test(l));
  const value = line && line.split(/REG_(?:EXPAND_)?SZ/)[1].trim();
  return value ? value.replace(/^"|"$/g, '') : null;
}

function queryRegistry(key) {
  const result = spawnSync('reg', ['query', key, '/ve'], { encoding: 'utf8', windowsHide: true });
  return result.status === 0 ? result.stdout : null;
}

/**
 * Where desktop Excel is on this machine, or null. Everything it touches is injectable for tests.
 * @example findExcel({ platform: 'linux' }) // → null: Office has no Linux desktop client
 */
function findExcel({ platform = process.platform, env = process.env, exists = fs.existsSync, regQuery = queryRegistry } = {}) {
  if (platform === 'darwin') {
    const app = '/Applications/Microsoft Excel.app';
    return exists(app) ? app : null;
  }
  if (platform !== 'win32') return null;
  const programDirs = [env.ProgramFiles || 'C:\\Program Files', env['ProgramFiles(x86)'] || 'C:\\Program Files (x86)'];
  for (const dir of programDirs) {
    const exe = path.win32.join(dir, 'Microsoft Office', 'root', 'Office16', 'EXCEL.EXE');
    if (exists(exe)) return exe;
  }
  const registered = parseRegDefault(regQuery(APP_PATHS_KEY));
  return registered && exists(registered) ? registered : null;
}

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.error) {
    console.error(`Không chạy được / Could not run: node ${args.join(' ')}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1; // killed by a signal: fail
}

function main() {
  const excel = findExcel();
  if (excel) {
    console.log(`Excel: ${excel}\nĐang nạp add-in vào Excel / Sideloading the add-in into Excel…`);
    return run([require.resolve('office-addin-debugging/cli.js'), 'start', 'manifest.xml', 'desktop', '--app', 'excel']);
  }
  const where = process.platform === 'linux' ? 'Linux' : process.platform;
  console.log([
    `Không tìm thấy Excel trên máy này (${where}): không thể nạp add-in (sideload). Chạy kiểm tra mẫu bằng dòng lệnh thay thế…`,
    `Excel was not found on this machine (${where}): the add-in cannot be sideloaded. Running the sample check with the command line instead…`,
    '',
  ].join('\n'));
  const missing = [CLI, SAMPLE].filter((file) => !fs.existsSync(path.join(ROOT, file)));
  if (missing.length > 0) {
    console.error(`Thiếu tệp / Missing file: ${missing.join(', ')}${missing.includes(CLI) ? ' (npm run build:cli builds the CLI into dist/node)' : ''}`);
    return 1;
  }
  const status = run([CLI, 'check', SAMPLE]);
  console.log([
    '',
    'Để mở ngăn tác vụ trong Excel trên web: chạy `npm run dev-server`, mở một sổ trên Excel trên web,',
    'chọn Trang đầu › Bổ trợ › Thêm bổ trợ khác › Tải lên Bổ trợ của tôi (Upload My Add-in) và chọn manifest.xml.',
    'To open the task pane in Excel on the web: run `npm run dev-server`, open a workbook in Excel on the web,',
    'choose Home › Add-ins › More Add-ins › Upload My Add-in, and pick manifest.xml (see docs/install.md).',
  ].join('\n'));
  return status;
}

module.exports = { findExcel, parseRegDefault };

if (require.main === module) process.exitCode = main();
