import { HUNG_KINGS, LABOUR, NATIONAL, NATIONAL_NEXT, TET, VICTORY, sourceOf } from './names';
import type { OfficialSchedule } from './types';

/** The days off of 2024 for civil servants (RULES.md, "Days off"): weekdays off and make-up Saturdays. */
export const SCHEDULE_2024: OfficialSchedule = {
  year: 2024,
  source: sourceOf(2024),
  daysOff: [
    [1, 1, 'Tết Dương lịch'],
    // 08/02–14/02 (Tết Giáp Thìn is Saturday 10/02).
    [2, 8, TET], [2, 9, TET], [2, 12, TET], [2, 13, TET], [2, 14, TET],
    [4, 18, HUNG_KINGS],
    // 27/4–01/5, Monday 29/4 swapped for Saturday 04/5.
    [4, 29, 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5)'],
    [4, 30, VICTORY], [5, 1, LABOUR],
    // 31/8–03/9.
    [9, 2, NATIONAL], [9, 3, NATIONAL_NEXT],
  ],
  makeUpWorkdays: [[5, 4, 'Làm bù cho ngày nghỉ 29/4']],
};
