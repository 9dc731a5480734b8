import { specOf } from '../sheets/reading/kinds';
import type { ColumnSpec } from '../sheets/schema';
import type { DefaultReading, Reading, TableKind, TableReading } from '../sheets/reading/types';

/**
 * The corrections a person makes on «Cách đọc sổ», as pure functions over a `Reading`: each returns
 * a new reading and marks what it changed as the user's (`from: 'user'`), so a confirmed reading
 * wins over recognition the next time the book is read (DESIGN.md, "Reading a workbook").
 */

/** A table as the pane edits it: `ignore` drops it from the next reading (`applyReading`). */
export type EditableTable = TableReading & { readonly ignore?: boolean };

const USER = (sheet: string | null, text: string) => ({ sheet, row: null, how: 'user' as const, text });

function updateTable(reading: Reading, index: number, change: (t: EditableTable) => EditableTable): Reading {
  return { ...reading, tables: reading.tables.map((t, i) => (i === index ? { ...change(t), from: 'user' as const } : t)) };
}

/**
 * Gives column `column` of table `index` the meaning `key` (null: not used).
 * @example setColumnMeaning(reading, 0, 3, 'start') // column C of the first table is «Ngày bắt đầu»
 */
export function setColumnMeaning(reading: Reading, index: number, column: number, key: string | null): Reading {
  return updateTable(reading, index, (t) => ({
    ...t,
    columns: t.columns.map((c) => (c.column === column
      ? { ...c, key, status: key === null ? 'unknown' as const : 'taken' as const, from: 'user' as const, confidence: 1, alternatives: undefined }
      : c)),
  }));
}

/** Accepts every proposal of table `index` as it stands. */
export function acceptProposals(reading: Reading, index: number): Reading {
  return updateTable(reading, index, (t) => ({
    ...t, columns: t.columns.map((c) => (c.status === 'proposed' ? { ...c, status: 'taken' as const, from: 'user' as const } : c)),
  }));
}

export function setTableKind(reading: Reading, index: number, kind: TableKind): Reading {
  return updateTable(reading, index, (t) => (t.kind === kind ? t : {
    ...t,
    kind,
    // A column's meaning belongs to its kind: the ones the new kind has no such column for are dropped.
    columns: t.columns.map((c) => (c.key !== null && !specOf(kind).columns.some((s) => s.key === c.key)
      ? { ...c, key: null, status: 'unknown' as const, from: 'user' as const } : c)),
    defaults: t.defaults.filter((d) => specOf(kind).columns.some((s) => s.key === d.key)),
  }));
}

/** The header is the one row `row` (the data starts below it). */
export function setHeaderRow(reading: Reading, index: number, row: number): Reading {
  return updateTable(reading, index, (t) => ({ ...t, headerRows: [row], firstDataRow: Math.max(row + 1, t.firstDataRow > row ? t.firstDataRow : row + 1) }));
}

export function setIgnored(reading: Reading, index: number, ignore: boolean): Reading {
  return updateTable(reading, index, (t) => ({ ...t, ignore }));
}

/**
 * A sheet-wide value for column `key` («mọi dòng là Niêm yết»); `value` null removes it.
 * @example setDefault(reading, 0, 'form', 'niem-yet') // every posting of the table is a «Niêm yết»
 */
export function setDefault(reading: Reading, index: number, key: string, value: string | null): Reading {
  return updateTable(reading, index, (t) => {
    const rest = t.defaults.filter((d) => d.key !== key);
    const entry = value === null ? undefined : specOf(t.kind).columns.find((c) => c.key === key)?.vocabulary?.entries.find((e) => e.id === value);
    const added: DefaultReading[] = entry ? [{ key, value: entry.id, label: entry.label, from: USER(t.sheet, entry.label) }] : [];
    return { ...t, defaults: [...rest, ...added] };
  });
}

/** The unit's name as typed (blank: back to what the workbook says). */
export function setUnitName(reading: Reading, name: string): Reading {
  const value = name.trim();
  const others = reading.facts.filter((f) => !(f.key === 'unit' && f.from.how === 'user'));
  return { ...reading, facts: value === '' ? others : [{ key: 'unit', value, from: USER(null, value) }, ...others] };
}

/** The unit's name the reading holds: the one typed first, then the inferred one. */
export function unitOf(reading: Reading): string {
  const unit = reading.facts.find((f) => f.key === 'unit' && f.from.how === 'user') ?? reading.facts.find((f) => f.key === 'unit');
  return unit ? String(unit.value) : '';
}

/** The meanings a column of `kind` may take (the template's columns and the staff-only ones). */
export const meaningsOf = (kind: TableKind): readonly ColumnSpec[] => specOf(kind).columns;

/**
 * Columns whose value may be set for the whole table: a closed list (vocabulary) the table has no
 * column for, or already has a default for.
 */
export function defaultableColumns(t: TableReading): readonly ColumnSpec[] {
  return specOf(t.kind).columns.filter((c) => c.vocabulary !== undefined
    && (t.defaults.some((d) => d.key === c.key) || !t.columns.some((col) => col.key === c.key && col.status === 'taken')));
}
