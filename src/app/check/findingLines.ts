import { SEVERITY_LABELS, SEVERITY_RANK } from '../../domain/issues';
import { POSTING_STATUS_LABELS } from '../../domain/postings/labels';
import type { FindingLine } from '../../report/findingsSheet';
import type { CheckReport, PostingStatus } from '../types';


/** The title of each judged row, to show beside its findings. */
function titles(report: CheckReport): Map<string, string> {
  const map = new Map<string, string>();
  const add = (sheet: string, row: number, title: string) => map.set(`${sheet}\u0000${row}`, title);
  for (const p of report.postings) add(p.sheet, p.row, p.title);
  for (const t of report.tasks) add(t.sheet, t.row, t.title);
  for (const c of report.consultations) add(c.sheet, c.row, c.subject);
  for (const v of report.votes) add(v.sheet, v.row, v.title);
  return map;
}

/**
 * Lines of `KQ Kiểm tra`: every finding and every input error (they are both in
 * `report.findings`), what needs the officer first (errors, warnings, notes), each group in sheet
 * and row order. Grouping also keeps the severity colours to three ranges, not one per row.
 */
export function findingLines(report: CheckReport): FindingLine[] {
  const title = titles(report);
  return report.findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => ({
      sheet: f.sheet, row: f.row, title: f.row === null ? '' : title.get(`${f.sheet}\u0000${f.row}`) ?? '',
      rule: f.rule, verdict: SEVERITY_LABELS[f.severity], severity: f.severity, explanation: f.message,
    }));
}

/** Counts in one line: «Công khai: 12 dòng — Đạt 8, Chưa đủ thời gian 2, …; phát hiện 5; lỗi dữ liệu 1». */
export function summaryLine(report: CheckReport): string {
  const counts = countByStatus(report);
  const parts = (Object.keys(POSTING_STATUS_LABELS) as PostingStatus[])
    .filter((s) => counts[s] > 0)
    .map((s) => `${POSTING_STATUS_LABELS[s]} ${counts[s]}`);
  return `Công khai: ${report.postings.length} dòng${parts.length ? ` — ${parts.join(', ')}` : ''}; ` +
    `cần xem lại: ${report.findings.length - report.inputErrors.length}; lỗi dữ liệu: ${report.inputErrors.length}.`;
}

export function countByStatus(report: CheckReport): Record<PostingStatus, number> {
  const counts = Object.fromEntries(Object.keys(POSTING_STATUS_LABELS).map((s) => [s, 0])) as Record<PostingStatus, number>;
  for (const p of report.postings) counts[p.status] += 1;
  return counts;
}
