import { existsSync } from 'node:fs';
import { createTemplate } from '../app/template';
import { newWorkbookFile } from '../workbook/file/host';
import { saveWorkbookPath } from '../workbook/file/hostNode';
import { todayFromClock } from './today';
import { CliUsageError } from './usage';

interface TemplateArgs {
  values: { output?: string; year?: string; unit?: string };
  positionals: string[];
}

/** `dccs template [-o FILE] [--year YYYY] [--unit "…"]`: never overwrites an existing file. */
export async function runTemplate({ values, positionals }: TemplateArgs, out: NodeJS.WritableStream): Promise<number> {
  if (positionals.length > 0) throw new CliUsageError(`Tham số thừa: ${positionals.join(' ')}.`);
  const file = values.output ?? 'so-theo-doi.xlsx';
  if (!/\.xlsx$/i.test(file)) throw new CliUsageError(`Tên tệp phải có đuôi .xlsx: «${file}».`);
  if (existsSync(file)) throw new CliUsageError(`Tệp «${file}» đã có; không ghi đè. Hãy chọn tên khác bằng -o.`);
  const year = values.year === undefined ? todayFromClock().y : Number(values.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new CliUsageError(`Năm không hợp lệ: «${values.year}» (cần từ 2000 đến 2100).`);
  const host = newWorkbookFile();
  const result = await createTemplate(host, { year, unit: values.unit });
  await saveWorkbookPath(host, file);
  out.write(`Đã tạo «${file}» với ${result.written.length} sheet: ${result.written.join(', ')}.\n`);
  return 0;
}
