import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeReports } from '../app/report';
import { parseIso } from '../domain/calendar/localDate';
import { openWorkbookForAppend, saveWorkbookPath } from '../workbook/file/hostNode';
import { todayFromClock } from './today';
import { CliUsageError, requireFile } from './usage';

interface ReportArgs {
  values: { output?: string; docx?: string; 'as-of'?: string; quarter?: string };
  positionals: string[];
}

/** `2024-Q3` → { year: 2024, quarter: 3 }. */
function parseQuarter(text: string): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const m = /^(\d{4})-Q([1-4])$/i.exec(text.trim());
  if (!m) throw new CliUsageError(`Quý không hợp lệ: «${text}» (cần dạng 2024-Q3).`);
  return { year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
}

/**
 * `dccs report FILE [-o OUT.xlsx] [--docx OUT.docx] [--as-of YYYY-MM-DD] [--quarter YYYY-Qn]`:
 * the input file is never written; the reports go to a copy (default `<FILE>-bao-cao.xlsx`).
 */
export async function runReport({ values, positionals }: ReportArgs, out: NodeJS.WritableStream): Promise<number> {
  if (positionals.length !== 1) throw new CliUsageError('dccs report cần đúng một tệp .xlsx.');
  const file = requireFile(positionals[0]);
  const output = values.output ?? file.replace(/\.xlsx$/i, '') + '-bao-cao.xlsx';
  if (!/\.xlsx$/i.test(output)) throw new CliUsageError(`Tệp kết quả phải có đuôi .xlsx: «${output}».`);
  if (path.resolve(output) === path.resolve(file)) throw new CliUsageError('Không ghi đè tệp đầu vào: hãy chọn tên khác bằng -o.');
  if (values.docx !== undefined && !/\.docx$/i.test(values.docx)) throw new CliUsageError(`Tệp Word phải có đuôi .docx: «${values.docx}».`);
  const asOf = values['as-of'] === undefined ? undefined : parseIso(values['as-of']);
  if (asOf === null) throw new CliUsageError(`Ngày đánh giá không hợp lệ: «${values['as-of']}» (cần dạng YYYY-MM-DD).`);
  const quarter = values.quarter === undefined ? undefined : parseQuarter(values.quarter);

  const host = await openWorkbookForAppend(file);
  const result = await writeReports(host, { today: todayFromClock(), asOf, quarter });
  await saveWorkbookPath(host, output);
  const lines = [`Đã ghi ${result.written.map((s) => `«${s}»`).join(', ')} vào «${output}».`];
  for (const r of result.renamed) lines.push(`Sheet «${r.wanted}» trong sổ không do DCCS tạo nên được giữ nguyên; kết quả ghi vào «${r.written}».`);
  if (values.docx) {
    writeFileSync(values.docx, result.docx);
    lines.push(`Đã ghi bản Word «${values.docx}».`);
  }
  if (result.skippedFeatures.some((f) => f.feature === 'charts')) lines.push('Biểu đồ chỉ có khi chạy trong Excel.');
  out.write(`${lines.join('\n')}\n`);
  return 0;
}
