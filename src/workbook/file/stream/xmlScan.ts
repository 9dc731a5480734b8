/**
 * A small, strict XML scanner for the parts of an .xlsx: tags with their attributes, text, CDATA.
 * No DOM and no validation beyond what reading needs, so a sheet of 100,000 rows is one pass over
 * one string. A document type declaration is refused outright: an .xlsx never has one, and that
 * is where entity-expansion attacks ("billion laughs") live. Only the five predefined entities and
 * character references are known; any other reference is an error, as in the parser exceljs uses.
 */

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

export interface XmlHandler {
  /** A start tag (`selfClosing` for `<x/>`): `attrs` is the raw text after the name, for {@link attributes}. */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data, already decoded (entities, line ends). */
  text?(text: string): void;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Entities and character references decoded, as an XML parser does. */
export function decodeEntities(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(/&([^;&\s]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new XmlError(`unterminated reference "${whole}"`);
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff || !/^#(x[0-9a-fA-F]+|[0-9]+)$/.test(ref)) {
        throw new XmlError(`bad character reference "${whole}"`);
      }
      return String.fromCodePoint(code);
    }
    const known = PREDEFINED[ref];
    if (known === undefined) throw new XmlError(`undefined entity "${whole}"`);
    return known;
  });
}

/** Line ends as an XML parser hands them on (XML 1.0 §2.11): CR LF and a lone CR become LF. */
const lineEnds = (s: string): string => (s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n'));

const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag, values decoded and their white space normalised (XML 1.0 §3.3.3). */
export function attributes(attrs: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (attrs.length === 0) return out;
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(attrs); m !== null; m = ATTRIBUTE.exec(attrs)) {
    const raw = m[2] ?? m[3];
    out[m[1]] = decodeEntities(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw);
  }
  return out;
}

const LT = 60, GT = 62, SLASH = 47, BANG = 33, QUESTION = 63, QUOTE = 34, APOS = 39;

function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === SLASH || c === GT;
}

/** Walks `xml` once, calling the handler for each tag and each run of text. */
export function scanXml(xml: string, handler: XmlHandler): void {
  const length = xml.length;
  const wantsText = handler.text !== undefined;
  let i = 0;
  while (i < length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? length : lt;
    if (wantsText && textEnd > i) handler.text!(decodeEntities(lineEnds(xml.slice(i, textEnd))));
    if (lt < 0) return;
    const next = xml.charCodeAt(lt + 1);
    if (next === SLASH) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw new XmlError('unclosed end tag');
      handler.close(xml.slice(lt + 2, gt).trim());
      i = gt + 1;
    } else if (next === QUESTION) {
      const end = xml.indexOf('?>', lt);
      if (end < 0) throw new XmlError('unclosed processing instruction');
      i = end + 2;
    } else if (next === BANG) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) throw new XmlError('unclosed comment');
        i = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) throw new XmlError('unclosed CDATA section');
        if (wantsText) handler.text!(lineEnds(xml.slice(lt + 9, end)));
        i = end + 3;
      } else {
        throw new XmlError('document type declarations are not accepted');
      }
    } else {
      let p = lt + 1;
      while (p < length && !isNameEnd(xml.charCodeAt(p))) p++;
      const name = xml.slice(lt + 1, p);
      if (name.length === 0) throw new XmlError('bad start tag');
      // The tag ends at the first ">" outside quotes: an attribute value may hold ">".
      let quote = 0;
      let gt = p;
      for (; gt < length; gt++) {
        const c = xml.charCodeAt(gt);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === QUOTE || c === APOS) quote = c;
        else if (c === GT) break;
        else if (c === LT) throw new XmlError('"<" inside a tag');
      }
      if (gt >= length) throw new XmlError('unclosed start tag');
      const selfClosing = xml.charCodeAt(gt - 1) === SLASH && gt - 1 >= p;
      handler.open(name, xml.slice(p, selfClosing ? gt - 1 : gt), selfClosing);
      if (selfClosing) handler.close(name);
      i = gt + 1;
    }
  }
}
