import { parseArgs } from 'node:util';
import { UserError } from '../domain/errors';
import { CliUsageError, USAGE } from './usage';

/**
 * `dccs`: the same use cases as the task pane, on .xlsx files. Exit 0 when the run worked (also
 * when rows fail the law), 2 when the input cannot be used, 1 for a bug.
 */
export async function main(
  argv: readonly string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  // Each command loads its own modules: `report` need not load mammoth, nor `holidays` exceljs.
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await (await import('./check')).runCheck(parse(rest, { json: { type: 'boolean' }, 'as-of': { type: 'string' }, reading: { type: 'string' } }), out);
      case 'inspect':
        return await (await import('./inspect')).runInspect(parse(rest, {
          json: { type: 'boolean' }, reading: { type: 'string' }, save: { type: 'boolean' }, output: { type: 'string', short: 'o' },
        }), out);
      case 'consolidate':
        return await (await import('./consolidate')).runConsolidate(parse(rest, {
          output: { type: 'string', short: 'o' }, json: { type: 'boolean' }, 'as-of': { type: 'string' }, docx: { type: 'string' },
          sort: { type: 'string' }, jobs: { type: 'string' },
        }), out, err);
      case 'export':
        return await (await import('./export')).runExport(parse(rest, { 'for-superior': { type: 'boolean' }, output: { type: 'string', short: 'o' } }), out);
      case 'holidays':
        return await (await import('./holidays')).runHolidays(parse(rest, { json: { type: 'boolean' } }), out);
      case 'report':
        return await (await import('./report')).runReport(parse(rest, {
          output: { type: 'string', short: 'o' }, docx: { type: 'string' }, 'as-of': { type: 'string' }, quarter: { type: 'string' },
        }), out);
      case 'import-plan':
        return await (await import('./importPlan')).runImportPlan(parse(rest, { json: { type: 'boolean' }, output: { type: 'string', short: 'o' } }), out);
      case 'template':
        return await (await import('./template')).runTemplate(parse(rest, { output: { type: 'string', short: 'o' }, year: { type: 'string' }, unit: { type: 'string' } }), out);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new CliUsageError(`Lệnh không có: «${command}».`);
    }
  } catch (e) {
    if (e instanceof CliUsageError) {
      err.write(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof UserError) {
      err.write(`Lỗi: ${e.message}\n`);
      return 2;
    }
    err.write(`Lỗi không mong đợi (xin báo lại cho nhóm phát triển): ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    return 1;
  }
}

type Options = Parameters<typeof parseArgs>[0] extends infer C ? C extends { options?: infer O } ? O : never : never;

function parse<O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliUsageError(`Tham số không hợp lệ: ${e instanceof Error ? e.message : String(e)}`);
  }
}
