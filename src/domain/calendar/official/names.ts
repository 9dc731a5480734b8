/** Names shared by the yearly schedules. */
export const TET = 'Tết Âm lịch';
export const LABOUR = 'Ngày Quốc tế Lao động (1/5)';
export const VICTORY = 'Ngày Chiến thắng (30/4)';
export const NATIONAL = 'Quốc khánh (2/9)';
export const NATIONAL_NEXT = 'Quốc khánh (ngày liền kề)';
export const HUNG_KINGS = 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';

const NOTICES = 'CV 8056/VPCP-KGVX, CV 8662/VPCP-KGVX, TB 6150/TB-BLĐTBXH, CV 12729/VPCP-KGVX';

/** The source shown with a year's days off; `notices` names the year's own notices where known. */
export const sourceOf = (year: number, notices: string = NOTICES) =>
  `Lịch nghỉ lễ, Tết năm ${year} của cán bộ, công chức, viên chức do Thủ tướng Chính phủ quyết định (theo tin báo chí về các văn bản ${notices})`;
