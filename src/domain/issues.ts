/**
 * Problems in the user's data are values, never exceptions (STYLE.md, "Errors").
 * The message text is produced at the output edge from `messages.ts`.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Issue {
  /** Key into the message table (`messages.ts`). */
  readonly code: string;
  readonly severity: Severity;
  readonly sheet: string;
  /** The sheet's own 1-based row, or null for a sheet-level problem. */
  readonly row: number | null;
  /** The column's header text as the user wrote it (or its letter), or null. */
  readonly column: string | null;
  /** The offending cell's value as text, if any. */
  readonly value?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Severity in words, wherever a finding is written for a person (sheets, reports, CLI, the pane). */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' };

/** Worst first: the order every list of findings is sorted in. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
