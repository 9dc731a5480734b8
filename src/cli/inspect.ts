import path from 'node:path';
import { inspectWorkbook, saveReading } from '../app/reading';
import { describeReading } from '../sheets/reading/describe';
import { openWorkbookForAppend, saveWorkbookPath } from '../workbook/file/hostNode';
import { readingOption } from './readingOption';
import { CliUsageError, requireFile } from './usage';

interface InspectArgs {
  values: { json?: boolean; reading?: string; save?: boolean; output?: string };
  positionals: string[];
}

/**
 * `dccs inspect FILE [--json] [--reading R.json] [--save -o OUT.xlsx]`: how DCCS reads the workbook
 * (tables, columns with confidence, facts inferred, rows passed over). With `--save`, a copy of the
 * workbook keeps the reading as confirmed (a hidden sheet), so every later run reads it the same way.
 */
export async function runInspect({ values, positionals }: InspectArgs, out: NodeJS.WritableStream): Promise<number> {
  if (positionals.length !== 1) throw new CliUsageError('dccs inspect cần đúng một tệp .xlsx.');
  const file = requireFile(positionals[0]);
  const given = readingOption(values.reading);
  if (values.save && !values.output) throw new CliUsageError('--save cần -o TỆP-MỚI.xlsx: DCCS không ghi đè tệp đầu vào.');
  if (values.output && !values.save) throw new CliUsageError('-o chỉ dùng cùng --save.');
  if (values.output && path.resolve(values.output) === path.resolve(file)) throw new CliUsageError('Không ghi đè tệp đầu vào: hãy chọn tên khác bằng -o.');
  const host = await openWorkbookForAppend(file);
  const reading = await inspectWorkbook(host, given);
  if (values.save) {
    await saveReading(host, reading);
    await saveWorkbookPath(host, values.output!);
  }
  out.write(values.json ? `${JSON.stringify(reading, null, 2)}\n` : describeReading(reading));
  if (values.save && !values.json) out.write(`Đã lưu cách đọc sổ (đã xác nhận) vào «${values.output}» (sheet ẩn «DCCS Cách đọc»).\n`);
  return 0;
}
