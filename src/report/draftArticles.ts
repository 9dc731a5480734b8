import { fold } from '../domain/text/normalize';

/** Where an opinion points in a draft, read from its `Điều, khoản` text. */
export interface DraftPlace {
  /** The article it names (`khoản 2 Điều 5` → 5), null when none. */
  readonly article: number | null;
  /** The clause it names, null when none (the opinion is on the article as a whole). */
  readonly clause: number | null;
}

export const GENERAL_GROUP = 'Nội dung chung';

/**
 * Reads the article and clause an opinion is about, accent- and case-insensitively.
 * @example draftPlace('khoản 2 Điều 5') // { article: 5, clause: 2 }
 * @example draftPlace('Đ.12') // { article: 12, clause: null }
 * @example draftPlace('Tên dự thảo') // { article: null, clause: null }
 */
export function draftPlace(position: string | null): DraftPlace {
  const text = fold(position ?? '');
  const article = /(?:^|[^a-z])(?:dieu|d\.)\s*(\d+)/.exec(text);
  const clause = /(?:^|[^a-z])(?:khoan|k\.)\s*(\d+)/.exec(text);
  return { article: article ? Number(article[1]) : null, clause: clause ? Number(clause[1]) : null };
}

/** One article's opinions: `label` is `Điều 5`, the position as typed when it names no article, or `Nội dung chung`. */
export interface ArticleGroup<T> {
  readonly label: string;
  readonly items: T[];
}

/**
 * Groups opinions by the article of the draft they are about, in the draft's order: numbered
 * articles by number (`Điều 3` < `Điều 5` < `Điều 12`, `khoản 2 Điều 5` under `Điều 5`), then
 * places that name no article (`Phụ lục`, `Tên dự thảo`) by their text, and last the opinions
 * with no place, under `Nội dung chung`. Inside an article: the article as a whole first, then by
 * clause; ties keep the input order.
 */
export function groupByArticle<T>(items: readonly T[], positionOf: (item: T) => string | null): ArticleGroup<T>[] {
  const keyed = items.map((item, index) => {
    const position = positionOf(item)?.trim() || null;
    return { item, index, position, place: draftPlace(position) };
  });
  const rank = (k: (typeof keyed)[number]) => (k.place.article !== null ? 0 : k.position ? 1 : 2);
  keyed.sort((a, b) => rank(a) - rank(b) ||
    (a.place.article ?? 0) - (b.place.article ?? 0) ||
    (rank(a) === 1 ? fold(a.position!).localeCompare(fold(b.position!)) : 0) ||
    (a.place.clause ?? 0) - (b.place.clause ?? 0) ||
    a.index - b.index);
  const groups: ArticleGroup<T>[] = [];
  let lastKey: string | null = null;
  for (const k of keyed) {
    const key = k.place.article !== null ? `#${k.place.article}` : k.position ? `=${fold(k.position)}` : '';
    if (key !== lastKey) {
      groups.push({ label: k.place.article !== null ? `Điều ${k.place.article}` : k.position ?? GENERAL_GROUP, items: [] });
      lastKey = key;
    }
    groups[groups.length - 1].items.push(k.item);
  }
  return groups;
}
