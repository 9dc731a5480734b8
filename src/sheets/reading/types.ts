/**
 * How a workbook was read (DESIGN.md, "Reading a workbook"): the one place that says which tables
 * were found where, what each column was taken to mean and how sure that is, which facts were
 * inferred instead of typed, and which rows were passed over. Plain data: `dccs inspect --json`
 * prints it, a person corrects it, the workbook keeps it (`DCCS Cách đọc`), the next run uses it.
 */

/** The kinds of table a tracking workbook holds (SCHEMA.md, "Input sheets"). */
export type TableKind = 'info' | 'plan' | 'postings' | 'consultations' | 'feedback' | 'votes' | 'daysOff' | 'rules';

export const TABLE_KINDS: readonly TableKind[] = ['info', 'plan', 'postings', 'consultations', 'feedback', 'votes', 'daysOff', 'rules'];

/**
 * Where a meaning came from: an Excel table's or the template's header (`exact`), an accepted
 * alias in other words or order (`words`), a person (`user`).
 */
export type ColumnSource = 'exact' | 'words' | 'user';

/**
 * `taken`: used to read the rows. `proposed`: a weak or ambiguous match, shown for a person to
 * confirm and never used until then. `unknown`: a header no known column resembles.
 */
export type ColumnStatus = 'taken' | 'proposed' | 'unknown';

export interface ColumnReading {
  /** The sheet's 1-based column. */
  readonly column: number;
  /** The header as the user wrote it (a two-row header: «parent / child»). */
  readonly header: string;
  /** The column's meaning: a key of the kind's `SheetSpec` (`start`, `due`, …), or null. */
  readonly key: string | null;
  /** 0–1: 1 for the template's own header, lower for more words that are not the alias's. */
  readonly confidence: number;
  readonly status: ColumnStatus;
  readonly from: ColumnSource;
  /** For a proposal: the other meanings it could have, best first. */
  readonly alternatives?: readonly { readonly key: string; readonly confidence: number }[];
}

/** Where a fact or a default was read. */
export interface Provenance {
  readonly sheet: string | null;
  readonly row: number | null;
  /** How: the title block, the sheet's name, a label line («Đơn vị: …»), the file's name, a person. */
  readonly how: 'title' | 'sheet-name' | 'label' | 'file-name' | 'user';
  /** The text it was read from, as written. */
  readonly text: string;
}

/** A value the workbook implies rather than types (the unit from «UBND XÃ AN THƯỢNG»). */
export interface FactReading {
  readonly key: 'unit' | 'level' | 'year';
  readonly value: string | number;
  readonly from: Provenance;
}

/** A sheet-wide default for a column the table does not have, or leaves blank («mọi dòng là Niêm yết»). */
export interface DefaultReading {
  readonly key: string;
  /** The value as the column's parser would give it (a vocabulary id, a number…). */
  readonly value: string | number;
  /** What a person reads: «Niêm yết». */
  readonly label: string;
  readonly from: Provenance;
}

export type IgnoredWhy = 'section' | 'totals' | 'signature' | 'note' | 'header-repeat' | 'ordinals';

export interface IgnoredRow {
  readonly row: number;
  readonly why: IgnoredWhy;
  /** The row's first text, for a person to recognise it. */
  readonly text: string;
}

export interface TableReading {
  readonly kind: TableKind;
  readonly sheet: string;
  /** One header row, or two (a merged parent over its children); the last is the one above the data. */
  readonly headerRows: readonly number[];
  readonly firstDataRow: number;
  /** Last row of the table's block (a new header, a section title above it, or a signature ends it). */
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly columns: readonly ColumnReading[];
  readonly defaults: readonly DefaultReading[];
  /** Rows inside the block that are not data. */
  readonly ignored: readonly IgnoredRow[];
  /** 0–1: how sure the kind is (the header's words, the sheet's name and title agreeing). */
  readonly confidence: number;
  readonly from: 'excel-table' | 'header' | 'user';
  /** The text above the header that titles it («II. LẤY Ý KIẾN …»), if any. */
  readonly title?: string;
}

export interface Reading {
  readonly version: 1;
  readonly tables: readonly TableReading[];
  readonly facts: readonly FactReading[];
  /** The kinds of table not found anywhere in the workbook. */
  readonly notFound: readonly TableKind[];
  /** Sheets that hold no table the tool knows (with their name, for the «not found» message). */
  readonly otherSheets: readonly string[];
  /** True when this reading was confirmed by a person (stored in the workbook or given as a file). */
  readonly confirmed?: boolean;
}

/** What makes a reading weak: a person should look before trusting it (the pane opens it by itself). */
export function isWeakReading(reading: Reading): boolean {
  return reading.tables.some((t) => t.confidence < 0.75 || t.columns.some((c) => c.status === 'proposed'));
}
