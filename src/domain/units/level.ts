import { compareDates, formatVi, type LocalDate } from '../calendar/localDate';
import type { Issue } from '../issues';
import { AMENDED_FROM } from '../law/edition';
import { LEVELS, vocabEntry, type LevelId } from '../vocabulary';

/**
 * Two-level local government from 01/07/2025 (Luật 97/2025/QH15; RULES.md, corrections): the
 * district level (huyện, thị xã, and its thị trấn) ended, and the 3,321 commune-level units (xã,
 * phường, đặc khu) report to the province. A `Cấp` of the old district tier is accepted for events
 * before that day and warned about after it; the level above a commune defaults to the province.
 */

/** The levels that no longer exist from 01/07/2025. */
export const ABOLISHED_LEVELS: ReadonlySet<LevelId> = new Set<LevelId>(['district', 'township', 'district-town']);

/** The commune levels of the two-level government. */
export const COMMUNE_LEVELS: readonly LevelId[] = ['commune', 'ward', 'special-zone'];

/**
 * Which rule set a unit answers to, from the vocabulary's one table: `agency` for cơ quan and đơn vị
 * sự nghiệp công lập, `commune` otherwise (and when the level is not recorded).
 * @example unitKind('public-service-unit') // 'agency'
 * @example unitKind(null) // 'commune'
 */
export function unitKind(level: LevelId | null | undefined): 'commune' | 'agency' {
  return level ? vocabEntry(LEVELS, level).kind : 'commune';
}

/** True when the level exists on the day (a district-tier level only before 01/07/2025). */
export function levelExistsOn(level: LevelId, on: LocalDate): boolean {
  return !ABOLISHED_LEVELS.has(level) || compareDates(on, AMENDED_FROM) < 0;
}

/**
 * A warning on `Thông tin → Cấp` when the workbook's events reach past 30/06/2025 with a level the
 * two-level government abolished; `lastEvent` is the latest day the book is judged for (its as-of
 * date, or the end of the report period). Null when the level is fine.
 * @example levelIssue('township', { y: 2025, m: 9, d: 30 }, { sheet: 'Thông tin', row: 3 })?.code // 'level-abolished'
 * @example levelIssue('township', { y: 2025, m: 6, d: 30 }, { sheet: 'Thông tin', row: 3 }) // null
 */
export function levelIssue(level: LevelId | null, lastEvent: LocalDate, at: { sheet: string; row: number | null; column?: string }): Issue | null {
  if (level === null || levelExistsOn(level, lastEvent)) return null;
  return {
    code: 'level-abolished', severity: 'warning', sheet: at.sheet, row: at.row, column: at.column ?? 'Cấp',
    value: vocabEntry(LEVELS, level).label,
    params: { since: formatVi(AMENDED_FROM), accepted: COMMUNE_LEVELS.map((id) => vocabEntry(LEVELS, id).label).join(', ') },
  };
}

/**
 * The level above a commune for an event: the province from 01/07/2025, the district before.
 * Reports and consolidation write «UBND tỉnh …» for events after 30/06/2025, never «UBND huyện».
 * @example superiorLevelOn({ y: 2025, m: 7, d: 1 }) // 'province'
 */
export function superiorLevelOn(on: LocalDate): 'province' | 'district' {
  return compareDates(on, AMENDED_FROM) >= 0 ? 'province' : 'district';
}

/** Its Vietnamese label for a default «Cơ quan cấp trên»: «Ủy ban nhân dân tỉnh» or «Ủy ban nhân dân huyện». */
export function superiorLabelOn(on: LocalDate): string {
  return superiorLevelOn(on) === 'province' ? 'Ủy ban nhân dân tỉnh' : 'Ủy ban nhân dân huyện';
}
