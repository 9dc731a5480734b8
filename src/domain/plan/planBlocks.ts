import type { DeadlineResult } from '../calendar/deadline';
import { findLabels, isBareLabel, type LabelField, type LabelFound } from './labels';
import type { Heading, PlanLine } from './planLines';
import { CONSULTATION_WORDS, folded, POSTING_WORDS } from './planText';
import type { PlanIssue, PlanTask } from './types';

/**
 * The plan's body as blocks: each section with the lines it owns, and the labelled fields in them
 * (`1.2. Tổ chức thực hiện: …` and `1.3. Thời gian thực hiện: …` belong to section 1).
 */

/** A section with the lines it owns: those under its heading, labelled sub-headings included. */
export interface Block {
  readonly heading: Heading | null;
  readonly lines: PlanLine[];
  readonly labels: { readonly line: PlanLine; readonly label: LabelFound }[];
}

/** `1.3. Thời gian thực hiện: …` is a field of section 1, not a section of its own. */
const isLabelHeading = (h: Heading) => isBareLabel(h.title) || findLabels(h.title).some((l) => l.atStart);

function ownerOf(line: PlanLine): Heading | null {
  for (let i = line.sections.length - 1; i >= 0; i--) if (!isLabelHeading(line.sections[i])) return line.sections[i];
  return null;
}

/** The part of the plan named «TỔ CHỨC THỰC HIỆN»: its sections are the offices that do the work. */
export const inImplementation = (line: PlanLine) =>
  line.sections.some((h) => h.kind === 'roman' && /to chuc thuc hien|trach nhiem/.test(folded(h.title)));

export interface Resolved {
  readonly due: PlanTask['due'];
  readonly start: PlanTask['start'];
  readonly issue: Omit<PlanIssue, 'line'> | null;
}

/** A deadline result → due and start, or the issue that quotes the unreadable phrase. */
export function resolveResult(r: DeadlineResult): Resolved {
  switch (r.kind) {
    case 'due': return { due: r.due, start: r.start, issue: null };
    case 'start': return { due: null, start: r.start, issue: null };
    case 'none': return { due: null, start: null, issue: null };
    default: return { due: null, start: null, issue: { code: r.code, severity: 'error', value: r.phrase, ...(r.params ? { params: r.params } : {}) } };
  }
}

/** A time label whose value is itself a posting or a consultation window is read as a sentence. */
export function isWindowLabel(label: LabelFound): boolean {
  const f = folded(label.value);
  return label.field === 'time' && (POSTING_WORDS.test(f) || CONSULTATION_WORDS.test(f)) && /\d/.test(f);
}

export function blocksOf(lines: readonly PlanLine[]): Block[] {
  const blocks = new Map<Heading | null, Block>();
  for (const line of lines) {
    const heading = ownerOf(line);
    let block = blocks.get(heading);
    if (!block) blocks.set(heading, (block = { heading, lines: [], labels: [] }));
    block.lines.push(line);
    if (!line.cells) for (const label of findLabels(line.heading ? line.heading.title : line.text)) block.labels.push({ line, label });
  }
  return [...blocks.values()];
}


/** Lead, advisor and partners of a block, `Cơ quan tham mưu thực hiện` placed by {@link LabelField}. */
export function officesOf(block: Block): { lead: string | null; advisor: string | null; partners: string | null } {
  const first = (field: LabelField) => block.labels.find((l) => l.label.field === field)?.label.value ?? null;
  const lead = first('lead');
  const either = first('leadOrAdvisor');
  return { lead: lead ?? either, advisor: first('advisor') ?? (lead !== null ? either : null), partners: first('partners') };
}
