import { matchKey } from '../../domain/text/normalize';
import type { ColumnSpec } from '../schema';
import { COLUMN_WORDS, FILLER_WORDS } from './columnWords';
import { specOf } from './kinds';
import type { ColumnReading, ColumnSource, TableKind } from './types';

/**
 * Headers by their words (issue: staff's own headers). A header names a column when every word of
 * one of the column's phrases is in it, in any order; each other word that is not a filler lowers
 * the confidence. The template's header and its aliases, matched whole, are certain.
 */

/** A match at or above this is taken; below it, down to {@link PROPOSE_AT}, only proposed. */
export const TAKE_AT = 0.7;
export const PROPOSE_AT = 0.45;
/** Two meanings closer than this for one header: ambiguous, so proposed. */
const AMBIGUOUS_WITHIN = 0.08;
/** A header cell longer than this is a sentence, not a header. */
const MAX_HEADER_LENGTH = 80;

interface Phrase {
  readonly key: string;
  readonly words: readonly string[];
  readonly weak: boolean;
}

interface KindIndex {
  readonly exact: ReadonlyMap<string, string>;
  readonly byWord: ReadonlyMap<string, readonly Phrase[]>;
  readonly not: ReadonlyMap<string, readonly string[]>;
}

export interface HeaderMatch {
  readonly key: string;
  readonly confidence: number;
  readonly from: ColumnSource;
}

const splitWords = (key: string) => key.split(/[^a-z0-9]+/).filter(Boolean);
const words = (text: string) => splitWords(matchKey(text));

/** A header's matching key and words, folded once for every kind (folding is most of the scan's cost). */
const folded = new Map<string, { key: string; words: string[] }>();
function foldedHeader(text: string): { key: string; words: string[] } {
  let f = folded.get(text);
  if (!f) {
    if (folded.size > 50_000) folded.clear();
    const key = matchKey(text);
    folded.set(text, f = { key, words: splitWords(key) });
  }
  return f;
}

/** Every word any kind's headers use: a cell with none of them names no column, whatever the kind. */
let known: Set<string> | null = null;
export function namesAnyColumn(text: string): boolean {
  if (text.length > MAX_HEADER_LENGTH) return false;
  known ??= new Set((['plan', 'postings', 'consultations', 'feedback', 'votes', 'daysOff', 'rules', 'info'] as TableKind[])
    .flatMap((k) => [...indexOf(k).byWord.keys(), ...[...indexOf(k).exact.keys()].flatMap(splitWords)]));
  return foldedHeader(text).words.some((w) => known!.has(w));
}

const indexes = new Map<TableKind, KindIndex>();

function indexOf(kind: TableKind): KindIndex {
  let index = indexes.get(kind);
  if (index) return index;
  const exact = new Map<string, string>();
  const byWord = new Map<string, Phrase[]>();
  const not = new Map<string, string[]>();
  const add = (key: string, text: string, weak: boolean) => {
    const phrase = { key, words: words(text), weak };
    for (const w of new Set(phrase.words)) byWord.set(w, [...(byWord.get(w) ?? []), phrase]);
  };
  const columns: readonly ColumnSpec[] = specOf(kind)?.columns ?? [];
  for (const c of columns) {
    for (const name of [c.header, ...c.aliases]) {
      if (!exact.has(matchKey(name))) exact.set(matchKey(name), c.key);
      add(c.key, name, false);
    }
  }
  for (const [key, w] of Object.entries(COLUMN_WORDS[kind])) {
    for (const p of w.phrases) add(key, p, false);
    for (const p of w.weak ?? []) add(key, p, true);
    if (w.not) not.set(key, w.not.map((p) => ` ${words(p).join(' ')} `));
  }
  indexes.set(kind, index = { exact, byWord, not });
  return index;
}

/**
 * The meanings a header can have in a table of `kind`, best first (empty: none).
 * @example matchHeader('postings', 'Ngày bắt đầu niêm yết')[0] // { key: 'start', confidence: 0.95, from: 'words' }
 * @example matchHeader('postings', 'Ngày kết thúc')[0] // { key: 'end', confidence: 1, from: 'exact' }
 */
export function matchHeader(kind: TableKind, text: string): HeaderMatch[] {
  if (text.length > MAX_HEADER_LENGTH) return [];
  return matchFolded(kind, text);
}

/**
 * Whether a header holds any word of a kind's columns: the scan's cheap test before matching a row
 * against that kind (most rows of a big sheet share a word or two with a header only by chance).
 */
export function touchesKind(kind: TableKind, text: string): boolean {
  if (text.length > MAX_HEADER_LENGTH) return false;
  const index = indexOf(kind);
  const f = foldedHeader(text);
  return index.exact.has(f.key) || f.words.some((w) => index.byWord.has(w));
}

function matchFolded(kind: TableKind, text: string): HeaderMatch[] {
  const index = indexOf(kind);
  const { key, words: ws } = foldedHeader(text);
  const exact = index.exact.get(key);
  if (exact !== undefined) return [{ key: exact, confidence: 1, from: 'exact' }];
  if (ws.length === 0) return [];
  const present = new Set(ws);
  const spaced = ` ${ws.join(' ')} `;
  const best = new Map<string, number>();
  for (const w of present) {
    for (const phrase of index.byWord.get(w) ?? []) {
      if (!phrase.words.every((p) => present.has(p))) continue;
      if ((index.not.get(phrase.key) ?? []).some((n) => spaced.includes(n))) continue;
      const extras = ws.filter((x) => !phrase.words.includes(x) && !FILLER_WORDS.has(x)).length;
      // A longer phrase is more specific: it wins a tie against a shorter one.
      const confidence = Math.max(0, (phrase.weak ? 0.6 : 0.95) - 0.12 * extras + 0.005 * phrase.words.length);
      if (confidence > (best.get(phrase.key) ?? -1)) best.set(phrase.key, confidence);
    }
  }
  return [...best].map(([k, c]) => ({ key: k, confidence: Math.min(0.99, round(c)), from: 'words' as const }))
    .sort((a, b) => b.confidence - a.confidence);
}

const round = (n: number) => Math.round(n * 100) / 100;

/** A header cell of a row: its column and text. */
export interface HeaderCell {
  readonly column: number;
  readonly text: string;
}

/**
 * Gives each header cell of a row a meaning, no meaning twice: the surest matches first. A weak or
 * ambiguous match is `proposed`; a header nothing resembles is `unknown`.
 */
export function assignColumns(kind: TableKind, cells: readonly HeaderCell[]): ColumnReading[] {
  const matches = cells.map((cell) => ({ cell, options: matchHeader(kind, cell.text) }));
  const pairs = matches.flatMap((m, i) => m.options.map((o) => ({ i, ...o })))
    .sort((a, b) => b.confidence - a.confidence);
  const byCell = new Map<number, { key: string; confidence: number; from: ColumnSource }>();
  const usedKeys = new Set<string>();
  for (const p of pairs) {
    if (byCell.has(p.i) || usedKeys.has(p.key) || p.confidence < PROPOSE_AT) continue;
    byCell.set(p.i, p);
    usedKeys.add(p.key);
  }
  const readings = matches.map(({ cell, options }, i): ColumnReading => {
    const chosen = byCell.get(i);
    if (!chosen) return { column: cell.column, header: cell.text, key: null, confidence: 0, status: 'unknown', from: 'words' };
    const rivals = options.filter((o) => o.key !== chosen.key && chosen.confidence - o.confidence < AMBIGUOUS_WITHIN);
    const status = chosen.confidence >= TAKE_AT && rivals.length === 0 ? 'taken' : 'proposed';
    const alternatives = options.filter((o) => o.key !== chosen.key).slice(0, 3).map((o) => ({ key: o.key, confidence: o.confidence }));
    return {
      column: cell.column, header: cell.text, key: chosen.key, confidence: chosen.confidence, status, from: chosen.from,
      ...(alternatives.length > 0 ? { alternatives } : {}),
    };
  });
  return withLonePeriod(readings);
}

/**
 * A bare «Thời gian» is weak alone (a time of what?), but in a table with no start and no end
 * column it can only be the period the dates are typed in: taken, at the confidence it had.
 */
function withLonePeriod(columns: ColumnReading[]): ColumnReading[] {
  const taken = (key: string) => columns.some((c) => c.key === key && c.status === 'taken');
  const from = taken('start') || taken('from');
  const to = taken('end') || taken('to');
  if (from || to) return columns;
  const periods = columns.filter((c) => c.key === 'period' && c.status === 'proposed' && (c.alternatives ?? []).length === 0);
  if (periods.length !== 1) return columns;
  return columns.map((c) => (c === periods[0] ? { ...c, status: 'taken' } : c));
}
