import { LABOUR, NATIONAL, NATIONAL_NEXT, TET, VICTORY, sourceOf } from './names';
import type { OfficialSchedule } from './types';

/** The days off of 2026 for civil servants (RULES.md, "Days off"): weekdays off and make-up Saturdays. */
export const SCHEDULE_2026: OfficialSchedule = {
  year: 2026,
  source: sourceOf(2026, 'TB 9441/TB-BNV, CV 12729/VPCP-KGVX'),
  daysOff: [
    // 01/01–04/01, Friday 02/01 swapped for Saturday 10/01.
    [1, 1, 'Tết Dương lịch'],
    [1, 2, 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01)'],
    // 14/02–22/02 (Tết Bính Ngọ is Tuesday 17/02).
    [2, 16, TET], [2, 17, TET], [2, 18, TET], [2, 19, TET], [2, 20, TET],
    // 25/4–27/4: Giỗ Tổ on Sunday 26/4.
    [4, 27, 'Nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)'],
    // 30/4–03/5.
    [4, 30, VICTORY], [5, 1, LABOUR],
    // 29/8–02/9, Monday 31/8 swapped for Saturday 22/8.
    [8, 31, 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8)'],
    [9, 1, NATIONAL_NEXT], [9, 2, NATIONAL],
  ],
  makeUpWorkdays: [[1, 10, 'Làm bù cho ngày nghỉ 02/01'], [8, 22, 'Làm bù cho ngày nghỉ 31/8']],
};
