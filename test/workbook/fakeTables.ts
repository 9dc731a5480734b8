import { FakeContext, FakeObject } from './fakeContext';
import type { FakeSheet } from './fakeModel';
import { FakeRange, parseAddress, type Block } from './fakeRange';

/** Tables of the fake Excel API (see fakeContext.ts for the rules). */

type TableTarget = { sheet: FakeSheet; table: FakeSheet['tables'][number] };

export class FakeTableCollection extends FakeObject<FakeSheet> {
  protected readonly loadable: Record<string, (s: FakeSheet) => unknown> = {
    items: (s) => s.tables.map((t) => ({ name: t.name, showHeaders: t.showHeaders, showTotals: t.showTotals })),
  };

  private cache?: { data: unknown; items: FakeTable[] };

  get items(): FakeTable[] {
    const loaded = this.read<{ name: string }[]>('items');
    if (this.cache?.data === loaded) return this.cache.items;
    const items = loaded.map((data, i) =>
      new FakeTable(this.context, `${this.path}.items[${i}]`, false, () => {
        const sheet = this.resolved(false);
        const table = sheet?.tables.find((t) => t.name === data.name);
        return sheet && table ? { sheet, table } : null;
      }, data));
    this.cache = { data: loaded, items };
    return items;
  }
}

export class FakeTable extends FakeObject<TableTarget> {
  protected readonly loadable: Record<string, (t: TableTarget) => unknown> = {
    name: (t) => t.table.name,
    showHeaders: (t) => t.table.showHeaders,
    showTotals: (t) => t.table.showTotals,
  };

  constructor(context: FakeContext, path: string, nullable: boolean, resolve: () => TableTarget | null, preloaded?: Record<string, unknown>) {
    super(context, path, nullable, resolve);
    if (preloaded) this.preload(preloaded);
  }

  get name(): string { return this.read('name'); }
  get showHeaders(): boolean { return this.read('showHeaders'); }
  get showTotals(): boolean { return this.read('showTotals'); }

  getRange(): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRange()`, false, () => {
      const t = this.resolved(false);
      return t && (parseAddress(t.sheet, t.table.range) as Block);
    });
  }
}
