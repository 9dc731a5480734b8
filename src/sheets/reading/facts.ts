import { fold } from '../../domain/text/normalize';
import type { LevelId } from '../../domain/vocabulary';
import type { SheetGrid } from '../grid';
import type { FactReading, Provenance } from './types';

/**
 * Facts a book implies instead of typing (issue: facts the sheet implies): the unit and its level
 * from a title block («UBND XÃ AN THƯỢNG», «ỦY BAN NHÂN DÂN / PHƯỜNG HÒA CƯỜNG») or an «Đơn vị: …»
 * line, the year from a title («… NĂM 2024») or a sheet's name («CK 2025»). Each carries where it
 * was read; a value typed in `Thông tin` always wins over it.
 */

const LEVEL_WORDS: readonly { readonly word: string; readonly label: string; readonly id: LevelId; readonly local: boolean }[] = [
  { word: 'xa', label: 'xã', id: 'commune', local: true },
  { word: 'phuong', label: 'phường', id: 'ward', local: true },
  { word: 'dac khu', label: 'đặc khu', id: 'special-zone', local: true },
  { word: 'thi tran', label: 'thị trấn', id: 'township', local: true },
  { word: 'huyen', label: 'huyện', id: 'district', local: false },
  { word: 'thi xa', label: 'thị xã', id: 'district-town', local: false },
  { word: 'thanh pho', label: 'thành phố', id: 'city', local: false },
  { word: 'tinh', label: 'tỉnh', id: 'province', local: false },
];

const UNIT = /^(?:(?:ten )?don vi(?: bao cao)?\s*:\s*)?(uy ban nhan dan|ubnd)\s+(dac khu|thi tran|thi xa|thanh pho|xa|phuong|huyen|tinh)\s+(.{2,60})$/;
const LABELLED = /^(?:ten )?(?:don vi|co quan)(?: bao cao)?\s*:\s*(.{3,80})$/;
const YEAR_IN_TITLE = /\bnam (20\d\d)\b/;
const YEAR_IN_NAME = /(?:^|\D)(20\d\d)(?:\D|$)/;

/** «AN THƯỢNG» → «An Thượng»: a title block in capitals, named as a sentence names it. */
function titleCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toLocaleUpperCase('vi'));
}

/** The words after the level in the original text (accents kept): the fold keeps positions word by word. */
function nameAfterLevel(original: string, levelWords: number): string {
  const parts = original.trim().split(/\s+/);
  const lead = /^(ủy|uỷ)$/i.test(parts[0]) ? 4 : 1; // «Ủy ban nhân dân» is four words, «UBND» one
  return parts.slice(lead + levelWords).join(' ').replace(/[.,;:]+$/, '');
}

export interface UnitFact {
  readonly unit: string;
  readonly level: LevelId | null;
  readonly local: boolean;
}

/**
 * Reads a unit from one line of a title block.
 * @example unitOf('UBND XÃ AN THƯỢNG') // { unit: 'UBND xã An Thượng', level: 'commune', local: true }
 * @example unitOf('Đơn vị: UBND phường Hòa Cường') // { unit: 'UBND phường Hòa Cường', level: 'ward', local: true }
 */
export function unitOf(line: string): UnitFact | null {
  const original = line.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/^(?:tên )?(?:đơn vị|cơ quan)(?: báo cáo)?\s*:\s*/i, '');
  const m = UNIT.exec(fold(line));
  if (!m) return null;
  const level = LEVEL_WORDS.find((l) => l.word === m[2])!;
  const name = nameAfterLevel(original, level.word.split(' ').length);
  if (name === '') return null;
  return { unit: `UBND ${level.label} ${titleCase(name)}`, level: level.id, local: level.local };
}

/**
 * The longest line a title block's fact is read from. A unit's name, a label with its value, a
 * report's title are a line of a heading; a longer line is a paragraph of text (a cell may hold
 * 32,767 characters), and folding it again for every fact cost a check seconds on such cells.
 */
const TITLE_LINE_MAX = 300;

/** Text lines of a sheet's rows from `from` to `to`, each cell's lines apart (a heading cell holds line breaks). */
function lines(g: SheetGrid, from: number, to: number): { row: number; column: number; text: string }[] {
  const out: { row: number; column: number; text: string }[] = [];
  for (let r = from; r <= to; r++) {
    (g.values[r - g.firstRow] ?? []).forEach((v, i) => {
      if (typeof v !== 'string') return;
      for (const raw of v.split(/\r?\n/)) {
        const text = raw.trim();
        if (text !== '' && text.length <= TITLE_LINE_MAX) out.push({ row: r, column: g.firstColumn + i, text });
      }
    });
  }
  return out;
}

/**
 * The facts of a sheet's title block: rows `from`–`to` (above its first table, or the whole sheet).
 * A unit of the commune level wins over its parent on the line above («UBND HUYỆN …» / «UBND XÃ …»).
 */
export function titleFacts(g: SheetGrid, from: number, to: number, options: { labelledOnly?: boolean } = {}): FactReading[] {
  const facts: FactReading[] = [];
  // On `Thông tin`, only «Tên đơn vị: …» in one cell: a «Cơ quan cấp trên | UBND tỉnh …» line names the parent.
  const ls = lines(g, from, Math.min(to, from + 12)).filter((l) => !options.labelledOnly || /^(ten )?(don vi|co quan)( bao cao)?\s*:/.test(fold(l.text)));
  let unit: { fact: UnitFact; from: Provenance } | null = null;
  ls.forEach((l, i) => {
    // «ỦY BAN NHÂN DÂN» alone on a line: the level and name are on the next line of the same cell,
    // or in the cell under it (the national motto stands beside it, in another column).
    const below = ls.slice(i + 1).find((n) => (n.row === l.row && n.column === l.column) || (n.row > l.row && n.column === l.column));
    const joined = /^(uy ban nhan dan|ubnd)$/.test(fold(l.text)) && below ? `${l.text} ${below.text}` : l.text;
    const fact = unitOf(joined) ?? labelledUnit(l.text);
    if (fact && (!unit || (fact.local && !unit.fact.local))) unit = { fact, from: { sheet: g.name, row: l.row, how: 'title', text: joined } };
  });
  if (unit !== null) {
    const u: { fact: UnitFact; from: Provenance } = unit;
    facts.push({ key: 'unit', value: u.fact.unit, from: u.from });
    if (u.fact.level !== null) facts.push({ key: 'level', value: u.fact.level, from: u.from });
  }
  const year = ls.map((l) => ({ l, m: YEAR_IN_TITLE.exec(fold(l.text)) })).find((x) => x.m);
  if (year) facts.push({ key: 'year', value: Number(year.m![1]), from: { sheet: g.name, row: year.l.row, how: 'title', text: year.l.text } });
  return facts;
}

/** «Đơn vị: Trường Mầm non Hoa Sen» — a unit named by a label, level unknown. */
function labelledUnit(text: string): UnitFact | null {
  const m = LABELLED.exec(fold(text));
  if (!m) return null;
  const value = text.slice(text.indexOf(':') + 1).trim();
  return value === '' ? null : { unit: value, level: null, local: false };
}

/** The year a sheet's name gives («CK 2025», «Kế hoạch 2024»). */
export function sheetNameYear(name: string): FactReading | null {
  const m = YEAR_IN_NAME.exec(name);
  return m ? { key: 'year', value: Number(m[1]), from: { sheet: name, row: null, how: 'sheet-name', text: name } } : null;
}
