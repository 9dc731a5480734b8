import { FakeContext, FakeObject } from './fakeContext';
import { coerceInput, fakeError, type FakeCell, type FakeSheet } from './fakeModel';
import { FakeDataValidation, FakeRangeFormat } from './fakeFormat';

/** A block of cells; an entire column ("B:B") or row ("5:5") has row2/col2 at Excel's limits. */
export interface Block { sheet: FakeSheet; row: number; col: number; row2: number; col2: number }

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

const letters = (c: number): string => {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const colNum = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

export function parseAddress(sheet: FakeSheet, address: string): Block {
  const a = address.replace(/\$/g, '').replace(/^.*!/, '');
  let m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a);
  if (m) return { sheet, row: +m[2], col: colNum(m[1]), row2: m[4] ? +m[4] : +m[2], col2: m[3] ? colNum(m[3]) : colNum(m[1]) };
  m = /^([A-Z]+):([A-Z]+)$/.exec(a);
  if (m) return { sheet, row: 1, col: colNum(m[1]), row2: MAX_ROW, col2: colNum(m[2]) };
  m = /^(\d+):(\d+)$/.exec(a);
  if (m) return { sheet, row: +m[1], col: 1, row2: +m[2], col2: MAX_COL };
  throw fakeError('InvalidArgument', `bad address ${address}`);
}

export function blockAddress(b: Block): string {
  const quoted = /^[A-Za-z0-9_]+$/.test(b.sheet.name) ? b.sheet.name : `'${b.sheet.name.replace(/'/g, "''")}'`;
  const tl = `${letters(b.col)}${b.row}`;
  return `${quoted}!${b.row === b.row2 && b.col === b.col2 ? tl : `${tl}:${letters(b.col2)}${b.row2}`}`;
}

function cells(b: Block, fn: (cell: FakeCell, r: number, c: number) => void): void {
  if (b.row2 === MAX_ROW || b.col2 === MAX_COL) throw fakeError('InvalidArgument', 'cell-by-cell write to an entire row or column');
  for (let r = b.row; r <= b.row2; r++) for (let c = b.col; c <= b.col2; c++) fn(b.sheet.cell(r, c), r, c);
}

/** 2D arrays must match the range exactly, as Excel requires. */
function grid(b: Block, rows: unknown, prop: string): unknown[][] {
  const h = b.row2 - b.row + 1, w = b.col2 - b.col + 1;
  if (!Array.isArray(rows) || rows.length !== h || rows.some((r) => !Array.isArray(r) || r.length !== w)) {
    throw fakeError('InvalidArgument', `${prop}: the array does not match the range ${blockAddress(b)} (${h}×${w})`);
  }
  return rows as unknown[][];
}

export class FakeRange extends FakeObject<Block> {
  protected readonly loadable: Record<string, (b: Block) => unknown> = {
    address: (b) => blockAddress(b),
    rowIndex: (b) => b.row - 1,
    columnIndex: (b) => b.col - 1,
    rowCount: (b) => b.row2 - b.row + 1,
    columnCount: (b) => b.col2 - b.col + 1,
    // Excel gives no values for a range of more than 5 million cells (null), whatever the payload.
    values: (b) => ((b.row2 - b.row + 1) * (b.col2 - b.col + 1) > this.context.options.maxValueCells ? null : this.map(b, (cell) => cell?.value ?? '')),
    formulas: (b) => this.map(b, (cell) => cell?.formula ?? cell?.value ?? ''),
    numberFormat: (b) => this.map(b, (cell) => cell?.numberFormat ?? 'General'),
  };

  constructor(context: FakeContext, path: string, nullable: boolean, resolve: () => Block | null) {
    super(context, path, nullable, resolve);
  }

  private map(b: Block, fn: (cell: FakeCell | undefined) => unknown): unknown[][] {
    const out: unknown[][] = [];
    for (let r = b.row; r <= b.row2; r++) {
      const row: unknown[] = [];
      for (let c = b.col; c <= b.col2; c++) row.push(fn(b.sheet.peek(r, c)));
      out.push(row);
    }
    return out;
  }

  get address(): string { return this.read('address'); }
  get rowIndex(): number { return this.read('rowIndex'); }
  get columnIndex(): number { return this.read('columnIndex'); }
  get rowCount(): number { return this.read('rowCount'); }
  get columnCount(): number { return this.read('columnCount'); }
  get values(): unknown[][] { return this.read('values'); }
  set values(v: unknown[][]) { this.act({ set: 'values', value: v }, (b) => this.write(b, v, 'values')); }
  get formulas(): unknown[][] { return this.read('formulas'); }
  set formulas(v: unknown[][]) { this.act({ set: 'formulas', value: v }, (b) => this.write(b, v, 'formulas')); }
  get numberFormat(): unknown[][] { return this.read('numberFormat'); }
  set numberFormat(v: unknown[][]) {
    this.act({ set: 'numberFormat', value: v }, (b) => {
      const g = grid(b, v, 'numberFormat');
      cells(b, (cell, r, c) => { cell.numberFormat = String(g[r - b.row][c - b.col]); });
    });
  }

  private write(b: Block, v: unknown[][], prop: string): void {
    const g = grid(b, v, prop);
    cells(b, (cell, r, c) => coerceInput(cell, g[r - b.row][c - b.col]));
  }

  set hyperlink(link: Record<string, string>) {
    this.context.requireApi(7, 'Range.hyperlink');
    this.act({ set: 'hyperlink', value: link }, (b) => {
      cells(b, (_cell, r, c) => b.sheet.hyperlinks.set(`${letters(c)}${r}`, { ...link }));
    });
  }

  set columnHidden(hidden: boolean) {
    this.act({ set: 'columnHidden', value: hidden }, (b) => {
      for (let c = b.col; c <= b.col2; c++) {
        if (hidden) b.sheet.hiddenColumns.add(c);
        else b.sheet.hiddenColumns.delete(c);
      }
    });
  }

  merge(across = false): void {
    this.act({ call: 'merge', args: [across] }, (b) => {
      const overlaps = b.sheet.merges.some((m) => {
        const o = parseAddress(b.sheet, m);
        return o.row <= b.row2 && b.row <= o.row2 && o.col <= b.col2 && b.col <= o.col2;
      });
      if (overlaps) throw fakeError('MergedRangeConflict', blockAddress(b));
      b.sheet.merges.push(blockAddress(b).replace(/^.*!/, ''));
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, `${this.path}.getCell(${row},${column})`, this.nullable, () => {
      const b = this.resolved(false);
      return b && { sheet: b.sheet, row: b.row + row, col: b.col + column, row2: b.row + row, col2: b.col + column };
    });
  }

  get format(): FakeRangeFormat { return new FakeRangeFormat(this); }

  /** `Formats` resets every format property of the block's cells; `Contents` empties them. */
  clear(applyTo: string = 'All'): void {
    if (!['All', 'Formats', 'Contents'].includes(applyTo)) throw fakeError('InvalidArgument', `clear(${applyTo}) is not faked`);
    this.act({ call: 'clear', args: [applyTo] }, (b) => cells(b, (cell) => {
      if (applyTo !== 'Contents') Object.assign(cell, { numberFormat: 'General', font: {}, fill: undefined, horizontal: undefined, vertical: undefined, wrap: undefined, borders: {} });
      if (applyTo !== 'Formats') { cell.value = null; delete cell.formula; }
    }));
  }

  /** Excel selects on the active sheet only; the fake fails otherwise rather than guess. */
  select(): void {
    this.act({ call: 'select' }, (b) => {
      const model = this.context.model;
      if (model.activeSheet !== b.sheet) throw fakeError('InvalidSelection', `select on ${blockAddress(b)}: its sheet is not active`);
      model.selection = { sheet: b.sheet.name, address: blockAddress(b).replace(/^.*!/, '') };
    });
  }

  /**
   * ExcelApi 1.6. Only colour scales are faked; the criteria must name a minimum and a maximum,
   * each a `Number` (or `LowestValue`/`HighestValue`…) with a colour.
   */
  get conditionalFormats(): { add(type: string): { colorScale: { criteria: Record<string, unknown> } } } {
    this.context.requireApi(6, 'Range.conditionalFormats');
    return {
      add: (type: string) => {
        let entry: { range: string; criteria?: Record<string, unknown> } | null = null;
        this.act({ call: 'conditionalFormats.add', args: [type] }, (b) => {
          if (type !== 'ColorScale') throw fakeError('InvalidArgument', `conditional format ${type} is not faked`);
          entry = { range: blockAddress(b).replace(/^.*!/, '') };
          b.sheet.colorScales.push(entry);
        });
        const act = (request: Record<string, unknown>, fn: (b: Block) => void) => this.act(request, fn);
        return {
          colorScale: {
            set criteria(criteria: Record<string, unknown>) {
              act({ set: 'colorScale.criteria', value: criteria }, () => {
                const stops = ['minimum', 'maximum'].map((k) => criteria[k] as { type?: string; color?: string } | undefined);
                if (stops.some((s) => !s?.type || !s.color)) throw fakeError('InvalidArgument', 'colorScale needs a minimum and a maximum');
                if (!entry) throw fakeError('ItemNotFound', 'colorScale: its add failed');
                entry.criteria = criteria;
              });
            },
            get criteria(): Record<string, unknown> { throw fakeError('PropertyNotLoaded', 'colorScale.criteria'); },
          },
        };
      },
    };
  }

  get dataValidation(): FakeDataValidation {
    this.context.requireApi(8, 'Range.dataValidation');
    return new FakeDataValidation(this);
  }

  /** For the property setters of format objects: they act on this range's cells. */
  forCells(request: Record<string, unknown>, fn: (cell: FakeCell, b: Block, r: number, c: number) => void): void {
    this.act(request, (b) => cells(b, (cell, r, c) => fn(cell, b, r, c)));
  }

  forBlock(request: Record<string, unknown>, fn: (b: Block) => void): void {
    this.act(request, fn);
  }
}
