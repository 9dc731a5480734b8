import { strToU8 } from 'fflate';
import { utf8Text } from '../utf8';
import { mergeStrings, mergeStyles } from './styles';
import { rebase } from './rebase';
import { attr, escapeXml, Unsupported } from './xml';
import { bytesOf, type Package } from '../zipPackage';

export { bytesOf, readPackage, unzipPackage, type Package, type RawEntry } from '../zipPackage';

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

interface SheetEntry {
  readonly tag: string;
  readonly name: string;
  readonly rid: string;
  readonly sheetId: number;
}


const text = (files: Package, path: string): string => {
  const entry = files[path];
  if (!entry) throw new Unsupported(`no ${path}`);
  return utf8Text(bytesOf(entry));
};


function sheetsOf(workbook: string): SheetEntry[] {
  const block = /<sheets>([\s\S]*?)<\/sheets>/.exec(workbook);
  if (!block) throw new Unsupported('no <sheets>');
  return [...block[1].matchAll(/<sheet\s[^>]*\/>/g)].map(([tag]) => {
    const name = attr(tag, 'name'), rid = attr(tag, 'r:id'), id = attr(tag, 'sheetId');
    if (name === null || rid === null || id === null) throw new Unsupported('sheet without name, r:id or sheetId');
    return { tag, name, rid, sheetId: Number(id) };
  });
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
      // A hidden sheet of the add-in's own (the stored reading) stays hidden, as exceljs wrote it.
      const state = attr(s.tag, 'state') === 'hidden' ? 'hidden' : 'visible';
      sheetTags.push(`<sheet name="${escapeXml(s.name)}" sheetId="${++nextSheetId}" state="${state}" r:id="${rid}"/>`);
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

