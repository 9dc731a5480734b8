import { FakeContext, FakeObject } from './fakeContext';
import { fakeError, type FakeName, type FakeWorkbookModel } from './fakeModel';
import { FakeRange, parseAddress } from './fakeRange';

/**
 * Workbook-level names of the fake Excel API (ExcelApi 1.4; `formula` 1.7). A name holds its sheet
 * as an object, as Excel does: renaming the sheet changes the formula, deleting it leaves the
 * name in place with `=#REF!$A$1`. Adding a name that exists (case-insensitively) is
 * ItemAlreadyExists, an invalid name is InvalidArgument, deleting a missing one ItemNotFound.
 */
export function nameFormula(model: FakeWorkbookModel, n: FakeName): string {
  const cell = `$${n.column}$${n.row}`;
  if (!model.sheets.includes(n.sheet)) return `=#REF!${cell}`;
  const quoted = /^[A-Za-z0-9_]+$/.test(n.sheet.name) ? n.sheet.name : `'${n.sheet.name.replace(/'/g, "''")}'`;
  return `=${quoted}!${cell}`;
}

/** Excel's rules for a name: a letter, "_" or "\\" first; then letters, digits, "_" and "."; not a cell address. */
function checkName(name: string): void {
  const valid = /^[\p{L}_\\][\p{L}\p{N}_.]{0,254}$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]$/.test(name);
  if (!valid) throw fakeError('InvalidArgument', `name ${name}`);
}

const find = (model: FakeWorkbookModel, name: string) => model.names.find((n) => n.name.toUpperCase() === name.toUpperCase());

export class FakeNamedItem extends FakeObject<FakeName> {
  protected readonly loadable: Record<string, (n: FakeName) => unknown> = {
    name: (n) => n.name,
    formula: (n) => nameFormula(this.context.model, n),
    comment: (n) => n.comment,
  };

  constructor(context: FakeContext, path: string, nullable: boolean, resolve: () => FakeName | null, preloaded?: Record<string, unknown>) {
    super(context, path, nullable, resolve);
    if (preloaded) this.preload(preloaded);
  }

  get name(): string { return this.read('name'); }
  get formula(): string { return this.read('formula'); }

  delete(): void {
    this.act({ call: 'delete' }, (n) => {
      const names = this.context.model.names;
      names.splice(names.indexOf(n), 1);
    });
  }
}

export class FakeNamedItemCollection extends FakeObject<FakeWorkbookModel> {
  protected readonly loadable: Record<string, (m: FakeWorkbookModel) => unknown> = {
    items: (m) => m.names.map((n) => ({ name: n.name, formula: nameFormula(m, n), comment: n.comment })),
  };

  private cache?: { data: unknown; items: FakeNamedItem[] };

  constructor(context: FakeContext, path: string, resolve: () => FakeWorkbookModel) {
    super(context, path, false, resolve);
    context.requireApi(4, 'Workbook.names');
  }

  override load(props?: string | string[]): this {
    if (String(props ?? '').includes('formula')) this.context.requireApi(7, 'NamedItem.formula');
    return super.load(props);
  }

  get items(): FakeNamedItem[] {
    const loaded = this.read<{ name: string }[]>('items');
    if (this.cache?.data === loaded) return this.cache.items;
    const items = loaded.map((data, i) =>
      new FakeNamedItem(this.context, `names.items[${i}]`, false, () => find(this.context.model, data.name) ?? null, data));
    this.cache = { data: loaded, items };
    return items;
  }

  /** The reference: a range proxy, or a formula such as `='Báo cáo'!$A$1`. */
  add(name: string, reference: FakeRange | string, comment = ''): FakeNamedItem {
    let added: FakeName | null = null;
    this.act({ call: 'add', args: [name, typeof reference === 'string' ? reference : 'range', comment] }, (m) => {
      checkName(name);
      if (find(m, name)) throw fakeError('ItemAlreadyExists', `name ${name}`);
      const block = typeof reference === 'string' ? fromFormula(m, reference) : reference.resolved(true)!;
      added = { name, sheet: block.sheet, row: block.row, column: letters(block.col), comment };
      m.names.push(added);
    });
    return new FakeNamedItem(this.context, `names.add(${name})`, false, () => added);
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `names.getItem(${name})`, false, () => find(this.context.model, name) ?? null);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `names.getItemOrNullObject(${name})`, true, () => find(this.context.model, name) ?? null);
  }
}

function fromFormula(model: FakeWorkbookModel, formula: string) {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(formula);
  const sheet = m && model.find((m[1] ?? '').replace(/''/g, "'") || m[2]);
  if (!m || !sheet) throw fakeError('InvalidArgument', `reference ${formula}`);
  return parseAddress(sheet, m[3]);
}

function letters(c: number): string {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
