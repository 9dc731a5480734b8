import { parseDeadline } from '../../domain/calendar/deadline';
import { compareDates, formatVi, type LocalDate } from '../../domain/calendar/localDate';
import type { PlanConsultation, PlanPosting, PlanTask } from '../../domain/plan/types';
import type { DocValue } from '../../report/document';

/**
 * An imported plan item → the cells of its row, by column key of `sheets/schema.ts`. Only what
 * the plan says is written; every other cell stays empty for the officer.
 */
export type RowValues = Readonly<Record<string, DocValue>>;

const sameDay = (a: LocalDate | null, b: LocalDate | null) => (a === null || b === null ? a === b : compareDates(a, b) === 0);

/**
 * `Thời hạn` keeps the plan's words when they read the same on their own (`Quý III/2024`,
 * `thường xuyên trong năm 2025`, an unreadable phrase the check will flag); a phrase whose year
 * came from the plan (`trước ngày 15/10`) is written as its due day, so the workbook's own
 * `Năm báo cáo` cannot shift it.
 */
export function deadlineCell(task: Pick<PlanTask, 'dueText' | 'due' | 'start'>): { value: DocValue; replaced: boolean } {
  if (task.dueText === null) return { value: task.due, replaced: false };
  if (task.due === null && task.start === null) return { value: task.dueText, replaced: false };
  const alone = parseDeadline(task.dueText, { reportYear: null });
  const due = alone.kind === 'due' ? alone.due : null;
  const start = alone.kind === 'due' ? alone.start : alone.kind === 'start' ? alone.start : null;
  if (sameDay(due, task.due) && sameDay(start, task.start)) return { value: task.dueText, replaced: false };
  return { value: task.due ?? task.dueText, replaced: task.due !== null };
}

export function taskRow(task: PlanTask): RowValues {
  const deadline = deadlineCell(task);
  const notes = [
    task.advisor ? `Cơ quan tham mưu: ${task.advisor}` : null,
    deadline.replaced ? `Thời hạn trong kế hoạch: «${task.dueText}»` : null,
    deadline.replaced && task.start ? `Bắt đầu: ${formatVi(task.start)}` : null,
  ].filter((n): n is string => n !== null);
  return {
    index: task.section, title: task.title, lead: task.lead, partners: task.partners,
    due: deadline.value, note: notes.length > 0 ? notes.join('; ') : null,
  };
}

export function postingRow(p: PlanPosting): RowValues {
  return { title: p.title, form: p.form, place: p.place, start: p.start, end: p.end, requiredDays: p.requiredDays };
}

export function consultationRow(c: PlanConsultation): RowValues {
  return { subject: c.title, from: c.from, to: c.to };
}
