import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
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

/**
 * `convert`, recalculating every formula on load. LibreOffice keeps the cached results of an .xlsx
 * written by "Microsoft Excel" (what exceljs puts in docProps/app.xml) and ignores
 * `<calcPr fullCalcOnLoad="1"/>` (7.4, checked). Its setting Calc › Formula › "Recalculation on
 * file load" for Excel 2007 and newer is `/org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode`
 * (0 always, 1 never, 2 ask): a fresh profile with it set makes the conversion recalculate (or not).
 */
export function convertRecalculating(file: string, format: string, recalc = true): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'dccs-lo-out-'));
  const profile = mkdtempSync(path.join(tmpdir(), 'dccs-lo-profile-'));
  mkdirSync(path.join(profile, 'user'));
  writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${recalc ? 0 : 1}</value></prop></item>
</oor:items>
`);
  execFileSync(soffice(), [
    `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, file,
  ], { stdio: 'pipe', timeout: 120_000 });
  return path.join(outDir, readdirSync(outDir)[0]);
}
