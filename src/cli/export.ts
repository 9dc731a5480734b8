import path from 'node:path';
import { hidePersonalData } from '../app/superiorCopy';
import { openWorkbookPath, saveWorkbookPath } from '../workbook/file/hostNode';
import { CliUsageError, requireFile } from './usage';

interface ExportArgs {
  values: { output?: string; 'for-superior'?: boolean };
  positionals: string[];
}

/**
 * `dccs export --for-superior FILE -o OUT.xlsx`: a copy for the level above without citizens' names
 * and contact details (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). The input file is never written.
 */
export async function runExport({ values, positionals }: ExportArgs, out: NodeJS.WritableStream): Promise<number> {
  if (!values['for-superior']) throw new CliUsageError('dccs export cần --for-superior (bản gửi cấp trên, không có họ tên, liên hệ của người dân).');
  if (positionals.length !== 1) throw new CliUsageError('dccs export cần đúng một tệp .xlsx.');
  const file = requireFile(positionals[0]);
  const output = values.output ?? file.replace(/\.xlsx$/i, '') + '-gui-cap-tren.xlsx';
  if (!/\.xlsx$/i.test(output)) throw new CliUsageError(`Tệp kết quả phải có đuôi .xlsx: «${output}».`);
  if (path.resolve(output) === path.resolve(file)) throw new CliUsageError('Không ghi đè tệp đầu vào: hãy chọn tên khác bằng -o.');

  const host = await openWorkbookPath(file);
  const summary = await hidePersonalData(host);
  await saveWorkbookPath(host, output);
  const hidden = summary.hidden.filter((h) => h.cells > 0);
  const lines = [
    `Đã ghi bản gửi cấp trên «${output}»: giữ nguyên số liệu, quyết định và nội dung; ẩn họ tên, số điện thoại, địa chỉ của người dân ` +
      '(Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15).',
    ...(hidden.length === 0
      ? ['Sổ không có cột họ tên, liên hệ của người dân nào có dữ liệu.']
      : hidden.map((h) => `- Sheet «${h.sheet}», cột «${h.header}»: ẩn ${h.cells} ô.`)),
    'Nội dung góp ý vẫn được giữ nguyên: nếu trong đó có ghi tên người dân, hãy kiểm tra trước khi gửi.',
  ];
  out.write(`${lines.join('\n')}\n`);
  return 0;
}
