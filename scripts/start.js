#!/usr/bin/env node
/**
 * `npm start`. Where desktop Excel is installed, sideload the add-in into it with
 * office-addin-debugging (which starts `npm run dev-server` per package.json "config"). Elsewhere —
 * Linux always — check the bundled sample in the terminal (`dccs check`), then serve the task pane as
 * a standalone web page on 127.0.0.1 with the sample open, print its address, and keep serving until
 * Ctrl+C (CI never runs `npm start`).
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const SAMPLE = 'assets/so-theo-doi-mau.xlsx';
const CLI = 'bin/dccs.js';
const DIST_PAGE = 'dist/taskpane.html';
/** The standalone page's port; DCCS_PORT overrides it, and a busy port falls back to a free one. */
const PORT = Number(process.env.DCCS_PORT) || 3080;
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

/** Builds the web bundle when dist/ has none (a fresh clone after `npm install` has only the CLI). */
function ensureWebBuild() {
  if (fs.existsSync(path.join(ROOT, DIST_PAGE))) return 0;
  console.log('Đang đóng gói trang web (lần đầu, khoảng một phút) / Building the web page (first time, about a minute)…');
  return run([require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production']);
}

async function serveStandalone() {
  const { serveDist } = require('./serveDist');
  const root = path.join(ROOT, 'dist');
  let served;
  try {
    served = await serveDist({ root, port: PORT });
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    served = await serveDist({ root, port: 0 });
  }
  const page = `${served.url}taskpane.html?sample=1`;
  console.log([
    'Trang DCCS (chạy ngay trên trình duyệt, không cần Excel), đã mở sẵn sổ theo dõi mẫu:',
    'The DCCS page (runs in the browser, no Excel needed), with the sample workbook open:',
    '',
    `  ${page}`,
    '',
    'Mở địa chỉ trên bằng Chrome, Edge hoặc Firefox. Tệp chỉ được xử lý trên máy này. Nhấn Ctrl+C để dừng.',
    'Open that address in Chrome, Edge or Firefox. Files are processed on this machine only. Press Ctrl+C to stop.',
    `Dòng lệnh / Command line: node ${CLI} check ${SAMPLE}`,
  ].join('\n'));
  const stop = () => served.server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return served;
}

function main() {
  const excel = findExcel();
  if (excel) {
    console.log(`Excel: ${excel}\nĐang nạp add-in vào Excel / Sideloading the add-in into Excel…`);
    process.exitCode = run([require.resolve('office-addin-debugging/cli.js'), 'start', 'manifest.xml', 'desktop', '--app', 'excel']);
    return;
  }
  const where = process.platform === 'linux' ? 'Linux' : process.platform;
  console.log([
    `Không tìm thấy Excel trên máy này (${where}): mở DCCS dưới dạng trang web thay thế.`,
    `Excel was not found on this machine (${where}): serving DCCS as a web page instead.`,
    '',
  ].join('\n'));
  if (!fs.existsSync(path.join(ROOT, SAMPLE))) {
    console.error(`Thiếu tệp / Missing file: ${SAMPLE}`);
    process.exitCode = 1;
    return;
  }
  // The main job first, in the terminal: the check of the sample, as `dccs check` prints it.
  console.log(`node ${CLI} check ${SAMPLE}\n`);
  run([CLI, 'check', SAMPLE]);
  console.log('');
  const built = ensureWebBuild();
  if (built !== 0) {
    process.exitCode = built;
    return;
  }
  serveStandalone().catch((error) => {
    console.error(`Không mở được máy chủ trang web / Could not start the web server: ${error.message}`);
    process.exitCode = 1;
  });
}

module.exports = { findExcel, parseRegDefault };

if (require.main === module) main();
