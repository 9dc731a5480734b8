import { checkWorkbook } from '../app/check';
import { UnusableWorkbookError } from '../app/errors';
import { countByStatus } from '../app/check';
import type { CheckReport } from '../app/types';
import { formatVi, parseIso } from '../domain/calendar/localDate';
import { POSTING_STATUS_LABELS } from '../domain/postings/labels';
import { readWorkbookPath } from '../workbook/file/stream/readPathNode';
import { todayFromClock } from './today';
import { readingOption } from './readingOption';
import { CliUsageError, requireFile } from './usage';
import { writeJson } from './writeJson';
import { SEVERITY_LABELS, SEVERITY_RANK, type Severity } from '../domain/issues';

interface CheckArgs {
  values: { json?: boolean; 'as-of'?: string; reading?: string };
  positionals: string[];
}

/** `dccs check FILE [--as-of YYYY-MM-DD] [--json]`: reads only, writes nothing. */
export async function runCheck({ values, positionals }: CheckArgs, out: NodeJS.WritableStream): Promise<number> {
  if (positionals.length !== 1) throw new CliUsageError('dccs check cần đúng một tệp .xlsx.');
  const asOf = values['as-of'] === undefined ? undefined : parseIso(values['as-of']);
  if (asOf === null) throw new CliUsageError(`Ngày đánh giá không hợp lệ: «${values['as-of']}» (cần dạng YYYY-MM-DD).`);
  const file = requireFile(positionals[0]);
  const reading = readingOption(values.reading);
  const host = await readWorkbookPath(file);
  const { report } = await checkWorkbook(host, { today: todayFromClock(), asOf, reading }).catch((e: unknown) => {
    throw e instanceof UnusableWorkbookError ? new UnusableWorkbookError(e.code, `Tệp «${file}»: ${e.message}`) : e;
  });
  if (values.json) writeJson(report, (chunk) => out.write(chunk));
  else out.write(describe(file, report));
  return 0;
}


/** The readable summary: counts per table, then every finding, the worst first. */
function describe(file: string, r: CheckReport): string {
  const lines = [`Tệp: ${file}`, `Đơn vị: ${r.unit || '(chưa ghi tên đơn vị)'} — Ngày đánh giá: ${formatVi(parseIso(r.asOf)!)}`, ''];
  const counts = countByStatus(r);
  const postings = Object.entries(POSTING_STATUS_LABELS)
    .filter(([status]) => counts[status as keyof typeof counts] > 0)
    .map(([status, label]) => `${label} ${counts[status as keyof typeof counts]}`);
  lines.push(`Công khai: ${r.postings.length} dòng${postings.length ? ` (${postings.join(', ')})` : ''}`);
  if (r.tasks.length) lines.push(`Kế hoạch: ${r.tasks.length} việc`);
  if (r.consultations.length) {
    lines.push(`Lấy ý kiến: ${r.consultations.length} đợt, ${r.feedback.total} ý kiến (chưa xử lý ${r.feedback.pending})`);
  }
  if (r.votes.length) {
    const passed = r.votes.filter((v) => v.passed === true).length;
    const failed = r.votes.filter((v) => v.passed === false).length;
    const open = r.votes.length - passed - failed;
    // A vote whose counts are not recorded is not judged, never counted as failed.
    lines.push(`Biểu quyết: ${r.votes.length} lần, thông qua ${passed}, không thông qua ${failed}` + (open ? `, chưa đủ số liệu để xét ${open}` : ''));
  }
  const sorted = r.findings.map((f, i) => ({ f, i })).sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i);
  const bySeverity = (s: Severity) => sorted.filter(({ f }) => f.severity === s).length;
  lines.push('', `Cần xem lại: ${bySeverity('error')} lỗi, ${bySeverity('warning')} cảnh báo, ${bySeverity('info')} lưu ý` +
    ` (trong đó ${r.inputErrors.length} lỗi dữ liệu).`);
  for (const { f } of sorted) {
    lines.push(`  [${SEVERITY_LABELS[f.severity]}] ${f.sheet}${f.row === null ? '' : `, dòng ${f.row}`} (${f.rule}): ${f.message}`);
  }
  return `${lines.join('\n')}\n`;
}
