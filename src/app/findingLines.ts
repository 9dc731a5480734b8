import { POSTING_STATUS_LABELS, POSTING_STATUS_SEVERITY } from '../domain/postings/labels';
import type { FindingLine } from '../report/findingsSheet';
import type { CheckOutcome, CheckReport, PostingStatus } from './types';

const SEVERITY_LABEL = { error: 'Lỗi dữ liệu', warning: 'Cảnh báo dữ liệu', info: 'Lưu ý' } as const;

const RANK = { error: 0, warning: 1, info: 2, ok: 3 } as const;

/**
 * Lines of `KQ Kiểm tra`: every posting's verdict and every input error, what needs the officer
 * first (errors, warnings, notes, then rows in order), each group in sheet-row order. Grouping also
 * keeps the severity colours to four ranges, not one per row.
 */
export function findingLines({ report, issues }: CheckOutcome): FindingLine[] {
  const postings = report.postings.map((p): FindingLine => ({
    sheet: p.sheet, row: p.row, title: p.title, rule: p.rule,
    verdict: POSTING_STATUS_LABELS[p.status], severity: POSTING_STATUS_SEVERITY[p.status], explanation: p.explanation,
  }));
  const inputs = issues.map((issue, i): FindingLine => ({
    sheet: issue.sheet, row: issue.row, title: issue.column ? `Cột «${issue.column}»` : '', rule: issue.code,
    verdict: SEVERITY_LABEL[issue.severity], severity: issue.severity, explanation: report.inputErrors[i].message,
  }));
  // Late publication (Điều 12 k3 / Điều 47 k2) is a second verdict on the same row.
  const late = report.findings.filter((f) => f.rule.endsWith('_THOI_DIEM')).map((f): FindingLine => ({
    sheet: f.sheet, row: f.row, title: report.postings.find((p) => p.sheet === f.sheet && p.row === f.row)?.title ?? '',
    rule: f.rule, verdict: 'Công khai chậm', severity: 'error', explanation: f.message,
  }));
  return [...postings, ...late, ...inputs]
    .map((line, i) => ({ line, i }))
    .sort((a, b) => RANK[a.line.severity] - RANK[b.line.severity] || a.i - b.i)
    .map(({ line }) => line);
}

/** Counts by status, in one line: «Công khai: 12 dòng — Đạt 8, Chưa đủ thời gian 2, …». */
export function summaryLine(report: CheckReport): string {
  const counts = countByStatus(report);
  const parts = (Object.keys(POSTING_STATUS_LABELS) as PostingStatus[])
    .filter((s) => counts[s] > 0)
    .map((s) => `${POSTING_STATUS_LABELS[s]} ${counts[s]}`);
  return `Công khai: ${report.postings.length} dòng${parts.length ? ` — ${parts.join(', ')}` : ''}; lỗi dữ liệu: ${report.inputErrors.length}.`;
}

export function countByStatus(report: CheckReport): Record<PostingStatus, number> {
  const counts = Object.fromEntries(Object.keys(POSTING_STATUS_LABELS).map((s) => [s, 0])) as Record<PostingStatus, number>;
  for (const p of report.postings) counts[p.status] += 1;
  return counts;
}
