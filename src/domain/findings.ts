/**
 * A verdict the law gives on a row (or a sheet): a rule id from the catalog, a severity, and a
 * message code with its parameters. The Vietnamese text is made at the output edge from the one
 * message table (`messages.ts`, keyed by code), like an input Issue's.
 */
export interface Finding {
  readonly sheet: string;
  /** The sheet's own 1-based row, or null for a sheet-level finding. */
  readonly row: number | null;
  /** Rule id from `rules/catalog.ts` (`YK_THOI_GIAN`, `BQ_HAI_PHAN_BA`…). */
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info';
  /** Key into MESSAGES, e.g. `YK_THOI_GIAN.short`. */
  readonly code: string;
  readonly params: Readonly<Record<string, string | number | null>>;
  /**
   * The text, when the check already made it from this code and these params for the row's own
   * explanation (a posting's finding says what its explanation says): `findingMessage` gives it as is.
   */
  readonly message?: string;
}

/** The one-line verdict a row gets in its table's owned status column (`Kết quả kiểm tra`). */
export interface RowVerdict {
  readonly sheet: string;
  readonly row: number;
  /** Short Vietnamese label: «Đạt», «Chưa đủ thời gian», «Quá hạn 3 ngày»… */
  readonly label: string;
  readonly severity: 'error' | 'warning' | 'info' | 'ok';
}
