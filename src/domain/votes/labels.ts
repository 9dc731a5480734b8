import { formatVi } from '../calendar/localDate';
import type { VoteResult, VoteRow } from './types';

export type VoteSeverity = 'error' | 'warning' | 'info' | 'ok';

export interface VoteVerdict {
  /** Short Vietnamese label for the row's status column: «Thông qua (2/3)», «Thiếu số hộ»… */
  readonly label: string;
  readonly severity: VoteSeverity;
}

const RANK: Readonly<Record<VoteSeverity, number>> = { ok: 0, info: 1, warning: 2, error: 3 };
const worst = (a: VoteSeverity, b: VoteSeverity): VoteSeverity => (RANK[b] > RANK[a] ? b : a);

function tallyPart(row: VoteRow, r: VoteResult): VoteVerdict {
  if (r.passed === true) return { label: `thông qua (${r.threshold === '2/3' ? '2/3' : 'trên 50%'})`, severity: 'ok' };
  if (r.passed === false) {
    return row.sentToCommune
      ? { label: 'không thông qua nhưng ghi đã gửi UBND xã', severity: 'warning' }
      : { label: 'không thông qua', severity: 'info' };
  }
  if (row.unreadable.some((f) => f !== 'date' && f !== 'sentToCommune')) return { label: 'dữ liệu không hợp lệ', severity: 'error' };
  if (r.threshold === null) return { label: 'chưa rõ loại việc', severity: 'warning' };
  if (row.households === null) return { label: 'thiếu số hộ', severity: 'warning' };
  if (row.agree === null) return { label: 'thiếu số hộ tán thành', severity: 'warning' };
  return { label: 'số hộ không khớp', severity: 'error' };
}

function sendingPart(row: VoteRow, r: VoteResult): VoteVerdict | null {
  if (r.sentInTime === false && row.sentToCommune) {
    const days = r.lateDays ? `${r.lateDays} ngày làm việc` : 'sau hạn';
    return { label: `gửi UBND xã muộn ${days}`, severity: 'error' };
  }
  if (r.sentInTime === false) return { label: `chưa gửi UBND xã, quá hạn ${formatVi(r.sendBy!)}`, severity: 'error' };
  if (r.passed === true && r.sentInTime === null && r.sendBy && !row.sentToCommune) {
    return { label: `hạn gửi UBND xã ${formatVi(r.sendBy)}`, severity: 'info' };
  }
  if (r.passed === true && r.sendBy === null && row.date === null) return { label: 'thiếu ngày biểu quyết', severity: 'warning' };
  return null;
}

/**
 * The row's one-line verdict: the tally, then the sending to UBND xã when it needs the officer.
 * @example voteVerdict(row, result) // { label: 'Thông qua (2/3); gửi UBND xã muộn 2 ngày làm việc', severity: 'error' }
 * @example voteVerdict(row, result) // { label: 'Thiếu số hộ', severity: 'warning' }
 */
export function voteVerdict(row: VoteRow, r: VoteResult): VoteVerdict {
  const form: VoteVerdict | null = r.formAllowed === false ? { label: 'hình thức quyết định không đúng luật, không được công nhận', severity: 'error' } : null;
  const parts = [tallyPart(row, r), form, sendingPart(row, r)].filter((p): p is VoteVerdict => p !== null);
  const label = parts.map((p) => p.label).join('; ');
  return {
    label: label.charAt(0).toUpperCase() + label.slice(1),
    severity: parts.map((p) => p.severity).reduce(worst),
  };
}
