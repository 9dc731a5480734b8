/**
 * The manifest for a production origin (scripts/manifest.js, `DCCS_ORIGIN=… npm run build`) and
 * the development one, validated offline with libxml2 against Microsoft's schemas (test/manifest/schemas,
 * a copy of ../shared/schemas/office-addin-manifest; README there): Office rejects an invalid manifest with
 * no useful message, so the build's output is checked, not only its source.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifestFor, originFrom } from '../../scripts/manifest';

const ROOT = join(__dirname, '..', '..');
const SCHEMA = join(__dirname, 'schemas', 'OfficeAppManifestV1_1.xsd');
const DEV = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const ORIGIN = 'https://may-chu.xa-hung-dao.gov.vn/dccs';

type Config = { plugins: { patterns?: { from: string; transform?: (b: Buffer) => unknown }[] }[] };
const makeConfig = (env: object, argv: object): Promise<Config> =>
  import(join(ROOT, 'webpack.config.js')).then((m: { default: (e: object, a: object) => Promise<Config> }) => m.default(env, argv));

/** xmllint's verdict on the XML: null when it validates, else its messages. */
function xmllint(xml: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'dccs-manifest-'));
  const file = join(dir, 'manifest.xml');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file], { stdio: 'pipe' });
    return null;
  } catch (error) {
    const e = error as { code?: string; stderr?: Buffer };
    if (e.code === 'ENOENT') throw new Error('xmllint is missing: apt-get install -y libxml2-utils (.ci/run does)');
    return String(e.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every URL the manifest names: attribute values and element texts that start with a scheme. */
const urls = (xml: string) => [...xml.matchAll(/(?:DefaultValue="|<AppDomain>|<SourceLocation DefaultValue=")(https?:\/\/[^"<]*)/g)].map((m) => m[1]);

describe('the add-in manifest', () => {
  it('validates against Microsoft\'s schemas as shipped for development', () => {
    expect(xmllint(DEV)).toBeNull();
    expect(urls(DEV).every((u) => u.startsWith('https://localhost:3000'))).toBe(true);
  });

  it('names only the production origin, and still validates, when built for one', () => {
    const xml = manifestFor(DEV, `${ORIGIN}/`);
    expect(xmllint(xml)).toBeNull();
    expect(xml).not.toContain('localhost');
    const found = urls(xml);
    expect(found.length).toBeGreaterThanOrEqual(10);
    for (const url of found) expect(url.startsWith('https://may-chu.xa-hung-dao.gov.vn')).toBe(true);
    expect(xml).toContain('<SourceLocation DefaultValue="https://may-chu.xa-hung-dao.gov.vn/dccs/taskpane.html"/>');
    expect(xml).toContain('<AppDomain>https://may-chu.xa-hung-dao.gov.vn</AppDomain>'); // an origin, never a path
  });

  it('is what webpack writes to dist/manifest.xml for DCCS_ORIGIN, and the development manifest otherwise', async () => {
    const build = async (origin: string | undefined, mode: string) => {
      const saved = process.env.DCCS_ORIGIN;
      if (origin === undefined) delete process.env.DCCS_ORIGIN;
      else process.env.DCCS_ORIGIN = origin;
      try {
        const config = await makeConfig({}, { mode });
        const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === 'manifest.xml')!;
        return String(pattern.transform ? pattern.transform(Buffer.from(DEV)) : DEV);
      } finally {
        if (saved === undefined) delete process.env.DCCS_ORIGIN;
        else process.env.DCCS_ORIGIN = saved;
      }
    };
    expect(await build(ORIGIN, 'production')).toBe(manifestFor(DEV, ORIGIN));
    expect(await build(undefined, 'production')).toBe(DEV);
    expect(await build(ORIGIN, 'development')).toBe(DEV); // `npm start` keeps the development manifest
  });

  it('fails validation when an element is out of the schema\'s order', () => {
    const broken = DEV.replace(/(<Id>[^<]*<\/Id>)\s*(<Version>[^<]*<\/Version>)/, '$2$1');
    expect(broken).not.toBe(DEV);
    expect(xmllint(broken)).toMatch(/Version|Id|not expected/);
  });

  it('refuses an origin Office could not load', () => {
    expect(originFrom('https://intranet.xa.gov.vn/dccs/')).toBe('https://intranet.xa.gov.vn/dccs');
    expect(() => originFrom('http://intranet.xa.gov.vn')).toThrow(/https/);
    expect(() => originFrom('https://x.vn/?a=1')).toThrow(/\?/);
    expect(() => originFrom('may-chu')).toThrow(/không phải địa chỉ/);
  });
});
