import { parseDeadlineCell, type DeadlineResult } from '../calendar/deadline';
import { isCalendarYear } from '../calendar/calendarRange';
import { addDays, compareDates, diffDays, formatVi, type LocalDate } from '../calendar/localDate';
import { endOfTimeLimit } from '../calendar/period';
import { provisionalNote } from '../calendar/provisional';
import { builtInCalendar, isWorkingDay, type WorkCalendar } from '../calendar/workingDays';
import type { Finding } from '../findings';

/**
 * Plan tasks (`Kế hoạch`) against their deadlines as of a date (SCHEMA.md, task `status`).
 * The deadline comes from the unit's own plan; the Law asks the commune to carry the plan out
 * (rule `KH_THOI_HAN`), so a missed deadline is a finding, an unreadable one an input error.
 */

/** SCHEMA.md task status. Same union as `TaskStatus` in `app/types.ts`, kept here so the core owns it. */
export type TaskStatus = 'done-on-time' | 'done-late' | 'overdue' | 'due-soon' | 'open' | 'no-deadline' | 'invalid';

/** The rule id of every task finding (not yet in `rules/catalog.ts`). */
export const TASK_RULE = 'KH_THOI_HAN';

/** A task is `due-soon` when its due date is at most this many days after the as-of date. */
export const DUE_SOON_DAYS = 7;

/** One row of `Kế hoạch`, already read. */
export interface TaskRow {
  readonly sheet: string;
  readonly row: number;
  readonly title: string;
  /** `Thời hạn`: a day (date cell) or the phrase; null when blank or unreadable. */
  readonly due: string | LocalDate | null;
  /** The `Thời hạn` cell as typed (a day as dd/mm/yyyy), for messages and the JSON; null when blank. */
  readonly dueText: string | null;
  readonly completed: LocalDate | null;
  /** `Kết quả` is filled. */
  readonly hasResult: boolean;
  /** The `Thời hạn` / `Ngày hoàn thành` cell was filled but unreadable (its input error is reported already). */
  readonly badDue: boolean;
  readonly badCompleted: boolean;
}

export interface TaskOptions {
  readonly asOf: LocalDate;
  /** `Năm báo cáo`: yearly deadlines (`Hằng năm, trước ngày 01 tháng 11`) fall in it. */
  readonly reportYear: number | null;
  /**
   * The workbook's working days (`Ngày nghỉ` over the built-in list), for Bộ luật Dân sự 2015,
   * Điều 148 khoản 5; the built-in days off when not given.
   */
  readonly calendar?: WorkCalendar;
}

/** A deadline phrase the parser could not turn into a day; reported as an input error at the cell. */
export interface DeadlineError {
  readonly code: string;
  readonly phrase: string;
  readonly params: Readonly<Record<string, number>>;
}

export interface TaskVerdict {
  readonly status: TaskStatus;
  /** The day the phrase names (SCHEMA.md's table): `due` in the JSON. */
  readonly due: LocalDate | null;
  /**
   * When `due` is a day off, the next working day, on which the time limit ends and by which the
   * task is judged (Bộ luật Dân sự 2015, Điều 148 khoản 5); null when `due` is a working day.
   */
  readonly endsOn: LocalDate | null;
  /** The first day of work (`Từ Quý III năm 2024`, or the start of a range). */
  readonly start: LocalDate | null;
  /** The completion date the status was judged by; null when blank, unreadable or after the as-of date. */
  readonly completed: LocalDate | null;
  /** Days late (done-late, overdue) or days left (due-soon, open); null otherwise. */
  readonly days: number | null;
  /** Why the task is `invalid`, or `blank` when `Thời hạn` is empty. */
  readonly reason: 'bad-deadline' | 'bad-completed' | 'blank' | null;
  readonly deadlineError: DeadlineError | null;
  readonly findings: readonly Finding[];
}

const readDeadline = (t: TaskRow, reportYear: number | null): DeadlineResult | null =>
  t.due === null ? null : parseDeadlineCell(t.due, { reportYear });

/** Status of a task not (yet) completed, by its due date. */
function pendingStatus(due: LocalDate, asOf: LocalDate): { status: TaskStatus; days: number } {
  const left = diffDays(due, asOf);
  if (left < 0) return { status: 'overdue', days: -left };
  return { status: left <= DUE_SOON_DAYS ? 'due-soon' : 'open', days: left };
}

/**
 * Checks one plan task as of a date. A task is done on time when completed on or before its due
 * day (the day counts to its end, Bộ luật Dân sự 2015, Điều 148); a due day that is a day off
 * moves to the next working day (Điều 148 khoản 5), and the finding says so.
 * @example checkTask({ sheet: 'Kế hoạch', row: 5, title: 'Báo cáo 6 tháng', due: 'trước ngày 01/6/2024',
 *   dueText: 'trước ngày 01/6/2024', completed: null, hasResult: false, badDue: false, badCompleted: false },
 *   { asOf: { y: 2024, m: 6, d: 12 }, reportYear: 2024 })
 * // { status: 'overdue', due: { y: 2024, m: 5, d: 31 }, days: 12, findings: [{ code: 'KH_THOI_HAN.overdue', … }], … }
 */
export function checkTask(t: TaskRow, opts: TaskOptions): TaskVerdict {
  const { asOf } = opts;
  const deadline = readDeadline(t, opts.reportYear);
  const cal = opts.calendar ?? builtInCalendar();
  // Bộ luật Dân sự 2015, Điều 148 khoản 5: a time limit whose last day is a day off ends on the next working day.
  const due = deadline?.kind === 'due' ? deadline.due : null;
  const limit = due && isCalendarYear(due.y) && isCalendarYear(due.y + 1) ? endOfTimeLimit(due, (x) => isWorkingDay(cal, x)) : null;
  const endsOn = limit?.movedFrom ? limit.due : null;
  // The day the task is judged by: the end of the time limit.
  const last = endsOn ?? due;
  const start = deadline?.kind === 'due' || deadline?.kind === 'start' ? deadline.start : null;
  const deadlineError = deadline?.kind === 'error'
    ? { code: deadline.code, phrase: deadline.phrase, params: deadline.params ?? {} }
    : null;
  const findings: Finding[] = [];
  const params = {
    title: t.title, dueText: t.dueText, due: last ? formatVi(last) : null, asOf: formatVi(asOf),
    completed: t.completed ? formatVi(t.completed) : null,
    ...(endsOn && due ? { movedFrom: formatVi(due), provisional: provisionalNote(cal, addDays(due, -1), endsOn) } : {}),
  };
  const find = (code: string, severity: Finding['severity'], days: number | null = null) =>
    findings.push({ sheet: t.sheet, row: t.row, rule: TASK_RULE, severity, code: `${TASK_RULE}.${code}`, params: { ...params, days } });
  const verdict = (status: TaskStatus, v: Partial<TaskVerdict> = {}): TaskVerdict =>
    ({ status, due, endsOn, start, completed: null, days: null, reason: null, deadlineError, findings, ...v });

  // A completion date after the as-of date is not a fact yet: judge the task as still open.
  const future = t.completed !== null && compareDates(t.completed, asOf) > 0;
  if (future) find('completed-future', 'warning');
  const completed = future ? null : t.completed;

  if (t.badDue || deadlineError) return verdict('invalid', { reason: 'bad-deadline', completed });
  if (t.badCompleted) return verdict('invalid', { reason: 'bad-completed' });
  if (last === null) {
    // A blank `Thời hạn` is not an error (many plan lines are ongoing work), but nothing can be followed up.
    if (deadline === null) find('blank', 'info');
    return verdict('no-deadline', { completed, reason: deadline === null ? 'blank' : null });
  }
  if (completed) {
    const late = diffDays(completed, last);
    if (late <= 0) return verdict('done-on-time', { completed });
    find('done-late', 'warning', late);
    return verdict('done-late', { completed, days: late });
  }
  const { status, days } = pendingStatus(last, asOf);
  if (status === 'overdue') find('overdue', 'error', days);
  if (status === 'due-soon') find('due-soon', 'info', days);
  // A result without a date proves nothing about the deadline; the status stays by the dates.
  if (t.hasResult && t.completed === null) find('result-undated', 'info');
  return verdict(status, { days });
}
