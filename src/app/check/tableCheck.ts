import type { LocalDate } from '../../domain/calendar/localDate';
import type { WorkCalendar } from '../../domain/calendar/workingDays';
import type { Finding, RowVerdict } from '../../domain/findings';
import type { Issue } from '../../domain/issues';
import type { UnitKind } from '../../domain/postings/types';
import type { RuleSet } from '../../domain/rules/resolve';

/** What every table check receives: decided once per check from `Thông tin`, `Quy định`, `Ngày nghỉ`. */
export interface CheckContext {
  readonly asOf: LocalDate;
  /** `Thông tin → Năm báo cáo`: phrases without a year and yearly deadlines take it. */
  readonly reportYear: number | null;
  readonly unit: UnitKind;
  readonly rules: RuleSet;
  readonly calendar: WorkCalendar;
}

/** Where a table sits on its sheet, so «Kiểm tra» can keep its status column to the right of it. */
export interface TablePlace {
  readonly sheet: string;
  readonly headerRow: number;
  /** Last column of the table's known headers (1-based). */
  readonly lastColumn: number;
  /** Every data row (1-based sheet rows) the check judged. */
  readonly rows: readonly number[];
  /** Last row of the table's block when another table or a signature follows it on the sheet. */
  readonly blockEnd?: number;
}

/**
 * One checked row: where it sits, its cells as the table read them (`fields`, dates as LocalDate)
 * and what the check found (`result`). The reports are built from these, the JSON beside them.
 */
export interface CheckedRow<F, R> {
  readonly sheet: string;
  readonly row: number;
  readonly fields: F;
  readonly result: R;
}

/**
 * The result of checking one input table: JSON items, the checked rows they were made from,
 * findings, input errors, per-row verdicts.
 */
export interface TableCheck<J, R = never> {
  readonly items: J[];
  /** Each row's record and result, in the order of `items`. */
  readonly records: R[];
  readonly findings: Finding[];
  readonly issues: Issue[];
  readonly verdicts: RowVerdict[];
  /** null when the sheet is absent or has no header. */
  readonly place: TablePlace | null;
}
