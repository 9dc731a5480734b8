import { attributes, decodeEntities, scanXml } from './xmlScan';

/**
 * The small parts of an .xlsx a reading needs, each read the way exceljs reads it (the file host's
 * reader before this one), so that both give the same grids: the workbook (sheets, names, date
 * system), relationships, shared strings, the number format of each cell style, tables (with one
 * deliberate difference, a table's default header row: see {@link TablePart.headerRow}).
 */

export interface WorkbookPart {
  /** Every `<sheet>` in workbook order, worksheets and chart sheets alike. */
  readonly sheets: readonly { name: string; rId: string | undefined }[];
  readonly definedNames: readonly { name: string; reference: string }[];
  /** `<workbookPr date1904="1">`: serials count from 1904-01-01 (old Mac workbooks). */
  readonly date1904: boolean;
}

export function parseWorkbook(xml: string): WorkbookPart {
  const sheets: { name: string; rId: string | undefined }[] = [];
  const definedNames: { name: string; reference: string }[] = [];
  let date1904 = false;
  let nameOpen: string | null = null;
  let reference = '';
  scanXml(xml, {
    open(tag, attrs) {
      if (tag === 'sheet') {
        const a = attributes(attrs);
        sheets.push({ name: a.name, rId: a['r:id'] });
      } else if (tag === 'workbookPr') {
        date1904 = attributes(attrs).date1904 === '1';
      } else if (tag === 'definedName') {
        nameOpen = attributes(attrs).name ?? '';
        reference = '';
      }
    },
    text(t) {
      if (nameOpen !== null) reference += t;
    },
    close(tag) {
      if (tag === 'definedName' && nameOpen !== null) {
        definedNames.push({ name: nameOpen, reference });
        nameOpen = null;
      }
    },
  });
  return { sheets, definedNames, date1904 };
}

/** Relationship id → target, resolved against the folder of the part they belong to. */
export function parseRels(xml: string, folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  scanXml(xml, {
    open(tag, attrs) {
      if (tag !== 'Relationship') return;
      const a = attributes(attrs);
      if (a.Id !== undefined && a.Target !== undefined && a.TargetMode !== 'External') out[a.Id] = resolvePath(folder, a.Target);
    },
    close() {},
  });
  return out;
}

/** `../tables/table1.xml` seen from `xl/worksheets` → `xl/tables/table1.xml`; `/xl/…` is from the root. */
export function resolvePath(folder: string, target: string): string {
  const parts = target.startsWith('/') ? [] : folder.split('/').filter((p) => p !== '');
  for (const p of target.replace(/^\/+/, '').split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

/** exceljs decodes Excel's `_xHHHH_` escapes (upper-case hex only) in shared strings and rich-text runs. */
export const unescapeOoxml = (s: string): string =>
  (s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))));

/**
 * The shared strings, each as plain text: a rich-text string is its runs' text joined, phonetic
 * guides (`<rPh>`) left out. `undefined` marks an `<si>` with neither text nor runs.
 */
export function parseSharedStrings(xml: string): (string | undefined)[] {
  return sharedStringsFast(xml) ?? sharedStringsGeneric(xml);
}

/**
 * The table as Excel and exceljs write it, one `indexOf` walk: an `<si>` that is one plain `<t>`
 * is read on the spot, any other (rich text, phonetic guides) goes through the scanner alone.
 * Null when the part holds a comment, CDATA or a declaration: the scanner then reads it all.
 */
function sharedStringsFast(xml: string): (string | undefined)[] | null {
  const first = xml.indexOf('<si');
  if (first < 0) return sharedStringsGeneric(xml);
  if (xml.indexOf('<!') >= 0) return null;
  scanXml(xml.slice(0, first), { open() {}, close() {} });
  const out: (string | undefined)[] = [];
  let p = first;
  for (;;) {
    const si = xml.indexOf('<si', p);
    if (si < 0) return out;
    const next = xml.charCodeAt(si + 3);
    if (next === 47 /* <si/> */) {
      out.push(undefined);
      p = si + 5;
      continue;
    }
    if (next !== 62 /* ">" */) {
      p = si + 3; // another tag that starts with "si"
      continue;
    }
    const end = xml.indexOf('</si>', si);
    if (end < 0) return null;
    const start = si + 4;
    let text: string | undefined;
    if (xml.startsWith('<t>', start) || xml.startsWith('<t xml:space="preserve">', start)) {
      const open = xml.indexOf('>', start) + 1;
      const close = xml.indexOf('</t>', open);
      if (close + 4 === end && xml.lastIndexOf('<', close - 1) < open) {
        const raw = xml.slice(open, close);
        text = unescapeOoxml(raw.indexOf('&') < 0 && raw.indexOf('\r') < 0 ? raw : decodeEntities(raw.replace(/\r\n?/g, '\n')));
        out.push(text);
        p = end + 5;
        continue;
      }
    }
    out.push(...sharedStringsGeneric(`<sst>${xml.slice(si, end + 5)}</sst>`));
    p = end + 5;
  }
}

function sharedStringsGeneric(xml: string): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  let item: string | undefined;
  let inItem = false;
  let depthPhonetic = 0;
  let inText = false;
  let text = '';
  let runs: string[] | null = null;
  let inRun = false;
  let runText: string | undefined;
  scanXml(xml, {
    open(tag) {
      if (tag === 'si') {
        inItem = true;
        item = undefined;
        runs = null;
      } else if (!inItem) return;
      else if (tag === 'rPh') depthPhonetic++;
      else if (depthPhonetic > 0) return;
      else if (tag === 'r') {
        inRun = true;
        runText = undefined;
      } else if (tag === 't') {
        inText = true;
        text = '';
      }
    },
    text(t) {
      if (inText) text += t;
    },
    close(tag) {
      if (!inItem) return;
      if (tag === 'rPh') depthPhonetic--;
      else if (depthPhonetic > 0) return;
      else if (tag === 't' && inText) {
        inText = false;
        if (inRun) runText = unescapeOoxml(text);
        else item = unescapeOoxml(text);
      } else if (tag === 'r' && inRun) {
        inRun = false;
        (runs ??= []).push(runText ?? '');
      } else if (tag === 'si') {
        inItem = false;
        out.push(runs !== null ? (runs as string[]).join('') : item);
      }
    },
  });
  return out;
}

/** exceljs's built-in number formats (lib/xlsx/defaultnumformats.js, the ids with one code for every locale). */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00',
  12: '# ?/?', 13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss',
  46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/** exceljs's test for a date format (utils.isDateFmt): a date letter outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

/**
 * For each cell style (`<cellXfs>`, by index): whether exceljs would read a number in it as a
 * date. Only the number format counts, as in exceljs (`applyNumberFormat` is not looked at).
 */
export function parseDateStyles(xml: string): boolean[] {
  const custom: Record<number, string> = {};
  const styleFormats: number[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open(tag, attrs) {
      if (tag === 'numFmt') {
        const a = attributes(attrs);
        custom[parseInt(a.numFmtId, 10)] = a.formatCode;
      } else if (tag === 'cellXfs') {
        inCellXfs = true;
      } else if (tag === 'xf' && inCellXfs) {
        styleFormats.push(parseInt(attributes(attrs).numFmtId, 10));
      }
    },
    close(tag) {
      if (tag === 'cellXfs') inCellXfs = false;
    },
  });
  return styleFormats.map((id) => (id ? isDateFormat(custom[id] || BUILT_IN_FORMATS[id]) : false));
}

export interface TablePart {
  readonly name: string | undefined;
  readonly ref: string | undefined;
  /**
   * A header row unless `headerRowCount="0"` (ECMA-376 §18.5.1.2: the count defaults to 1, and
   * Excel writes it only when it is 0). exceljs takes only `headerRowCount="1"` for a header, so the
   * exceljs path reads every table Excel made as headerless, its header one row too high; this
   * reader does not copy that. Totals as exceljs reads them: `totalsRowCount="1"`.
   */
  readonly headerRow: boolean;
  readonly totalsRow: boolean;
}

export function parseTable(xml: string): TablePart | null {
  let table: TablePart | null = null;
  scanXml(xml, {
    open(tag, attrs) {
      if (tag !== 'table' || table !== null) return;
      const a = attributes(attrs);
      table = { name: a.name, ref: a.ref, headerRow: a.headerRowCount !== '0', totalsRow: a.totalsRowCount === '1' };
    },
    close() {},
  });
  return table;
}
