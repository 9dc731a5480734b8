import { parseIso, type LocalDate } from '../../domain/calendar/localDate';
import { CONTENT_GROUPS, FEEDBACK_DECISIONS, POSTING_FORMS, VOTE_KINDS, vocabEntry } from '../../domain/vocabulary';
import { UNKNOWN_GROUP_LABEL, type ReportModel } from '../../report/model';
import { findingMessage } from '../../domain/messages';
import { unitKind } from '../../domain/units/level';
import { FEEDBACK_SHEET, PLAN_SHEET, POSTINGS_SHEET, VOTES_SHEET, type RecordOf, type SheetSpec } from '../../sheets/schema';
import type { TableKind } from '../../sheets/reading/types';
import { POSTING_STATUS_LABELS } from '../../domain/postings/labels';
import type { CheckRun } from '../check/check';

const day = (iso: string | null): LocalDate | null => (iso ? parseIso(iso) : null);

const at = (sheet: string, row: number) => `${sheet}\u0000${row}`;

/**
 * The records of every table of one kind by sheet and row (the JSON has the verdicts, these the
 * other fields), as the check read them: wherever the tables were found, read once.
 */
function recordsOf<S extends SheetSpec>(run: CheckRun, kind: TableKind, _spec: S): Map<string, RecordOf<S>> {
  const out = new Map<string, RecordOf<S>>();
  for (const f of run.found) {
    if (f.table.kind !== kind || !f.read) continue;
    for (const r of f.read.rows) out.set(at(f.read.sheet, r.row), r.record as RecordOf<S>);
  }
  return out;
}

/**
 * Everything the report builders need, from one check: the verdicts of the JSON joined by sheet
 * row with the few fields it leaves out (content group, place, lead, feedback texts).
 */
export function buildReportModel(run: CheckRun): ReportModel {
  const { report, info } = run;
  const asOf = parseIso(report.asOf)!;
  const postingRecords = recordsOf(run, 'postings', POSTINGS_SHEET);
  const taskRecords = recordsOf(run, 'plan', PLAN_SHEET);
  const voteRecords = recordsOf(run, 'votes', VOTES_SHEET);
  const feedbackRows = run.found.filter((f) => f.table.kind === 'feedback' && f.read)
    .flatMap((f) => f.read!.rows.map((r) => ({ row: r.row, record: r.record as RecordOf<typeof FEEDBACK_SHEET> })));
  const onlyConsultation = report.consultations.length === 1 ? report.consultations[0].id : null;
  return {
    unit: {
      name: info.unit ?? '', level: report.level, kind: unitKind(info.level),
      parent: info.parent, place: info.place, year: report.year ?? asOf.y, asOf,
      signer: info.signer, signerTitle: info.signerTitle, signAuthority: info.signAuthority, reportSymbol: info.reportSymbol,
    },
    date: asOf,
    postings: report.postings.map((p) => {
      const r = postingRecords.get(at(p.sheet, p.row));
      const group = r?.group ? vocabEntry(CONTENT_GROUPS, r.group) : null;
      return {
        row: p.row, title: p.title, group: group?.label ?? UNKNOWN_GROUP_LABEL, clause: group?.clause ?? null,
        form: r?.form ? vocabEntry(POSTING_FORMS, r.form).label : null, place: r?.place ?? null,
        documentDate: r?.documentDate ?? null, start: day(p.start), end: day(p.end), days: p.days, requiredDays: p.requiredDays,
        status: p.status, statusLabel: POSTING_STATUS_LABELS[p.status], timely: p.timely,
      };
    }),
    tasks: report.tasks.map((t) => ({
      row: t.row, title: t.title, lead: taskRecords.get(at(t.sheet, t.row))?.lead ?? null, dueText: t.dueText,
      due: day(t.due), completed: day(t.completed), status: t.status, days: t.days,
    })),
    consultations: report.consultations.map((c) => ({
      row: c.row, id: c.id, subject: c.subject, from: day(c.from), to: day(c.to), status: c.status, feedback: c.feedback,
      resultsPublished: day(c.resultsPublished),
    })),
    feedback: feedbackRows.map(({ row, record: f }) => ({
      row, consultationId: f.consultationId ?? onlyConsultation, received: f.received ?? null, author: f.author ?? null, area: f.area ?? null,
      content: f.content ?? '', position: f.position ?? null,
      decision: f.decision ? vocabEntry(FEEDBACK_DECISIONS, f.decision).id : null, response: f.response ?? null,
    })),
    votes: report.votes.map((v) => {
      const r = voteRecords.get(at(v.sheet, v.row));
      return {
        row: v.row, title: v.title, kind: r?.kind ? vocabEntry(VOTE_KINDS, r.kind).label : v.kind, area: r?.area ?? null,
        date: day(v.date), households: v.households, participants: v.participants, agree: v.agree, threshold: v.threshold, passed: v.passed,
      };
    }),
    // Rule findings only: input problems are counted apart («còn n lỗi dữ liệu»).
    findings: run.findings.map((f) => ({ sheet: f.sheet, row: f.row, rule: f.rule, severity: f.severity, message: findingMessage(f) })),
    inputErrors: report.inputErrors.length,
  };
}
