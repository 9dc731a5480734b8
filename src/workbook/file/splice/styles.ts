import { Unsupported, attr } from './xml';

/**
 * The styles and shared strings of the report sheets, appended to the tracking workbook's: the
 * original's stay where they are, the added ones get the indexes after them (workbook/file/splice/splice.ts).
 */

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

export function mergeStyles(original: string, side: string): { styles: string; xfOffset: number } {
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
export function mergeStrings(original: string | null, side: string | null): { strings: string | null; offset: number } {
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
