import { makeDate, type LocalDate } from '../domain/calendar/localDate';

/** What a date text box holds: nothing, a real day, or a Vietnamese reason it is not one. */
export type DateInput =
  | { readonly kind: 'blank' }
  | { readonly kind: 'date'; readonly date: LocalDate }
  | { readonly kind: 'invalid'; readonly message: string };

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** The reasons in words; Vietnamese unless the pane passes its language's (`strings.inputs`). */
export interface DateMessages {
  readonly dateFormat: string;
  readonly dateNotInCalendar: (text: string) => string;
}

const VI: DateMessages = {
  dateFormat: 'Ngày không đúng dạng dd/mm/yyyy, ví dụ 15/02/2024.',
  dateNotInCalendar: (text) => `Ngày ${text} không có trong lịch.`,
};

/**
 * Reads a day typed as dd/mm/yyyy (also d/m/yyyy, with `.` or `-`). Always day first, as staff
 * write it; a two-digit year is refused here because a typed as-of date should not be guessed.
 * @example parseDateInput('6/3/2024') // { kind: 'date', date: { y: 2024, m: 3, d: 6 } }
 * @example parseDateInput('31/02/2024').kind // "invalid"
 */
export function parseDateInput(text: string, messages: DateMessages = VI): DateInput {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'blank' };
  const match = DAY_MONTH_YEAR.exec(trimmed);
  if (!match) {
    return { kind: 'invalid', message: messages.dateFormat };
  }
  const date = makeDate(Number(match[3]), Number(match[2]), Number(match[1]));
  if (!date) return { kind: 'invalid', message: messages.dateNotInCalendar(trimmed) };
  return { kind: 'date', date };
}
