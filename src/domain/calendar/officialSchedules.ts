/**
 * The days off the Prime Minister fixed for cán bộ, công chức, viên chức, 2023–2026 (RULES.md,
 * "Days off"): data, not computation. Each year lists the *weekdays* off (a holiday on a Saturday or
 * Sunday shows as its day in lieu) and the Saturdays worked in exchange (làm bù), with the source
 * shown to the user, who corrects any of it in the `Ngày nghỉ` sheet.
 *
 * RULES.md takes these rows from news reports of the official notices CV 8056/VPCP-KGVX,
 * CV 8662/VPCP-KGVX, TB 6150/TB-BLĐTBXH and CV 12729/VPCP-KGVX; it does not say which notice fixed
 * which year, so each year's source names them together.
 */

/** [month, day, name] of one day in the schedule's year. */
export type ScheduleDay = readonly [month: number, day: number, name: string];

export interface OfficialSchedule {
  readonly source: string;
  readonly daysOff: readonly ScheduleDay[];
  readonly makeUpWorkdays: readonly ScheduleDay[];
}

const NOTICES = 'CV 8056/VPCP-KGVX, CV 8662/VPCP-KGVX, TB 6150/TB-BLĐTBXH, CV 12729/VPCP-KGVX';
const sourceOf = (year: number) =>
  `Lịch nghỉ lễ, Tết năm ${year} của cán bộ, công chức, viên chức do Thủ tướng Chính phủ quyết định (theo tin báo chí về các văn bản ${NOTICES})`;

const TET = 'Tết Âm lịch';
const LABOUR = 'Ngày Quốc tế Lao động (1/5)';
const VICTORY = 'Ngày Chiến thắng (30/4)';
const NATIONAL = 'Quốc khánh (2/9)';
const NATIONAL_NEXT = 'Quốc khánh (ngày liền kề)';
const HUNG_KINGS = 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';

export const OFFICIAL_SCHEDULES: Readonly<Record<number, OfficialSchedule>> = {
  2023: {
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
  },
  2024: {
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
  },
  2025: {
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
  },
  2026: {
    source: sourceOf(2026),
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
  },
};
