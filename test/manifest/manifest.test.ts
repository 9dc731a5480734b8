/**
 * Offline checks of manifest.xml. `npm run validate` (office-addin-manifest) asks a Microsoft web
 * service; this test needs no network. It checks what Office rejects silently or with a vague
 * "not a valid child" message: the child order the XSDs demand (OfficeAppManifestV1_1.xsd,
 * TaskPaneAppVersionOverridesV1_0.xsd, OfficeAppBasicTypesV1_0.xsd), resource references, https
 * URLs, and that every icon the manifest names exists in assets/ at the size its role declares.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = join(__dirname, '..', '..');
const DEV_ORIGIN = 'https://localhost:3000/';

interface XmlNode { name: string; attrs: Record<string, string>; children: XmlNode[]; text: string }

type Ordered = Record<string, unknown>;
function toNode(raw: Ordered): XmlNode {
  const name = Object.keys(raw).find((k) => k !== ':@') ?? '';
  const kids = (raw[name] as Ordered[]) ?? [];
  return {
    name: name.replace(/^\w+:/, ''), // bt:Image → Image: the prefix is only a namespace alias
    attrs: (raw[':@'] as Record<string, string>) ?? {},
    children: kids.filter((k) => !('#text' in k)).map(toNode),
    text: kids.filter((k) => '#text' in k).map((k) => String(k['#text'])).join('').trim(),
  };
}

function parseManifest(xml: string): XmlNode {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) throw new Error(`manifest.xml is not well-formed: ${wellFormed.err.msg} (line ${wellFormed.err.line})`);
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' });
  const top = (parser.parse(xml) as Ordered[]).map(toNode).find((n) => n.name === 'OfficeApp');
  if (!top) throw new Error('manifest.xml has no <OfficeApp> root');
  return top;
}

function walk(node: XmlNode, visit: (n: XmlNode, parent?: XmlNode) => void, parent?: XmlNode): void {
  visit(node, parent);
  node.children.forEach((c) => walk(c, visit, node));
}
const child = (n: XmlNode | undefined, name: string) => n?.children.find((c) => c.name === name);

/** xs:sequence of each parent we use, in XSD order; `required` are the minOccurs="1" children. */
const SEQUENCES: Record<string, { order: string[]; required: string[] }> = {
  OfficeApp: {
    // OfficeApp base sequence, then the TaskPaneApp extension (OfficeAppManifestV1_1.xsd).
    order: ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
      'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
      'Dictionary', 'VersionOverrides'],
    required: ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'],
  },
  VersionOverrides: { order: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins'], required: [] },
  DesktopFormFactor: { order: ['GetStarted', 'FunctionFile', 'ExtensionPoint'], required: ['ExtensionPoint'] },
  GetStarted: { order: ['Title', 'Description', 'LearnMoreUrl'], required: ['Title', 'Description', 'LearnMoreUrl'] },
  Group: { order: ['Label', 'Icon', 'Control'], required: ['Label', 'Icon', 'Control'] },
  'Control:Button': { order: ['Label', 'Supertip', 'Icon', 'Action'], required: ['Label', 'Supertip', 'Icon', 'Action'] },
  Supertip: { order: ['Title', 'Description'], required: ['Title', 'Description'] },
  'Action:ShowTaskpane': { order: ['TaskpaneId', 'SourceLocation', 'Title'], required: ['SourceLocation'] },
  Resources: { order: ['Images', 'Urls', 'ShortStrings', 'LongStrings'], required: [] },
};
const sequenceKey = (n: XmlNode) => (n.attrs['xsi:type'] && ['Control', 'Action'].includes(n.name) ? `${n.name}:${n.attrs['xsi:type']}` : n.name);

function checkOrder(n: XmlNode, problems: string[]): void {
  const seq = SEQUENCES[sequenceKey(n)];
  if (!seq) return;
  let last = -1;
  for (const c of n.children) {
    const at = seq.order.indexOf(c.name);
    if (at < 0) problems.push(`<${c.name}> is not a valid child of <${n.name}>`);
    else if (at < last) problems.push(`<${c.name}> is out of order in <${n.name}>: expected ${seq.order.join(', ')}`);
    else last = at;
  }
  for (const r of seq.required) if (!child(n, r)) problems.push(`<${n.name}> lacks required <${r}>`);
}

/** Which resource collection a `resid` on each element must resolve to. */
const RESID_KIND: Record<string, string> = {
  Image: 'Images', FunctionFile: 'Urls', SourceLocation: 'Urls', LearnMoreUrl: 'Urls', Runtime: 'Urls',
  Label: 'ShortStrings', Title: 'ShortStrings', Description: 'LongStrings',
};
const MAX_LENGTH: Record<string, number> = { ShortStrings: 125, LongStrings: 250, DisplayName: 125, Description: 250 };

function readPngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  if (b.toString('latin1', 1, 4) !== 'PNG' || b.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function checkIcon(url: string, size: number, role: string, problems: string[]): void {
  if (!url.startsWith(`${DEV_ORIGIN}assets/`)) return;
  const file = join(ROOT, url.slice(DEV_ORIGIN.length));
  if (!existsSync(file)) return void problems.push(`${role}: ${url} has no file in assets/`);
  const { width, height } = readPngSize(file);
  if (width !== size || height !== size) problems.push(`${role}: ${url} is ${width}x${height}, expected ${size}x${size}`);
}

/** Every problem found, as sentences; an empty list means the manifest passes. */
function checkManifest(xml: string): string[] {
  const problems: string[] = [];
  const app = parseManifest(xml);
  if (app.attrs['xsi:type'] !== 'TaskPaneApp') problems.push('<OfficeApp> is not xsi:type="TaskPaneApp"');

  const resources = new Map<string, { kind: string; node: XmlNode }>();
  const resourcesNode = child(child(app, 'VersionOverrides'), 'Resources');
  for (const kind of resourcesNode?.children ?? []) {
    for (const r of kind.children) {
      const id = r.attrs.id ?? '';
      if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
      if (id.length < 1 || id.length > 32) problems.push(`resource id "${id}" must be 1–32 characters`);
      resources.set(id, { kind: kind.name, node: r });
    }
  }

  walk(app, (n, parent) => {
    checkOrder(n, problems);
    for (const [attr, value] of Object.entries(n.attrs)) {
      if (/^[a-z][\w+.-]*:\/\//i.test(value) && !attr.startsWith('xmlns') && !value.startsWith('https://')) {
        problems.push(`<${n.name} ${attr}="${value}"> is not https`);
      }
    }
    if (n.name === 'AppDomain' && !n.text.startsWith('https://')) problems.push(`<AppDomain>${n.text}</AppDomain> is not https`);
    if (n.attrs.resid !== undefined) {
      const target = resources.get(n.attrs.resid);
      const kind = RESID_KIND[n.name];
      if (!target) problems.push(`<${n.name} resid="${n.attrs.resid}"> resolves to no resource`);
      else if (kind && target.kind !== kind) problems.push(`<${n.name} resid="${n.attrs.resid}"> must name one of ${kind}, not ${target.kind}`);
      if (target && n.name === 'Image' && parent?.name === 'Icon') {
        checkIcon(target.node.attrs.DefaultValue ?? '', Number(n.attrs.size), `ribbon icon size ${n.attrs.size}`, problems);
      }
    }
  });

  // Every user-visible string has a vi-VN default and an en-US override, within its XSD length.
  const localized: Array<[string, XmlNode]> = [];
  for (const name of ['DisplayName', 'Description']) {
    const n = child(app, name);
    if (n) localized.push([name, n]);
  }
  for (const r of resources.values()) if (r.kind.endsWith('Strings')) localized.push([r.kind, r.node]);
  for (const [kind, n] of localized) {
    const label = n.attrs.id ?? kind;
    if (!n.children.some((o) => o.name === 'Override' && o.attrs.Locale === 'en-US')) problems.push(`${label} has no en-US override`);
    for (const text of [n.attrs.DefaultValue ?? '', ...n.children.map((o) => o.attrs.Value ?? '')]) {
      if (text.length > MAX_LENGTH[kind]) problems.push(`${label}: "${text}" is longer than ${MAX_LENGTH[kind]} characters`);
    }
  }

  checkIcon(child(app, 'IconUrl')?.attrs.DefaultValue ?? '', 32, 'IconUrl', problems);
  checkIcon(child(app, 'HighResolutionIconUrl')?.attrs.DefaultValue ?? '', 64, 'HighResolutionIconUrl', problems);
  // Each page on the dev origin is one webpack builds from src/<name>/<name>.html.
  for (const page of xml.match(/https:\/\/localhost:3000\/[\w-]+\.html/g) ?? []) {
    const name = page.slice(DEV_ORIGIN.length, -'.html'.length);
    if (!existsSync(join(ROOT, 'src', name, `${name}.html`))) problems.push(`${page} is not built: no src/${name}/${name}.html`);
  }
  return problems;
}

const manifestXml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

describe('manifest.xml', () => {
  const app = parseManifest(manifestXml);
  const text = (name: string) => child(app, name)?.text;

  it('passes every offline check', () => {
    expect(checkManifest(manifestXml)).toEqual([]);
  });

  it('lists the OfficeApp children in XSD order', () => {
    expect(app.children.map((c) => c.name)).toEqual(['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName',
      'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements',
      'DefaultSettings', 'Permissions', 'VersionOverrides']);
  });

  it('identifies DCCS by a GUID, version 1.0.0.0 and a vi-VN default locale', () => {
    expect(text('Id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text('Id')).not.toBe('05c2e1c9-3e1d-406e-9a91-e9ac64854143'); // the template's GUID
    expect(text('Version')).toBe('1.0.0.0');
    expect(text('ProviderName')).toBe('DCCS');
    expect(text('DefaultLocale')).toBe('vi-VN');
    expect(child(app, 'DisplayName')?.attrs.DefaultValue).toBe('DCCS – Dân chủ cơ sở');
  });

  it('targets Excel workbooks with ExcelApi 1.7 and read-write access', () => {
    expect(child(app, 'Hosts')?.children.map((h) => h.attrs.Name)).toEqual(['Workbook']);
    const sets = child(child(app, 'Requirements'), 'Sets');
    expect(sets?.attrs.DefaultMinVersion).toBe('1.7');
    expect(sets?.children.map((s) => s.attrs)).toEqual([{ Name: 'ExcelApi', MinVersion: '1.7' }]);
    expect(child(child(app, 'DefaultSettings'), 'SourceLocation')?.attrs.DefaultValue).toBe(`${DEV_ORIGIN}taskpane.html`);
    expect(text('Permissions')).toBe('ReadWriteDocument');
  });

  it('puts a Show Task Pane button on the Home tab', () => {
    let tab: XmlNode | undefined;
    walk(app, (n) => { if (n.name === 'OfficeTab') tab = n; });
    expect(tab?.attrs.id).toBe('TabHome');
    const action = child(child(child(tab, 'Group'), 'Control'), 'Action');
    expect(action?.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(child(action, 'TaskpaneId')?.text).toBe('ButtonId1');
  });
});

describe('checkManifest catches broken copies', () => {
  const broken: Array<[string, (xml: string) => string, RegExp]> = [
    ['Permissions before DefaultSettings', (x) => x.replace('  <Permissions>ReadWriteDocument</Permissions>\n', '')
      .replace('  <DefaultSettings>', '  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>'), /<DefaultSettings> is out of order in <OfficeApp>/],
    ['FunctionFile before GetStarted', (x) => x.replace('<FunctionFile resid="Commands.Url"/>', '')
      .replace('<GetStarted>', '<FunctionFile resid="Commands.Url"/><GetStarted>'), /<GetStarted> is out of order in <DesktopFormFactor>/],
    ['a misspelt element', (x) => x.replace(/Permissions>/g, 'Permission>'), /<Permission> is not a valid child of <OfficeApp>/],
    ['a missing resid', (x) => x.replace('resid="Taskpane.Url"', 'resid="Taskpane.Missing"'), /resid="Taskpane.Missing"> resolves to no resource/],
    ['a resid of the wrong kind', (x) => x.replace('<Title resid="GetStarted.Title"/>', '<Title resid="GetStarted.Description"/>'), /must name one of ShortStrings, not LongStrings/],
    ['an http URL', (x) => x.replace('https://localhost:3000/commands.html', 'http://localhost:3000/commands.html'), /commands.html"> is not https/],
    ['a resource id over 32 characters', (x) => x.replace(/"TaskpaneButton\.Tooltip"/g, '"TaskpaneButton.Tooltip.TooLongToBeValid"'), /must be 1–32 characters/],
    ['an icon of the wrong size', (x) => x.replace('assets/icon-80.png"', 'assets/icon-64.png"'), /ribbon icon size 80: .*icon-64.png is 64x64, expected 80x80/],
    ['an icon that is not in assets/', (x) => x.replace('assets/icon-16.png', 'assets/icon-17.png'), /icon-17.png has no file in assets/],
    ['a string without its en-US override', (x) => x.replace('<bt:Override Locale="en-US" Value="DCCS is ready"/>', ''), /GetStarted.Title has no en-US override/],
  ];

  it.each(broken)('rejects %s', (_, mutate, expected) => {
    const xml = mutate(manifestXml);
    expect(xml).not.toBe(manifestXml);
    expect(checkManifest(xml)).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('rejects XML that is not well-formed', () => {
    expect(() => checkManifest(manifestXml.replace('</Hosts>', ''))).toThrow(/not well-formed/);
  });
});
