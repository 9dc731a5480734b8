import { fold } from '../text/normalize';

/**
 * A plan's text as lines a reader can walk: markdown marks and bullets dropped, table rows split
 * into cells, numbered headings recognised (`II.`, `III-`, `1.`, `1.2.`, `a)`, `Mục 2.`), each line
 * knowing the section it stands in. Text pasted from Word, a .docx read by mammoth and the seeds'
 * markdown all come down to this.
 */

export type HeadingKind = 'roman' | 'arabic' | 'letter';

export interface Heading {
  readonly kind: HeadingKind;
  /** As numbered: `II`, `1.2`, `a`. */
  readonly number: string;
  /** Full path: `II.1.2`, `II.2.1.a`. */
  readonly path: string;
  readonly level: number;
  /** The heading's text after its number. */
  readonly title: string;
  /** The line it stands on. */
  readonly line: number;
}

export interface PlanLine {
  /** 1-based line of the input. */
  readonly no: number;
  /** Cleaned text (NFC, no markdown marks, no leading bullet, spaces collapsed). */
  readonly text: string;
  /** The cells of a table row (tab-separated, or `| a | b |`), else null. */
  readonly cells: readonly string[] | null;
  /** The heading this line is, if it is one. */
  readonly heading: Heading | null;
  /** The nearest heading above (or this line's own), outermost first. */
  readonly sections: readonly Heading[];
}

const ROMAN = /^(?:phần\s+)?([IVX]{1,5})\s*[.\-–)]\s*(\S.*)$/iu;
const ARABIC = /^(?:(?:[Mm]ục|[Đđ]iều)\s+)?(\d{1,2}(?:\.\d{1,2})*)(?:[.):]\s*|\s+(?=\p{Lu}))(\S.*)$/u;
const LETTER = /^([a-zđ])\)\s*(\S.*)$/u;
const BULLET = /^(?:[-–+•*]\s+)+/;

/** Markdown emphasis and heading marks carry no meaning here (`### **1. Mục đích**`). */
export function cleanLine(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/(^|\s)[*_]+(?=\S)|(?<=\S)[*_]+(?=\s|$|[.,;:])/g, '$1')
    .replace(/[\s\u00a0\u202f\u2007]+/g, ' ')
    .trim();
}

function tableCells(raw: string): string[] | null {
  if (raw.includes('\t')) return raw.split('\t').map(cleanLine);
  const t = raw.trim();
  if (t.startsWith('|') && t.endsWith('|') && t.length > 2) {
    const cells = t.slice(1, -1).split('|').map(cleanLine);
    return cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '') ? [] : cells;
  }
  return null;
}

function headingOf(text: string, bulleted: boolean): Omit<Heading, 'path' | 'line'> | null {
  if (bulleted) return null;
  let m = ROMAN.exec(text);
  if (m && /^[IVX]+$/.test(m[1])) return { kind: 'roman', number: m[1].toUpperCase(), level: 1, title: m[2] };
  m = ARABIC.exec(text);
  if (m) return { kind: 'arabic', number: m[1], level: 1 + m[1].split('.').length, title: m[2] };
  m = LETTER.exec(text);
  if (m) return { kind: 'letter', number: m[1], level: 20, title: m[2] };
  return null;
}

function pathOf(h: Omit<Heading, 'path' | 'line'>, stack: readonly Heading[]): string {
  if (h.kind === 'roman') return h.number;
  const roman = stack.find((s) => s.kind === 'roman');
  if (h.kind === 'arabic') return roman ? `${roman.number}.${h.number}` : h.number;
  const parent = stack[stack.length - 1];
  return parent ? `${parent.path}.${h.number}` : h.number;
}

/**
 * The plan's lines, blank ones dropped, each with its section.
 * @example splitPlanLines("II. NỘI DUNG\n1.2. Tổ chức thực hiện: UBND xã")[1].sections.map((s) => s.path) // ["II", "II.1.2"]
 */
export function splitPlanLines(text: string): PlanLine[] {
  const out: PlanLine[] = [];
  let stack: Heading[] = [];
  text.replace(/\r\n?/g, '\n').split('\n').forEach((raw, i) => {
    const cells = tableCells(raw);
    if (cells && cells.length === 0) return; // a markdown separator row
    const unbulleted = cleanLine(raw);
    const bulleted = BULLET.test(unbulleted);
    const clean = unbulleted.replace(BULLET, '').trim();
    if (clean === '' && !cells) return;
    const found = cells ? null : headingOf(clean, bulleted);
    let heading: Heading | null = null;
    if (found) {
      stack = stack.filter((s) => s.level < found.level);
      heading = { ...found, path: pathOf(found, stack), line: i + 1 };
      stack = [...stack, heading];
    }
    out.push({ no: i + 1, text: cells ? cells.join(' ') : clean, cells, heading, sections: stack });
  });
  return out;
}

/** Folded words that end the plan's body: the closing sentence and the addressees. */
export function isClosingLine(line: PlanLine): boolean {
  const f = fold(line.text);
  return /^(?:tren day la|noi nhan\b)/.test(f);
}
