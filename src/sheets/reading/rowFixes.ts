import type { LocalDate } from '../../domain/calendar/localDate';
import { classifyFeedbackAnswer } from '../../domain/consultations/feedbackAnswer';
import { matchPostingFormLoose } from '../../domain/postings/inferForm';
import { proposeContentGroup } from '../../domain/postings/proposeGroup';
import { proposeVoteKind } from '../../domain/votes/proposeKind';
import { FEEDBACK_DECISIONS, POSTING_FORMS, vocabEntry } from '../../domain/vocabulary';
import { cellText, isBlankCell, parseCell, type CellResult } from '../cells';
import { parseDateCell } from '../dateCell';
import type { CellValue } from '../grid';
import { parsePeriodCell } from '../periodCell';
import type { ColumnSpec } from '../schema';
import type { DefaultReading, TableKind } from './types';

/**
 * Cells as staff type them, column by column (issue: cells as people type them): dates with the
 * table's year, a period in one cell, a form of publication in a sentence («Niêm yết tại nhà văn
 * hóa thôn Đông»), an answer to feedback that is both the decision and its explanation. What is
 * only proposed says so in an `info` warning, and is never an input error.
 */
export interface RowFixContext {
  readonly kind: TableKind;
  readonly defaults: readonly DefaultReading[];
  /** Keys of the columns the table has. */
  readonly has: ReadonlySet<string>;
  readonly defaultYear: number | null;
}

type Parsed = CellResult<unknown>;

const info = (code: string, params: Record<string, string | number>) => ({ code, severity: 'info' as const, params });

function parse(column: ColumnSpec, cell: CellValue, ctx: RowFixContext): Parsed {
  if (column.key === 'period') {
    if (isBlankCell(cell)) return { ok: true, value: null };
    return parsePeriodCell(cell, { defaultYear: ctx.defaultYear });
  }
  if (column.type === 'date') return parseDateCell(cell, { defaultYear: ctx.defaultYear });
  const read = parseCell(cell, column);
  if (read.ok || isBlankCell(cell)) return read;
  const text = cellText(cell);
  if (column.vocabulary === POSTING_FORMS) {
    const loose = matchPostingFormLoose(text);
    if (loose) {
      return loose.confidence === 'high' ? { ok: true, value: loose.id }
        : { ok: true, value: loose.id, warning: info('form-proposed', { form: vocabEntry(POSTING_FORMS, loose.id).label }) };
    }
  }
  if (column.vocabulary === FEEDBACK_DECISIONS) {
    const answer = classifyFeedbackAnswer(text);
    if (answer.decision === null) return { ok: true, value: null };
    return answer.confidence === 'high' ? { ok: true, value: answer.decision }
      : { ok: true, value: answer.decision, warning: info('answer-proposed', { decision: vocabEntry(FEEDBACK_DECISIONS, answer.decision).label }) };
  }
  return read;
}

/** What a row implies beyond its cells; returns the row's proposals as `info` warnings. */
function complete(record: Record<string, unknown>, raw: Readonly<Record<string, CellValue>>, ctx: RowFixContext): { code: string; severity: 'info'; params: Record<string, string | number> }[] {
  const notes: { code: string; severity: 'info'; params: Record<string, string | number> }[] = [];
  const period = record.period as { start: LocalDate; end: LocalDate | null } | undefined;
  if (period) {
    const [from, to] = ctx.kind === 'consultations' ? ['from', 'to'] : ['start', 'end'];
    if (record[from] === undefined) record[from] = period.start;
    if (record[to] === undefined && period.end) record[to] = period.end;
    delete record.period;
  }
  if (ctx.kind === 'consultations') {
    // Without a «Mã đợt» column the consultation's number is its id (the feedback's «Đợt» names it).
    if (record.id === undefined && !ctx.has.has('id') && typeof record.index === 'string') record.id = record.index;
    delete record.index;
  }
  for (const d of ctx.defaults) if (record[d.key] === undefined && isBlankCell(raw[d.key] ?? null)) record[d.key] = d.value;
  if (ctx.kind === 'postings' && record.group === undefined && isBlankCell(raw.group ?? null) && typeof record.title === 'string') {
    const proposal = proposeContentGroup(record.title);
    if (proposal) {
      record.group = proposal.group;
      notes.push(info('group-proposed', { basis: proposal.basis }));
    }
  }
  if (ctx.kind === 'votes' && record.kind === undefined && isBlankCell(raw.kind ?? null) && typeof record.title === 'string') {
    const proposal = proposeVoteKind(record.title);
    if (proposal) {
      record.kind = proposal.kind;
      notes.push(info('vote-kind-proposed', { basis: proposal.basis }));
    }
  }
  // One column of sentences («Tiếp thu, đã chỉnh sửa Điều 5») is the decision and its explanation.
  if (ctx.kind === 'feedback' && !ctx.has.has('decision') && typeof record.response === 'string') {
    const answer = classifyFeedbackAnswer(record.response);
    if (answer.decision !== null) {
      record.decision = answer.decision;
      if (answer.confidence === 'low') notes.push(info('answer-proposed', { decision: vocabEntry(FEEDBACK_DECISIONS, answer.decision).label }));
    } else {
      delete record.response; // «Chưa xử lý» is no explanation
    }
  }
  if (ctx.kind === 'feedback' && ctx.has.has('decision') && !ctx.has.has('response') && typeof raw.decision === 'string' && record.decision !== undefined) {
    const answer = classifyFeedbackAnswer(raw.decision);
    if (answer.explanation) record.response = answer.explanation;
  }
  return notes;
}

export const rowFixes = { parse, complete };
