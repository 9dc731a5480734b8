import { compareDates } from '../calendar/localDate';
import { parseDurations } from '../calendar/duration';
import { vocabEntry } from '../text/matchVocabulary';
import { POSTING_FORMS, type PostingFormId } from '../vocabulary';
import { inImplementation, isWindowLabel, officesOf, resolveResult, type Block } from './planBlocks';
import { findDeadlines, type DeadlineInText } from './findDeadlines';
import { findLabels } from './labels';
import type { PlanLine } from './planLines';
import { asTitle, clauseOf, CONSULTATION_WORDS, folded, leadIn, POSTING_WORDS, splitSentences } from './planText';
import type { PlanConsultation, PlanIssue, PlanMeta, PlanPosting, PlanTask } from './types';

/**
 * Items written as sentences: «tổ chức niêm yết … kể từ ngày 15/02/2024 đến hết ngày 06/03/2024»
 * is a posting, «lấy ý kiến từ ngày 01/6/2026 đến hết ngày 05/6/2026» a consultation, «báo cáo …
 * trước ngày 01/6/2023» a task. A sentence with no marked deadline yields nothing.
 */

const FORMS: readonly (readonly [RegExp, PostingFormId])[] = [
  [/niem yet thuong xuyen/, 'niem-yet-thuong-xuyen'],
  [/niem yet/, 'niem-yet'],
  [/dang tai|dang tin|trang thong tin|cong thong tin|website/, 'website'],
  [/truyen thanh|phat thanh|(?:^|[^a-z])loa(?![a-z])/, 'radio'],
  [/zalo|facebook|mang xa hoi/, 'social'],
];

function formOf(text: string): string | null {
  const f = folded(text);
  const hit = FORMS.find(([re]) => re.test(f));
  return hit ? vocabEntry(POSTING_FORMS, hit[1]).label : null;
}

const PLACE = /(?<![\p{L}])(?:tại|trên)\s+(?!địa bàn)(.+?)(?=\s+(?:ít nhất|tối thiểu|trong (?:thời )?(?:hạn|gian)|(?:kể )?từ ngày|đến hết|liên tục)|[;.]|$)/iu;

function placeOf(sentence: string, block: Block): string | null {
  const own = PLACE.exec(sentence);
  if (own) return own[1].trim();
  for (const line of block.lines) {
    if (!/^niêm yết\s+(?:thường xuyên\s+)?tại\b/iu.test(line.text)) continue;
    const m = PLACE.exec(line.text);
    if (m) return m[1].trim();
  }
  return null;
}

const LEADING_FORM = /^(?:(?:tổ chức|thực hiện|niêm yết|đăng tải|công khai|thông báo)\s+)+/iu;
const POSTING_TAIL = /\s+(?:tại|trên|ít nhất|tối thiểu|(?:kể )?từ ngày|trong thời (?:hạn|gian))\s.*$/iu;

function postingTitle(sentence: string, block: Block): string {
  const content = block.labels.find((l) => l.label.field === 'content')?.label.value;
  if (content) {
    const at = folded(content).indexOf('cong khai ');
    return asTitle(at >= 0 && content.length === folded(content).length ? content.slice(at + 'cong khai '.length) : content);
  }
  const head = leadIn(sentence);
  if (head && !/^(?:thời gian|hình thức)/iu.test(head)) return asTitle(head.replace(LEADING_FORM, ''));
  const own = asTitle(sentence.replace(POSTING_TAIL, '').replace(LEADING_FORM, ''));
  return own.length >= 3 ? own : asTitle(block.heading?.title ?? sentence);
}

function consultationTitle(sentence: string, block: Block, plan: PlanMeta): string {
  const head = leadIn(sentence);
  if (head && !/^thời gian/iu.test(head)) return asTitle(head);
  return asTitle(block.heading?.title ?? plan.title ?? sentence);
}

/** The office a sentence in «TỔ CHỨC THỰC HIỆN» is addressed to: its section's heading. */
function officeOf(line: PlanLine): string | null {
  if (!inImplementation(line)) return null;
  const h = [...line.sections].reverse().find((s) => s.kind === 'arabic');
  return h ? asTitle(h.title.replace(/^đề nghị\s+/iu, '')) : null;
}

export interface SentenceItems {
  readonly tasks: PlanTask[];
  readonly postings: PlanPosting[];
  readonly consultations: PlanConsultation[];
}

const skipLine = (line: PlanLine) => {
  const labels = findLabels(line.heading ? line.heading.title : line.text);
  return labels.length > 0 && labels[0].atStart && !labels.some(isWindowLabel) && labels[0].field !== 'content';
};

export function readSentenceItems(blocks: readonly Block[], plan: PlanMeta, issues: PlanIssue[]): SentenceItems {
  const out: SentenceItems = { tasks: [], postings: [], consultations: [] };
  const problem = (d: DeadlineInText, line: PlanLine) => {
    const r = resolveResult(d.result);
    if (r.issue) issues.push({ ...r.issue, line: line.no, value: d.phrase });
    return r;
  };
  for (const block of blocks) {
    for (const line of block.lines) {
      if (skipLine(line)) continue;
      for (const sentence of splitSentences(line.text)) {
        const found = findDeadlines(sentence, plan.year).filter((d) => d.role !== 'after');
        if (found.length === 0) continue;
        const f = folded(sentence);
        const windows = found.filter((d) => d.role === 'range' || d.role === 'from');
        if (POSTING_WORDS.test(f) && windows.length > 0) {
          for (const d of windows) {
            const r = problem(d, line);
            const days = parseDurations(sentence).find((x) => x.unit === 'day' && x.bound !== 'at-most');
            out.postings.push({
              title: postingTitle(sentence, block), form: formOf(sentence), place: placeOf(sentence, block),
              start: r.start, end: r.due, requiredDays: days?.amount ?? null, excerpt: sentence, line: line.no,
            });
          }
          continue;
        }
        const meetings = found.filter((d) => d.role !== 'before');
        if (CONSULTATION_WORDS.test(f) && meetings.length > 0) {
          for (const d of meetings) {
            const r = problem(d, line);
            out.consultations.push({
              title: consultationTitle(sentence, block, plan), from: r.start ?? r.due, to: r.due, excerpt: sentence, line: line.no,
            });
          }
          continue;
        }
        const dues = found.filter((d) => d.role !== 'from');
        dues.forEach((d, k) => {
          const r = problem(d, line);
          const offices = officesOf(block);
          out.tasks.push({
            section: line.sections[line.sections.length - 1]?.path ?? null,
            title: clauseOf(sentence, dues, k),
            ...offices,
            lead: offices.lead ?? officeOf(line),
            dueText: d.phrase, due: r.due, start: r.start, excerpt: sentence, line: line.no,
          });
        });
      }
    }
  }
  return { ...out, consultations: dedupe(out.consultations) };
}

/** «Tổ chức lấy ý kiến … ngày 06/6 hoặc 07/6» and its sub-bullet «Từ ngày 06/6 đến ngày 07/6» are one consultation. */
function dedupe(items: PlanConsultation[]): PlanConsultation[] {
  const same = (a: PlanConsultation, b: PlanConsultation) =>
    a.from !== null && b.from !== null && a.to !== null && b.to !== null && compareDates(a.from, b.from) === 0 && compareDates(a.to, b.to) === 0;
  return items.filter((c, i) => !items.slice(0, i).some((p) => same(p, c)));
}
