import { LABOUR, NATIONAL_NEXT, TET, sourceOf } from './names';
import type { OfficialSchedule } from './types';

/** The days off of 2023 for civil servants (RULES.md, "Days off"): weekdays off and make-up Saturdays. */
export const SCHEDULE_2023: OfficialSchedule = {
  year: 2023,
  source: sourceOf(2023),
  daysOff: [
    // Tết Dương lịch 31/12/2022–02/01/2023: 1/1 a Sunday.
    [1, 2, 'Nghỉ bù Tết Dương lịch (1/1 là Chủ nhật)'],
    // 20/01–26/01 (Tết Quý Mão is Sunday 22/01).
    [1, 20, TET], [1, 23, TET], [1, 24, TET], [1, 25, TET], [1, 26, TET],
    // 29/4–03/5: Giỗ Tổ on Saturday 29/4, 30/4 a Sunday, both given in lieu.
    [5, 1, LABOUR],
    [5, 2, 'Nghỉ bù Giỗ Tổ Hùng Vương (29/4 là thứ Bảy)'],
    [5, 3, 'Nghỉ bù Ngày Chiến thắng (30/4 là Chủ nhật)'],
    // 01/9–04/9: 2/9 a Saturday.
    [9, 1, NATIONAL_NEXT],
    [9, 4, 'Nghỉ bù Quốc khánh (2/9 là thứ Bảy)'],
  ],
  makeUpWorkdays: [],
};
