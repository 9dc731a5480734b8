import { checkWorkbook } from '../app/check';
import { UnusableWorkbookError } from '../app/errors';
import { countByStatus } from '../app/findingLines';
import type { CheckReport } from '../app/types';
import { formatVi, parseIso } from '../domain/calendar/localDate';
import { POSTING_STATUS_LABELS } from '../domain/postings/labels';
import { openWorkbookPath } from '../workbook/fileHostNode';
import { todayFromClock } from './today';
import { CliUsageError, requireFile } from './usage';

interface CheckArgs {
  values: { json?: boolean; 'as-of'?: string };
  positionals: string[];
}

/** `dccs check FILE [--as-of YYYY-MM-DD] [--json]`: reads only, writes nothing. */
export async function runCheck({ values, positionals }: CheckArgs, out: NodeJS.WritableStream): Promise<number> {
  if (positionals.length !== 1) throw new CliUsageError('dccs check cần đúng một tệp .xlsx.');
  const asOf = values['as-of'] === undefined ? undefined : parseIso(values['as-of']);
  if (asOf === null) throw new CliUsageError(`Ngày đánh giá không hợp lệ: «${values['as-of']}» (cần dạng YYYY-MM-DD).`);
  const file = requireFile(positionals[0]);
  const host = await openWorkbookPath(file);
  const { report } = await checkWorkbook(host, { today: todayFromClock(), asOf }).catch((e: unknown) => {
    throw e instanceof UnusableWorkbookError ? new UnusableWorkbookError(e.code, `Tệp «${file}»: ${e.message}`) : e;
  });
  out.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : describe(file, report));
  return 0;
}

function describe(file: string, r: CheckReport): string {
  const lines = [`Tệp: ${file}`, `Đơn vị: ${r.unit || '(chưa ghi tên đơn vị)'} — Ngày đánh giá: ${formatVi(parseIso(r.asOf)!)}`];
  const counts = countByStatus(r);
  lines.push(`Công khai: ${r.postings.length} dòng`);
  for (const [status, label] of Object.entries(POSTING_STATUS_LABELS)) {
    const n = counts[status as keyof typeof counts];
    if (n > 0) lines.push(`  ${label}: ${n}`);
  }
  const notMet = r.postings.filter((p) => !['met', 'permanent', 'no-requirement'].includes(p.status));
  if (notMet.length > 0) lines.push('', 'Cần xem lại:');
  for (const p of notMet) lines.push(`  - ${p.sheet}, dòng ${p.row} («${p.title}»): ${p.explanation}`);
  if (r.inputErrors.length > 0) lines.push('', `Lỗi dữ liệu (${r.inputErrors.length}):`);
  for (const e of r.inputErrors) lines.push(`  - ${e.message}`);
  return `${lines.join('\n')}\n`;
}
