import { formatVi } from '../calendar/localDate';
import type { Finding } from '../findings';
import { citeFor, lawFor } from '../law/edition';
import { VOTE_KINDS, vocabEntry, type VoteKind } from '../vocabulary';
import { checkForm, FORM_RULE } from './form';
import { checkSending } from './sending';
import { isPassed, neededToPass, percentText } from './tally';
import type { VoteContext, VoteField, VoteProblem, VoteResult, VoteRow, VoteThreshold } from './types';

/** Rule of the tally by threshold (RULES.md; Luật 10/2022/QH15, Điều 21 khoản 1). */
export const TALLY_RULE: Readonly<Record<VoteThreshold, string>> = { '2/3': 'BQ_HAI_PHAN_BA', '>50%': 'BQ_QUA_NUA' };

/** The kinds as a person may type them, for "accepted values" messages: label and khoản. */
export const VOTE_KIND_CHOICES = VOTE_KINDS.entries
  .map((k) => `${k.label} (khoản ${k.clauses.join(', ')})`)
  .join('; ');

// Luật 10/2022/QH15, Điều 20 khoản 2 điểm b: the decision states all households and those present;
// agreeing households are among those present (or who returned a ballot), all among the households.
type CountField = Extract<VoteField, 'households' | 'participants' | 'agree'>;
const ORDER: readonly [CountField, CountField][] = [['agree', 'participants'], ['participants', 'households'], ['agree', 'households']];

function countProblems(row: VoteRow): VoteProblem[] {
  const problems: VoteProblem[] = [];
  for (const field of ['households', 'agree'] as const) {
    if (row[field] === null && !row.unreadable.includes(field)) {
      problems.push({ code: 'vote-count-missing', severity: 'error', field, value: null, params: {} });
    }
  }
  if (row.households === 0) {
    problems.push({ code: 'vote-households-zero', severity: 'error', field: 'households', value: '0', params: {} });
  }
  for (const [field, other] of ORDER) {
    const a = row[field];
    const b = row[other];
    if (a !== null && b !== null && a > b) {
      problems.push({ code: 'vote-count-exceeds', severity: 'error', field, other, value: String(a), params: { count: a, otherCount: b } });
    }
  }
  return problems;
}

function kindProblem(row: VoteRow): VoteProblem[] {
  if (row.kind !== null || row.unreadable.includes('kind')) return []; // an unknown kind: `vocab-unknown` from the reader
  return [{ code: 'vote-kind-missing', severity: 'error', field: 'kind', value: null, params: { accepted: VOTE_KIND_CHOICES } }];
}

function outcomeOf(row: VoteRow, kind: VoteKind, passed: boolean, needed: number, basis: string): Finding {
  const rule = TALLY_RULE[kind.threshold];
  const failedSent = !passed && row.sentToCommune !== null;
  // Điều 19 khoản 1 điểm b: a meeting without enough households present to reach the threshold may
  // turn to ballots. Said as a hint only: the Law sets no attendance quorum of its own.
  const meetingShort = !passed && row.method === 'meeting' && row.participants !== null && row.participants < needed;
  return {
    sheet: row.sheet, row: row.row, rule,
    severity: passed ? 'info' : failedSent ? 'warning' : 'info',
    code: `${rule}.${passed ? 'passed' : failedSent ? 'failed-sent' : 'failed'}`,
    params: {
      agree: row.agree, households: row.households, participants: row.participants,
      percent: percentText(row.agree ?? 0, row.households ?? 0), needed,
      kind: kind.label, clauses: kind.clauses.join(', '), basis: citeFor(basis, row.date), law: lawFor(row.date),
      sent: row.sentToCommune ? formatVi(row.sentToCommune) : null, meetingShort: meetingShort ? 1 : 0,
    },
  };
}

/**
 * Checks one household vote of `Biểu quyết` (Luật 10/2022/QH15, Điều 15, 20, 21): the tally against
 * all households, exactly; the decision sent to UBND xã in time; the counts consistent. A missing or
 * inconsistent count, or an unknown kind, leaves `passed` null with an input problem; the rest of
 * the row is still checked.
 *
 * A failed vote is a legitimate outcome, not a breach: its finding is `info` («không được thông
 * qua»), `warning` when the row nonetheless shows the decision sent to UBND xã. A passed vote gives
 * no finding; its explanation is `outcome`.
 *
 * @example checkVote({ kind: 'contribution', households: 120, agree: 85, … }, ctx)
 * // { threshold: '2/3', passed: true, needed: 80, outcome: { code: 'BQ_HAI_PHAN_BA.passed', … }, … }
 */
export function checkVote(row: VoteRow, ctx: VoteContext): VoteResult {
  const kind = row.kind ? vocabEntry(VOTE_KINDS, row.kind) : null;
  const threshold = kind?.threshold ?? null;
  const counts = countProblems(row);
  const problems = [...kindProblem(row), ...counts];
  const { households, agree } = row;
  const needed = threshold && households !== null && households > 0 ? neededToPass(threshold, households) : null;
  const passed = threshold && needed !== null && agree !== null && counts.length === 0
    ? isPassed(threshold, agree, households!)
    : null;

  const outcome = kind && passed !== null && needed !== null
    ? outcomeOf(row, kind, passed, needed, ctx.rules.get(TALLY_RULE[kind.threshold]).rule.basis)
    : null;
  const form = checkForm(row, kind, ctx.rules.get(FORM_RULE).rule.basis);
  const sending = checkSending(row, passed, ctx);
  if (row.date === null && !row.unreadable.includes('date')) {
    problems.push({ code: 'vote-date-missing', severity: 'warning', field: 'date', value: null, params: {} });
  }
  if (sending.problem) problems.push(sending.problem);

  const findings: Finding[] = [];
  if (form.finding) findings.push(form.finding);
  if (outcome && passed === false) findings.push(outcome);
  if (sending.finding) findings.push(sending.finding);
  return {
    threshold, passed, needed, formAllowed: form.allowed,
    sendBy: sending.sendBy, sentInTime: sending.sentInTime, lateDays: sending.lateDays,
    outcome, findings, problems,
  };
}
