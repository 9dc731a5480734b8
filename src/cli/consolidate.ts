import { existsSync, writeFileSync } from 'node:fs';
import { consolidate, type ConsolidateSource } from '../app/consolidate';
import type { UnitOrder } from '../app/consolidate';
import { consolidationJson } from '../app/consolidate';
import { consolidateMessages as msg } from '../app/consolidate';
import { readConsolidatingWorkbook } from '../app/consolidate';
import { parseIso } from '../domain/calendar/localDate';
import { complianceOf, type Consolidation } from '../report/consolidatedModel';
import { readWorkbookPath } from '../workbook/file/stream/readPathNode';
import { expandInputs } from './consolidateInputs';
import { docxRequest } from './consolidateDocx';
import { defaultJobs, docxInWorker, rewriteInWorker, summarizePool } from './consolidateWorkers';
import { todayFromClock } from './today';
import { CliUsageError } from './usage';

interface ConsolidateArgs {
  values: { output?: string; json?: boolean; 'as-of'?: string; docx?: string; sort?: string; jobs?: string };
  positionals: string[];
}

/** Without -o and without --json the results go here, in the current folder. */
export const DEFAULT_OUTPUT = 'tong-hop.xlsx';

/**
 * `dccs consolidate FILE… | DIR [-o OUT.xlsx] [--docx OUT.docx] [--json] [--as-of YYYY-MM-DD]
 * [--sort name|compliance] [--jobs N]`. The commune files are only read. OUT.xlsx, when it exists,
 * is the office's own workbook: its `Danh sách đơn vị` says who must report, its `Thông tin`
 * heads the report, and only the add-in's sheets in it are replaced. Exit 2 only when no file at
 * all could be consolidated.
 */
export async function runConsolidate({ values, positionals }: ConsolidateArgs, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  if (positionals.length === 0) throw new CliUsageError('dccs consolidate cần ít nhất một tệp .xlsx hoặc một thư mục.');
  const asOf = values['as-of'] === undefined ? undefined : parseIso(values['as-of']);
  if (asOf === null) throw new CliUsageError(`Ngày đánh giá không hợp lệ: «${values['as-of']}» (cần dạng YYYY-MM-DD).`);
  const order = parseOrder(values.sort);
  const jobs = parseJobs(values.jobs);
  const output = values.output ?? (values.json ? null : DEFAULT_OUTPUT);
  if (output !== null && !/\.xlsx$/i.test(output)) throw new CliUsageError(`Tệp kết quả phải có đuôi .xlsx: «${output}».`);
  if (values.docx !== undefined && !/\.docx$/i.test(values.docx)) throw new CliUsageError(`Tệp Word phải có đuôi .docx: «${values.docx}».`);

  const { sources, notes, failed: early } = await expandInputs(positionals, output);
  // The office's workbook is read first for its `Danh sách đơn vị` and `Thông tin`; the save opens it again.
  // A run without OUT.xlsx (--json) never loads exceljs.
  const office = output !== null && existsSync(output) ? await readConsolidatingWorkbook(await readWorkbookPath(output)) : null;
  const expected = office?.expected ?? null;
  const today = todayFromClock();
  // Inputs refused before reading (not an .xlsx, gone) are listed first, as failed files.
  const refused = early.map((f): ConsolidateSource => ({
    name: f.file, open: () => Promise.reject(new Error(f.reason)), summarize: () => Promise.resolve({ kind: 'failed', ...f }),
  }));
  const pool = jobs > 1 && sources.length > 1 ? summarizePool({ today, asOf }, Math.min(jobs, sources.length)) : null;
  const c = await consolidate([...refused, ...(pool ? sources.map((s) => pool.source(s.name)) : sources)], {
    today, asOf, order, expected, concurrency: pool ? jobs : 1,
  }).finally(() => pool?.close());
  for (const note of notes) err.write(`${note}\n`);
  if (values.json) out.write(`${JSON.stringify(consolidationJson(c), null, 2)}\n`);
  if (c.units.length === 0) {
    err.write(`Lỗi: ${msg.nothingConsolidated}\n${c.failed.map((f) => `  - ${f.reason}\n`).join('')}`);
    if (sources.length === 0 && c.failed.length === 0 && notes.length === 0) err.write('Không có tệp .xlsx nào trong đầu vào.\n');
    return 2;
  }
  const lines: string[] = [];
  if (output !== null) {
    const options = { today, asOf, order };
    // The Word draft is built on a thread of its own, headed by the office's `Thông tin` (none in a
    // new OUT.xlsx), while this thread writes the workbook: the two outputs on the two cores. The
    // save stays here, where the findings are (copying 130,000 of them to another thread cost 0.5 s);
    // only an office workbook the splice cannot take is rewritten on a thread with a capped heap.
    const drafting = values.docx === undefined ? null : docxInWorker(docxRequest(c, office?.office ?? null, options));
    const saving = (async () => {
      const request = { consolidation: c, output, options: { ...options, docx: false } };
      return (await (await import('./consolidateSave')).saveStreamed(request)) ?? rewriteInWorker(request);
    })();
    const [written, docx] = await Promise.all([saving, drafting]);
    lines.push(`Đã ghi ${written.written.map((s) => `«${s}»`).join(', ')} vào «${output}».`);
    for (const r of written.renamed) lines.push(`Sheet «${r.wanted}» trong sổ không do DCCS tạo nên được giữ nguyên; kết quả ghi vào «${r.written}».`);
    if (values.docx !== undefined && docx !== null) {
      writeFileSync(values.docx, docx);
      lines.push(`Đã ghi bản Word «${values.docx}».`);
    }
    if (written.chartsSkipped) lines.push('Biểu đồ tỷ lệ đạt theo đơn vị chỉ có khi tổng hợp trong Excel.');
  }
  const report = [...describe(c), ...lines].join('\n');
  (values.json ? err : out).write(`${report}\n`);
  return 0;
}

function parseOrder(text: string | undefined): UnitOrder {
  if (text === undefined || text === 'name') return 'name';
  if (text === 'compliance') return 'compliance';
  throw new CliUsageError(`--sort nhận «name» (theo tên) hoặc «compliance» (theo tỷ lệ đạt), không nhận «${text}».`);
}

function parseJobs(text: string | undefined): number {
  if (text === undefined) return defaultJobs();
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new CliUsageError(`--jobs cần một số nguyên từ 1 đến 64, không nhận «${text}».`);
  return n;
}

function describe(c: Consolidation): string[] {
  const counted = c.units.filter((u) => !u.conflict);
  const rate = complianceOf(c.totals.postings).rate;
  const lines = [`Tổng hợp ${counted.length} đơn vị` + (rate === null ? '.' : `; tỷ lệ công khai đạt thời hạn ${(rate * 100).toFixed(1).replace('.', ',')}%.`)];
  if (c.conflicts.length) {
    lines.push(`Đơn vị có từ hai tệp trở lên (không cộng vào tổng; hãy giữ lại một tệp):`);
    for (const x of c.conflicts) lines.push(`  - ${x.unit}: ${x.files.join(', ')}`);
  }
  if (c.failed.length) {
    lines.push(`Tệp không tổng hợp được (${c.failed.length}):`);
    for (const f of c.failed) lines.push(`  - ${f.reason}`);
  }
  if (c.findingsOmitted.length) {
    lines.push(`«TH Chi tiết» chưa liệt kê phát hiện của ${c.findingsOmitted.length} đơn vị (quá nhiều dòng cho một sheet); số đếm của họ vẫn có trong «TH Đơn vị».`);
  }
  if (c.hasExpectedList) {
    lines.push(c.missing.length ? `Đơn vị chưa gửi tệp (${c.missing.length}): ${c.missing.join(', ')}.` : 'Mọi đơn vị trong «Danh sách đơn vị» đã gửi tệp.');
    if (c.unexpected.length) lines.push(`Đơn vị không có trong «Danh sách đơn vị»: ${c.unexpected.join(', ')}.`);
  }
  return lines;
}
