import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * LibreOffice headless, for tests that must see what a real spreadsheet program makes of the
 * files we write. `.ci/run` installs Debian's libreoffice-calc-nogui; a machine without it fails
 * here with a message saying so (never a silent skip).
 */
export function soffice(): string {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).stdout.trim();
  if (!found) {
    throw new Error('LibreOffice (soffice) is needed by the rendering tests: apt-get install libreoffice-calc-nogui (see .ci/run).');
  }
  return found;
}

/** Converts `file` to `format` (e.g. "pdf", "xlsx") into a fresh directory; returns the output path. */
export function convert(file: string, format: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'dccs-lo-out-'));
  const profile = mkdtempSync(path.join(tmpdir(), 'dccs-lo-profile-'));
  execFileSync(soffice(), [
    `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, file,
  ], { stdio: 'pipe', timeout: 120_000 });
  const produced = readdirSync(outDir);
  if (produced.length !== 1) throw new Error(`LibreOffice produced ${produced.length} files converting ${file} to ${format}`);
  return path.join(outDir, produced[0]);
}
