import { inflateSync, strFromU8, strToU8, unzipSync } from 'fflate';

/**
 * Adds sheets to an .xlsx without re-rendering the sheets it already has.
 *
 * exceljs saves a workbook by rendering every sheet again from its model; for `dccs report` on a
 * 20,000-row tracking workbook that re-rendering of sheets the report never touches is most of
 * the run. Here the new sheets are rendered alone, in a workbook of their own (`side`), and merged
 * into the original package: their styles and shared strings are appended to the original's with
 * index offsets, and `workbook.xml`, its rels and the content types gain (or swap in) the sheets
 * and their defined names. The original's own parts stay byte for byte.
 *
 * Only what exceljs itself writes for a sheet document is handled (cells, merges, formats, page
 * setup, validations, colour scales, internal hyperlinks, defined names). Anything else — a side
 * sheet with relationships, differential formats, a namespace prefix on the original's markup —
 * returns null, and the caller saves the whole workbook with exceljs instead.
 */

const MAIN = 'xl/workbook.xml';
const MAIN_RELS = 'xl/_rels/workbook.xml.rels';
const TYPES = '[Content_Types].xml';
const STYLES = 'xl/styles.xml';
const STRINGS = 'xl/sharedStrings.xml';
const SHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const STRINGS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings';
const CALC_CHAIN_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain';
const SHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STRINGS_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';

/** An entry kept as the original zip stored it (PKZIP method 0 or 8), to be copied, not recompressed. */
export interface RawEntry {
  readonly raw: Uint8Array;
  readonly method: 0 | 8;
  readonly crc: number;
  readonly size: number;
}

/** Entries of an .xlsx in the order of the package: uncompressed bytes, or raw ones to copy. */
export type Package = Record<string, Uint8Array | RawEntry>;

/** An entry's uncompressed bytes. */
export const bytesOf = (entry: Uint8Array | RawEntry): Uint8Array =>
  (entry instanceof Uint8Array ? entry : entry.method === 0 ? entry.raw : inflateSync(entry.raw, { out: new Uint8Array(entry.size) }));

interface SheetEntry {
  readonly tag: string;
  readonly name: string;
  readonly rid: string;
  readonly sheetId: number;
}

class Unsupported extends Error {}

const text = (files: Package, path: string): string => {
  const entry = files[path];
  if (!entry) throw new Unsupported(`no ${path}`);
  return strFromU8(bytesOf(entry));
};

const unescapeXml = (s: string) => s.replace(/&(apos|quot|lt|gt|amp);/g, (_, e: string) =>
  ({ apos: "'", quot: '"', lt: '<', gt: '>', amp: '&' } as Record<string, string>)[e]);
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : null;
}

function sheetsOf(workbook: string): SheetEntry[] {
  const block = /<sheets>([\s\S]*?)<\/sheets>/.exec(workbook);
  if (!block) throw new Unsupported('no <sheets>');
  return [...block[1].matchAll(/<sheet\s[^>]*\/>/g)].map(([tag]) => {
    const name = attr(tag, 'name'), rid = attr(tag, 'r:id'), id = attr(tag, 'sheetId');
    if (name === null || rid === null || id === null) throw new Unsupported('sheet without name, r:id or sheetId');
    return { tag, name, rid, sheetId: Number(id) };
  });
}

/** The elements of one section of styles.xml (`fonts` → its `<font>`s), with the section itself. */
function section(styles: string, name: string, item: string): { whole: string; items: string[] } | null {
  const empty = new RegExp(`<${name}(\\s[^>]*)?/>`).exec(styles);
  if (empty) return { whole: empty[0], items: [] };
  const m = new RegExp(`<${name}(\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(styles);
  if (!m) return null;
  const items = [...m[2].matchAll(new RegExp(`<${item}(?:\\s[^>]*)?/>|<${item}(?:\\s[^>]*)?>[\\s\\S]*?</${item}>`, 'g'))].map((x) => x[0]);
  return { whole: m[0], items };
}

/** `section` with `items` appended and its count updated. */
function appendTo(styles: string, name: string, item: string, added: readonly string[]): string {
  if (added.length === 0) return styles;
  const s = section(styles, name, item);
  if (!s) throw new Unsupported(`no <${name}>`);
  const count = s.items.length + added.length;
  const open = new RegExp(`^<${name}(\\s[^>]*?)?/?>`).exec(s.whole)![0];
  let head = open.replace(/\/>$/, '>');
  head = /\scount="\d+"/.test(head) ? head.replace(/\scount="\d+"/, ` count="${count}"`) : head.replace(/>$/, ` count="${count}">`);
  return styles.replace(s.whole, `${head}${s.items.join('')}${added.join('')}</${name}>`);
}

function mergeStyles(original: string, side: string): { styles: string; xfOffset: number } {
  if (/<\w+:styleSheet[\s>]/.test(original)) throw new Unsupported('prefixed styles');
  const dxfs = section(side, 'dxfs', 'dxf');
  if (dxfs && dxfs.items.length > 0) throw new Unsupported('differential formats');
  const counts = (name: string, item: string) => section(original, name, item)?.items.length ?? 0;
  const fontOffset = counts('fonts', 'font');
  const fillOffset = counts('fills', 'fill');
  const borderOffset = counts('borders', 'border');
  const originalXfs = section(original, 'cellXfs', 'xf');
  if (!originalXfs || fontOffset === 0 || fillOffset === 0 || borderOffset === 0) throw new Unsupported('styles without fonts, fills, borders or cellXfs');

  // Custom number formats (ids from 164) get ids after the original's.
  const originalFormats = section(original, 'numFmts', 'numFmt')?.items ?? [];
  let nextId = Math.max(163, ...originalFormats.map((f) => Number(attr(f, 'numFmtId'))));
  const formatIds = new Map<string, string>();
  const addedFormats = (section(side, 'numFmts', 'numFmt')?.items ?? []).map((f) => {
    const id = attr(f, 'numFmtId')!;
    const next = String(++nextId);
    formatIds.set(id, next);
    return f.replace(/numFmtId="\d+"/, `numFmtId="${next}"`);
  });
  const xfs = (section(side, 'cellXfs', 'xf')?.items ?? []).map((xf) => xf
    .replace(/\snumFmtId="(\d+)"/, (m, id: string) => ` numFmtId="${formatIds.get(id) ?? id}"`)
    .replace(/\sfontId="(\d+)"/, (_, id: string) => ` fontId="${Number(id) + fontOffset}"`)
    .replace(/\sfillId="(\d+)"/, (_, id: string) => ` fillId="${Number(id) + fillOffset}"`)
    .replace(/\sborderId="(\d+)"/, (_, id: string) => ` borderId="${Number(id) + borderOffset}"`)
    .replace(/\sxfId="\d+"/, ' xfId="0"'));

  let styles = original;
  if (addedFormats.length > 0) {
    if (section(styles, 'numFmts', 'numFmt')) styles = appendTo(styles, 'numFmts', 'numFmt', addedFormats);
    else styles = styles.replace(/(<styleSheet[^>]*>)/, `$1<numFmts count="${addedFormats.length}">${addedFormats.join('')}</numFmts>`);
  }
  styles = appendTo(styles, 'fonts', 'font', section(side, 'fonts', 'font')?.items ?? []);
  styles = appendTo(styles, 'fills', 'fill', section(side, 'fills', 'fill')?.items ?? []);
  styles = appendTo(styles, 'borders', 'border', section(side, 'borders', 'border')?.items ?? []);
  styles = appendTo(styles, 'cellXfs', 'xf', xfs);
  return { styles, xfOffset: originalXfs.items.length };
}

/** `<si>` items in shared-strings XML (they do not nest). */
function countItems(xml: string): number {
  let n = 0;
  for (let i = xml.indexOf('<si'); i >= 0; i = xml.indexOf('<si', i + 3)) if (xml[i + 3] === '>' || xml[i + 3] === '/') n++;
  return n;
}

/** What is inside `<sst …>…</sst>`, and where it starts. */
function sstBody(xml: string): { head: string; attrs: string; body: string } {
  const open = /<sst(\s[^>]*?)?(\/?)>/.exec(xml);
  if (!open) throw new Unsupported('no <sst>');
  const body = open[2] === '/' ? '' : xml.slice(open.index + open[0].length, xml.lastIndexOf('</sst>'));
  return { head: xml.slice(0, open.index), attrs: open[1] ?? '', body };
}

/** The shared strings with the side's appended, and where the side's start. */
function mergeStrings(original: string | null, side: string | null): { strings: string | null; offset: number } {
  const added = side ? sstBody(side).body : '';
  const addedCount = side ? countItems(added) : 0;
  if (original === null) return { strings: addedCount === 0 ? null : side, offset: 0 };
  if (/<\w+:sst[\s>]/.test(original)) throw new Unsupported('prefixed shared strings');
  const own = sstBody(original);
  const offset = countItems(own.body);
  if (addedCount === 0) return { strings: original, offset };
  const total = offset + addedCount;
  const attrs = own.attrs.replace(/\scount="\d+"/, '').replace(/\suniqueCount="\d+"/, '');
  return { strings: `${own.head}<sst${attrs} count="${total}" uniqueCount="${total}">${own.body}${added}</sst>`, offset };
}

const LT = 60; // <
const GT = 62; // >
const QUOTE = 34; // "
const ZERO = 48;
const ascii = (t: string) => Uint8Array.from(t, (ch) => ch.charCodeAt(0));
const STYLE_ATTR = ascii(' s="');
const REF_ATTR = ascii('r="');
const COL_STYLE_ATTR = ascii(' style="');
const SHARED = ascii(' t="s"');
const VALUE = ascii('<v>');

function startsAt(bytes: Uint8Array, at: number, word: Uint8Array): boolean {
  if (at + word.length > bytes.length) return false;
  for (let k = 0; k < word.length; k++) if (bytes[at + k] !== word[k]) return false;
  return true;
}

function find(bytes: Uint8Array, word: Uint8Array, from: number, to: number): number {
  for (let i = from; i + word.length <= to; i++) if (startsAt(bytes, i, word)) return i;
  return -1;
}

const CELL = ascii('<c ');
const ROW = ascii('<row ');
const COL = ascii('<col ');

/**
 * `indexOf` of a byte sequence: Node's Buffer search where there is one (a native memmem), else a
 * plain loop (the browser, which does not splice today).
 */
function byteSearch(bytes: Uint8Array): (word: Uint8Array, from: number) => number {
  const NodeBuffer = (globalThis as { Buffer?: { from(b: ArrayBufferLike, o: number, l: number): { indexOf(w: Uint8Array, f: number): number } } }).Buffer;
  if (NodeBuffer) {
    const buffer = NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return (word, from) => buffer.indexOf(word, from);
  }
  return (word, from) => find(bytes, word, from, bytes.length);
}

/**
 * A side sheet's XML (UTF-8 bytes) pointing at the merged styles and strings: `s="…"` of cells and
 * rows and `style="…"` of columns move by `xfOffset`, a shared string's `<v>…</v>` by
 * `stringOffset`. The side is always exceljs's rendering (`<c r="A1" s="3" t="s"><v>5</v></c>`);
 * the bytes are scanned once and copied, never decoded: a string replace per cell took 0.3 s on
 * 200,000 cells.
 */
function rebase(src: Uint8Array, xfOffset: number, stringOffset: number): Uint8Array {
  let out = new Uint8Array(src.length + (src.length >> 3) + 64);
  let o = 0;
  let copied = 0;
  const reserve = (n: number) => {
    if (o + n <= out.length) return;
    const bigger = new Uint8Array((out.length + n) * 2);
    bigger.set(out.subarray(0, o));
    out = bigger;
  };
  const copyTo = (end: number) => {
    reserve(end - copied);
    out.set(src.subarray(copied, end), o);
    o += end - copied;
    copied = end;
  };
  // Rewrites the digits at [start, end) as their value plus `by`.
  const shiftNumber = (start: number, end: number, by: number) => {
    let n = 0;
    for (let k = start; k < end; k++) n = n * 10 + (src[k] - ZERO);
    copyTo(start);
    const digits = String(n + by);
    reserve(digits.length);
    for (let k = 0; k < digits.length; k++) out[o++] = digits.charCodeAt(k);
    copied = end;
  };
  const shiftAttr = (tagStart: number, tagEnd: number, attrName: Uint8Array, by: number) => {
    const at = find(src, attrName, tagStart, tagEnd);
    if (at < 0) return;
    const start = at + attrName.length;
    shiftNumber(start, src.indexOf(QUOTE, start), by);
  };
  // Jump from "<" to "<" with the native byte search: most of a sheet is cells, about five tags each.
  // One native search per tag of interest (a per-"<" loop cost 0.2 s on 12 MB): the next cell,
  // row and column tag, whichever comes first.
  const search = byteSearch(src);
  let nextCell = search(CELL, 0);
  let nextRow = search(ROW, 0);
  let nextCol = search(COL, 0);
  const after = (p: number) => (p < 0 ? Infinity : p);
  for (;;) {
    const i = Math.min(after(nextCell), after(nextRow), after(nextCol));
    if (i === Infinity) break;
    const end = src.indexOf(GT, i);
    if (i === nextCol) {
      shiftAttr(i, end, COL_STYLE_ATTR, xfOffset);
      nextCol = search(COL, end);
      continue;
    }
    if (i === nextRow) {
      shiftAttr(i, end, STYLE_ATTR, xfOffset);
      nextRow = search(ROW, end);
      continue;
    }
    // exceljs writes a cell's attributes in one order, `r`, `s`, `t`: read them in place.
    let p = i + CELL.length;
    const ordered = startsAt(src, p, REF_ATTR);
    if (ordered) p = src.indexOf(QUOTE, p + REF_ATTR.length) + 1;
    if (ordered && startsAt(src, p, STYLE_ATTR)) {
      const start = p + STYLE_ATTR.length;
      const stop = src.indexOf(QUOTE, start);
      shiftNumber(start, stop, xfOffset);
      p = stop + 1;
    } else if (!ordered) {
      shiftAttr(i, end, STYLE_ATTR, xfOffset);
    }
    // In order, `t` follows at once or not at all; otherwise look through the tag.
    const shared = ordered ? startsAt(src, p, SHARED) : find(src, SHARED, i, end) >= 0;
    let next = end;
    if (shared && startsAt(src, end + 1, VALUE)) {
      const start = end + 1 + VALUE.length;
      next = src.indexOf(LT, start);
      shiftNumber(start, next, stringOffset);
    }
    nextCell = search(CELL, next);
  }
  copyTo(src.length);
  return out.slice(0, o);
}

interface DefinedName {
  readonly xml: string;
  readonly name: string;
  readonly localSheetId: number | null;
}

function definedNames(workbook: string): DefinedName[] {
  const block = /<definedNames>([\s\S]*?)<\/definedNames>/.exec(workbook);
  if (!block) return [];
  return [...block[1].matchAll(/<definedName\s[^>]*>[\s\S]*?<\/definedName>|<definedName\s[^>]*\/>/g)].map(([xml]) => {
    const open = /^<definedName\s[^>]*>/.exec(xml)![0];
    const local = attr(open, 'localSheetId');
    return { xml, name: attr(open, 'name') ?? '', localSheetId: local === null ? null : Number(local) };
  });
}

const withLocalSheet = (xml: string, index: number) => xml.replace(/\slocalSheetId="\d+"/, ` localSheetId="${index}"`);

function resolveTarget(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

/**
 * The original package with the side workbook's sheets in it: a sheet whose name is already in
 * the original (`sameSheet` decides, as the host's writes do) replaces it in place; the others go
 * at the end, in the side's order. Null when something is outside what this handles.
 */
export function spliceSheets(original: Package, side: Package, sameSheet: (existing: string, written: string) => boolean): Package | null {
  try {
    return splice(original, side, sameSheet);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

function splice(original: Package, side: Package, sameSheet: (existing: string, written: string) => boolean): Package {
  const workbook = text(original, MAIN);
  if (/<\w+:workbook[\s>]/.test(workbook)) throw new Unsupported('prefixed workbook');
  const rels = text(original, MAIN_RELS);
  const types = text(original, TYPES);
  const sheets = sheetsOf(workbook);
  const sideWorkbook = text(side, MAIN);
  const sideRels = text(side, MAIN_RELS);
  const sideSheets = sheetsOf(sideWorkbook);

  const relTargets = new Map([...rels.matchAll(/<Relationship\s[^>]*\/>/g)].map(([tag]) => [attr(tag, 'Id')!, tag]));
  const sideTargets = new Map([...sideRels.matchAll(/<Relationship\s[^>]*\/>/g)].map(([tag]) => [attr(tag, 'Id')!, resolveTarget(attr(tag, 'Target')!)]));

  const { styles, xfOffset } = mergeStyles(text(original, STYLES), text(side, STYLES));
  const stringsPath = [...relTargets.values()].find((tag) => attr(tag, 'Type') === STRINGS_TYPE);
  const originalStringsPath = stringsPath ? resolveTarget(attr(stringsPath, 'Target')!) : null;
  const { strings, offset } = mergeStrings(originalStringsPath ? text(original, originalStringsPath) : null, side[STRINGS] ? text(side, STRINGS) : null);

  const out: Package = { ...original };
  out[STYLES] = strToU8(styles);
  let newRels = rels;
  let newTypes = types;
  if (strings !== null) {
    const path = originalStringsPath ?? STRINGS;
    out[path] = strToU8(strings);
    if (!originalStringsPath) {
      newRels = newRels.replace('</Relationships>', `<Relationship Id="rIdDccsStrings" Type="${STRINGS_TYPE}" Target="sharedStrings.xml"/></Relationships>`);
      newTypes = newTypes.replace('</Types>', `<Override PartName="/${STRINGS}" ContentType="${STRINGS_CONTENT}"/></Types>`);
    }
  }

  // Sheets: replaced ones keep their place, id and part name; new ones get new ones.
  let nextSheetId = Math.max(0, ...sheets.map((s) => s.sheetId));
  let nextPart = 1;
  const partTaken = (p: string) => p in out;
  let nextRel = 1;
  const relTaken = (id: string) => relTargets.has(id) || newRels.includes(`Id="${id}"`);
  const finalOrder = sheets.map((s) => s.name);
  const sheetTags: string[] = sheets.map((s) => s.tag);
  const sideIndexToFinal = new Map<number, number>();
  const replacedPositions = new Set<number>();
  sideSheets.forEach((s, sideIndex) => {
    const sidePath = sideTargets.get(s.rid);
    if (!sidePath || !side[sidePath]) throw new Unsupported(`side sheet ${s.name} without its part`);
    const sideSheetRels = sidePath.replace(/([^/]+)$/, '_rels/$1.rels');
    if (side[sideSheetRels]) throw new Unsupported(`side sheet ${s.name} has relationships`);
    const xml = rebase(bytesOf(side[sidePath]), xfOffset, offset);
    const position = sheets.findIndex((o) => sameSheet(o.name, s.name));
    if (position >= 0) {
      const old = sheets[position];
      const relTag = relTargets.get(old.rid);
      if (!relTag) throw new Unsupported(`sheet ${old.name} without its relationship`);
      const path = resolveTarget(attr(relTag, 'Target')!);
      const oldRels = path.replace(/([^/]+)$/, '_rels/$1.rels');
      delete out[oldRels];
      out[path] = xml;
      sheetTags[position] = old.tag.replace(/\sname="[^"]*"/, ` name="${escapeXml(s.name)}"`);
      finalOrder[position] = s.name;
      sideIndexToFinal.set(sideIndex, position);
      replacedPositions.add(position);
    } else {
      while (partTaken(`xl/worksheets/sheet${nextPart}.xml`)) nextPart++;
      const path = `xl/worksheets/sheet${nextPart}.xml`;
      while (relTaken(`rId${nextRel}`)) nextRel++;
      const rid = `rId${nextRel}`;
      out[path] = xml;
      newRels = newRels.replace('</Relationships>', `<Relationship Id="${rid}" Type="${SHEET_TYPE}" Target="worksheets/sheet${nextPart}.xml"/></Relationships>`);
      newTypes = newTypes.replace('</Types>', `<Override PartName="/${path}" ContentType="${SHEET_CONTENT}"/></Types>`);
      sheetTags.push(`<sheet name="${escapeXml(s.name)}" sheetId="${++nextSheetId}" state="visible" r:id="${rid}"/>`);
      finalOrder.push(s.name);
      sideIndexToFinal.set(sideIndex, finalOrder.length - 1);
    }
  });

  // Defined names: the side's (marks, print titles and areas) replace the original's of the same
  // name and scope; the original's print settings of a replaced sheet go.
  const sideNames = definedNames(sideWorkbook).map((d) => ({
    ...d, localSheetId: d.localSheetId === null ? null : sideIndexToFinal.get(d.localSheetId) ?? null,
  }));
  const key = (d: { name: string; localSheetId: number | null }) => `${d.name.toUpperCase()}\u0000${d.localSheetId ?? ''}`;
  const sideKeys = new Set(sideNames.map(key));
  const kept = definedNames(workbook).filter((d) => !sideKeys.has(key(d)) &&
    !(d.localSheetId !== null && replacedPositions.has(d.localSheetId) && d.name.startsWith('_xlnm.')));
  const names = [...kept.map((d) => d.xml), ...sideNames.map((d) => (d.localSheetId === null ? d.xml : withLocalSheet(d.xml, d.localSheetId)))];

  let newWorkbook = workbook.replace(/<sheets>[\s\S]*?<\/sheets>/, `<sheets>${sheetTags.join('')}</sheets>`).replace(/<definedNames\s*\/>/, '');
  const namesXml = names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : '';
  if (/<definedNames>[\s\S]*?<\/definedNames>/.test(newWorkbook)) newWorkbook = newWorkbook.replace(/<definedNames>[\s\S]*?<\/definedNames>/, namesXml);
  else newWorkbook = newWorkbook.replace('</sheets>', `</sheets>${namesXml}`);
  // Excel's calculation chain lists formula cells by sheet; a replaced sheet's cells no longer match
  // it, and Excel would "repair" the file. Without one, Excel builds it again on its own.
  for (const [id, tag] of relTargets) {
    if (attr(tag, 'Type') !== CALC_CHAIN_TYPE) continue;
    const path = resolveTarget(attr(tag, 'Target')!);
    delete out[path];
    newRels = newRels.replace(new RegExp(`<Relationship\\s[^>]*Id="${id}"[^>]*/>`), '');
    newTypes = newTypes.replace(new RegExp(`<Override\\s[^>]*PartName="/${path.replace(/[.]/g, '\\.')}"[^>]*/>`), '');
  }
  out[MAIN] = strToU8(newWorkbook);
  out[MAIN_RELS] = strToU8(newRels);
  out[TYPES] = strToU8(newTypes);
  return out;
}

/** The entries of a zip (fflate), uncompressed: directories left out. */
export function unzipPackage(bytes: Uint8Array): Package {
  const files = unzipSync(bytes);
  for (const name of Object.keys(files)) if (name.endsWith('/')) delete files[name];
  return files;
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

/**
 * The entries of a zip as it stores them (PKZIP APPNOTE 4.3: the central directory, then each
 * local header), so the splice copies the sheets it does not touch without inflating and
 * deflating them again. A zip this does not read plainly (ZIP64, encrypted entries, another
 * compression method) is unzipped whole instead.
 */
export function readPackage(bytes: Uint8Array): Package {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) return unzipPackage(bytes);
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const files: Package = {};
  for (let n = 0; n < count; n++) {
    if (u32(bytes, at) !== 0x02014b50) return unzipPackage(bytes);
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const crc = u32(bytes, at + 16);
    const compressed = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const skip = nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    const local = u32(bytes, at + 42);
    if ((flags & 1) !== 0 || (method !== 0 && method !== 8) || compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff) {
      return unzipPackage(bytes);
    }
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength));
    if (u32(bytes, local) !== 0x04034b50) return unzipPackage(bytes);
    const data = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (!name.endsWith('/')) files[name] = { raw: bytes.subarray(data, data + compressed), method, crc, size };
    at += 46 + skip;
  }
  return files;
}
