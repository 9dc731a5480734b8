import { inferPostingForm } from '../../domain/postings/inferForm';
import { matchKey } from '../../domain/text/normalize';
import { POSTING_FORMS, vocabEntry } from '../../domain/vocabulary';
import type { SheetGrid } from '../grid';
import { readInfo } from '../info';
import { INFO_SHEET, type SheetSpec } from '../schema';
import { sheetNameYear, titleFacts } from './facts';
import { findTables } from './findTables';
import { TABLE_KINDS, type DefaultReading, type FactReading, type Reading, type TableReading } from './types';

/**
 * Reads a workbook by its content (DESIGN.md, "Reading a workbook"): every sheet is scanned for
 * tables of every kind, whatever it is called; `Thông tin` is found by its labels; the title blocks
 * give the facts the book does not type. The result is data: a person may correct it.
 *
 * @example recogniseWorkbook(grids).tables[0]
 * // { kind: 'postings', sheet: 'Theo dõi niêm yết', headerRows: [4], firstDataRow: 5, lastRow: 21, columns: […],
 * //   defaults: [{ key: 'form', value: 'niem-yet', label: 'Niêm yết', from: { how: 'sheet-name', … } }], … }
 */
export function recogniseWorkbook(grids: readonly SheetGrid[]): Reading {
  const tables: TableReading[] = [];
  const facts: FactReading[] = [];
  const otherSheets: string[] = [];
  for (const g of grids) {
    if (isInfoSheet(g)) {
      tables.push(infoTable(g));
      // «Tên đơn vị: UBND xã …» typed in one cell is a fact too (a label and its value apart are read by readInfo).
      facts.push(...titleFacts(g, g.firstRow, g.firstRow + g.values.length - 1, { labelledOnly: true }));
      continue;
    }
    const found = findTables(g);
    const lastRow = g.firstRow + g.values.length - 1;
    const top = found.length > 0 ? Math.min(...found.map((t) => t.headerRows[0])) - 1 : lastRow;
    facts.push(...titleFacts(g, g.firstRow, top));
    const nameYear = sheetNameYear(g.name);
    if (nameYear) facts.push(nameYear);
    if (found.length === 0) otherSheets.push(g.name);
    for (const t of found) tables.push(withDefaults(t, g));
  }
  const kinds = new Set(tables.map((t) => t.kind));
  return { version: 1, tables, facts: firstOfEach(facts), notFound: TABLE_KINDS.filter((k) => !kinds.has(k)), otherSheets };
}

const INFO_NAMES = new Set([INFO_SHEET.name, ...((INFO_SHEET as SheetSpec).aliases ?? []), 'Thông tin chung', 'Thông tin đơn vị', 'Thong tin'].map(matchKey));

/** `Thông tin` by its name, or a sheet of label | value lines that names the unit. */
function isInfoSheet(g: SheetGrid): boolean {
  if (INFO_NAMES.has(matchKey(g.name))) return true;
  if (g.values.length > 40) return false;
  const read = readInfo(g);
  return read.rows.unit !== undefined && Object.keys(read.rows).length >= 2 && findTables(g).length === 0;
}

function infoTable(g: SheetGrid): TableReading {
  const last = g.firstRow + Math.max(0, g.values.length - 1);
  return {
    kind: 'info', sheet: g.name, headerRows: [], firstDataRow: g.firstRow, lastRow: last,
    firstColumn: g.firstColumn, lastColumn: g.firstColumn + Math.max(0, (g.values[0]?.length ?? 1) - 1),
    columns: [], defaults: [], ignored: [], confidence: 1, from: 'header',
  };
}

/**
 * What a table implies for its blank cells: the form of publication from the sheet's name or the
 * table's title («Theo dõi niêm yết» → Niêm yết), a consultation's subject from its title.
 */
function withDefaults(t: TableReading, g: SheetGrid): TableReading {
  const defaults: DefaultReading[] = [];
  const has = (key: string) => t.columns.some((c) => c.key === key && c.status === 'taken');
  if (t.kind === 'postings') {
    const fromTitle = t.title ? inferPostingForm(t.title) : null;
    const fromName = inferPostingForm(g.name);
    const form = fromTitle ?? fromName;
    if (form) {
      const how = fromTitle ? 'title' : 'sheet-name';
      defaults.push({ key: 'form', value: form, label: vocabEntry(POSTING_FORMS, form).label,
        from: { sheet: g.name, row: how === 'title' ? t.headerRows[0] - 1 : null, how, text: how === 'title' ? t.title! : g.name } });
    }
  }
  if (t.kind === 'consultations' && !has('subject') && t.title) {
    defaults.push({ key: 'subject', value: t.title, label: t.title, from: { sheet: g.name, row: t.headerRows[0] - 1, how: 'title', text: t.title } });
  }
  return defaults.length > 0 ? { ...t, defaults } : t;
}

/**
 * One fact of each key: a commune-level unit before its parent, the first seen otherwise. Titles
 * come before sheet names (a title says the year in words).
 */
function firstOfEach(facts: readonly FactReading[]): FactReading[] {
  const out = new Map<string, FactReading>();
  const rank = (f: FactReading) => (f.from.how === 'title' ? 0 : 1);
  for (const f of [...facts].sort((a, b) => rank(a) - rank(b))) if (!out.has(f.key)) out.set(f.key, f);
  return [...out.values()];
}
