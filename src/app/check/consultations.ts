import { formatIso, formatVi, type LocalDate } from '../../domain/calendar/localDate';
import { checkConsultation } from '../../domain/consultations/checkConsultation';
import { checkFeedback } from '../../domain/consultations/checkFeedback';
import { linkFeedback } from '../../domain/consultations/linkFeedback';
import { synthesisDeadline } from '../../domain/consultations/synthesisDeadline';
import type { ConsultationRow, FeedbackResult, FeedbackRow } from '../../domain/consultations/types';
import type { Issue } from '../../domain/issues';
import type { PostingRow } from '../../domain/postings/types';
import type { SheetGrid } from '../../sheets/grid';
import { CONSULTATIONS_SHEET, FEEDBACK_SHEET, type RecordOf } from '../../sheets/schema';
import { readTable, type TableRead } from '../../sheets/table';
import type { CheckContext, TableCheck, TablePlace } from './tableCheck';
import type { ConsultationJson, FeedbackCounts, FeedbackItemJson } from '../types';
import type { CheckedConsultation, CheckedFeedback } from './records';

type ConsultationRead = TableRead<RecordOf<typeof CONSULTATIONS_SHEET>>;
type FeedbackRead = TableRead<RecordOf<typeof FEEDBACK_SHEET>>;

/**
 * `Lấy ý kiến` checked as a table (its items, findings, issues, verdicts and place), with the
 * `Ý kiến` table beside it: its own findings, issues, verdicts and place (for its status column),
 * and the workbook's feedback totals. A caller lists the findings and issues of both.
 */
export interface ConsultationSheetsCheck extends TableCheck<ConsultationJson, CheckedConsultation> {
  readonly feedbackCheck: TableCheck<never, CheckedFeedback>;
  /** Every `Ý kiến` row, also those that belong to no known consultation. */
  readonly feedbackTotals: FeedbackCounts;
  /** Each feedback row's state, for `dccs check --json`'s `feedbackItems`. */
  readonly feedbackItems?: readonly FeedbackItemJson[];
}

const iso = (d: LocalDate | null) => (d ? formatIso(d) : null);
const emptyCheck = <J, R>(issues: Issue[] = []): TableCheck<J, R> => ({ items: [], records: [], findings: [], issues, verdicts: [], place: null });

/**
 * Checks the consultations and their feedback (Luật 10/2022/QH15, Điều 25–28) as of `ctx.asOf`.
 * Neither sheet: one `info` (a commune may hold no consultation in a year). `Ý kiến` with rows but
 * no `Lấy ý kiến` (or an empty one): an input error; its rows are still counted. Every bad cell is
 * an input error with sheet, row and column, and the rest of the row is still checked.
 *
 * @example checkConsultationSheets(consultationsGrid, feedbackGrid, postingRows, ctx)
 * // { items: [{ id: 'YK01', days: 20, status: 'met', feedback: { total: 3, … }, … }],
 * //   feedbackTotals: { total: 3, accepted: 2, partlyAccepted: 0, explained: 1, pending: 0 },
 * //   feedbackCheck: { verdicts: [{ sheet: 'Ý kiến', row: 4, label: 'Đã tiếp thu', severity: 'ok' }, …], … }, … }
 */
export function checkConsultationSheets(
  consultations: SheetGrid | null, feedback: SheetGrid | null, postings: readonly PostingRow[], ctx: CheckContext,
): ConsultationSheetsCheck {
  if (!consultations && !feedback) return checkConsultationTables([], [], postings, ctx);
  const cRead = readTable(consultations, CONSULTATIONS_SHEET, { missingSeverity: 'info' });
  const fRead = readTable(feedback, FEEDBACK_SHEET, { missingSeverity: 'info' });
  return checkConsultationTables(consultations ? [cRead] : [cRead], feedback ? [fRead] : [fRead], postings, ctx);
}

/**
 * The same check over every consultation table and every feedback table a workbook holds, on
 * any sheets (a book kept in sections has several). Empty lists: no table of that kind (an `info`).
 */
export function checkConsultationTables(
  cReads: readonly ConsultationRead[], fReads: readonly FeedbackRead[], postings: readonly PostingRow[], ctx: CheckContext,
): ConsultationSheetsCheck {
  const consultationsFound = cReads.some((r) => !isMissing(r));
  if (!consultationsFound && fReads.every(isMissing)) {
    const none = readTable(null, CONSULTATIONS_SHEET, { missingSeverity: 'info' });
    return { ...emptyCheck<ConsultationJson, CheckedConsultation>([...none.issues]), feedbackCheck: emptyCheck(), feedbackTotals: countFeedback([]) };
  }
  const cRead: ConsultationRead = cReads.find((r) => !isMissing(r)) ?? cReads[0] ?? readTable(null, CONSULTATIONS_SHEET, { missingSeverity: 'info' });
  const fRead: FeedbackRead = fReads.find((r) => !isMissing(r)) ?? fReads[0] ?? readTable(null, FEEDBACK_SHEET, { missingSeverity: 'info' });
  const fIssues: Issue[] = fReads.flatMap((r) => r.issues);

  const cRows = cReads.flatMap((read) => read.rows.map((r): ConsultationRow => ({
    sheet: read.sheet, row: r.row, id: r.record.id ?? null, subject: r.record.subject ?? '',
    from: r.record.from ?? null, to: r.record.to ?? null, synthesisDue: r.record.synthesisDue ?? null,
    synthesized: r.record.synthesized ?? null, resultPublished: r.record.resultPublished ?? null, badCells: r.invalid,
  })));
  const cFields = cReads.flatMap((read) => read.rows.map((r) => r.record));
  const fFields = fReads.flatMap((read) => read.rows.map((r) => r.record));
  const fRows = fReads.flatMap((read) => read.rows.map((r): FeedbackRow => ({
    sheet: read.sheet, row: r.row, consultationId: r.record.consultationId ?? null, received: r.record.received ?? null,
    decision: r.record.decision ?? null, response: r.record.response ?? null, processed: r.record.processed ?? null, badCells: r.invalid,
  })));
  // Feedback without its consultations is an error below; the sheet's absence needs no `info` too.
  const cIssues: Issue[] = cReads.flatMap((r) => r.issues).filter((i) => !(i.code === 'sheet-missing' && fRows.length > 0));

  const header = (read: ConsultationRead | FeedbackRead, key: string, fallback: string) =>
    (read.columns as Record<string, { header: string } | undefined>)[key]?.header ?? fallback;
  const deadlines = cRows.map((c) => {
    const d = synthesisDeadline(c, ctx.reportYear, ctx.calendar);
    if (d.error) {
      cIssues.push({ code: d.error.code, severity: 'error', sheet: c.sheet, row: c.row, column: header(cRead, 'synthesisDue', 'Hạn tổng hợp'),
        value: d.error.phrase, params: { phrase: d.error.phrase, ...d.error.params } });
    }
    return d;
  });

  let links: (number | null)[];
  if (cRows.length === 0) {
    links = fRows.map(() => null);
    if (fRows.length > 0) {
      // No consultation table at all is «not recorded» (one note), not a violation; an empty one is unfinished.
      if (consultationsFound) {
        cIssues.push({ code: 'consultation-sheet-empty', severity: 'error', sheet: cRead.sheet, row: null, column: null, params: { count: fRows.length } });
      } else {
        cIssues.push({ code: 'consultation-not-recorded', severity: 'info', sheet: fRead.sheet, row: null, column: null, params: { count: fRows.length } });
      }
    }
  } else {
    const linked = linkFeedback(cRows, fRows, { consultation: header(cRead, 'id', 'Mã đợt'), feedback: header(fRead, 'consultationId', 'Mã đợt') });
    links = linked.links;
    const cSheets = new Set(cReads.map((r) => r.sheet));
    for (const issue of linked.issues) (cSheets.has(issue.sheet) && !fReads.some((f) => f.sheet === issue.sheet) ? cIssues : fIssues).push(issue);
  }

  const fResults = fRows.map((f, i) => {
    const c = links[i];
    return checkFeedback(f, c === null ? null : { to: cRows[c].to, from: cRows[c].from, deadline: deadlines[c] }, ctx.asOf);
  });
  const byConsultation = cRows.map((): FeedbackResult[] => []);
  fResults.forEach((r, i) => { if (links[i] !== null) byConsultation[links[i]!].push(r); });

  // Only group «Lấy ý kiến» (Điều 11 khoản 11) can publish results: filter once, not per consultation.
  const resultPostings = postings.filter((p) => p.clause === 11);
  const results = cRows.map((c, i) => checkConsultation(c, deadlines[i], byConsultation[i], resultPostings, ctx));
  for (const r of results) {
    if (r.reason !== 'end-before-start') continue;
    const c = r.consultation;
    cIssues.push({ code: 'consultation-end-before-start', severity: 'error', sheet: c.sheet, row: c.row, column: header(cRead, 'to', 'Đến ngày'),
      value: formatVi(c.to!), params: { from: formatVi(c.from!), to: formatVi(c.to!) } });
  }

  const counts = byConsultation.map(countFeedback);
  const items = results.map((r, i): ConsultationJson => {
    const c = r.consultation;
    return {
      sheet: c.sheet, row: c.row, id: c.id, subject: c.subject, from: iso(c.from), to: iso(c.to),
      days: r.days, requiredDays: r.requiredDays, feedback: counts[i], pending: counts[i].pending,
      late: byConsultation[i].filter((f) => f.afterWindow).length, resultsPublished: iso(r.resultsPublished),
      synthesisDue: iso(deadlines[i].due), synthesisSource: deadlines[i].source, status: r.status,
    };
  });

  return {
    items,
    records: results.map((r, i) => ({ sheet: r.consultation.sheet, row: r.consultation.row, fields: cFields[i], result: { verdict: r, feedback: counts[i] } })),
    findings: results.flatMap((r) => r.findings),
    issues: cIssues,
    verdicts: results.map((r) => r.verdict),
    place: placeOf(cRead),
    feedbackCheck: {
      items: [], records: fResults.map((r, i) => ({ sheet: fRows[i].sheet, row: fRows[i].row, fields: fFields[i], result: r })),
      findings: fResults.flatMap((r) => r.findings), issues: fIssues,
      verdicts: fResults.map((r) => r.verdict), place: placeOf(fRead),
    },
    feedbackTotals: countFeedback(fResults),
    feedbackItems: fResults.map((r, i) => ({ sheet: fRows[i].sheet, row: fRows[i].row, consultationId: fRows[i].consultationId, state: r.state })),
  };
}

const isMissing = (read: { headerRow: number | null; issues: readonly Issue[] }) =>
  read.headerRow === null && read.issues.some((i) => i.code === 'sheet-missing');

/** Feedback by decision; `pending` = no decision or no explanation yet, so the parts add up to `total`. */
export function countFeedback(results: readonly Pick<FeedbackResult, 'state'>[]): FeedbackCounts {
  const counts: FeedbackCounts = { total: results.length, accepted: 0, partlyAccepted: 0, explained: 0, pending: 0 };
  for (const { state } of results) {
    if (state === 'accepted') counts.accepted++;
    else if (state === 'partly-accepted') counts.partlyAccepted++;
    else if (state === 'explained') counts.explained++;
    else counts.pending++;
  }
  return counts;
}

function placeOf(read: ConsultationRead | FeedbackRead): TablePlace | null {
  if (read.headerRow === null) return null;
  const columns = Object.values(read.columns) as ({ column: number } | undefined)[];
  const lastColumn = columns.reduce((max, c) => Math.max(max, c?.column ?? 0), 0);
  return { sheet: read.sheet, headerRow: read.headerRow, lastColumn, rows: read.rows.map((r) => r.row) };
}
