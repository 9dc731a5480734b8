import { fold } from '../text/normalize';

/**
 * The labelled fields a plan writes for a task, `Label: value`, one to a line or several in one
 * (`Cơ quan chủ trì: Văn phòng; phối hợp: Công an xã; thời gian thực hiện: Quý III/2024`).
 * Matched on folded text, so accents and case do not matter.
 */
/**
 * `leadOrAdvisor` is `Cơ quan tham mưu thực hiện`: the lead of a task, unless the task also names a
 * `Cơ quan chủ trì`; then it is the advising office.
 */
export type LabelField = 'lead' | 'advisor' | 'leadOrAdvisor' | 'partners' | 'time' | 'content';

// Longest first: `cơ quan tham mưu thực hiện` before `cơ quan tham mưu`, `thời hạn hoàn thành` before `thời hạn`.
const LABELS: readonly (readonly [LabelField, string])[] = [
  ['leadOrAdvisor', 'co quan tham muu thuc hien'],
  ['leadOrAdvisor', 'don vi tham muu thuc hien'],
  ['advisor', 'co quan tham muu'],
  ['advisor', 'don vi tham muu'],
  ['lead', 'co quan chu tri thuc hien'],
  ['lead', 'co quan chu tri'],
  ['lead', 'don vi chu tri'],
  ['lead', 'chu tri thuc hien'],
  ['lead', 'chu tri'],
  ['lead', 'co quan thuc hien'],
  ['lead', 'don vi thuc hien'],
  ['lead', 'to chuc thuc hien'],
  ['lead', 'trach nhiem thuc hien'],
  ['partners', 'co quan phoi hop thuc hien'],
  ['partners', 'co quan phoi hop'],
  ['partners', 'don vi phoi hop'],
  ['partners', 'phoi hop thuc hien'],
  ['partners', 'phoi hop'],
  ['time', 'thoi gian thuc hien'],
  ['time', 'thoi gian hoan thanh'],
  ['time', 'thoi han hoan thanh'],
  ['time', 'thoi han thuc hien'],
  ['time', 'han hoan thanh'],
  ['time', 'thoi han'],
  ['time', 'tien do thuc hien'],
  ['content', 'noi dung cong khai'],
];

const LABEL_RE = new RegExp(`(?:^|[;.]\\s*|,\\s*)(${LABELS.map(([, l]) => l).join('|')})\\s*:\\s*`, 'g');

export interface LabelFound {
  readonly field: LabelField;
  /** The value in the plan's words, without the trailing `.`/`;`. */
  readonly value: string;
  /** True when the label opens the text (`Thời gian thực hiện: …` as a line of its own). */
  readonly atStart: boolean;
}

/** Folded text keeps one character per original one here: the plan's lines are NFC with no tabs. */
function foldSameLength(text: string): string | null {
  const f = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  return f.length === text.length ? f : null;
}

/**
 * Every `Label: value` in a line.
 * @example findLabels("Cơ quan chủ trì: Văn phòng; thời hạn: Quý III/2024") // [{ field: 'lead', value: 'Văn phòng', atStart: true }, { field: 'time', value: 'Quý III/2024', atStart: false }]
 */
export function findLabels(text: string): LabelFound[] {
  const folded = foldSameLength(text);
  if (folded === null) return [];
  const hits: { field: LabelField; at: number; valueAt: number }[] = [];
  for (const m of folded.matchAll(LABEL_RE)) {
    const field = LABELS.find(([, l]) => l === m[1])![0];
    hits.push({ field, at: m.index + m[0].indexOf(m[1]), valueAt: m.index + m[0].length });
  }
  return hits.map((h, i) => {
    const end = i + 1 < hits.length ? hits[i + 1].at : text.length;
    const value = text.slice(h.valueAt, end).trim().replace(/[\s.;,]+$/u, '').trim();
    return { field: h.field, value, atStart: h.at === 0 };
  }).filter((l) => l.value !== '');
}

/** True when the whole line is a label without a value, as a heading: `3. Thời gian thực hiện`. */
export function isBareLabel(text: string): boolean {
  const f = fold(text).replace(/[.:]$/, '');
  return LABELS.some(([, l]) => f === l);
}
