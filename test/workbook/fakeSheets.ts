import { FakeContext, FakeObject } from './fakeContext';
import { fakeError, type FakeSheet, type FakeWorkbookModel } from './fakeModel';
import { blockAddress, FakeRange, parseAddress } from './fakeRange';
import { FakeTableCollection } from './fakeTables';
import { fakeCharts, fakePageBreaks } from './fakeCharts';
import { FakeWorksheetProtection } from './fakeProtection';

/** Workbook, worksheets and tables of the fake Excel API (see fakeContext.ts for the rules). */

function checkName(model: FakeWorkbookModel, name: string, self?: FakeSheet): void {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) throw fakeError('InvalidArgument', `sheet name ${name}`);
  const other = model.find(name);
  if (other && other !== self) throw fakeError('ItemAlreadyExists', name);
}

export class FakeWorksheet extends FakeObject<FakeSheet> {
  protected readonly loadable: Record<string, (s: FakeSheet) => unknown> = {
    name: (s) => s.name,
    position: (s) => this.context.model.sheets.indexOf(s),
    visibility: (s) => s.visibility,
    tabColor: (s) => s.tabColor,
  };

  constructor(context: FakeContext, path: string, nullable: boolean, resolve: () => FakeSheet | null, preloaded?: Record<string, unknown>) {
    super(context, path, nullable, resolve);
    if (preloaded) this.preload(preloaded);
  }

  get name(): string { return this.read('name'); }
  set name(name: string) { this.act({ set: 'name', value: name }, (s) => { checkName(this.context.model, name, s); s.name = name; }); }
  get position(): number { return this.read('position'); }
  set position(p: number) {
    this.act({ set: 'position', value: p }, (s) => {
      const sheets = this.context.model.sheets;
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(Math.min(p, sheets.length), 0, s);
    });
  }
  get visibility(): string { return this.read('visibility'); }
  set tabColor(color: string) {
    this.context.requireApi(7, 'Worksheet.tabColor');
    this.act({ set: 'tabColor', value: color }, (s) => { s.tabColor = color; });
  }

  /** A hidden sheet cannot be shown: Excel refuses, so does the fake. */
  activate(): void {
    this.act({ call: 'activate' }, (s) => {
      if (s.visibility !== 'Visible') throw fakeError('InvalidOperation', `activate ${s.name}: the sheet is hidden`);
      // Excel switches the tab once the batch has run: a select() queued with it lands on the old sheet.
      this.context.activateAfterSync(s);
    });
  }

  /** ExcelApi 1.2. */
  get protection(): FakeWorksheetProtection {
    return new FakeWorksheetProtection(this.context, `${this.path}.protection`, this.nullable, () => this.resolved(false));
  }

  /**
   * ExcelApi 1.9. One AutoFilter a sheet; the fake refuses a second one on another range and one
   * over a table (a table has its own filter) rather than guess what Excel would do.
   */
  get autoFilter(): { apply(range: string): void } {
    this.context.requireApi(9, 'Worksheet.autoFilter');
    return {
      apply: (range: string) => this.act({ call: 'autoFilter.apply', args: [range] }, (s) => {
        if (typeof range !== 'string') throw fakeError('InvalidArgument', 'the fake takes an A1 address');
        const b = parseAddress(s, range);
        const address = blockAddress(b).replace(/^.*!/, '');
        if (s.autoFilter !== null && s.autoFilter !== address) throw fakeError('InvalidOperation', `${s.name} already filters ${s.autoFilter}`);
        const overlaps = s.tables.some((t) => {
          const o = parseAddress(s, t.range);
          return o.row <= b.row2 && b.row <= o.row2 && o.col <= b.col2 && b.col <= o.col2;
        });
        if (overlaps) throw fakeError('InvalidOperation', `autoFilter ${address} overlaps a table`);
        s.autoFilter = address;
      }),
    };
  }

  /** ExcelApi 1.1 (see fakeCharts.ts). */
  get charts() { return fakeCharts((request, run) => this.act(request, run)); }
  /** ExcelApi 1.9 (see fakeCharts.ts). */
  get horizontalPageBreaks() { return fakePageBreaks(this.context, (request, run) => this.act(request, run)); }

  delete(): void {
    this.act({ call: 'delete' }, (s) => {
      const model = this.context.model;
      if (!model.sheets.some((o) => o !== s && o.visibility === 'Visible')) throw fakeError('InvalidOperation', 'a workbook needs one visible sheet');
      model.sheets.splice(model.sheets.indexOf(s), 1);
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRange(${address ?? ''})`, this.nullable, () => {
      const s = this.resolved(false);
      return s && parseAddress(s, address ?? 'A1:XFD1048576');
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw fakeError('NotImplemented', 'the fake models values only: pass valuesOnly = true');
    return new FakeRange(this.context, `${this.path}.getUsedRangeOrNullObject()`, true, () => {
      const s = this.resolved(false);
      const b = s?.usedBounds();
      return s && b ? { sheet: s, ...b } : null;
    });
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.context, `${this.path}.tables`, this.nullable, () => this.resolved(false));
  }

  get freezePanes() {
    this.context.requireApi(7, 'Worksheet.freezePanes');
    const act = (request: Record<string, unknown>, fn: (s: FakeSheet) => void) => this.act(request, fn);
    return {
      freezeRows: (n: number) => act({ call: 'freezeRows', args: [n] }, (s) => { s.freeze = { rows: n, columns: 0 }; }),
      freezeColumns: (n: number) => act({ call: 'freezeColumns', args: [n] }, (s) => { s.freeze = { rows: 0, columns: n }; }),
      freezeAt: (range: string) => act({ call: 'freezeAt', args: [range] }, (s) => {
        const b = parseAddress(s, range);
        if (b.row !== 1 || b.col !== 1) throw fakeError('InvalidArgument', 'freezeAt needs a range from A1');
        s.freeze = { rows: b.row2, columns: b.col2 };
      }),
      unfreeze: () => act({ call: 'unfreeze' }, (s) => { s.freeze = { rows: 0, columns: 0 }; }),
    };
  }

  private headersFooters(act: (request: Record<string, unknown>, fn: (s: FakeSheet) => void) => void): Record<string, unknown> {
    const page = (kind: string) => writeOnly(`pageLayout.headersFooters.${kind}`, SECTIONS, act);
    return writeOnly('pageLayout.headersFooters', ['state', 'useSheetMargins', 'useSheetScale'], act, {
      defaultForAllPages: page('defaultForAllPages'), firstPage: page('firstPage'), evenPages: page('evenPages'), oddPages: page('oddPages'),
    });
  }

  get pageLayout(): Record<string, unknown> {
    this.context.requireApi(9, 'Worksheet.pageLayout');
    const act = (request: Record<string, unknown>, fn: (s: FakeSheet) => void) => this.act(request, fn);
    const props = ['orientation', 'paperSize', 'leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'centerHorizontally', 'zoom', 'firstPageNumber', 'printOrder'];
    return new Proxy({
      setPrintTitleRows: (rows: string) => act({ call: 'setPrintTitleRows', args: [rows] }, (s) => { s.pageLayout.printTitleRows = rows; }),
      setPrintTitleColumns: (cols: string) => act({ call: 'setPrintTitleColumns', args: [cols] }, (s) => { s.pageLayout.printTitleColumns = cols; }),
      setPrintArea: (area: string) => act({ call: 'setPrintArea', args: [area] }, (s) => {
        parseAddress(s, area); // a malformed address throws, as Excel does
        s.pageLayout.printArea = area;
      }),
      headersFooters: this.headersFooters(act),
    } as Record<string, unknown>, {
      set(_t, prop: string, value) {
        if (!props.includes(prop)) throw fakeError('PropertyNotFound', `pageLayout.${prop}`);
        act({ set: `pageLayout.${prop}`, value }, (s) => { s.pageLayout[prop] = value; });
        return true;
      },
      get(t, prop: string) {
        if (prop in t) return t[prop];
        throw fakeError('PropertyNotLoaded', `pageLayout.${prop}`);
      },
    });
  }
}

/** `pageLayout.headersFooters`: `state` and the six sections of each page kind, write-only like the rest. */
function writeOnly(path: string, props: readonly string[], act: (request: Record<string, unknown>, fn: (s: FakeSheet) => void) => void,
  children: Record<string, unknown> = {}): Record<string, unknown> {
  return new Proxy(children, {
    set(_t, prop: string, value) {
      if (!props.includes(prop)) throw fakeError('PropertyNotFound', `${path}.${prop}`);
      if (prop === 'state' && !['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven'].includes(value as string)) {
        throw fakeError('InvalidArgument', `${path}.state = ${String(value)}`);
      }
      act({ set: `${path}.${prop}`, value }, (s) => { s.pageLayout[`${path.replace(/^pageLayout\./, '')}.${prop}`] = value; });
      return true;
    },
    get(t, prop: string) {
      if (prop in t) return t[prop];
      throw fakeError('PropertyNotLoaded', `${path}.${prop}`);
    },
  });
}

const SECTIONS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];

export class FakeWorksheetCollection extends FakeObject<FakeWorkbookModel> {
  protected readonly loadable: Record<string, (m: FakeWorkbookModel) => unknown> = {
    items: (m) => m.sheets.map((s, position) => ({ name: s.name, position, visibility: s.visibility })),
  };

  private cache?: { data: unknown; items: FakeWorksheet[] };

  get items(): FakeWorksheet[] {
    const loaded = this.read<{ name: string }[]>('items');
    if (this.cache?.data === loaded) return this.cache.items;
    const items = loaded.map((data, i) =>
      new FakeWorksheet(this.context, `worksheets.items[${i}]`, false, () => this.context.model.find(data.name) ?? null, data));
    this.cache = { data: loaded, items };
    return items;
  }

  add(name: string): FakeWorksheet {
    let added: FakeSheet | null = null;
    this.act({ call: 'add', args: [name] }, (m) => {
      checkName(m, name);
      added = m.addSheet(name);
    });
    return new FakeWorksheet(this.context, `worksheets.add(${name})`, false, () => added);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets.getItem(${key})`, false, () => this.context.model.find(key) ?? null);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.context.requireApi(4, 'getItemOrNullObject');
    return new FakeWorksheet(this.context, `worksheets.getItemOrNullObject(${key})`, true, () => this.context.model.find(key) ?? null);
  }
}
