import { parseDeadline } from '../calendar/deadline';
import type { LabelField } from './labels';
import { blocksOf, isWindowLabel, officesOf, resolveResult, type Block } from './planBlocks';
import { readPlanMeta } from './planMeta';
import { isClosingLine, splitPlanLines, type PlanLine } from './planLines';
import { readSentenceItems } from './planSentences';
import { readTableRows } from './planTable';
import { asTitle } from './planText';
import type { PlanExtraction, PlanIssue, PlanTask } from './types';

/**
 * A plan's text → what it asks for: its metadata, tasks (from labelled sections, from tables and
 * from deadlines written in sentences), postings and consultations with their windows. Nothing is
 * guessed: a deadline the calendar cannot read stays as the plan's words, with an issue.
 */

function bodyLines(lines: readonly PlanLine[]): PlanLine[] {
  const first = lines.findIndex((l) => l.heading !== null || l.cells !== null);
  const body: PlanLine[] = [];
  for (const line of lines.slice(Math.max(first, 0))) {
    if (isClosingLine(line)) break;
    body.push(line);
  }
  return body;
}

const first = (block: Block, field: LabelField) => block.labels.find((l) => l.label.field === field)?.label.value ?? null;

function labelTasks(blocks: readonly Block[], year: number | null, issues: PlanIssue[]): PlanTask[] {
  const tasks: PlanTask[] = [];
  for (const block of blocks) {
    const h = block.heading;
    const fields = block.labels.filter((l) => l.label.field !== 'content' && !isWindowLabel(l.label));
    if (!h || fields.length === 0) continue;
    const dueText = first({ ...block, labels: fields }, 'time');
    const r = dueText === null ? null : resolveResult(parseDeadline(dueText, { reportYear: year }));
    const timeLine = fields.find((l) => l.label.field === 'time')?.line ?? null;
    if (r?.issue) issues.push({ ...r.issue, line: timeLine?.no ?? h.line, value: dueText! });
    const excerptLines = [...new Set([block.lines.find((l) => l.heading === h)?.text ?? h.title, ...fields.map((l) => l.line.text)])];
    tasks.push({
      section: h.path, title: asTitle(h.title), line: h.line,
      ...officesOf(block),
      dueText, due: r?.due ?? null, start: r?.start ?? null, excerpt: excerptLines.join('\n'),
    });
  }
  return tasks;
}

function tableTasks(lines: readonly PlanLine[], year: number | null, issues: PlanIssue[]): PlanTask[] {
  return readTableRows(lines).map(({ line, fields }) => {
    const dueText = fields.time ?? null;
    const r = dueText === null ? null : resolveResult(parseDeadline(dueText, { reportYear: year }));
    if (r?.issue) issues.push({ ...r.issue, line: line.no, value: dueText! });
    return {
      section: fields.index ?? null, title: asTitle(fields.title!), line: line.no,
      lead: fields.lead ?? null, advisor: fields.advisor ?? null, partners: fields.partners ?? null,
      dueText, due: r?.due ?? null, start: r?.start ?? null, excerpt: (line.cells ?? []).filter((c) => c !== '').join(' | '),
    };
  });
}

/**
 * @example extractPlan("KẾ HOẠCH\nTập huấn năm 2024\nI. NỘI DUNG\n1. Tập huấn cán bộ\nThời gian thực hiện: Quý II/2024").tasks[0].due // { y: 2024, m: 6, d: 30 }
 */
export function extractPlan(text: string): PlanExtraction {
  const lines = splitPlanLines(text);
  const plan = readPlanMeta(lines);
  const body = bodyLines(lines);
  const issues: PlanIssue[] = [];
  const blocks = blocksOf(body.filter((l) => !l.cells));
  const tasks = [...labelTasks(blocks, plan.year, issues), ...tableTasks(body, plan.year, issues)];
  const items = readSentenceItems(blocks, plan, issues);
  tasks.push(...items.tasks);
  tasks.sort((a, b) => a.line - b.line);
  if (plan.year === null) issues.push({ code: 'plan-no-year', severity: 'warning', line: null, value: plan.title ?? '' });
  if (tasks.length + items.postings.length + items.consultations.length === 0) {
    issues.push({ code: 'plan-nothing-found', severity: 'warning', line: null, value: plan.title ?? '' });
  }
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { plan, tasks, postings: items.postings, consultations: items.consultations, issues };
}
