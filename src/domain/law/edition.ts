import { compareDates, type LocalDate } from '../calendar/localDate';

/**
 * Which text of the Law governs a duty: the one in force on the day of the event that triggers it
 * (the decision to publish, the start of a consultation, the vote). Luật 97/2025/QH15 amended
 * Luật 10/2022/QH15 from 01/07/2025 for two-level local government; no number the add-in checks
 * is known to have changed (RULES.md, corrections), so the editions differ in their citation and in
 * the unit levels that exist (`unitLevel.ts`), not in the rule catalog's numbers.
 */
export type LawEdition = 'original' | 'amended-2025';

/** 01/07/2025: Luật 97/2025/QH15 in force; the district level (cấp huyện) ends. */
export const AMENDED_FROM: LocalDate = { y: 2025, m: 7, d: 1 };

/** The short name the catalog's citations begin with (`Luật 10/2022/QH15, Điều 13 khoản 2`). */
export const LAW_SHORT = 'Luật 10/2022/QH15';

/** The Law spelled out, as it reads for events from 01/07/2025. */
export const LAW_AMENDED =
  'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, được sửa đổi, bổ sung bởi Luật số 47/2024/QH15 và Luật số 97/2025/QH15';

/** The Law spelled out, before the amendment. */
export const LAW_ORIGINAL = 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15';

/**
 * @example editionOn({ y: 2025, m: 6, d: 30 }) // 'original'
 * @example editionOn({ y: 2025, m: 7, d: 1 }) // 'amended-2025'
 */
export function editionOn(event: LocalDate | null): LawEdition {
  return event !== null && compareDates(event, AMENDED_FROM) >= 0 ? 'amended-2025' : 'original';
}

/**
 * A catalog citation as it reads for an event: from 01/07/2025 the Law is named with its amending
 * laws; before (or with no date known) the catalog's short form stays. Citations keep one order:
 * the law, then the article (`…, Điều 13 khoản 2`). A basis that cites another text is unchanged.
 * @example citeFor('Luật 10/2022/QH15, Điều 13 khoản 2', { y: 2025, m: 8, d: 4 })
 * // 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, được sửa đổi, bổ sung bởi Luật số 47/2024/QH15 và Luật số 97/2025/QH15, Điều 13 khoản 2'
 */
export function citeFor(basis: string, event: LocalDate | null): string {
  if (editionOn(event) === 'original' || !basis.startsWith(LAW_SHORT)) return basis;
  return LAW_AMENDED + basis.slice(LAW_SHORT.length);
}

/** The Law's name for an event, for texts that cite an article of their own (`${lawFor(d)}, Điều 28 khoản 3`). */
export function lawFor(event: LocalDate | null): string {
  return editionOn(event) === 'original' ? LAW_SHORT : LAW_AMENDED;
}
