import { existsSync } from 'node:fs';
import { readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { allRows, appendPlanRows, readPlan, type ImportResult } from '../app/importPlan';
import { formatIso, formatVi, type LocalDate } from '../domain/calendar/localDate';
import { issueText } from '../domain/messages';
import type { PlanExtraction, PlanIssue } from '../domain/plan/types';
import { createTemplate } from '../app/template';
import { newWorkbookFile } from '../workbook/file/host';
import { openWorkbookPath, saveWorkbookPath } from '../workbook/file/hostNode';
import { readPlanFile } from '../app/importPlan';
import { todayFromClock } from './today';
import { CliUsageError, requireFile } from './usage';

interface ImportPlanArgs {
  values: { json?: boolean; output?: string };
  positionals: string[];
}

const iso = (d: LocalDate | null) => (d ? formatIso(d) : null);
const vi = (d: LocalDate | null) => (d ? formatVi(d) : '…');
const issueMessage = (i: PlanIssue) => issueText({ code: i.code, severity: i.severity, sheet: '', row: null, column: null, value: i.value, params: { ...i.params, phrase: i.value } });

/** The JSON of `dccs import-plan --json` (README). */
export function planJson(x: PlanExtraction) {
  return {
    plan: { ...x.plan, date: iso(x.plan.date) },
    tasks: x.tasks.map((t) => ({
      section: t.section, title: t.title, lead: t.lead, advisor: t.advisor, partners: t.partners,
      dueText: t.dueText, due: iso(t.due), start: iso(t.start), excerpt: t.excerpt,
    })),
    postings: x.postings.map((p) => ({
      title: p.title, form: p.form, place: p.place, start: iso(p.start), end: iso(p.end), requiredDays: p.requiredDays, excerpt: p.excerpt,
    })),
    consultations: x.consultations.map((c) => ({ title: c.title, from: iso(c.from), to: iso(c.to), excerpt: c.excerpt })),
    inputErrors: x.issues.map((i) => ({ line: i.line, severity: i.severity, value: i.value, message: issueMessage(i) })),
  };
}

function planText(x: PlanExtraction): string {
  const p = x.plan;
  const lines = [
    `Kế hoạch ${p.number ? `số ${p.number}` : '(chưa rõ số)'}${p.unit ? ` của ${p.unit}` : ''}` +
      `${p.place ? `, ${p.place}` : ''}${p.date ? `, ngày ${formatVi(p.date)}` : ''}; năm ${p.year ?? 'chưa rõ'}`,
    `«${p.title ?? 'chưa rõ tên'}»`,
    '',
    `Nhiệm vụ (${x.tasks.length}):`,
  ];
  for (const t of x.tasks) {
    lines.push(`  ${t.section ?? '-'}. ${t.title}`);
    const who = [t.lead && `chủ trì: ${t.lead}`, t.advisor && `tham mưu: ${t.advisor}`, t.partners && `phối hợp: ${t.partners}`].filter(Boolean);
    if (who.length > 0) lines.push(`      ${who.join('; ')}`);
    if (t.dueText) lines.push(`      thời hạn: «${t.dueText}»${t.due ? ` → ${formatVi(t.due)}` : ''}${t.start ? ` (bắt đầu ${formatVi(t.start)})` : ''}`);
  }
  lines.push('', `Niêm yết, công khai (${x.postings.length}):`);
  for (const q of x.postings) {
    lines.push(`  ${q.title}`, `      ${q.form ?? 'chưa rõ hình thức'}${q.place ? ` tại ${q.place}` : ''}: ${vi(q.start)} – ${vi(q.end)}` +
      `${q.requiredDays === null ? '' : `, ít nhất ${q.requiredDays} ngày`}`);
  }
  lines.push('', `Lấy ý kiến (${x.consultations.length}):`);
  for (const c of x.consultations) lines.push(`  ${c.title}: ${vi(c.from)} – ${vi(c.to)}`);
  if (x.issues.length > 0) {
    lines.push('', `Cần kiểm tra lại (${x.issues.length}):`);
    for (const i of x.issues) lines.push(`  ${i.line === null ? '' : `dòng ${i.line}: `}${issueMessage(i)}`);
  }
  return `${lines.join('\n')}\n`;
}

function appendedText(result: ImportResult, file: string): string {
  if (result.appended.length === 0) return `Không có dòng nào để ghi vào «${file}».\n`;
  return result.appended.map((a) =>
    `${a.created ? 'Đã tạo' : 'Đã ghi thêm vào'} sheet «${a.sheet}»: dòng ${a.firstRow}–${a.lastRow}.`).join('\n') + ` (tệp «${file}»)\n`;
}

/**
 * Saves next to the file first, then renames over it: a failed save never leaves the officer's
 * workbook half written.
 */
async function saveSafely(host: Awaited<ReturnType<typeof openWorkbookPath>>, file: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.dccs-${process.pid}.tmp`);
  try {
    await saveWorkbookPath(host, temp);
    await rename(temp, file);
  } finally {
    if (existsSync(temp)) await unlink(temp).catch(() => undefined);
  }
}

/** Appends every item to the tracking workbook `target`, created from the template when absent. */
async function writeRows(extraction: PlanExtraction, target: string): Promise<ImportResult> {
  const exists = existsSync(target);
  const host = exists ? await openWorkbookPath(target) : newWorkbookFile(path.basename(target));
  const year = extraction.plan.year ?? todayFromClock().y;
  if (!exists) await createTemplate(host, { year, unit: extraction.plan.unit ?? undefined });
  const result = await appendPlanRows(host, allRows(extraction), { year });
  await saveSafely(host, target);
  return result;
}

/** `dccs import-plan FILE.docx|FILE.txt [--json] [-o SỔ.xlsx]`. */
export async function runImportPlan({ values, positionals }: ImportPlanArgs, out: NodeJS.WritableStream): Promise<number> {
  if (positionals.length !== 1) throw new CliUsageError('dccs import-plan cần đúng một tệp kế hoạch .docx hoặc .txt.');
  const file = requireFile(positionals[0]);
  if (values.output !== undefined && !/\.xlsx$/i.test(values.output)) throw new CliUsageError(`Sổ theo dõi phải có đuôi .xlsx: «${values.output}».`);
  const text = await readPlanFile(await readFile(file), path.basename(file));
  const extraction = readPlan(text);
  const written = values.output === undefined ? null : await writeRows(extraction, values.output);
  if (values.json) {
    out.write(`${JSON.stringify({ ...planJson(extraction), ...(written ? { written: written.appended } : {}) }, null, 2)}\n`);
  } else {
    out.write(planText(extraction));
    if (written && values.output) out.write(`\n${appendedText(written, values.output)}`);
  }
  return 0;
}
