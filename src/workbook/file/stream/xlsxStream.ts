import type { CellValue, SheetGrid, TableInfo } from '../../../sheets/grid';
import { parseRange } from '../../../report/document';
import { ownersFrom } from '../../marks';
import { tableInfo } from '../../sheetNames';
import type { SheetContext } from './cellValue';
import { parseSheet } from './sheetXml';
import { parseDateStyles, parseRels, parseSharedStrings, parseTable, parseWorkbook, type WorkbookPart } from './xlsxParts';
import { assertEntrySizes, entryText, listEntries, ZipReadError, type ZipEntry } from './zipEntries';
import { DccsError } from '../../../domain/errors';

/**
 * An .xlsx read straight from its zip, sheet by sheet, for reading only: the workbook
 * part and its relationships when opened, the shared strings and styles on the first sheet asked
 * for, then each sheet's XML when it is asked for, into the grid `workbook/file/read.ts` gives from exceljs.
 * Nothing else is unpacked: no drawings, no pictures, no sheet nobody reads.
 */
export class XlsxStream {
  /** Worksheet names in workbook order (chart sheets left out, as exceljs does). */
  readonly sheetNames: readonly string[];
  private readonly entries: Map<string, ZipEntry>;
  private readonly paths = new Map<string, string>();
  private readonly workbook: WorkbookPart;
  private context: SheetContext | null = null;

  constructor(private readonly bytes: Uint8Array) {
    this.entries = listEntries(bytes);
    assertEntrySizes(this.entries.values());
    const workbook = this.entries.get('xl/workbook.xml');
    if (workbook === undefined) throw new ZipReadError('corrupt', 'no xl/workbook.xml');
    this.workbook = parseWorkbook(entryText(bytes, workbook));
    const rels = this.text('xl/_rels/workbook.xml.rels');
    const targets = rels === null ? {} : parseRels(rels, 'xl');
    const names: string[] = [];
    for (const sheet of this.workbook.sheets) {
      const path = sheet.rId === undefined ? undefined : targets[sheet.rId];
      if (path === undefined || !/^xl\/worksheets\/sheet\d+\.xml$/.test(path) || !this.entries.has(path)) continue;
      names.push(sheet.name);
      this.paths.set(sheet.name, path);
    }
    this.sheetNames = names;
  }

  /** The add-in's marks (marks.ts): owner id → sheet. */
  owners(): Record<string, string> {
    return ownersFrom(this.workbook.definedNames, this.sheetNames);
  }

  /** One worksheet by its exact name, as `readWorksheet` (workbook/file/read.ts) gives it. */
  readGrid(name: string): SheetGrid {
    const path = this.paths.get(name);
    if (path === undefined) throw new DccsError(`No worksheet "${name}"`);
    const { cells, merges, tableParts } = parseSheet(this.text(path)!, this.sheetContext());
    const overlapping = firstOverlap(merges);
    // exceljs refuses to load a sheet whose merged areas overlap; so does this reader.
    if (overlapping !== null) throw new ZipReadError('corrupt', `${path}: merged areas overlap at ${overlapping}`);
    const tables = this.tables(path, tableParts);
    const multiRow = merges.filter((m) => m.bottom > m.top);
    const extra = multiRow.length > 0 ? { merges: multiRow } : {};
    const grid = cells.grid();
    if (grid === null) return { name, firstRow: 1, firstColumn: 1, values: [], tables, ...extra };
    let { top, left, values } = grid;
    const bottom = top + values.length - 1;
    const right = left + values[0].length - 1;
    // A merged area's value lives in its top-left cell only (workbook/file/read.ts readCell); the used range
    // is then that of the cells left.
    let cleared = false;
    for (const m of merges) {
      for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, bottom); r++) {
        const row = values[r - top];
        for (let c = Math.max(m.left, left); c <= Math.min(m.right, right); c++) {
          if ((r !== m.top || c !== m.left) && row[c - left] !== null) {
            row[c - left] = null;
            cleared = true;
          }
        }
      }
    }
    if (cleared) {
      const trimmed = trim(values, top, left);
      if (trimmed === null) return { name, firstRow: 1, firstColumn: 1, values: [], tables, ...extra };
      ({ values, top, left } = trimmed);
    }
    return { name, firstRow: top, firstColumn: left, values, tables, ...extra };
  }

  /** Tables by name, as exceljs keeps them (a later one of the same name replaces the first). */
  private tables(sheetPath: string, ids: readonly string[]): TableInfo[] {
    if (ids.length === 0) return [];
    const slash = sheetPath.lastIndexOf('/');
    const rels = this.text(`${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`);
    const targets = rels === null ? {} : parseRels(rels, sheetPath.slice(0, slash));
    const byName: Record<string, TableInfo | null> = {};
    for (const id of ids) {
      const target = targets[id];
      const xml = target === undefined ? null : this.text(target);
      const table = xml === null ? null : parseTable(xml);
      if (table === null) continue;
      const name = String(table.name);
      byName[name] = table.name && table.ref ? tableInfo(table.name, parseRange(table.ref.replace(/\$/g, '')), table.headerRow, table.totalsRow) : null;
    }
    return Object.values(byName).filter((t): t is TableInfo => t !== null);
  }

  private sheetContext(): SheetContext {
    if (this.context === null) {
      const strings = this.text('xl/sharedStrings.xml');
      const styles = this.text('xl/styles.xml');
      this.context = {
        sharedStrings: strings === null ? [] : parseSharedStrings(strings),
        dateStyles: styles === null ? [] : parseDateStyles(styles),
        date1904: this.workbook.date1904,
      };
    }
    return this.context;
  }

  private text(path: string): string | null {
    const entry = this.entries.get(path);
    return entry === undefined ? null : entryText(this.bytes, entry);
  }
}

/** The grid without its empty outer rows and columns; null when nothing is left. */
function trim(values: CellValue[][], top: number, left: number): { values: CellValue[][]; top: number; left: number } | null {
  const filled = (v: CellValue) => v !== null;
  const rows = values.map((row) => row.some(filled));
  const first = rows.indexOf(true);
  if (first < 0) return null;
  const last = rows.lastIndexOf(true);
  const width = values[0].length;
  let lo = width, hi = -1;
  for (const row of values) {
    for (let c = 0; c < width; c++) {
      if (row[c] === null) continue;
      if (c < lo) lo = c;
      if (c > hi) hi = c;
    }
  }
  return { values: values.slice(first, last + 1).map((row) => row.slice(lo, hi + 1)), top: top + first, left: left + lo };
}

/** The first cell two merged areas share ("C4"), or null: exceljs's own check, pair by pair. */
function firstOverlap(merges: readonly { top: number; left: number; bottom: number; right: number }[]): string | null {
  if (merges.length < 2) return null;
  const sorted = [...merges].sort((a, b) => a.top - b.top);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j].top <= a.bottom; j++) {
      const b = sorted[j];
      if (b.left <= a.right && a.left <= b.right) return `${b.top}:${Math.max(a.left, b.left)}`;
    }
  }
  return null;
}
