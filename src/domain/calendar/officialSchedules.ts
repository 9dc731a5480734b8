/**
 * The days off the Prime Minister fixed for cán bộ, công chức, viên chức (RULES.md, "Days off"): data,
 * not computation, one file per year under `official/` (a holiday on a Saturday or Sunday shows as its
 * day in lieu; the Saturdays worked in exchange are `makeUpWorkdays`), with the source shown to the
 * user, who corrects any of it in the `Ngày nghỉ` sheet. A year not listed here is computed from the
 * Labour Code and marked «dự kiến» (`holidays.ts`, `provisional.ts`).
 *
 * Adding a year's official notice: one file `official/YYYY.ts` (copy the last one) with its test in
 * `test/domain/calendar/official.test.ts`, and its line below. Rows the add-in wrote into a workbook
 * as «dự kiến» for that year then give way to it (`provisional.ts`).
 */
import { SCHEDULE_2023 } from './official/2023';
import { SCHEDULE_2024 } from './official/2024';
import { SCHEDULE_2025 } from './official/2025';
import { SCHEDULE_2026 } from './official/2026';
import type { OfficialSchedule } from './official/types';

export type { OfficialSchedule, ScheduleDay } from './official/types';

const SCHEDULES: readonly OfficialSchedule[] = [SCHEDULE_2023, SCHEDULE_2024, SCHEDULE_2025, SCHEDULE_2026];

export const OFFICIAL_SCHEDULES: Readonly<Record<number, OfficialSchedule>> = Object.fromEntries(SCHEDULES.map((s) => [s.year, s]));
