import { fakeError, type FakeCell } from './fakeModel';
import { blockAddress, type Block, type FakeRange } from './fakeRange';

/** The format and data-validation objects of a fake range (see fakeContext.ts for the rules). */

/** Format objects are thin: their setters queue writes on the range's cells. Reading them is not needed. */
export class FakeRangeFormat {
  constructor(private readonly range: FakeRange) {}
  set horizontalAlignment(v: string) { this.range.forCells({ set: 'horizontalAlignment', value: v }, (c) => { c.horizontal = v; }); }
  set verticalAlignment(v: string) { this.range.forCells({ set: 'verticalAlignment', value: v }, (c) => { c.vertical = v; }); }
  set wrapText(v: boolean) { this.range.forCells({ set: 'wrapText', value: v }, (c) => { c.wrap = v; }); }
  set columnWidth(points: number) {
    this.range.forBlock({ set: 'columnWidth', value: points }, (b) => { for (let c = b.col; c <= b.col2; c++) b.sheet.columnWidths.set(c, points); });
  }
  /** Excel sizes rows to their wrapped text; the fake records that it was asked to. */
  autofitRows(): void {
    this.range.forBlock({ method: 'autofitRows' }, (b) => { for (let r = b.row; r <= b.row2; r++) b.sheet.autofitRows.add(r); });
  }
  set rowHeight(points: number) {
    this.range.forBlock({ set: 'rowHeight', value: points }, (b) => {
      // Excel's rows are at most 409 points high; it refuses more.
      if (!(points >= 0 && points <= 409)) throw fakeError('InvalidArgument', `rowHeight ${points}: Excel's limit is 409 points`);
      for (let r = b.row; r <= b.row2; r++) b.sheet.rowHeights.set(r, points);
    });
  }
  get font(): Record<string, unknown> {
    const range = this.range;
    return new Proxy({}, {
      set(_t, prop: string, value) {
        if (!['bold', 'italic', 'underline', 'name', 'size', 'color'].includes(prop)) throw fakeError('PropertyNotFound', `font.${prop}`);
        range.forCells({ set: `font.${prop}`, value }, (c) => { c.font[prop] = value; });
        return true;
      },
      get(_t, prop: string) { throw fakeError('PropertyNotLoaded', `font.${String(prop)}`); },
    });
  }
  get fill(): { color: string } {
    const range = this.range;
    return { set color(v: string) { range.forCells({ set: 'fill.color', value: v }, (c) => { c.fill = v; }); }, get color(): string { throw fakeError('PropertyNotLoaded', 'fill.color'); } };
  }
  get borders(): { getItem(index: string): { style: string; weight: string; color: string } } {
    const range = this.range;
    return {
      getItem(index: string) {
        const edge = (c: FakeCell, b: Block, r: number, col: number): string | null => {
          switch (index) {
            case 'EdgeTop': return r === b.row ? 'top' : null;
            case 'EdgeBottom': return r === b.row2 ? 'bottom' : null;
            case 'EdgeLeft': return col === b.col ? 'left' : null;
            case 'EdgeRight': return col === b.col2 ? 'right' : null;
            case 'InsideHorizontal': return r < b.row2 ? 'bottom' : null;
            case 'InsideVertical': return col < b.col2 ? 'right' : null;
            default: throw fakeError('InvalidArgument', `border ${index}`);
          }
        };
        const setter = (key: 'style' | 'weight') => (value: string) => range.forCells({ set: `borders.${index}.${key}`, value }, (c, b, r, col) => {
          const side = edge(c, b, r, col);
          if (side) c.borders[side] = { ...c.borders[side], [key]: value } as { style: string; weight?: string };
        });
        return {
          set style(v: string) { setter('style')(v); },
          set weight(v: string) { setter('weight')(v); },
          set color(_v: string) { /* colour is not observed */ },
          get style(): string { throw fakeError('PropertyNotLoaded', 'border.style'); },
          get weight(): string { throw fakeError('PropertyNotLoaded', 'border.weight'); },
          get color(): string { throw fakeError('PropertyNotLoaded', 'border.color'); },
        };
      },
    };
  }
}

export class FakeDataValidation {
  constructor(private readonly range: FakeRange) {}
  set rule(rule: { list?: { source: string; inCellDropDown?: boolean } }) {
    this.range.forBlock({ set: 'dataValidation.rule', value: rule }, (b) => {
      if (!rule.list) throw fakeError('InvalidArgument', 'only list rules are faked');
      if (rule.list.source.length > 255) throw fakeError('InvalidArgument', 'list source over 255 characters');
      b.sheet.validations.push({ range: blockAddress(b).replace(/^.*!/, ''), source: rule.list.source });
    });
  }
  set errorAlert(alert: { message?: string }) {
    this.range.forBlock({ set: 'dataValidation.errorAlert', value: alert }, (b) => {
      const address = blockAddress(b).replace(/^.*!/, '');
      const v = [...b.sheet.validations].reverse().find((x) => x.range === address);
      if (!v) throw fakeError('InvalidOperation', 'errorAlert before rule');
      v.error = alert.message;
    });
  }
}
