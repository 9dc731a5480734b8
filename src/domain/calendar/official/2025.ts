import { HUNG_KINGS, LABOUR, NATIONAL, NATIONAL_NEXT, TET, VICTORY, sourceOf } from './names';
import type { OfficialSchedule } from './types';

/** The days off of 2025 for civil servants (RULES.md, "Days off"): weekdays off and make-up Saturdays. */
export const SCHEDULE_2025: OfficialSchedule = {
  year: 2025,
  source: sourceOf(2025),
  daysOff: [
    [1, 1, 'Tết Dương lịch'],
    // 25/01–02/02 (Tết Ất Tỵ is Wednesday 29/01).
    [1, 27, TET], [1, 28, TET], [1, 29, TET], [1, 30, TET], [1, 31, TET],
    [4, 7, HUNG_KINGS],
    // 30/4–04/5, Friday 02/5 swapped for Saturday 26/4.
    [4, 30, VICTORY], [5, 1, LABOUR],
    [5, 2, 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)'],
    // 30/8–02/9, 1/9 the adjacent day.
    [9, 1, NATIONAL_NEXT], [9, 2, NATIONAL],
  ],
  makeUpWorkdays: [[4, 26, 'Làm bù cho ngày nghỉ 02/5']],
};
