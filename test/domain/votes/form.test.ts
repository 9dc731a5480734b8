import { buildWorkCalendar } from '../../../src/domain/calendar/workingDays';
import { parseIso, type LocalDate } from '../../../src/domain/calendar/localDate';
import { RULES_BY_ID } from '../../../src/domain/rules/catalog';
import { resolveRules } from '../../../src/domain/rules/resolve';
import { checkVote } from '../../../src/domain/votes/checkVote';
import { voteVerdict } from '../../../src/domain/votes/labels';
import { VOTE_MESSAGES } from '../../../src/domain/votes/messages';
import type { VoteRow } from '../../../src/domain/votes/types';
import type { VoteKindId, VoteMethodId } from '../../../src/domain/vocabulary';

// Issue 14, item 3: forms of deciding (Luật 10/2022/QH15, Điều 17 khoản 2; Điều 22 khoản 1 điểm b).
const day = (iso: string): LocalDate => parseIso(iso)!;
const ctx = { asOf: day('2024-06-01'), calendar: buildWorkCalendar(), rules: resolveRules([], 'Quy định').rules };

function vote(kind: VoteKindId, method: VoteMethodId, date = '2024-04-26'): VoteRow {
  return {
    sheet: 'Biểu quyết', row: 6, title: 'Hương ước thôn 2', kind, method, date: day(date),
    households: 120, participants: 100, agree: 90, sentToCommune: day('2024-04-29'), unreadable: [],
  };
}

const formFindings = (r: ReturnType<typeof checkVote>) => r.findings.filter((f) => f.rule === 'BQ_HINH_THUC');

describe('forms of deciding (Luật 10/2022/QH15, Điều 17 khoản 2)', () => {
  it.each([
    ['village-rules', 'meeting', true], ['election', 'meeting', true], ['contribution', 'meeting', true], ['self-managed', 'meeting', true],
    ['contribution', 'ballot', true], ['self-managed', 'ballot', true], ['self-managed', 'online', true],
    ['village-rules', 'ballot', null], ['election', 'ballot', null],
    ['village-rules', 'online', false], ['election', 'online', false], ['contribution', 'online', false],
  ] as const)('Điều 17 khoản 2: %s decided by %s is allowed: %p', (kind, method, allowed) => {
    expect(checkVote(vote(kind, method), ctx).formAllowed).toBe(allowed);
  });

  it('does not recognise an online vote on a hương ước (Điều 15 khoản 3; Điều 17 khoản 2; Điều 22 khoản 1 điểm b)', () => {
    const r = checkVote(vote('village-rules', 'online'), ctx);
    expect(formFindings(r)).toEqual([expect.objectContaining({ severity: 'error', code: 'BQ_HINH_THUC.online-meeting-only' })]);
    const f = formFindings(r)[0];
    expect(VOTE_MESSAGES[f.code](f.params)).toBe(
      'Việc «Hương ước» (Điều 15 khoản 3) được biểu quyết trực tuyến, trong khi việc này phải quyết định tại cuộc họp của cộng đồng dân cư ' +
      '(chỉ phát phiếu khi cuộc họp không đủ đại diện hộ tham dự, Điều 19 khoản 1 điểm b); biểu quyết trực tuyến chỉ áp dụng cho công việc ' +
      'tự quản tại Điều 15 khoản 6 (Luật 10/2022/QH15, Điều 17 khoản 2; Điều 22 khoản 1 điểm b): quyết định không được công nhận, phải tổ chức lại.');
    expect(voteVerdict(vote('village-rules', 'online'), r)).toEqual({
      label: 'Thông qua (trên 50%); hình thức quyết định không đúng luật, không được công nhận', severity: 'error',
    });
  });

  it('does not recognise an online vote on contributions (Điều 15 khoản 1–2; online only for khoản 6, Điều 17 khoản 2)', () => {
    expect(formFindings(checkVote(vote('contribution', 'online'), ctx)).map((f) => f.code)).toEqual(['BQ_HINH_THUC.online-not-allowed']);
  });

  it('warns that ballots on electing a village head need a meeting short of households first (Điều 19 khoản 1 điểm b)', () => {
    const r = checkVote(vote('election', 'ballot'), ctx);
    expect(formFindings(r)).toEqual([expect.objectContaining({ severity: 'warning', code: 'BQ_HINH_THUC.ballot-after-meeting' })]);
    expect(VOTE_MESSAGES[formFindings(r)[0].code](formFindings(r)[0].params)).toContain('Luật 10/2022/QH15, Điều 17 khoản 2, Điều 19 khoản 1 điểm b');
  });

  it('cites the amended Law for a vote from 01/07/2025 (Luật 97/2025/QH15)', () => {
    const f = formFindings(checkVote(vote('village-rules', 'online', '2025-07-15'), ctx))[0];
    expect(VOTE_MESSAGES[f.code](f.params)).toContain(
      'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, được sửa đổi, bổ sung bởi Luật số 47/2024/QH15 và Luật số 97/2025/QH15, Điều 17 khoản 2');
  });

  it('cites Điều 19 khoản 2 for the ballot-plan notice, 02 days before the ballots (RULES.md, corrections)', () => {
    expect(RULES_BY_ID.get('BQ_THONG_BAO_PHIEU')?.basis).toBe('Luật 10/2022/QH15, Điều 19 khoản 2');
  });
});
