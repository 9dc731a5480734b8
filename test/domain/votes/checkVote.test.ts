import { buildWorkCalendar } from '../../../src/domain/calendar/workingDays';
import { parseIso, type LocalDate } from '../../../src/domain/calendar/localDate';
import type { Finding } from '../../../src/domain/findings';
import { resolveRules, type RuleOverride } from '../../../src/domain/rules/resolve';
import { checkVote } from '../../../src/domain/votes/checkVote';
import { voteVerdict } from '../../../src/domain/votes/labels';
import { VOTE_MESSAGES } from '../../../src/domain/votes/messages';
import type { VoteRow } from '../../../src/domain/votes/types';

const day = (iso: string): LocalDate => parseIso(iso)!;
const calendar = buildWorkCalendar();

type RowInput = Omit<Partial<VoteRow>, 'date' | 'sentToCommune'> & { date?: string | null; sentToCommune?: string | null };

function row(p: RowInput = {}): VoteRow {
  const { date = '2024-04-26', sentToCommune = '2024-05-06', ...rest } = p;
  return {
    sheet: 'Biểu quyết', row: 4, title: 'Bê tông hóa đường thôn 3', kind: 'contribution', method: 'meeting',
    households: 120, participants: 100, agree: 85, unreadable: [], ...rest,
    date: date === null ? null : day(date), sentToCommune: sentToCommune === null ? null : day(sentToCommune),
  };
}

function check(p: RowInput = {}, asOf = '2024-06-01', overrides: RuleOverride[] = []) {
  const r = row(p);
  const result = checkVote(r, { asOf: day(asOf), calendar, rules: resolveRules(overrides, 'Quy định').rules });
  return { ...result, verdict: voteVerdict(r, result) };
}

const text = (f: Finding | null) => (f ? VOTE_MESSAGES[f.code](f.params) : null);
const codes = (fs: readonly { code: string }[]) => fs.map((f) => f.code);

describe('checkVote: the tally (Luật 10/2022/QH15, Điều 21 khoản 1)', () => {
  it('passes a contribution at 85/120 and explains it with the fraction, the percentage and the article', () => {
    const r = check();
    expect(r).toMatchObject({ threshold: '2/3', passed: true, needed: 80, problems: [], findings: [] });
    expect(text(r.outcome)).toBe(
      '85/120 hộ tán thành (70,8%) — đạt tỷ lệ ít nhất 2/3 tổng số hộ gia đình ' +
      '(Luật 10/2022/QH15, Điều 21 khoản 1; việc thuộc Điều 15 khoản 1, 2): được thông qua.');
    expect(r.verdict).toEqual({ label: 'Thông qua (2/3)', severity: 'ok' });
  });

  it.each([
    ['contribution', 80, 120, true], ['contribution', 79, 120, false], ['contribution', 67, 100, true], ['contribution', 66, 100, false],
    ['village-rules', 61, 120, true], ['village-rules', 60, 120, false], ['election', 61, 120, true], ['self-managed', 60, 120, false],
  ] as const)('judges %s at %i/%i: passed %s', (kind, agree, households, passed) => {
    expect(check({ kind, agree, households, participants: households, sentToCommune: null }).passed).toBe(passed);
  });

  it('reports a failed vote as a legitimate outcome (info), with the households it needed', () => {
    const r = check({ agree: 79, sentToCommune: null });
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'BQ_HAI_PHAN_BA', severity: 'info', code: 'BQ_HAI_PHAN_BA.failed' })]);
    expect(text(r.findings[0])).toBe(
      'Không được thông qua: 79/120 hộ tán thành (65,8%) — chưa đạt tỷ lệ ít nhất 2/3 tổng số hộ gia đình, cần ít nhất 80 hộ ' +
      '(Luật 10/2022/QH15, Điều 21 khoản 1; việc thuộc Điều 15 khoản 1, 2).');
    expect(r.sendBy).toBeNull(); // Điều 20 khoản 3 binds passed decisions only
    expect(r.verdict).toEqual({ label: 'Không thông qua', severity: 'info' });
  });

  it('says "trên 50%" for khoản 3–6 and that exactly half fails', () => {
    const r = check({ kind: 'village-rules', agree: 60, sentToCommune: null });
    expect(r.findings[0].code).toBe('BQ_QUA_NUA.failed');
    expect(text(r.findings[0])).toContain('60/120 hộ tán thành (50,0%) — chưa đạt tỷ lệ trên 50% tổng số hộ gia đình, cần ít nhất 61 hộ');
    expect(text(r.findings[0])).toContain('việc thuộc Điều 15 khoản 3');
  });

  it('warns when a failed vote is nonetheless recorded as sent to UBND xã (61/120 is a majority, not 2/3)', () => {
    const r = check({ agree: 61 });
    expect(r.findings).toEqual([expect.objectContaining({ code: 'BQ_HAI_PHAN_BA.failed-sent', severity: 'warning' })]);
    expect(text(r.findings[0])).toContain('ghi đã gửi UBND xã ngày 06/05/2024');
    expect(r.verdict.severity).toBe('warning');
  });

  it('points to ballots when too few households came to the meeting (Điều 19 khoản 1 điểm b), without inventing a quorum', () => {
    const short = check({ participants: 70, agree: 65, sentToCommune: null });
    expect(text(short.findings[0])).toContain('Cuộc họp chỉ có 70 hộ tham gia, không đủ để đạt tỷ lệ: có thể phát phiếu');
    // 81 of 120 agreeing with only 81 present still passes: the Law counts all households, sets no attendance quorum.
    expect(check({ participants: 81, agree: 81 }).passed).toBe(true);
  });
});

describe('checkVote: counts and kind that cannot be judged', () => {
  it.each([
    ['households', { households: null }, 'Thiếu số hộ'],
    ['agree', { agree: null }, 'Thiếu số hộ tán thành'],
  ] as const)('leaves passed null when %s is missing, with an input error', (field, input, label) => {
    const r = check(input);
    expect(r.passed).toBeNull();
    expect(r.problems).toEqual([expect.objectContaining({ code: 'vote-count-missing', severity: 'error', field })]);
    expect(r.verdict).toEqual({ label, severity: 'warning' });
  });

  it('does not call an unreadable count missing (the reader has reported it)', () => {
    const r = check({ households: null, unreadable: ['households'] });
    expect(r.problems).toEqual([]);
    expect(r.verdict).toEqual({ label: 'Dữ liệu không hợp lệ', severity: 'error' });
  });

  it('refuses zero households', () => {
    const r = check({ households: 0, participants: 0, agree: 0 });
    expect(r.passed).toBeNull();
    expect(codes(r.problems)).toEqual(['vote-households-zero']);
  });

  it.each([
    ['agree > households', { agree: 130, participants: null }, [['agree', 'households']]],
    ['agree > participants', { agree: 90, participants: 80 }, [['agree', 'participants']]],
    ['participants > households', { participants: 121 }, [['participants', 'households']]],
  ] as const)('refuses %s, naming both columns', (_what, input, pairs) => {
    const r = check(input);
    expect(r.passed).toBeNull();
    expect(r.problems.map((p) => [p.field, p.other])).toEqual(pairs);
    expect(r.verdict).toEqual({ label: 'Số hộ không khớp', severity: 'error' });
  });

  it('asks for the kind when it is blank, listing the kinds with their khoản', () => {
    const r = check({ kind: null });
    expect(r).toMatchObject({ threshold: null, passed: null, needed: null });
    expect(r.problems[0]).toMatchObject({ code: 'vote-kind-missing', field: 'kind' });
    expect(r.problems[0].params.accepted).toBe(
      'Đóng góp, thu chi (khoản 1, 2); Hương ước (khoản 3); Bầu, cho thôi (khoản 4, 5); Tự quản khác (khoản 6)');
    expect(r.verdict.label).toBe('Chưa rõ loại việc');
  });
});

describe('checkVote: the decision sent to UBND xã (Điều 20 khoản 3)', () => {
  it('counts 5 working days over the 30/4–1/5 holidays and the make-up Saturday 4/5/2024', () => {
    const r = check({ sentToCommune: '2024-05-07' });
    expect(r.sendBy).toEqual(day('2024-05-07'));
    expect(r).toMatchObject({ sentInTime: true, lateDays: null, findings: [] });
  });

  it('flags a decision sent late, in working days', () => {
    const r = check({ sentToCommune: '2024-05-09' });
    expect(r).toMatchObject({ sentInTime: false, lateDays: 2 });
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'BQ_GUI_QUYET_DINH', severity: 'error', code: 'BQ_GUI_QUYET_DINH.late' })]);
    expect(text(r.findings[0])).toBe(
      'Gửi UBND xã muộn: biểu quyết ngày 26/04/2024, gửi ngày 09/05/2024, hạn chậm nhất ngày 07/05/2024 ' +
      '(5 ngày làm việc kể từ ngày biểu quyết, Luật 10/2022/QH15, Điều 20 khoản 3): muộn 2 ngày làm việc.');
    expect(r.verdict).toEqual({ label: 'Thông qua (2/3); gửi UBND xã muộn 2 ngày làm việc', severity: 'error' });
  });

  it('says so when a decision went out on a day off after the deadline', () => {
    const r = check({ date: '2024-06-07', sentToCommune: '2024-06-15' }); // due Friday 14/6, sent Saturday
    expect(r).toMatchObject({ sentInTime: false, lateDays: 0 });
    expect(text(r.findings[0])).toContain(': muộn 1 ngày (gửi vào ngày nghỉ sau hạn).');
  });

  it('flags a passed decision not sent once the day has passed', () => {
    const r = check({ sentToCommune: null }, '2024-05-10');
    expect(r).toMatchObject({ sentInTime: false, lateDays: 3 });
    expect(text(r.findings[0])).toBe(
      'Quyết định biểu quyết thông qua ngày 26/04/2024 chưa gửi UBND xã dù đã quá hạn ngày 07/05/2024 ' +
      '(5 ngày làm việc kể từ ngày biểu quyết, Luật 10/2022/QH15, Điều 20 khoản 3); đến ngày 10/05/2024 đã quá 3 ngày làm việc.');
    expect(r.verdict).toEqual({ label: 'Thông qua (2/3); chưa gửi UBND xã, quá hạn 07/05/2024', severity: 'error' });
  });

  it('leaves sentInTime null while the day has not passed, with a note of the deadline', () => {
    const r = check({ sentToCommune: null }, '2024-05-03');
    expect(r).toMatchObject({ sentInTime: null, lateDays: null });
    expect(r.findings).toEqual([expect.objectContaining({ code: 'BQ_GUI_QUYET_DINH.due', severity: 'info' })]);
    expect(text(r.findings[0])).toContain('hạn chậm nhất ngày 07/05/2024 (5 ngày làm việc kể từ ngày biểu quyết, Luật 10/2022/QH15, Điều 20 khoản 3), còn 3 ngày làm việc.');
    expect(text(check({ sentToCommune: null }, '2024-05-07').findings[0])).toContain(', tức là hôm nay.');
    expect(r.verdict).toEqual({ label: 'Thông qua (2/3); hạn gửi UBND xã 07/05/2024', severity: 'info' });
  });

  it('says when the number of working days comes from the Quy định sheet', () => {
    // A time limit may be shortened by the sheet, not lengthened (rules/resolve.ts).
    const r = check({ sentToCommune: '2024-05-07' }, '2024-06-01', [{ id: 'BQ_GUI_QUYET_DINH', value: 3, row: 12 }]);
    expect(r.sendBy).toEqual(day('2024-05-04')); // 2/5, 3/5 and the make-up Saturday 4/5
    expect(text(r.findings[0])).toContain('3 ngày làm việc kể từ ngày biểu quyết theo sheet Quy định; luật quy định 5 ngày làm việc, Luật 10/2022/QH15, Điều 20 khoản 3');
  });

  it('times a decision that was sent even when a count is missing, but flags no unsent one', () => {
    expect(check({ agree: null, sentToCommune: '2024-05-09' })).toMatchObject({ passed: null, sentInTime: false, lateDays: 2 });
    const unsent = check({ agree: null, sentToCommune: null }, '2024-06-01');
    expect(unsent).toMatchObject({ sentInTime: null, findings: [] });
    expect(unsent.sendBy).toEqual(day('2024-05-07'));
  });

  it('refuses a sending date before the vote', () => {
    const r = check({ sentToCommune: '2024-04-20' });
    expect(r.sentInTime).toBeNull();
    expect(r.problems).toEqual([expect.objectContaining({ code: 'vote-sent-before-vote', field: 'sentToCommune', other: 'date' })]);
  });

  it('warns that without a date the deadline cannot be counted', () => {
    const r = check({ date: null, sentToCommune: null });
    expect(r).toMatchObject({ passed: true, sendBy: null, sentInTime: null });
    expect(codes(r.problems)).toEqual(['vote-date-missing']);
    expect(r.verdict).toEqual({ label: 'Thông qua (2/3); thiếu ngày biểu quyết', severity: 'warning' });
  });

  it('does not reach the calendar for a year outside 1900–2199', () => {
    expect(check({ date: '2250-01-02', sentToCommune: null })).toMatchObject({ sendBy: null, sentInTime: null });
  });
});
