import { CONTENT_GROUPS, FEEDBACK_DECISIONS, LEVELS, POSTING_FORMS, VOTE_KINDS, vocabEntry } from '../../domain/vocabulary';
import { UNKNOWN_GROUP_LABEL, type ReportModel } from '../../report/model';
import { findingMessage } from '../../domain/messages';
import { unitKind } from '../../domain/units/level';
import { POSTING_STATUS_LABELS } from '../../domain/postings/labels';
import type { CheckRun } from '../check/check';

/**
 * Everything the report builders need, from one check's records: each row's cells as the table
 * read them (content group, place, lead, feedback texts) beside the domain's verdict on it.
 */
export function buildReportModel(run: CheckRun): ReportModel {
  const { info, asOf, records } = run;
  const onlyConsultation = records.consultations.length === 1 ? records.consultations[0].result.verdict.consultation.id : null;
  return {
    unit: {
      name: info.unit ?? '', level: info.level ? vocabEntry(LEVELS, info.level).label : null, kind: unitKind(info.level),
      parent: info.parent, place: info.place, year: info.year ?? asOf.y, asOf,
      signer: info.signer, signerTitle: info.signerTitle, signAuthority: info.signAuthority, reportSymbol: info.reportSymbol,
    },
    date: asOf,
    postings: records.postings.map(({ row, fields: r, result: { posting: p, verdict: v, timeliness } }) => {
      const group = r.group ? vocabEntry(CONTENT_GROUPS, r.group) : null;
      return {
        row, title: p.title, group: group?.label ?? UNKNOWN_GROUP_LABEL, clause: group?.clause ?? null,
        form: r.form ? vocabEntry(POSTING_FORMS, r.form).label : null, place: r.place ?? null,
        documentDate: r.documentDate ?? null, start: p.start, end: p.end, days: v.days, requiredDays: v.requiredDays,
        status: v.status, statusLabel: POSTING_STATUS_LABELS[v.status], timely: timeliness.timely,
      };
    }),
    tasks: records.tasks.map(({ row, fields, result: { task, verdict } }) => ({
      row, title: task.title, lead: fields.lead ?? null, dueText: task.dueText,
      due: verdict.due, completed: task.completed, status: verdict.status, days: verdict.days,
    })),
    consultations: records.consultations.map(({ row, result: { verdict, feedback } }) => ({
      row, id: verdict.consultation.id, subject: verdict.consultation.subject, from: verdict.consultation.from, to: verdict.consultation.to,
      status: verdict.status, feedback, resultsPublished: verdict.resultsPublished,
    })),
    feedback: records.feedback.map(({ row, fields: f }) => ({
      row, consultationId: f.consultationId ?? onlyConsultation, received: f.received ?? null, author: f.author ?? null, area: f.area ?? null,
      content: f.content ?? '', position: f.position ?? null,
      decision: f.decision ? vocabEntry(FEEDBACK_DECISIONS, f.decision).id : null, response: f.response ?? null,
    })),
    votes: records.votes.map(({ row, fields: r, result: { vote, verdict } }) => {
      const kind = r.kind ?? vote.kind;
      return {
        row, title: vote.title, kind: kind ? vocabEntry(VOTE_KINDS, kind).label : null, area: r.area ?? null,
        date: vote.date, households: vote.households, participants: vote.participants, agree: vote.agree,
        threshold: verdict.threshold, passed: verdict.passed,
      };
    }),
    // Rule findings only: input problems are counted apart («còn n lỗi dữ liệu»).
    findings: run.findings.map((f) => ({ sheet: f.sheet, row: f.row, rule: f.rule, severity: f.severity, message: findingMessage(f) })),
    inputErrors: run.issues.filter((i) => i.severity !== 'info').length,
  };
}
