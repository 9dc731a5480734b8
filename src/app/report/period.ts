import type { ReportModel } from '../../report/model';
import { outsideYear, type OutOfPeriod } from '../../report/period';
import { fold } from '../../domain/text/normalize';
import type { CheckRun } from '../check/check';

/**
 * A year's report counts that year's rows: postings, tasks, consultations
 * and votes dated wholly in another year leave every count and table, their findings with them,
 * and are listed as out of period. Feedback goes with its consultation. The check itself judges
 * every row (its JSON is unchanged); only the report is scoped, here, since the check gives no
 * period.
 */
export function scopeToYear(model: ReportModel, run: CheckRun): ReportModel {
  const year = model.unit.year;
  const { records } = run;
  const out: OutOfPeriod[] = [];
  // The model's rows are the records' rows, in their order: a row's sheet is its record's.
  const keep = <T extends { row: number }>(items: readonly T[], sheets: readonly { sheet: string }[], kind: OutOfPeriod['kind'],
    span: (t: T) => [ReportModel['date'] | null, ReportModel['date'] | null], title: (t: T) => string): T[] =>
    items.filter((t, i) => {
      const date = outsideYear(...span(t), year);
      if (date !== null) out.push({ sheet: sheets[i]?.sheet ?? '', row: t.row, kind, title: title(t), date });
      return date === null;
    });
  // A task is placed by its due day, or the day it was done when it has none.
  const postings = keep(model.postings, records.postings, 'posting', (p) => [p.start, p.end], (p) => p.title);
  const tasks = keep(model.tasks, records.tasks, 'task', (t) => [t.due ?? t.completed, t.due ?? t.completed], (t) => t.title);
  const consultations = keep(model.consultations, records.consultations, 'consultation', (c) => [c.from, c.to], (c) => c.subject);
  const votes = keep(model.votes, records.votes, 'vote', (v) => [v.date, v.date], (v) => v.title);
  if (out.length === 0) return { ...model, outOfPeriod: [] };
  const gone = new Set(out.map((o) => `${o.sheet}|${o.row}`));
  const goneConsultations = new Set(model.consultations.filter((c) => !consultations.includes(c) && c.id !== null).map((c) => fold(c.id!)));
  return {
    ...model, postings, tasks, consultations, votes,
    feedback: model.feedback.filter((f) => f.consultationId === null || !goneConsultations.has(fold(f.consultationId))),
    findings: model.findings.filter((f) => f.row === null || !gone.has(`${f.sheet}|${f.row}`)),
    outOfPeriod: out,
  };
}
