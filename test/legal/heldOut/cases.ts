/**
 * Issue 14, "Evidence": held-out cases worked by hand from /work/shared/RULES.md (and SCHEMA.md's
 * counting), not from the code. Each case is one row of a tracking workbook with the verdict the law
 * gives, the article it comes from and the reasoning. `heldOut.test.ts` builds one real .xlsx per
 * book, runs the whole check and grades every case right / acceptable / wrong.
 *
 * Counting used throughout (Bộ luật Dân sự 2015, Điều 147 khoản 3, 148): a posting from S to the end
 * of E lasts E − S calendar days; days off do not lengthen or shorten a posting. A deadline of N
 * working days counts from the next day, skipping weekends and days off, counting make-up Saturdays.
 * A plan or synthesis deadline whose last day is a day off ends on the next working day (Điều 148
 * khoản 5). Days off 2025 (RULES.md): 1/1; Tết 25/1–2/2; Giỗ Tổ 7/4; 30/4–4/5 with make-up Saturday
 * 26/4; 30/8–2/9 (1/9, 2/9 weekdays). 2027: no notice, computed and provisional (Giỗ Tổ Fri 16/4;
 * 30/4 Fri, 1/5 Sat given in lieu Mon 3/5).
 */

export type BookId = 'xa2025' | 'coquan2025' | 'dvsn2025' | 'huyen2025' | 'huyen2024' | 'thitran2025' | 'dackhu2025' | 'xa2027'
  | 'phuong2025' | 'ngaydau2025' | 'xa2026' | 'huyen2024late' | 'thixa2025' | 'nocap2025' | 'xa2026vh' | 'xa2027sheet';

export interface Book {
  readonly level: string;
  readonly year: number;
  /** Ngày đánh giá, dd/mm/yyyy. */
  readonly asOf: string;
  /** Rows of `Quy định`: [Mã quy định, Giá trị]. */
  readonly rules?: readonly (readonly [string, number])[];
  /** Rows of `Ngày nghỉ`: [Ngày, Tên, Loại]; none = the built-in days off. */
  readonly daysOff?: readonly (readonly [string, string, string])[];
}

/** 2026's official days off (RULES.md corrections) as a user's `Ngày nghỉ` sheet would hold them. */
const DAYS_OFF_2026: readonly (readonly [string, string, string])[] = [
  ['01/01/2026', 'Tết Dương lịch', 'Nghỉ'], ['02/01/2026', 'Tết Dương lịch (hoán đổi)', 'Nghỉ'], ['10/01/2026', 'Làm bù', 'Làm bù'],
  ...['16', '17', '18', '19', '20'].map((d) => [`${d}/02/2026`, 'Tết Âm lịch', 'Nghỉ'] as const),
  ['27/04/2026', 'Giỗ Tổ Hùng Vương (nghỉ bù)', 'Nghỉ'], ['30/04/2026', 'Ngày Chiến thắng', 'Nghỉ'], ['01/05/2026', 'Quốc tế Lao động', 'Nghỉ'],
  ['22/08/2026', 'Làm bù', 'Làm bù'], ['31/08/2026', 'Quốc khánh (hoán đổi)', 'Nghỉ'], ['01/09/2026', 'Quốc khánh', 'Nghỉ'], ['02/09/2026', 'Quốc khánh', 'Nghỉ'],
];

export const BOOKS: Readonly<Record<BookId, Book>> = {
  xa2025: { level: 'xã', year: 2025, asOf: '31/12/2025' },
  coquan2025: { level: 'cơ quan', year: 2025, asOf: '31/12/2025' },
  dvsn2025: { level: 'đơn vị sự nghiệp', year: 2025, asOf: '31/12/2025', rules: [['CQ_LAY_Y_KIEN', 15]] },
  huyen2025: { level: 'huyện', year: 2025, asOf: '30/09/2025' },
  huyen2024: { level: 'huyện', year: 2024, asOf: '31/12/2024' },
  thitran2025: { level: 'thị trấn', year: 2025, asOf: '30/09/2025' },
  dackhu2025: { level: 'đặc khu', year: 2025, asOf: '30/09/2025' },
  xa2027: { level: 'xã', year: 2027, asOf: '31/12/2027' },
  // Quy định lowering two statutory minimums (not allowed: the law applies) and setting one for «Khác».
  phuong2025: { level: 'phường', year: 2025, asOf: '31/12/2025', rules: [['CK_NIEM_YET', 20], ['YK_THOI_GIAN', 30], ['CK_NIEM_YET_KHAC', 15]] },
  // Quy định switching to counting the first day (SCHEMA.md, Counting).
  ngaydau2025: { level: 'xã', year: 2025, asOf: '31/12/2025', rules: [['TINH_NGAY_DAU', 1]] },
  xa2026: { level: 'xã', year: 2026, asOf: '31/12/2026' },
  // A 2024 district book checked late, after the district level ended.
  huyen2024late: { level: 'huyện', year: 2024, asOf: '15/01/2026' },
  thixa2025: { level: 'thị xã', year: 2025, asOf: '30/09/2025' },
  nocap2025: { level: '', year: 2025, asOf: '31/12/2025' },
  // A user who added the 24/11 «Ngày Văn hóa Việt Nam» day off (RULES.md: not built in, a user can add it).
  xa2026vh: { level: 'xã', year: 2026, asOf: '31/12/2026', daysOff: [...DAYS_OFF_2026, ['24/11/2026', 'Ngày Văn hóa Việt Nam', 'Nghỉ']] },
  // The template's 2027 sheet: the add-in's own rows, marked «(dự kiến)».
  xa2027sheet: { level: 'xã', year: 2027, asOf: '31/12/2027', daysOff: [['01/01/2027', 'Tết Dương lịch (dự kiến)', 'Nghỉ'], ['16/04/2027', 'Giỗ Tổ Hùng Vương (dự kiến)', 'Nghỉ']] },
};

export type Cell = string | number | null;
export type CaseSheet = 'Công khai' | 'Kế hoạch' | 'Biểu quyết' | 'Lấy ý kiến';

/**
 * Cells by sheet (STT and the title are added by the test):
 * - Công khai: [Nhóm nội dung, Ngày văn bản, Hình thức, Ngày bắt đầu, Ngày kết thúc, Số ngày yêu cầu]
 * - Kế hoạch: [Thời hạn, Ngày hoàn thành]
 * - Biểu quyết: [Loại việc, Hình thức, Ngày, Tổng số hộ, Số hộ tham gia, Số hộ tán thành, Ngày gửi UBND xã]
 * - Lấy ý kiến: [Mã đợt, Từ ngày, Đến ngày, Hạn tổng hợp, Ngày tổng hợp xong, Ngày công khai kết quả]
 */
export interface HeldOutCase {
  readonly id: string;
  readonly book: BookId;
  readonly sheet: CaseSheet;
  readonly cells: readonly Cell[];
  /** The article(s) the verdict rests on; part of the test's name. */
  readonly basis: string;
  readonly reasoning: string;
  /** Fields of the row's JSON item (postings[], tasks[], votes[], consultations[]) the law fixes. */
  readonly expect: Readonly<Record<string, unknown>>;
  /** Words the row's text (explanation, findings and input errors on the row) must contain. */
  readonly words?: readonly string[];
  /** Words it must not contain. */
  readonly without?: readonly string[];
  /** A finding on the row with this rule (and severity) must exist. */
  readonly finding?: { readonly rule?: string; readonly severity?: 'error' | 'warning' | 'info' };
  /** No finding on the row may carry this rule. */
  readonly noFinding?: string;
  /** An input error must name the row. */
  readonly inputError?: boolean;
  /** The report for the book's year lists the row as out of period (true) or keeps it (false). */
  readonly outOfPeriod?: boolean;
  /** The book's `Cấp` is warned about (two-level government) — true — or not. */
  readonly levelWarning?: boolean;
  /**
   * A verdict that the law's text leaves open: the same checks with these fields instead of `expect`
   * (and without `words`, `finding`, `noFinding`) grade the case "acceptable" rather than wrong.
   */
  readonly acceptable?: Readonly<Record<string, unknown>>;
}

const AMENDED = 'sửa đổi, bổ sung bởi Luật số 47/2024/QH15 và Luật số 97/2025/QH15';
const D13K2 = 'Luật 10/2022/QH15, Điều 13 khoản 2';

/** Postings in a commune (Điều 11, 12, 13). */
const POSTINGS: HeldOutCase[] = [
  { id: 'P01', book: 'xa2025', sheet: 'Công khai', cells: ['Kinh tế - xã hội', null, 'Niêm yết', '01/08/2025', '31/08/2025', null],
    basis: 'Điều 13 khoản 2 (Điều 11 khoản 1)', reasoning: 'k1 needs 30 days; 1/8 → end of 31/8 is 30 days.',
    expect: { status: 'met', days: 30, requiredDays: 30, rule: 'CK_NIEM_YET' } },
  { id: 'P02', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Niêm yết', '01/08/2025', '30/08/2025', null],
    basis: 'Điều 13 khoản 2 (Điều 11 khoản 2)', reasoning: 'k2 needs 30 days; 29 counted.',
    expect: { status: 'short', days: 29, requiredDays: 30 }, words: ['Điều 13 khoản 2', AMENDED] },
  { id: 'P03', book: 'xa2025', sheet: 'Công khai', cells: ['Đất đai', null, 'Niêm yết', '01/08/2025', '31/08/2025', null],
    basis: 'Điều 13 khoản 2 (Điều 11 khoản 3, alias «Đất đai»)', reasoning: 'alias of k3; 30 of 30.',
    expect: { status: 'met', days: 30, requiredDays: 30 } },
  { id: 'P04', book: 'xa2025', sheet: 'Công khai', cells: ['Quy chế', null, 'Niêm yết', '01/03/2025', null, null],
    basis: 'Điều 13 khoản 2 (Điều 11 khoản 4: thường xuyên)', reasoning: 'k4 is posted permanently: no length, no minimum, still up.',
    expect: { status: 'permanent', days: null, requiredDays: null }, without: ['null', 'undefined'] },
  { id: 'P05', book: 'xa2025', sheet: 'Công khai', cells: ['Huy động', null, 'Niêm yết', '01/08/2025', '15/08/2025', null],
    basis: 'Điều 13 khoản 2 (Điều 11 khoản 5)', reasoning: 'k5 needs 30 days; 14 counted.',
    expect: { status: 'short', days: 14, requiredDays: 30 } },
  { id: 'P06', book: 'xa2025', sheet: 'Công khai', cells: ['Tài sản', null, 'Niêm yết', '02/09/2025', '02/10/2025', null],
    basis: 'Điều 13 khoản 2 (Điều 11 khoản 6); BLDS Điều 147', reasoning: 'starts on Quốc khánh: calendar days still count; 30.',
    expect: { status: 'met', days: 30, requiredDays: 30 } },
  { id: 'P07', book: 'xa2025', sheet: 'Công khai', cells: ['Hộ nghèo', null, 'Niêm yết', '01/10/2025', '31/10/2025', null],
    basis: 'Điều 13 khoản 2 (Điều 11 khoản 7)', reasoning: 'k7 posting 30 days; 30 counted.',
    expect: { status: 'met', days: 30, requiredDays: 30 } },
  { id: 'P08', book: 'xa2025', sheet: 'Công khai', cells: ['Hộ nghèo', null, 'Loa', '01/10/2025', '04/10/2025', null],
    basis: 'Điều 13 khoản 3 (Điều 11 khoản 7, truyền thanh)', reasoning: 'radio for k7–12 at least 3 days; 3 counted.',
    expect: { status: 'met', days: 3, requiredDays: 3, rule: 'CK_TRUYEN_THANH' } },
  { id: 'P09', book: 'xa2025', sheet: 'Công khai', cells: ['Hỗ trợ thiên tai', null, 'Đài truyền thanh', '01/10/2025', '03/10/2025', null],
    basis: 'Điều 13 khoản 3 (Điều 11 khoản 8)', reasoning: '2 of 3 radio days.',
    expect: { status: 'short', days: 2, requiredDays: 3, rule: 'CK_TRUYEN_THANH' }, words: ['Điều 13 khoản 3'] },
  { id: 'P10', book: 'xa2025', sheet: 'Công khai', cells: ['Kinh tế - xã hội', null, 'Truyền thanh', '01/10/2025', '02/10/2025', null],
    basis: 'Điều 13 khoản 3 (only Điều 11 khoản 7–12 on radio)', reasoning: 'k1 has no radio minimum.',
    expect: { status: 'no-requirement', requiredDays: null } },
  { id: 'P11', book: 'xa2025', sheet: 'Công khai', cells: ['TTHC', null, 'Niêm yết', '01/01/2025', null, null],
    basis: 'Điều 13 khoản 2 (Điều 11 khoản 13: thường xuyên)', reasoning: 'administrative procedures are posted permanently.',
    expect: { status: 'permanent', requiredDays: null } },
  { id: 'P12', book: 'xa2025', sheet: 'Công khai', cells: ['Khác', null, 'Niêm yết', '01/08/2025', '05/08/2025', null],
    basis: 'Điều 11 khoản 14; Điều 13 khoản 2 (no minimum for k14)', reasoning: '«Khác» carries no statutory minimum.',
    expect: { status: 'no-requirement', requiredDays: null } },
  { id: 'P13', book: 'xa2025', sheet: 'Công khai', cells: ['Khác', null, 'Niêm yết', '01/08/2025', '05/08/2025', 10],
    basis: 'Điều 11 khoản 14; RULES.md (Số ngày yêu cầu raises)', reasoning: 'the row asks 10 days; 4 counted.',
    expect: { status: 'short', days: 4, requiredDays: 10 } },
  { id: 'P14', book: 'xa2025', sheet: 'Công khai', cells: [null, null, 'Niêm yết', '01/08/2025', '31/08/2025', null],
    basis: 'Điều 13 khoản 2 (blank group: 30 days assumed)', reasoning: 'group unknown: the general 30 days, said to be assumed; 30 met.',
    expect: { status: 'met', days: 30, requiredDays: 30 }, words: ['Nhóm nội dung', '30 ngày'] },
  { id: 'P15', book: 'xa2025', sheet: 'Công khai', cells: [null, null, 'Niêm yết', '01/08/2025', '21/08/2025', null],
    basis: 'Điều 13 khoản 2 (blank group: 30 days assumed)', reasoning: '20 of the assumed 30.',
    expect: { status: 'short', days: 20, requiredDays: 30 }, words: ['Nhóm nội dung', '30 ngày'] },
  { id: 'P16', book: 'xa2025', sheet: 'Công khai', cells: ['Kết quả lấy ý kiến', null, 'Niêm yết', '01/08/2025', '21/08/2025', 20],
    basis: 'Điều 13 khoản 2 (Điều 11 khoản 11); a row may not lower the law', reasoning: 'row asks 20 < 30: warning, 30 applies; 20 counted → short.',
    expect: { status: 'short', days: 20, requiredDays: 30 }, words: ['thấp hơn', '30 ngày', '20'] },
  { id: 'P17', book: 'xa2025', sheet: 'Công khai', cells: ['Nhập ngũ', null, 'Niêm yết', '01/08/2025', '15/09/2025', 45],
    basis: 'Điều 13 khoản 2 (Điều 11 khoản 9); Số ngày yêu cầu raises', reasoning: 'row asks 45 > 30; 45 counted → met.',
    expect: { status: 'met', days: 45, requiredDays: 45 } },
  { id: 'P18', book: 'xa2025', sheet: 'Công khai', cells: ['Thanh tra', null, 'Niêm yết', '01/08/2025', '14/09/2025', 45],
    basis: 'Điều 13 khoản 2 (Điều 11 khoản 10); Số ngày yêu cầu raises', reasoning: '44 of the row\'s 45 (though ≥ 30 of the law).',
    expect: { status: 'short', days: 44, requiredDays: 45 } },
  { id: 'P19', book: 'xa2025', sheet: 'Công khai', cells: ['khoản 12', null, 'Niêm yết', '01/08/2025', '31/08/2025', null],
    basis: 'Điều 13 khoản 2 (Điều 11 khoản 12 by its number)', reasoning: 'a group named by its khoản; 30 of 30.',
    expect: { status: 'met', days: 30, requiredDays: 30 } },
  { id: 'P20', book: 'xa2025', sheet: 'Công khai', cells: ['k12', null, 'Truyền thanh', '01/08/2025', '04/08/2025', null],
    basis: 'Điều 13 khoản 3 (Điều 11 khoản 12)', reasoning: 'radio for k12: 3 of 3.',
    expect: { status: 'met', days: 3, requiredDays: 3 } },
  { id: 'P21', book: 'xa2025', sheet: 'Công khai', cells: ['Văn hóa thể thao', null, 'Niêm yết', '01/08/2025', '31/08/2025', null],
    basis: 'RULES.md (a group that matches none is an input error listing the groups)', reasoning: 'unknown group: input error.',
    expect: {}, inputError: true, words: ['Kinh tế - xã hội'] },
  { id: 'P22', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Niêm yết', '20/01/2025', '19/02/2025', null],
    basis: 'Điều 13 khoản 2; BLDS Điều 147 (Tết inside a posting)', reasoning: '11 days in Jan + 19 = 30: Tết does not stop the count.',
    expect: { status: 'met', days: 30, requiredDays: 30 } },
  { id: 'P23', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Niêm yết', '25/01/2025', '23/02/2025', null],
    basis: 'Điều 13 khoản 2; BLDS Điều 147', reasoning: '6 + 23 = 29 across Tết → short.',
    expect: { status: 'short', days: 29, requiredDays: 30 } },
  { id: 'P24', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Niêm yết', '01/04/2025', '30/04/2025', null],
    basis: 'Điều 13 khoản 2; BLDS Điều 148 khoản 5 not for posting durations', reasoning: 'ends on 30/4 (a day off): not lengthened; 29 → short.',
    expect: { status: 'short', days: 29, requiredDays: 30 } },
  { id: 'P25', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Trang thông tin điện tử', '01/08/2025', '02/08/2025', null],
    basis: 'RULES.md (website: no minimum duration for a commune)', reasoning: 'no-requirement.',
    expect: { status: 'no-requirement', requiredDays: null } },
  { id: 'P26', book: 'xa2025', sheet: 'Công khai', cells: ['Kinh tế - xã hội', null, 'Hội nghị', '01/08/2025', '01/08/2025', null],
    basis: 'RULES.md (Hội nghị: no minimum duration)', reasoning: 'no-requirement.',
    expect: { status: 'no-requirement', requiredDays: null } },
  { id: 'P27', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Website', '01/08/2025', '05/08/2025', 10],
    basis: 'RULES.md (Số ngày yêu cầu overrides where the law sets none)', reasoning: 'row asks 10 on the website; 4 → short.',
    expect: { status: 'short', days: 4, requiredDays: 10 } },
  { id: 'P28', book: 'xa2025', sheet: 'Công khai', cells: ['Trợ cấp', null, 'Truyền thanh', '01/08/2025', '03/08/2025', 2],
    basis: 'Điều 13 khoản 3; a row may not lower the law', reasoning: 'row 2 < 3: law applies; 2 counted → short, warning.',
    expect: { status: 'short', days: 2, requiredDays: 3 }, words: ['thấp hơn', '3 ngày'] },
  { id: 'P29', book: 'xa2025', sheet: 'Công khai', cells: ['Kinh tế - xã hội', null, 'Niêm yết', '15/12/2025', '20/01/2026', null],
    basis: 'Điều 13 khoản 2 (ongoing on the as-of day)', reasoning: 'as of 31/12: 16 days elapsed of 30, end not passed → ongoing.',
    expect: { status: 'ongoing', days: 36, requiredDays: 30, elapsed: 16, remaining: 14, reachedOn: '2026-01-14' } },
  { id: 'P30', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', '01/08/2025', 'Niêm yết', '08/08/2025', '08/09/2025', null],
    basis: 'Điều 12 khoản 3 (5 working days)', reasoning: 'doc Fri 1/8: 4,5,6,7,8/8 → by 8/8; started 8/8 → timely.',
    expect: { status: 'met', days: 31, timely: true, publishBy: '2025-08-08' } },
  { id: 'P31', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', '01/08/2025', 'Niêm yết', '11/08/2025', '10/09/2025', null],
    basis: 'Điều 12 khoản 3', reasoning: 'started Mon 11/8 after 8/8 → not timely.',
    expect: { status: 'met', timely: false, publishBy: '2025-08-08' }, finding: { rule: 'CK_THOI_DIEM' }, words: ['Điều 12 khoản 3', '08/08/2025'] },
  { id: 'P32', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', '28/08/2025', 'Niêm yết', '08/09/2025', '08/10/2025', null],
    basis: 'Điều 12 khoản 3; days off 30/8–2/9/2025', reasoning: 'doc Thu 28/8: 29/8, 3, 4, 5, 8/9 → by 8/9.',
    expect: { status: 'met', timely: true, publishBy: '2025-09-08' } },
  { id: 'P33', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', '22/01/2025', 'Niêm yết', '06/02/2025', '08/03/2025', null],
    basis: 'Điều 12 khoản 3; Tết 25/1–2/2/2025', reasoning: 'doc Wed 22/1: 23, 24/1, 3, 4, 5/2 → by 5/2; started 6/2 → late.',
    expect: { timely: false, publishBy: '2025-02-05' }, finding: { rule: 'CK_THOI_DIEM' } },
  { id: 'P34', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', '24/04/2025', 'Niêm yết', '05/05/2025', '04/06/2025', null],
    basis: 'Điều 12 khoản 3; make-up Saturday 26/4/2025, days off 30/4–4/5', reasoning: '25/4, Sat 26/4, 28/4, 29/4, 5/5 → by 5/5.',
    expect: { timely: true, publishBy: '2025-05-05', status: 'met', days: 30 } },
  { id: 'P35', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', '30/06/2025', 'Niêm yết', '01/07/2025', '10/07/2025', null],
    basis: 'Điều 13 khoản 2 as enacted (decision before 01/07/2025)', reasoning: 'the triggering event is 30/6: cite Luật 10/2022 unamended.',
    expect: { status: 'short', days: 9 }, words: [`${D13K2} yêu cầu`], without: ['97/2025'] },
  { id: 'P36', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', '01/07/2025', 'Niêm yết', '02/07/2025', '12/07/2025', null],
    basis: 'Điều 13 khoản 2 as amended by Luật 47/2024 and 97/2025 (decision from 01/07/2025)', reasoning: 'cite the amended law.',
    expect: { status: 'short', days: 10 }, words: [AMENDED, 'Điều 13 khoản 2'] },
  { id: 'P37', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Niêm yết', '31/12/2024', '29/01/2025', null],
    basis: 'Điều 13 khoản 2; BLDS Điều 148 khoản 5 not for postings', reasoning: 'ends on mùng 1 Tết: 29 days, not extended → short.',
    expect: { status: 'short', days: 29, requiredDays: 30 }, outOfPeriod: false },
];

/** Postings of state agencies and public service units (Điều 47, 48), and other levels. */
const OTHER_POSTINGS: HeldOutCase[] = [
  { id: 'A01', book: 'coquan2025', sheet: 'Công khai', cells: [null, null, 'Niêm yết', '01/08/2025', '21/08/2025', null],
    basis: 'Điều 48 (agency posting 20 days)', reasoning: 'cơ quan: CQ_NIEM_YET 20; 20 counted → met, no commune 30.',
    expect: { status: 'met', days: 20, requiredDays: 20 } },
  { id: 'A02', book: 'coquan2025', sheet: 'Công khai', cells: [null, null, 'Niêm yết', '01/08/2025', '20/08/2025', null],
    basis: 'Điều 48', reasoning: '19 of 20.', expect: { status: 'short', days: 19, requiredDays: 20 }, words: ['Điều 48'] },
  { id: 'A03', book: 'coquan2025', sheet: 'Công khai', cells: [null, '01/08/2025', 'Niêm yết', '11/08/2025', '31/08/2025', null],
    basis: 'Điều 47 khoản 2 (5 working days)', reasoning: 'by 8/8; started 11/8 → not timely.',
    expect: { timely: false, publishBy: '2025-08-08', status: 'met' }, words: ['Điều 47 khoản 2'] },
  { id: 'A04', book: 'dvsn2025', sheet: 'Công khai', cells: [null, null, 'Niêm yết', '01/08/2025', '20/08/2025', null],
    basis: 'Điều 48 (đơn vị sự nghiệp)', reasoning: 'public service unit uses the CQ rules: 19 of 20.',
    expect: { status: 'short', days: 19, requiredDays: 20 } },
  { id: 'L01', book: 'huyen2025', sheet: 'Công khai', cells: ['Kinh tế - xã hội', null, 'Niêm yết', '01/08/2025', '31/08/2025', null],
    basis: 'Luật 97/2025/QH15 (no cấp huyện from 01/07/2025)', reasoning: 'huyện with events after 1/7/2025 → warning on Cấp; the posting is still judged (30 of 30).',
    expect: { status: 'met', days: 30 }, levelWarning: true },
  { id: 'L02', book: 'huyen2024', sheet: 'Công khai', cells: ['Kinh tế - xã hội', null, 'Niêm yết', '01/08/2024', '31/08/2024', null],
    basis: 'Luật 97/2025/QH15 (cấp huyện existed before 01/07/2025)', reasoning: 'a 2024 book of a huyện: no warning.',
    expect: { status: 'met', days: 30 }, levelWarning: false },
  { id: 'L03', book: 'thitran2025', sheet: 'Công khai', cells: ['Kinh tế - xã hội', null, 'Niêm yết', '01/08/2025', '21/08/2025', null],
    basis: 'Luật 97/2025/QH15 (thị trấn ended); Điều 13 khoản 2', reasoning: 'thị trấn after 1/7/2025 → warning; commune rules: 20 of 30.',
    expect: { status: 'short', days: 20, requiredDays: 30 }, levelWarning: true },
  { id: 'L04', book: 'dackhu2025', sheet: 'Công khai', cells: ['Kinh tế - xã hội', null, 'Niêm yết', '01/08/2025', '21/08/2025', null],
    basis: 'Điều 13 khoản 2 (đặc khu is commune level)', reasoning: 'commune rules, no warning: 20 of 30.',
    expect: { status: 'short', days: 20, requiredDays: 30 }, levelWarning: false },
];

/** Plan deadlines (SCHEMA.md phrases; BLDS Điều 146, 148 khoản 5). `due` is the day the phrase names. */
const TASKS: HeldOutCase[] = [
  { id: 'T01', book: 'xa2025', sheet: 'Kế hoạch', cells: ['đầu quý II/2025', '01/04/2025'],
    basis: 'BLDS Điều 146 (đầu = first day)', reasoning: 'start of Q2 = 1/4/2025 (Tue); done that day.',
    expect: { status: 'done-on-time', due: '2025-04-01' }, acceptable: { status: 'done-on-time' } },
  { id: 'T02', book: 'xa2025', sheet: 'Kế hoạch', cells: ['đầu quý II/2025', '03/04/2025'],
    basis: 'BLDS Điều 146', reasoning: 'due 1/4/2025; done 3/4 → late.', expect: { status: 'done-late', due: '2025-04-01' } },
  { id: 'T03', book: 'xa2025', sheet: 'Kế hoạch', cells: ['thượng tuần tháng 6/2025', '10/06/2025'],
    basis: 'thượng tuần = days 1–10', reasoning: 'due Tue 10/6; done that day.', expect: { status: 'done-on-time', due: '2025-06-10' } },
  { id: 'T04', book: 'xa2025', sheet: 'Kế hoạch', cells: ['trung tuần tháng 6/2025', '21/06/2025'],
    basis: 'trung tuần = days 11–20', reasoning: 'due Fri 20/6; done Sat 21/6 → late.', expect: { status: 'done-late', due: '2025-06-20' } },
  { id: 'T05', book: 'xa2025', sheet: 'Kế hoạch', cells: ['hạ tuần tháng 6/2025', '30/06/2025'],
    basis: 'hạ tuần = days 21–end', reasoning: 'due Mon 30/6; done that day.', expect: { status: 'done-on-time', due: '2025-06-30' } },
  { id: 'T06', book: 'xa2025', sheet: 'Kế hoạch', cells: ['ngày 15/8 âm lịch', '07/10/2025'],
    basis: 'lunar date in the report year (Vietnamese calendar)', reasoning: '15/8 Ất Tỵ = Mon 6/10/2025; done 7/10 → late.',
    expect: { status: 'done-late', due: '2025-10-06' } },
  { id: 'T07', book: 'xa2025', sheet: 'Kế hoạch', cells: ['trước Tết Nguyên đán 2025', '24/01/2025'],
    basis: 'strictly before mùng 1 Tết Ất Tỵ (29/01/2025)', reasoning: 'due 28/1 (within the Tết days off); done 24/1 → on time either way.',
    expect: { status: 'done-on-time', due: '2025-01-28' }, acceptable: { status: 'done-on-time' } },
  { id: 'T08', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Quý III, IV/2025', null],
    basis: 'a list of quarters ends with the last', reasoning: 'due 31/12/2025 = as-of day, not done → due soon.',
    expect: { status: 'due-soon', due: '2025-12-31' } },
  { id: 'T09', book: 'xa2025', sheet: 'Kế hoạch', cells: ['chậm nhất ngày 31/8/2025', '04/09/2025'],
    basis: 'BLDS Điều 148 khoản 5', reasoning: 'Sun 31/8, then 1–2/9 off → ends Wed 3/9; done 4/9 → late.',
    expect: { status: 'done-late', due: '2025-08-31' }, words: ['03/09/2025'], acceptable: { status: 'done-late', due: '2025-09-03' } },
  { id: 'T10', book: 'xa2025', sheet: 'Kế hoạch', cells: ['trước ngày 02/9/2025', '03/09/2025'],
    basis: 'SCHEMA.md (trước = strictly before); BLDS Điều 148 khoản 5', reasoning: 'due Mon 1/9, a day off → ends 3/9; done 3/9 → on time.',
    expect: { status: 'done-on-time', due: '2025-09-01' }, acceptable: { status: 'done-on-time', due: '2025-09-03' } },
  { id: 'T11', book: 'xa2025', sheet: 'Kế hoạch', cells: ['tháng 4/2025', '05/05/2025'],
    basis: 'BLDS Điều 148 khoản 5; days off 30/4–4/5/2025', reasoning: 'due 30/4 (off) → ends Mon 5/5; done 5/5 → on time.',
    expect: { status: 'done-on-time', due: '2025-04-30' }, acceptable: { status: 'done-on-time', due: '2025-05-05' } },
  { id: 'T12', book: 'xa2025', sheet: 'Kế hoạch', cells: ['tháng 4/2025', '06/05/2025'],
    basis: 'BLDS Điều 148 khoản 5', reasoning: 'ends 5/5; done 6/5 → late.', expect: { status: 'done-late', due: '2025-04-30' },
    words: ['05/05/2025'], acceptable: { status: 'done-late', due: '2025-05-05' } },
  { id: 'T13', book: 'xa2025', sheet: 'Kế hoạch', cells: ['6 tháng đầu năm 2025', '01/07/2025'],
    basis: 'SCHEMA.md (6 tháng đầu năm = 30/6)', reasoning: 'due Mon 30/6; done 1/7 → late.', expect: { status: 'done-late', due: '2025-06-30' } },
  { id: 'T14', book: 'xa2025', sheet: 'Kế hoạch', cells: ['cuối tháng 5/2025', '02/06/2025'],
    basis: 'BLDS Điều 146, 148 khoản 5', reasoning: 'due Sat 31/5 → ends Mon 2/6; done 2/6 → on time.',
    expect: { status: 'done-on-time', due: '2025-05-31' }, acceptable: { status: 'done-on-time', due: '2025-06-02' } },
  { id: 'T15', book: 'xa2025', sheet: 'Kế hoạch', cells: ['giữa tháng 3/2025', '17/03/2025'],
    basis: 'BLDS Điều 146 (giữa tháng = 15), 148 khoản 5', reasoning: 'due Sat 15/3 → ends Mon 17/3; on time.',
    expect: { status: 'done-on-time', due: '2025-03-15' }, acceptable: { status: 'done-on-time', due: '2025-03-17' } },
  { id: 'T16', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Thường xuyên', null],
    basis: 'SCHEMA.md (Thường xuyên: no due date)', reasoning: 'no-deadline.', expect: { status: 'no-deadline', due: null } },
  { id: 'T17', book: 'xa2025', sheet: 'Kế hoạch', cells: ['sớm nhất có thể', null],
    basis: 'SCHEMA.md (an unreadable phrase is an input error quoting it)', reasoning: 'invalid, input error with the phrase.',
    expect: { status: 'invalid' }, inputError: true, words: ['sớm nhất có thể'] },
  { id: 'T18', book: 'xa2025', sheet: 'Kế hoạch', cells: ['trước ngày 15/10', '14/10/2025'],
    basis: 'SCHEMA.md (no year = report year; strictly before)', reasoning: 'due Tue 14/10/2025; done that day.',
    expect: { status: 'done-on-time', due: '2025-10-14' } },
  { id: 'T19', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Quý III/2025', '01/10/2025'],
    basis: 'SCHEMA.md (Quý III = 30/9)', reasoning: 'due Tue 30/9; done 1/10 → late.', expect: { status: 'done-late', due: '2025-09-30' } },
  { id: 'T20', book: 'xa2025', sheet: 'Kế hoạch', cells: ['đầu tháng 5/2025', '05/05/2025'],
    basis: 'BLDS Điều 146 (đầu tháng = 1), 148 khoản 5', reasoning: '1/5 off, 2/5 off, weekend → ends Mon 5/5; on time.',
    expect: { status: 'done-on-time', due: '2025-05-01' }, acceptable: { status: 'done-on-time', due: '2025-05-05' } },
  { id: 'T21', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Quý I/2026', null],
    basis: 'report scope (issue 14 item 9)', reasoning: 'due 31/3/2026, outside 2025 → out of period; open.',
    expect: { status: 'open', due: '2026-03-31' }, outOfPeriod: true },
  { id: 'T22', book: 'xa2025', sheet: 'Kế hoạch', cells: ['hạ tuần tháng 2/2025', '28/02/2025'],
    basis: 'hạ tuần = days 21–end of month', reasoning: 'February 2025 ends on Fri 28/2; done that day.',
    expect: { status: 'done-on-time', due: '2025-02-28' } },
];

/** Plans over 2027's provisional days off (RULES.md corrections: no notice yet). */
const TASKS_2027: HeldOutCase[] = [
  { id: 'K01', book: 'xa2027', sheet: 'Kế hoạch', cells: ['chậm nhất ngày 16/4/2027', '19/04/2027'],
    basis: 'BLDS Điều 148 khoản 5; Giỗ Tổ Fri 16/4/2027 (dự kiến)', reasoning: 'Giỗ Tổ off → ends Mon 19/4; on time.',
    expect: { status: 'done-on-time', due: '2027-04-16' }, acceptable: { status: 'done-on-time' } },
  { id: 'K02', book: 'xa2027', sheet: 'Kế hoạch', cells: ['chậm nhất ngày 16/4/2027', '20/04/2027'],
    basis: 'BLDS Điều 148 khoản 5; 2027 days off provisional', reasoning: 'ends 19/4; done 20/4 → late; the message says the day off is provisional.',
    expect: { status: 'done-late', due: '2027-04-16' }, words: ['19/04/2027', 'dự kiến'] },
  { id: 'K03', book: 'xa2027', sheet: 'Kế hoạch', cells: ['chậm nhất ngày 30/4/2027', '04/05/2027'],
    basis: 'BLDS Điều 148 khoản 5; BLLĐ Điều 112, 111 khoản 3 (1/5 Sat → Mon 3/5)', reasoning: 'Fri 30/4 off, weekend, Mon 3/5 in lieu → ends Tue 4/5; on time.',
    expect: { status: 'done-on-time', due: '2027-04-30' }, acceptable: { status: 'done-on-time' } },
  { id: 'K04', book: 'xa2027', sheet: 'Kế hoạch', cells: ['chậm nhất ngày 30/4/2027', '05/05/2027'],
    basis: 'BLDS Điều 148 khoản 5; 2027 days off provisional', reasoning: 'ends 4/5; done 5/5 → late, provisional.',
    expect: { status: 'done-late', due: '2027-04-30' }, words: ['04/05/2027', 'dự kiến'] },
  { id: 'K05', book: 'xa2027', sheet: 'Công khai', cells: ['Ngân sách', '15/04/2027', 'Niêm yết', '26/04/2027', '26/05/2027', null],
    basis: 'Điều 12 khoản 3; 2027 days off provisional', reasoning: 'doc Thu 15/4; 16/4 off; 19–23/4 → by Fri 23/4; started 26/4 → late, provisional.',
    expect: { timely: false, publishBy: '2027-04-23', status: 'met', days: 30 }, words: ['23/04/2027', 'dự kiến'] },
];

/** Residents deciding (Điều 15, 17, 20, 21, 22). */
const VOTES: HeldOutCase[] = [
  { id: 'V01', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Đóng góp, thu chi', 'Hội nghị', '11/08/2025', 90, 60, 60, '12/08/2025'],
    basis: 'Điều 21 khoản 1 (≥ 2/3 of all households, Điều 15 khoản 1–2)', reasoning: '60/90 is exactly 2/3 → passes.',
    expect: { threshold: '2/3', passed: true } },
  { id: 'V02', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Đóng góp, thu chi', 'Hội nghị', '11/08/2025', 90, 60, 59, '12/08/2025'],
    basis: 'Điều 21 khoản 1', reasoning: '59/90 < 2/3 → fails.', expect: { threshold: '2/3', passed: false } },
  { id: 'V03', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Hương ước', 'Hội nghị', '11/08/2025', 100, 80, 51, '12/08/2025'],
    basis: 'Điều 21 khoản 1 (> 50%, Điều 15 khoản 3)', reasoning: '51/100 > 50% → passes.', expect: { threshold: '>50%', passed: true } },
  { id: 'V04', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Hương ước', 'Hội nghị', '11/08/2025', 100, 80, 50, '12/08/2025'],
    basis: 'Điều 21 khoản 1', reasoning: 'exactly half is not more than half → fails.', expect: { threshold: '>50%', passed: false } },
  { id: 'V05', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Tự quản khác', 'Hội nghị', '11/08/2025', 101, 51, 51, '12/08/2025'],
    basis: 'Điều 21 khoản 1 (> 50% of all households)', reasoning: '51/101 > 50% → passes.', expect: { threshold: '>50%', passed: true } },
  { id: 'V06', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Bầu, cho thôi', 'Hội nghị', '11/08/2025', 100, 50, 50, '12/08/2025'],
    basis: 'Điều 21 khoản 1 (of all households, not of those present)', reasoning: '50 took part, all agreed: 50/100 is not > half → fails.',
    expect: { threshold: '>50%', passed: false } },
  { id: 'V07', book: 'xa2025', sheet: 'Biểu quyết', cells: ['4', 'Hội nghị', '11/08/2025', 100, 70, 51, '12/08/2025'],
    basis: 'Điều 21 khoản 1 (Loại việc by khoản 4 of Điều 15)', reasoning: 'k4 electing village heads → >50%; 51 → passes.',
    expect: { threshold: '>50%', passed: true } },
  { id: 'V08', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Tự quản khác', 'Trực tuyến', '11/08/2025', 100, 70, 60, '12/08/2025'],
    basis: 'Điều 17 khoản 2 (online lawful for Điều 15 khoản 6)', reasoning: 'k6 online: allowed; 60 → passes.',
    expect: { threshold: '>50%', passed: true }, noFinding: 'BQ_HINH_THUC', acceptable: { passed: true } },
  { id: 'V09', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Đóng góp, thu chi', 'Trực tuyến', '11/08/2025', 90, 80, 70, '12/08/2025'],
    basis: 'Điều 17 khoản 2; Điều 22 khoản 1 điểm b', reasoning: 'online only for k6: a k1–2 decision online is not recognised.',
    expect: { formAllowed: false }, finding: { rule: 'BQ_HINH_THUC', severity: 'error' }, words: ['Điều 17 khoản 2'] },
  { id: 'V10', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Bầu, cho thôi', 'Trực tuyến', '11/08/2025', 100, 80, 70, '12/08/2025'],
    basis: 'Điều 17 khoản 2; Điều 22 khoản 1 điểm b', reasoning: 'k4 must be at a meeting: online not recognised.',
    expect: { formAllowed: false }, finding: { rule: 'BQ_HINH_THUC', severity: 'error' } },
  { id: 'V11', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Đóng góp, thu chi', 'Phát phiếu', '11/08/2025', 90, 80, 70, '12/08/2025'],
    basis: 'Điều 17 khoản 2 (meeting-only rule covers Điều 15 khoản 3–5)', reasoning: 'ballots for k1–2 allowed; 70/90 ≥ 2/3 → passes.',
    expect: { threshold: '2/3', passed: true }, noFinding: 'BQ_HINH_THUC' },
  { id: 'V12', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Tự quản khác', 'Hội nghị', '11/08/2025', 100, 70, 60, '18/08/2025'],
    basis: 'Điều 20 khoản 3 (5 working days)', reasoning: 'vote Mon 11/8: 12–15, 18/8 → by 18/8; sent 18/8 → in time.',
    expect: { sendBy: '2025-08-18', sentInTime: true } },
  { id: 'V13', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Tự quản khác', 'Hội nghị', '11/08/2025', 100, 70, 60, '19/08/2025'],
    basis: 'Điều 20 khoản 3', reasoning: 'sent 19/8 → late.', expect: { sendBy: '2025-08-18', sentInTime: false }, finding: { rule: 'BQ_GUI_QUYET_DINH' } },
  { id: 'V14', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Tự quản khác', 'Hội nghị', '28/08/2025', 100, 70, 60, '08/09/2025'],
    basis: 'Điều 20 khoản 3; days off 30/8–2/9/2025', reasoning: 'vote Thu 28/8: 29/8, 3, 4, 5, 8/9 → by 8/9; in time.',
    expect: { sendBy: '2025-09-08', sentInTime: true } },
  { id: 'V15', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Hương ước', 'Hội nghị', '15/12/2024', 100, 70, 60, '16/12/2024'],
    basis: 'report scope (issue 14 item 9)', reasoning: 'a 2024 vote in the 2025 book → out of period.',
    expect: { passed: true }, outOfPeriod: true },
];

/** Consultations (Điều 28; Chương III for agencies). Feedback rows are in FEEDBACK. */
const CONSULTATIONS: HeldOutCase[] = [
  { id: 'C01', book: 'xa2025', sheet: 'Lấy ý kiến', cells: ['C01', '01/08/2025', '21/08/2025', null, '22/08/2025', '25/08/2025'],
    basis: 'Điều 28 khoản 2 (20 days for a commune)', reasoning: '1/8 → end of 21/8 = 20 days; results published 25/8 → met.',
    expect: { status: 'met', days: 20, requiredDays: 20 } },
  { id: 'C02', book: 'xa2025', sheet: 'Lấy ý kiến', cells: ['C02', '01/08/2025', '20/08/2025', null, '21/08/2025', '22/08/2025'],
    basis: 'Điều 28 khoản 2', reasoning: '19 of 20 → short; event after 1/7/2025 → amended citation.',
    expect: { status: 'short', days: 19, requiredDays: 20 }, finding: { rule: 'YK_THOI_GIAN' }, words: ['Điều 28 khoản 2', AMENDED] },
  { id: 'C03', book: 'xa2025', sheet: 'Lấy ý kiến', cells: ['C03', '01/03/2025', '15/03/2025', null, '17/03/2025', '18/03/2025'],
    basis: 'Điều 28 khoản 2 as enacted (before 01/07/2025)', reasoning: '14 of 20 → short; cite Luật 10/2022 unamended.',
    expect: { status: 'short', days: 14, requiredDays: 20 }, words: ['Điều 28 khoản 2'], without: ['97/2025'] },
  { id: 'C04', book: 'xa2025', sheet: 'Lấy ý kiến', cells: ['C04', '01/08/2025', '21/08/2025', '30/08/2025', '03/09/2025', '04/09/2025'],
    basis: 'Điều 28 khoản 3; BLDS Điều 148 khoản 5', reasoning: 'Hạn tổng hợp Sat 30/8 (days off to 2/9) → 3/9; feedback done 3/9 → not late.',
    expect: { status: 'met', synthesisDue: '2025-09-03', synthesisSource: 'deadline' } },
  { id: 'C05', book: 'xa2025', sheet: 'Lấy ý kiến', cells: ['C05', '01/08/2025', '21/08/2025', 'chậm nhất ngày 31/8/2025', '04/09/2025', '05/09/2025'],
    basis: 'Điều 28 khoản 3; BLDS Điều 148 khoản 5', reasoning: 'Sun 31/8 → 3/9; the feedback processed 4/9 is late (finding on the Ý kiến row, tested apart).',
    expect: { synthesisDue: '2025-09-03', synthesisSource: 'deadline' } },
  { id: 'C06', book: 'xa2025', sheet: 'Lấy ý kiến', cells: ['C06', '01/10/2025', '21/10/2025', null, '22/10/2025', '05/11/2025'],
    basis: 'Điều 28 khoản 3; Điều 12 khoản 3 (5 working days to publish)', reasoning: 'synthesis Wed 22/10 → publish by Wed 29/10; published 5/11 → late, a finding names 29/10.',
    expect: { days: 20, requiredDays: 20 }, words: ['29/10/2025'] },
  { id: 'C07', book: 'xa2025', sheet: 'Lấy ý kiến', cells: ['C07', '15/12/2025', '10/01/2026', null, null, null],
    basis: 'Điều 28 khoản 2 (ongoing)', reasoning: 'as of 31/12 the 26-day window is open → ongoing; reaching into 2026 it stays in the 2025 report.',
    expect: { status: 'ongoing', days: 26, requiredDays: 20 }, outOfPeriod: false },
  { id: 'C08', book: 'xa2025', sheet: 'Lấy ý kiến', cells: ['C08', '01/11/2024', '21/11/2024', null, '22/11/2024', '25/11/2024'],
    basis: 'report scope (issue 14 item 9); Điều 28 khoản 2', reasoning: 'wholly in 2024 → out of the 2025 report; 20 days met.',
    expect: { status: 'met', days: 20 }, outOfPeriod: true },
  { id: 'C09', book: 'coquan2025', sheet: 'Lấy ý kiến', cells: ['Q1', '01/08/2025', '11/08/2025', null, '12/08/2025', '13/08/2025'],
    basis: 'Điều 28 khoản 2 binds communes only; Chương III sets no minimum', reasoning: 'agency, no Quy định: 10 days, no minimum → met, no YK_THOI_GIAN.',
    expect: { status: 'met', days: 10, requiredDays: null }, noFinding: 'YK_THOI_GIAN' },
  { id: 'C10', book: 'dvsn2025', sheet: 'Lấy ý kiến', cells: ['Q2', '01/08/2025', '11/08/2025', null, '12/08/2025', '13/08/2025'],
    basis: 'Quy định CQ_LAY_Y_KIEN = 15 (RULES.md corrections)', reasoning: 'public service unit whose Quy định sets 15: 10 → short.',
    expect: { status: 'short', days: 10, requiredDays: 15 } },
];

/** Period scoping of postings (the report of 2025 lists 2024 rows as out of period). */
const SCOPE: HeldOutCase[] = [
  { id: 'S01', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Niêm yết', '01/11/2024', '01/12/2024', null],
    basis: 'report scope (issue 14 item 9); Điều 13 khoản 2', reasoning: 'wholly in 2024 → out of period; 30 days met.',
    expect: { status: 'met', days: 30 }, outOfPeriod: true },
  { id: 'S02', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Niêm yết', '05/01/2026', '04/02/2026', null],
    basis: 'report scope; SCHEMA.md (planned)', reasoning: 'starts after the as-of day → planned, and out of the 2025 report.',
    expect: { status: 'planned', days: 30 }, outOfPeriod: true },
  { id: 'S03', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Niêm yết', '15/12/2024', '20/01/2025', null],
    basis: 'report scope: a posting reaching into 2025 stays', reasoning: 'spans the new year → in period; 36 days met.',
    expect: { status: 'met', days: 36 }, outOfPeriod: false },
];

/**
 * Round 2: harder cases worked the same way after round 1 came out all right — spelling and aliases,
 * broken rows, Quy định lowering or setting a minimum, first-day counting, 2026's official day swaps,
 * more deadline phrases, vote thresholds on awkward totals, ballots for a hương ước.
 */
const ROUND_2: HeldOutCase[] = [
  { id: 'R01', book: 'xa2025', sheet: 'Công khai', cells: ['ngan sach', null, 'niem yet', '01/08/2025', '31/08/2025', null],
    basis: 'Điều 13 khoản 2; RULES.md (groups match accent-insensitively)', reasoning: 'unaccented k2 and form: 30 of 30.',
    expect: { status: 'met', days: 30, requiredDays: 30 } },
  { id: 'R02', book: 'xa2025', sheet: 'Công khai', cells: ['KT-XH', null, 'Niêm yết tại nhà văn hóa', '01/08/2025', '30/08/2025', null],
    basis: 'Điều 13 khoản 2 (Đ11 k1 alias; posting at the village cultural house)', reasoning: '29 of 30.',
    expect: { status: 'short', days: 29, requiredDays: 30 } },
  { id: 'R03', book: 'xa2025', sheet: 'Công khai', cells: ['Bảo hiểm y tế', null, 'Hệ thống truyền thanh', '01/08/2025', '04/08/2025', null],
    basis: 'Điều 13 khoản 3 (Đ11 k7 alias)', reasoning: '3 of 3 radio days.', expect: { status: 'met', days: 3, requiredDays: 3 } },
  { id: 'R04', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Zalo', '01/08/2025', '02/08/2025', null],
    basis: 'RULES.md (Mạng xã hội: no minimum duration)', reasoning: 'no-requirement.', expect: { status: 'no-requirement', requiredDays: null } },
  { id: 'R05', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Thông qua trưởng thôn', '01/08/2025', '02/08/2025', null],
    basis: 'RULES.md (Thông qua trưởng thôn: no minimum duration)', reasoning: 'no-requirement.', expect: { status: 'no-requirement', requiredDays: null } },
  { id: 'R06', book: 'xa2025', sheet: 'Công khai', cells: ['Quy chế dân chủ', null, 'Niêm yết', '01/03/2025', '10/03/2025', null],
    basis: 'Điều 13 khoản 2 (Đ11 k4 posted permanently and updated)', reasoning: 'taken down after 9 days: not a lawful permanent posting — short, never met.',
    expect: { status: 'short' }, acceptable: { status: 'permanent' } },
  { id: 'R07', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Niêm yết', null, '31/08/2025', null],
    basis: 'SCHEMA.md (missing-data)', reasoning: 'no start: cannot be counted.', expect: { status: 'missing-data', days: null } },
  { id: 'R08', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Niêm yết', '31/08/2025', '01/08/2025', null],
    basis: 'SCHEMA.md (invalid)', reasoning: 'ends before it starts: invalid, not counted.', expect: { status: 'invalid', days: null } },
  { id: 'R09', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Niêm yết', '31/02/2025', '31/03/2025', null],
    basis: 'SCHEMA.md (an impossible date is an input error, not a guess)', reasoning: 'no 31/02: input error naming the cell; not counted.',
    expect: { days: null }, inputError: true, words: ['31/02/2025'] },
  { id: 'R10', book: 'xa2025', sheet: 'Công khai', cells: ['Lấy ý kiến', null, 'Truyền thanh', '01/08/2025', '04/08/2025', null],
    basis: 'Điều 13 khoản 3 (Đ11 k11 on radio)', reasoning: '3 of 3.', expect: { status: 'met', days: 3, requiredDays: 3 } },
  { id: 'R11', book: 'phuong2025', sheet: 'Công khai', cells: ['Khác', null, 'Niêm yết', '01/08/2025', '11/08/2025', null],
    basis: 'Điều 11 khoản 14; Quy định CK_NIEM_YET_KHAC = 15', reasoning: 'Quy định sets 15 for «Khác»: 10 → short.',
    expect: { status: 'short', days: 10, requiredDays: 15 } },
  { id: 'R12', book: 'phuong2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Niêm yết', '01/08/2025', '21/08/2025', null],
    basis: 'Điều 13 khoản 2; Quy định may only raise (RULES.md corrections)', reasoning: 'Quy định 20 < 30: the law\'s 30 applies; 20 → short.',
    expect: { status: 'short', days: 20, requiredDays: 30 } },
  { id: 'R13', book: 'phuong2025', sheet: 'Lấy ý kiến', cells: ['P1', '01/08/2025', '21/08/2025', null, '22/08/2025', '25/08/2025'],
    basis: 'Điều 28 khoản 2; Quy định YK_THOI_GIAN = 30 raises', reasoning: '20 of the raised 30 → short.',
    expect: { status: 'short', days: 20, requiredDays: 30 } },
  { id: 'R14', book: 'phuong2025', sheet: 'Lấy ý kiến', cells: ['P2', '01/08/2025', '31/08/2025', null, '01/09/2025', '03/09/2025'],
    basis: 'Điều 28 khoản 2; Quy định YK_THOI_GIAN = 30', reasoning: '30 of 30 → met.', expect: { status: 'met', days: 30, requiredDays: 30 } },
  { id: 'R15', book: 'ngaydau2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Niêm yết', '01/08/2025', '30/08/2025', null],
    basis: 'Quy định TINH_NGAY_DAU = 1 (SCHEMA.md, Counting; BLDS Điều 147 khoản 3 as default)', reasoning: 'first day counted: 30 → met.',
    expect: { status: 'met', days: 30, requiredDays: 30 } },
  { id: 'R16', book: 'ngaydau2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Niêm yết', '01/08/2025', '29/08/2025', null],
    basis: 'Quy định TINH_NGAY_DAU = 1', reasoning: 'first day counted: 29 → short.', expect: { status: 'short', days: 29, requiredDays: 30 } },
  // 2026: official days off 1–2/1 (work Sat 10/1), 16–20/2, 27/4, 30/4–1/5, 31/8–2/9 (work Sat 22/8); no 24/11.
  { id: 'N01', book: 'xa2026', sheet: 'Công khai', cells: ['Ngân sách', '31/12/2025', 'Niêm yết', '09/01/2026', '08/02/2026', null],
    basis: 'Điều 12 khoản 3; days off 1–2/1/2026', reasoning: 'doc Wed 31/12: 1–2/1 off; 5–9/1 → by Fri 9/1; timely.',
    expect: { timely: true, publishBy: '2026-01-09', status: 'met', days: 30 } },
  { id: 'N02', book: 'xa2026', sheet: 'Công khai', cells: ['Ngân sách', '08/01/2026', 'Niêm yết', '15/01/2026', '14/02/2026', null],
    basis: 'Điều 12 khoản 3; make-up Saturday 10/1/2026', reasoning: 'doc Thu 8/1: 9, Sat 10, 12, 13, 14/1 → by 14/1; 15/1 late; official, not provisional.',
    expect: { timely: false, publishBy: '2026-01-14' }, words: ['14/01/2026'], without: ['dự kiến'] },
  { id: 'N03', book: 'xa2026', sheet: 'Công khai', cells: ['Ngân sách', '13/02/2026', 'Niêm yết', '27/02/2026', '29/03/2026', null],
    basis: 'Điều 12 khoản 3; Tết 16–20/2/2026', reasoning: 'doc Fri 13/2: 23–27/2 → by 27/2; timely.',
    expect: { timely: true, publishBy: '2026-02-27' } },
  { id: 'N04', book: 'xa2026', sheet: 'Công khai', cells: ['Ngân sách', '24/04/2026', 'Niêm yết', '06/05/2026', '05/06/2026', null],
    basis: 'Điều 12 khoản 3; 27/4, 30/4–1/5/2026 off', reasoning: 'doc Fri 24/4: 28, 29/4, 4, 5, 6/5 → by 6/5.',
    expect: { timely: true, publishBy: '2026-05-06' } },
  { id: 'N05', book: 'xa2026', sheet: 'Công khai', cells: ['Ngân sách', '20/08/2026', 'Niêm yết', '27/08/2026', '26/09/2026', null],
    basis: 'Điều 12 khoản 3; make-up Saturday 22/8/2026', reasoning: 'doc Thu 20/8: 21, Sat 22, 24, 25, 26/8 → by 26/8; 27/8 late.',
    expect: { timely: false, publishBy: '2026-08-26' } },
  { id: 'N06', book: 'xa2026', sheet: 'Công khai', cells: ['Ngân sách', '28/08/2026', 'Niêm yết', '09/09/2026', '09/10/2026', null],
    basis: 'Điều 12 khoản 3; 31/8–2/9/2026 off', reasoning: 'doc Fri 28/8: 3, 4, 7, 8, 9/9 → by 9/9; timely.',
    expect: { timely: true, publishBy: '2026-09-09' } },
  { id: 'N07', book: 'xa2026', sheet: 'Công khai', cells: ['Ngân sách', '20/11/2026', 'Niêm yết', '27/11/2026', '27/12/2026', null],
    basis: 'Điều 12 khoản 3; RULES.md (24/11 not built in)', reasoning: 'doc Fri 20/11: 23, 24, 25, 26, 27/11 → by 27/11.',
    expect: { timely: true, publishBy: '2026-11-27' } },
  { id: 'N08', book: 'xa2026', sheet: 'Kế hoạch', cells: ['trước Tết Nguyên đán 2026', '13/02/2026'],
    basis: 'strictly before mùng 1 Tết Bính Ngọ (Tue 17/02/2026)', reasoning: 'due 16/2; done Fri 13/2 → on time.',
    expect: { status: 'done-on-time', due: '2026-02-16' }, acceptable: { status: 'done-on-time' } },
  { id: 'N09', book: 'xa2026', sheet: 'Kế hoạch', cells: ['chậm nhất ngày 17/02/2026', '23/02/2026'],
    basis: 'BLDS Điều 148 khoản 5; Tết 16–20/2/2026', reasoning: 'mùng 1 off → ends Mon 23/2; on time.',
    expect: { status: 'done-on-time', due: '2026-02-17' }, acceptable: { status: 'done-on-time' } },
  { id: 'N10', book: 'xa2026', sheet: 'Kế hoạch', cells: ['chậm nhất ngày 17/02/2026', '24/02/2026'],
    basis: 'BLDS Điều 148 khoản 5', reasoning: 'ends 23/2; 24/2 → late, the message names 23/02/2026.',
    expect: { status: 'done-late', due: '2026-02-17' }, words: ['23/02/2026'], acceptable: { status: 'done-late' } },
  { id: 'N11', book: 'xa2026', sheet: 'Kế hoạch', cells: ['ngày 10/3 âm lịch', '28/04/2026'],
    basis: 'lunar date (Giỗ Tổ Sun 26/4/2026); BLDS Điều 148 khoản 5', reasoning: 'Sun 26/4, Mon 27/4 off → ends Tue 28/4; on time.',
    expect: { status: 'done-on-time', due: '2026-04-26' }, acceptable: { status: 'done-on-time' } },
  { id: 'N12', book: 'xa2026', sheet: 'Biểu quyết', cells: ['Tự quản khác', 'Hội nghị', '28/08/2026', 100, 70, 60, '09/09/2026'],
    basis: 'Điều 20 khoản 3; 31/8–2/9/2026 off', reasoning: 'vote Fri 28/8: 3, 4, 7, 8, 9/9 → by 9/9; in time.',
    expect: { sendBy: '2026-09-09', sentInTime: true, passed: true } },
  { id: 'N13', book: 'xa2026', sheet: 'Lấy ý kiến', cells: ['T1', '10/01/2026', '30/01/2026', '17/02/2026', '23/02/2026', '24/02/2026'],
    basis: 'Điều 28 khoản 2, 3; BLDS Điều 148 khoản 5', reasoning: '20 days met; Hạn tổng hợp on mùng 1 Tết → 23/2.',
    expect: { status: 'met', days: 20, requiredDays: 20, synthesisDue: '2026-02-23', synthesisSource: 'deadline' } },
  { id: 'T23', book: 'xa2025', sheet: 'Kế hoạch', cells: ['chậm nhất ngày 10/3 âm lịch', '08/04/2025'],
    basis: 'lunar date (Giỗ Tổ Mon 7/4/2025, a day off); BLDS Điều 148 khoản 5', reasoning: 'ends Tue 8/4; on time.',
    expect: { status: 'done-on-time', due: '2025-04-07' }, acceptable: { status: 'done-on-time' } },
  { id: 'T24', book: 'xa2025', sheet: 'Kế hoạch', cells: ['trước ngày 01/5/2025', '05/05/2025'],
    basis: 'SCHEMA.md (strictly before); BLDS Điều 148 khoản 5', reasoning: 'due 30/4 (off to 4/5) → ends Mon 5/5; on time.',
    expect: { status: 'done-on-time', due: '2025-04-30' }, acceptable: { status: 'done-on-time' } },
  { id: 'T25', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Quý IV/2025', '31/12/2025'],
    basis: 'SCHEMA.md (quarter end)', reasoning: 'due Wed 31/12; done that day.', expect: { status: 'done-on-time', due: '2025-12-31' } },
  { id: 'T26', book: 'xa2025', sheet: 'Kế hoạch', cells: ['trong tháng 12 năm 2025', null],
    basis: 'SCHEMA.md (month end)', reasoning: 'due 31/12 = as-of day, not done → due soon.', expect: { status: 'due-soon', due: '2025-12-31' } },
  // Corrected after measuring (README): a completion after the as-of day is not yet a fact on that day.
  { id: 'T27', book: 'xa2025', sheet: 'Kế hoạch', cells: ['cuối năm 2025', '02/01/2026'],
    basis: 'BLDS Điều 146 (cuối năm = 31/12)', reasoning: 'due Wed 31/12 = the as-of day; a «done 2/1/2026» cannot be known on 31/12 → due soon, the date questioned.',
    expect: { status: 'due-soon', due: '2025-12-31' }, words: ['02/01/2026', 'ngày đánh giá'] },
  { id: 'T28', book: 'xa2025', sheet: 'Kế hoạch', cells: ['giữa năm 2025', '30/06/2025'],
    basis: 'BLDS Điều 146 (giữa năm = 30/6)', reasoning: 'due Mon 30/6; on time.', expect: { status: 'done-on-time', due: '2025-06-30' } },
  { id: 'T29', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Từ Quý III năm 2025', null],
    basis: 'SCHEMA.md (Từ Quý III: a start, no due date)', reasoning: 'no-deadline; starts 1/7/2025.',
    expect: { status: 'no-deadline', due: null, start: '2025-07-01' }, acceptable: { status: 'no-deadline', due: null } },
  { id: 'T30', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Định kỳ và khi có yêu cầu', null],
    basis: 'SCHEMA.md (no due date)', reasoning: 'no-deadline.', expect: { status: 'no-deadline', due: null } },
  { id: 'V16', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Đóng góp, thu chi', 'Hội nghị', '11/08/2025', 999, 700, 666, '12/08/2025'],
    basis: 'Điều 21 khoản 1 (≥ 2/3)', reasoning: '666/999 is exactly 2/3 → passes (no rounding loss).', expect: { threshold: '2/3', passed: true } },
  { id: 'V17', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Đóng góp, thu chi', 'Hội nghị', '11/08/2025', 999, 700, 665, '12/08/2025'],
    basis: 'Điều 21 khoản 1 (≥ 2/3)', reasoning: '665/999 < 2/3 → fails.', expect: { threshold: '2/3', passed: false } },
  { id: 'V18', book: 'xa2025', sheet: 'Biểu quyết', cells: ['1', 'Hội nghị', '11/08/2025', 3, 3, 2, '12/08/2025'],
    basis: 'Điều 21 khoản 1 (Đ15 k1 by number; ≥ 2/3)', reasoning: '2/3 exactly → passes.', expect: { threshold: '2/3', passed: true } },
  { id: 'V19', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Tự quản khác', 'Hội nghị', '11/08/2025', 1000, 800, 500, '12/08/2025'],
    basis: 'Điều 21 khoản 1 (> 50%)', reasoning: '500/1000 is half, not more → fails.', expect: { threshold: '>50%', passed: false } },
  { id: 'V20', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Tự quản khác', 'Hội nghị', '11/08/2025', 1001, 800, 501, '12/08/2025'],
    basis: 'Điều 21 khoản 1 (> 50%)', reasoning: '501/1001 > half → passes.', expect: { threshold: '>50%', passed: true } },
  { id: 'V21', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Hương ước', 'Phát phiếu', '11/08/2025', 100, 80, 70, '12/08/2025'],
    basis: 'Điều 17 khoản 2; Điều 19 khoản 1 điểm b', reasoning: 'k3 by ballot is lawful only in the case of Đ19 k1 b, which the book cannot show: a warning, not a refusal.',
    expect: { passed: true }, finding: { rule: 'BQ_HINH_THUC', severity: 'warning' }, acceptable: { passed: true } },
  { id: 'V22', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Hương ước', 'Hội nghị', '11/08/2025', 100, 80, null, '12/08/2025'],
    basis: 'SCHEMA.md (passed null when a count is missing)', reasoning: 'no agree count → passed null.', expect: { passed: null } },
  { id: 'C11', book: 'xa2025', sheet: 'Lấy ý kiến', cells: ['C11', '01/08/2025', '21/08/2025', 'trước ngày 01/9/2025', '03/09/2025', '04/09/2025'],
    basis: 'Điều 28 khoản 3; BLDS Điều 148 khoản 5', reasoning: 'strictly before 1/9 = Sun 31/8 → ends Wed 3/9.',
    expect: { synthesisDue: '2025-09-03', synthesisSource: 'deadline', status: 'met' } },
];

/**
 * Round 3: the agency's website (Điều 48 names it), the citation chosen by the posting's start when
 * there is no document date, a 2024 district book checked after 1/7/2025, consultations whose
 * feedback or results are missing, and date cells in other spellings.
 */
const ROUND_3: HeldOutCase[] = [
  { id: 'A05', book: 'coquan2025', sheet: 'Công khai', cells: [null, null, 'Trang thông tin điện tử', '01/08/2025', '11/08/2025', null],
    basis: 'Điều 48 (the agency\'s internal website counts, at least 20 days)', reasoning: 'agency website 10 of 20 → short.',
    expect: { status: 'short', days: 10, requiredDays: 20 } },
  { id: 'A06', book: 'coquan2025', sheet: 'Công khai', cells: [null, null, 'Gửi văn bản', '01/08/2025', '01/08/2025', null],
    basis: 'Điều 48 (not needed where a written notice went to all staff)', reasoning: 'no minimum for a written notice.',
    expect: { status: 'no-requirement', requiredDays: null } },
  { id: 'R17', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Niêm yết', 'ngày 01 tháng 8 năm 2025', '2025-08-31', null],
    basis: 'Điều 13 khoản 2; SCHEMA.md (date spellings)', reasoning: '1/8 → 31/8 written two other ways: 30 → met.',
    expect: { status: 'met', days: 30, start: '2025-08-01', end: '2025-08-31' } },
  { id: 'R18', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Niêm yết', '01.08.2025', '30-08-25', null],
    basis: 'Điều 13 khoản 2; SCHEMA.md (date spellings)', reasoning: '29 → short.',
    expect: { status: 'short', days: 29, start: '2025-08-01', end: '2025-08-30' } },
  { id: 'R19', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Niêm yết', '30/06/2025', '20/07/2025', null],
    basis: 'Điều 13 khoản 2 as enacted (no document date: the posting\'s start, before 01/07/2025)', reasoning: '20 → short; cite Luật 10/2022 unamended.',
    expect: { status: 'short', days: 20 }, words: [`${D13K2} yêu cầu`], without: ['97/2025'] },
  { id: 'R20', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Niêm yết', '01/07/2025', '21/07/2025', null],
    basis: 'Điều 13 khoản 2 as amended (no document date: start on 01/07/2025)', reasoning: '20 → short; cite the amended law.',
    expect: { status: 'short', days: 20 }, words: [AMENDED] },
  { id: 'R21', book: 'xa2025', sheet: 'Công khai', cells: ['Hộ nghèo', null, 'Truyền thanh', '01/08/2025', '04/08/2025', 5],
    basis: 'Điều 13 khoản 3; Số ngày yêu cầu raises', reasoning: 'row asks 5 > 3; 3 → short.', expect: { status: 'short', days: 3, requiredDays: 5 } },
  { id: 'V23', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Tự quản khác', 'Hội nghị', '23/06/2025', 100, 70, 60, '03/07/2025'],
    basis: 'Điều 20 khoản 3 as enacted (vote before 01/07/2025)', reasoning: 'vote Mon 23/6: 24–27/6, 30/6 → by 30/6; sent 3/7 late; cite unamended.',
    expect: { sendBy: '2025-06-30', sentInTime: false }, finding: { rule: 'BQ_GUI_QUYET_DINH' }, words: ['Điều 20 khoản 3'], without: ['97/2025'] },
  { id: 'L05', book: 'huyen2024late', sheet: 'Công khai', cells: ['Kinh tế - xã hội', null, 'Niêm yết', '01/08/2024', '31/08/2024', null],
    basis: 'Luật 97/2025/QH15 (choose by the date of the event); RULES.md corrections', reasoning: 'a huyện\'s 2024 book checked on 15/01/2026: every event is before 1/7/2025, the level existed → no warning.',
    expect: { status: 'met', days: 30 }, levelWarning: false },
  { id: 'C12', book: 'xa2025', sheet: 'Lấy ý kiến', cells: ['C12', '01/09/2025', '21/09/2025', '30/09/2025', null, null],
    basis: 'Điều 28 khoản 3 (feedback to be processed by the synthesis deadline)', reasoning: 'window done, deadline 30/9 passed, one feedback row unprocessed → pending-feedback.',
    expect: { status: 'pending-feedback', days: 20, pending: 1 } },
  // Moved to November after measuring (README): in September R22's results posting could belong to it too.
  { id: 'C13', book: 'xa2025', sheet: 'Lấy ý kiến', cells: ['C13', '01/11/2025', '21/11/2025', null, '22/11/2025', null],
    basis: 'Điều 28 khoản 3; Điều 11 khoản 11 (results to be publicised)', reasoning: 'synthesized 22/11, nothing published by 31/12 → unpublished.',
    expect: { status: 'unpublished', days: 20, resultsPublished: null } },
  { id: 'C14', book: 'xa2025', sheet: 'Lấy ý kiến', cells: ['C14', '01/09/2025', '21/09/2025', null, '22/09/2025', null],
    basis: 'Điều 28 khoản 3; Điều 11 khoản 11 (results posted as a «Kết quả lấy ý kiến» row)', reasoning: 'no date on the row, but a «Kết quả lấy ý kiến» posting starts 24/9 after the synthesis → published 24/9, met.',
    expect: { status: 'met', resultsPublished: '2025-09-24' } },
  { id: 'R22', book: 'xa2025', sheet: 'Công khai', cells: ['Kết quả lấy ý kiến', null, 'Niêm yết', '24/09/2025', '24/10/2025', null],
    basis: 'Điều 13 khoản 2 (Đ11 k11)', reasoning: 'results of C14 posted 30 days → met.', expect: { status: 'met', days: 30, requiredDays: 30 } },
];

/** Round 4: leap day, lists of quarters, ten-day periods ending on days off, a lunar phrase not in SCHEMA.md, odd vote counts. */
const ROUND_4: HeldOutCase[] = [
  { id: 'R23', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Niêm yết', '01/08/2025', '31/08/2025', 30],
    basis: 'Điều 13 khoản 2 (a row equal to the law is no warning)', reasoning: '30 = 30: met, nothing about a lower value.',
    expect: { status: 'met', days: 30, requiredDays: 30 }, without: ['thấp hơn'] },
  { id: 'T31', book: 'xa2025', sheet: 'Kế hoạch', cells: ['trước tháng 3/2024', '29/02/2024'],
    basis: 'SCHEMA.md (trước tháng = last day of the month before; 2024 is a leap year)', reasoning: 'due Thu 29/2/2024; on time; a 2024 task → out of the 2025 report.',
    expect: { status: 'done-on-time', due: '2024-02-29' }, outOfPeriod: true },
  { id: 'T32', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Quý I, II năm 2025', '30/06/2025'],
    basis: 'a list of quarters ends with the last', reasoning: 'due Mon 30/6; on time.', expect: { status: 'done-on-time', due: '2025-06-30' } },
  { id: 'T33', book: 'xa2025', sheet: 'Kế hoạch', cells: ['hạ tuần tháng 8/2025', '03/09/2025'],
    basis: 'hạ tuần = days 21–end; BLDS Điều 148 khoản 5', reasoning: 'Sun 31/8, 1–2/9 off → ends Wed 3/9; on time.',
    expect: { status: 'done-on-time', due: '2025-08-31' }, acceptable: { status: 'done-on-time' } },
  { id: 'T34', book: 'xa2025', sheet: 'Kế hoạch', cells: ['trung tuần tháng 1/2025', '21/01/2025'],
    basis: 'trung tuần = days 11–20', reasoning: 'due Mon 20/1; done 21/1 → late.', expect: { status: 'done-late', due: '2025-01-20' } },
  { id: 'T35', book: 'xa2025', sheet: 'Kế hoạch', cells: ['trong ngày 08/6/2025', '09/06/2025'],
    basis: 'SCHEMA.md (trong ngày = that day); BLDS Điều 148 khoản 5', reasoning: 'Sun 8/6 → ends Mon 9/6; on time.',
    expect: { status: 'done-on-time', due: '2025-06-08' }, acceptable: { status: 'done-on-time' } },
  { id: 'T36', book: 'xa2025', sheet: 'Kế hoạch', cells: ['rằm tháng Giêng năm 2025', '12/02/2025'],
    basis: 'lunar date (15/1 Ất Tỵ = Wed 12/02/2025)', reasoning: 'on time; a phrase SCHEMA.md does not list may instead be an input error quoting it.',
    expect: { status: 'done-on-time', due: '2025-02-12' }, acceptable: { status: 'invalid' } },
  { id: 'T38', book: 'xa2025', sheet: 'Kế hoạch', cells: ['ngày 23 tháng Chạp', '22/01/2025'],
    basis: 'lunar date (23 tháng Chạp Giáp Thìn = Wed 22/01/2025, inside the report year)', reasoning: 'the Chạp whose day falls in 2025; on time.',
    expect: { status: 'done-on-time', due: '2025-01-22' } },
  { id: 'T39', book: 'xa2025', sheet: 'Kế hoạch', cells: ['rằm tháng Giêng năm 2025', '13/02/2025'],
    basis: 'lunar date (15/1 Ất Tỵ = Wed 12/02/2025)', reasoning: 'done the day after → late.',
    expect: { status: 'done-late', due: '2025-02-12' } },
  { id: 'T37', book: 'xa2025', sheet: 'Kế hoạch', cells: ['đến hết ngày 06/03/2025', '06/03/2025'],
    basis: 'SCHEMA.md (đến hết ngày = that day)', reasoning: 'due Thu 6/3; on time.', expect: { status: 'done-on-time', due: '2025-03-06' } },
  { id: 'K06', book: 'xa2027', sheet: 'Kế hoạch', cells: ['chậm nhất ngày 01/01/2027', '04/01/2027'],
    basis: 'BLDS Điều 148 khoản 5; BLLĐ Điều 112 (1/1), 2027 provisional', reasoning: 'Fri 1/1 off → ends Mon 4/1; on time.',
    expect: { status: 'done-on-time', due: '2027-01-01' }, acceptable: { status: 'done-on-time' } },
  { id: 'V24', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Hương ước', 'Hội nghị', '11/08/2025', 100, 120, 60, '12/08/2025'],
    basis: 'Điều 21 khoản 1 (counts of households)', reasoning: 'more households took part than exist: the row should be questioned (input error or finding).',
    expect: {}, inputError: true, acceptable: {} },
  { id: 'C15', book: 'xa2025', sheet: 'Lấy ý kiến', cells: ['C15', '20/06/2025', '05/07/2025', null, '07/07/2025', '08/07/2025'],
    basis: 'Điều 28 khoản 2 as enacted (published 20/06/2025, before the amendment)', reasoning: '15 of 20 → short; the triggering event is the start: cite unamended.',
    expect: { status: 'short', days: 15, requiredDays: 20 }, words: ['Điều 28 khoản 2'], without: ['97/2025'] },
  { id: 'L06', book: 'thixa2025', sheet: 'Công khai', cells: ['Kinh tế - xã hội', null, 'Niêm yết', '01/08/2025', '31/08/2025', null],
    basis: 'Luật 97/2025/QH15 (thị xã, a district-level unit, ended)', reasoning: 'thị xã after 1/7/2025 → warning; 30 met.',
    expect: { status: 'met', days: 30 }, levelWarning: true },
];

/** Round 5: more plan phrases as staff write them, and feedback received after the window. */
const ROUND_5: HeldOutCase[] = [
  { id: 'T40', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Trước ngày 31/12/2025', '30/12/2025'],
    basis: 'SCHEMA.md (trước = strictly before)', reasoning: 'due Tue 30/12; on time.', expect: { status: 'done-on-time', due: '2025-12-30' } },
  { id: 'T41', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Tháng 10, 11/2025', '01/12/2025'],
    basis: 'a list of months ends with the last; BLDS Điều 148 khoản 5', reasoning: 'due Sun 30/11 → ends Mon 1/12; on time (or refused as unreadable).',
    expect: { status: 'done-on-time', due: '2025-11-30' }, acceptable: { status: 'invalid' } },
  { id: 'T42', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Từ tháng 3 đến tháng 5/2025', '03/06/2025'],
    basis: 'a range ends with its last month; BLDS Điều 148 khoản 5', reasoning: 'due Sat 31/5 → ends Mon 2/6; done 3/6 → late (or refused).',
    expect: { status: 'done-late', due: '2025-05-31' }, acceptable: { status: 'invalid' } },
  { id: 'T43', book: 'xa2025', sheet: 'Kế hoạch', cells: ['trước 30/6/2025', '30/06/2025'],
    basis: 'SCHEMA.md (strictly before); BLDS Điều 148 khoản 5', reasoning: 'due Sun 29/6 → ends Mon 30/6; on time.',
    expect: { status: 'done-on-time', due: '2025-06-29' }, acceptable: { status: 'done-on-time' } },
  { id: 'T44', book: 'xa2025', sheet: 'Kế hoạch', cells: ['chậm nhất trước ngày 15/11/2025', '15/11/2025'],
    basis: 'SCHEMA.md (strictly before)', reasoning: 'due Fri 14/11; done Sat 15/11 → late.', expect: { status: 'done-late', due: '2025-11-14' } },
  { id: 'T45', book: 'xa2025', sheet: 'Kế hoạch', cells: ['cuối quý II/2025', '30/06/2025'],
    basis: 'cuối quý = its last day', reasoning: 'due Mon 30/6; on time.', expect: { status: 'done-on-time', due: '2025-06-30' } },
  { id: 'T46', book: 'xa2025', sheet: 'Kế hoạch', cells: ['giữa quý II/2025', null],
    basis: 'BLDS Điều 146 defines no «giữa quý»', reasoning: 'refused: input error quoting the phrase.',
    expect: { status: 'invalid' }, inputError: true, words: ['giữa quý II/2025'] },
  { id: 'T47', book: 'xa2025', sheet: 'Kế hoạch', cells: ['tuần đầu tháng 6/2025', null],
    basis: 'BLDS Điều 146 defines no «tuần đầu tháng»', reasoning: 'refused, never read as «đầu tháng 6».',
    expect: { status: 'invalid' }, inputError: true },
  { id: 'T48', book: 'xa2025', sheet: 'Kế hoạch', cells: ['đầu năm 2025', '02/01/2025'],
    basis: 'BLDS Điều 146 (đầu năm = 1/1), 148 khoản 5', reasoning: '1/1 off → ends Thu 2/1; on time.',
    expect: { status: 'done-on-time', due: '2025-01-01' }, acceptable: { status: 'done-on-time' } },
  { id: 'T49', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Tháng 01/2025', '03/02/2025'],
    basis: 'SCHEMA.md (month = its last day); BLDS Điều 148 khoản 5; Tết 25/1–2/2', reasoning: 'due Fri 31/1, a Tết day off → ends Mon 3/2; on time.',
    expect: { status: 'done-on-time', due: '2025-01-31' }, acceptable: { status: 'done-on-time' } },
  { id: 'T50', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Tháng 01/2025', '04/02/2025'],
    basis: 'BLDS Điều 148 khoản 5', reasoning: 'ends 3/2; done 4/2 → late, naming 03/02/2025.',
    expect: { status: 'done-late', due: '2025-01-31' }, words: ['03/02/2025'], acceptable: { status: 'done-late' } },
  { id: 'T51', book: 'xa2025', sheet: 'Kế hoạch', cells: ['tháng 7 và 8 năm 2025', '29/08/2025'],
    basis: 'a list of months ends with the last', reasoning: 'due Sun 31/8 (then 1–2/9 off); done Fri 29/8 → on time.',
    expect: { status: 'done-on-time', due: '2025-08-31' }, acceptable: { status: 'done-on-time' } },
  { id: 'T52', book: 'xa2025', sheet: 'Kế hoạch', cells: ['tháng 4-2025', '06/05/2025'],
    basis: 'SCHEMA.md (tháng 4-2025 = April 2025); BLDS Điều 148 khoản 5', reasoning: 'not a list: due 30/4 → ends 5/5; done 6/5 → late.',
    expect: { status: 'done-late', due: '2025-04-30' }, acceptable: { status: 'done-late' } },
  { id: 'C16', book: 'xa2025', sheet: 'Lấy ý kiến', cells: ['C16', '01/12/2025', '21/12/2025', null, '23/12/2025', '24/12/2025'],
    basis: 'Điều 28 khoản 2 (feedback within the window)', reasoning: '20 days met; one feedback row received 23/12, after the window → late 1.',
    expect: { status: 'met', days: 20, late: 1 } },
];

/** Round 6: postings and windows seen mid-way, broken consultation rows, an explanation left empty, overdue tasks. */
const ROUND_6: HeldOutCase[] = [
  { id: 'R24', book: 'xa2025', sheet: 'Công khai', cells: ['Quy chế dân chủ', null, 'Niêm yết', '01/08/2025', '31/08/2025', 30],
    basis: 'Điều 13 khoản 2 (Đ11 k4 permanent); a row may not lower the law', reasoning: 'the row\'s 30 days cannot replace «thường xuyên»: taken down → short, never met.',
    expect: { status: 'short' }, acceptable: { status: 'met' } },
  { id: 'R25', book: 'xa2025', sheet: 'Công khai', cells: ['Kinh tế - xã hội', null, 'Niêm yết', '01/11/2025', '31/01/2026', null],
    basis: 'Điều 13 khoản 2 (requirement reached before the end)', reasoning: 'as of 31/12, 60 days up ≥ 30 → met.',
    expect: { status: 'met', days: 91, requiredDays: 30 }, acceptable: { status: 'ongoing', days: 91 } },
  { id: 'R26', book: 'xa2025', sheet: 'Công khai', cells: ['Kinh tế - xã hội', null, 'Niêm yết', '20/12/2025', '10/01/2026', null],
    basis: 'Điều 13 khoản 2; SCHEMA.md (short = finished, or planned, with fewer days)', reasoning: 'up on 31/12 but planned for 21 days < 30 → short.',
    expect: { status: 'short', days: 21, requiredDays: 30 }, acceptable: { status: 'ongoing', days: 21 } },
  { id: 'R27', book: 'xa2025', sheet: 'Công khai', cells: ['Kinh tế - xã hội', null, 'Niêm yết', '15/12/2025', null, null],
    basis: 'Điều 13 khoản 2 (still up, no end written)', reasoning: 'as of 31/12: 16 of 30 so far → ongoing.',
    expect: { status: 'ongoing', requiredDays: 30, elapsed: 16 }, acceptable: { status: 'missing-data' } },
  { id: 'C17', book: 'xa2025', sheet: 'Lấy ý kiến', cells: ['C17', '01/09/2025', '21/09/2025', null, null, '30/09/2025'],
    basis: 'Điều 28 khoản 3 (feedback explained: the explanation is the answer)', reasoning: 'one feedback «Giải trình» with no explanation → still pending.',
    expect: { status: 'pending-feedback', pending: 1 } },
  { id: 'C18', book: 'xa2025', sheet: 'Lấy ý kiến', cells: ['C18', '01/09/2025', null, null, null, null],
    basis: 'SCHEMA.md (missing-data)', reasoning: 'no Đến ngày: window cannot be counted.', expect: { status: 'missing-data', days: null } },
  { id: 'C19', book: 'xa2025', sheet: 'Lấy ý kiến', cells: ['C19', '21/09/2025', '01/09/2025', null, null, null],
    basis: 'SCHEMA.md (invalid)', reasoning: 'ends before it starts.', expect: { status: 'invalid', days: null } },
  { id: 'C20', book: 'xa2026', sheet: 'Lấy ý kiến', cells: ['T2', '05/01/2027', '25/01/2027', null, null, null],
    basis: 'Điều 28 khoản 2 (planned)', reasoning: 'starts after the as-of day 31/12/2026 → planned, 20 days as planned.',
    expect: { status: 'planned', days: 20, requiredDays: 20 } },
  { id: 'T53', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Quý III/2025', null],
    basis: 'SCHEMA.md (overdue)', reasoning: 'due Tue 30/9, not done by 31/12 → overdue by 92 days.', expect: { status: 'overdue', due: '2025-09-30', days: 92 } },
  { id: 'T54', book: 'xa2025', sheet: 'Kế hoạch', cells: ['chậm nhất ngày 31/8/2025', null],
    basis: 'BLDS Điều 148 khoản 5 (overdue from the moved end)', reasoning: 'ends 3/9 → 119 days overdue on 31/12.',
    expect: { status: 'overdue', days: 119 }, acceptable: { status: 'overdue', days: 122 } },
  { id: 'T55', book: 'xa2025', sheet: 'Kế hoạch', cells: ['chậm nhất ngày 05/01/2026', null],
    basis: 'SCHEMA.md (due-soon = within 7 days)', reasoning: 'due Mon 5/1/2026, 5 days after 31/12 → due soon.',
    expect: { status: 'due-soon', due: '2026-01-05', days: 5 } },
  { id: 'V25', book: 'xa2025', sheet: 'Biểu quyết', cells: ['Tự quản khác', null, '11/08/2025', 100, 70, 60, '12/08/2025'],
    basis: 'Điều 17 khoản 2 (form unknown)', reasoning: 'no form written: cannot say if allowed → formAllowed null, passes on counts.',
    expect: { passed: true, formAllowed: null }, acceptable: { passed: true } },
];

/** Round 7: more lunar days, yearly phrases, aliases with commas. */
const ROUND_7: HeldOutCase[] = [
  { id: 'T56', book: 'xa2025', sheet: 'Kế hoạch', cells: ['ngày 15 tháng 7 âm lịch', '08/09/2025'],
    basis: 'lunar date (15/7 Ất Tỵ = Sat 06/09/2025, after the leap 6th month); BLDS Điều 148 khoản 5', reasoning: 'Sat → ends Mon 8/9; on time.',
    expect: { status: 'done-on-time', due: '2025-09-06' }, acceptable: { status: 'done-on-time' } },
  { id: 'T57', book: 'xa2025', sheet: 'Kế hoạch', cells: ['mùng 5 tháng 5 âm lịch', '03/06/2025'],
    basis: 'lunar date (5/5 Ất Tỵ = Sat 31/05/2025); BLDS Điều 148 khoản 5', reasoning: 'ends Mon 2/6; done 3/6 → late.',
    expect: { status: 'done-late', due: '2025-05-31' }, acceptable: { status: 'done-late' } },
  { id: 'T58', book: 'xa2025', sheet: 'Kế hoạch', cells: ['trước rằm tháng 8', '06/10/2025'],
    basis: 'strictly before 15/8 Ất Tỵ (Mon 06/10/2025); BLDS Điều 148 khoản 5', reasoning: 'due Sun 5/10 → ends Mon 6/10; on time.',
    expect: { status: 'done-on-time', due: '2025-10-05' }, acceptable: { status: 'done-on-time' } },
  { id: 'T59', book: 'xa2025', sheet: 'Kế hoạch', cells: ['trước ngày 10/3 âm lịch', '08/04/2025'],
    basis: 'strictly before Giỗ Tổ (Mon 07/04/2025); BLDS Điều 148 khoản 5', reasoning: 'due Sun 6/4 → Mon 7/4 is off → ends Tue 8/4; on time.',
    expect: { status: 'done-on-time', due: '2025-04-06' }, acceptable: { status: 'done-on-time' } },
  { id: 'T60', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Hằng năm, trước ngày 01 tháng 11', '31/10/2025'],
    basis: 'SCHEMA.md (yearly: strictly before, in the report year)', reasoning: 'due Fri 31/10/2025; on time.',
    expect: { status: 'done-on-time', due: '2025-10-31' } },
  { id: 'T61', book: 'xa2025', sheet: 'Kế hoạch', cells: ['6 tháng cuối năm 2025', '31/12/2025'],
    basis: 'SCHEMA.md / BLDS Điều 146 (the second half ends 31/12)', reasoning: 'on time.', expect: { status: 'done-on-time', due: '2025-12-31' } },
  { id: 'T62', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Trong quý II/2025', '01/07/2025'],
    basis: 'SCHEMA.md (quarter end)', reasoning: 'due Mon 30/6; done 1/7 → late.', expect: { status: 'done-late', due: '2025-06-30' } },
  { id: 'T63', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Ngày 30/4/2025', '05/05/2025'],
    basis: 'BLDS Điều 148 khoản 5 (days off 30/4–4/5/2025)', reasoning: 'ends Mon 5/5; on time.',
    expect: { status: 'done-on-time', due: '2025-04-30' }, acceptable: { status: 'done-on-time' } },
  { id: 'R28', book: 'xa2025', sheet: 'Công khai', cells: ['Tiếp thu, giải trình', null, 'Niêm yết', '01/08/2025', '31/08/2025', null],
    basis: 'Điều 13 khoản 2 (Đ11 k11 alias with a comma)', reasoning: '30 of 30.', expect: { status: 'met', days: 30, requiredDays: 30 } },
  { id: 'R29', book: 'xa2025', sheet: 'Công khai', cells: ['Nghĩa vụ công an', null, 'Loa', '01/08/2025', '03/08/2025', null],
    basis: 'Điều 13 khoản 3 (Đ11 k9 alias)', reasoning: '2 of 3 radio days.', expect: { status: 'short', days: 2, requiredDays: 3 } },
];

/** Round 10: lists and ranges written out in full. */
const ROUND_10: HeldOutCase[] = [
  { id: 'T69', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Tháng 3 và tháng 4/2025', '05/05/2025'],
    basis: 'a list of months ends with the last; BLDS Điều 148 khoản 5', reasoning: 'due 30/4 (off) → ends Mon 5/5; on time — never read as March alone.',
    expect: { status: 'done-on-time', due: '2025-04-30' }, acceptable: { status: 'invalid' } },
  { id: 'T70', book: 'xa2025', sheet: 'Kế hoạch', cells: ['tháng 3, 4 và 5/2025', '30/05/2025'],
    basis: 'a list of months ends with the last', reasoning: 'due Sat 31/5; done Fri 30/5 → on time.',
    expect: { status: 'done-on-time', due: '2025-05-31' }, acceptable: { status: 'done-on-time' } },
  { id: 'T71', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Quý III và Quý IV/2025', '31/12/2025'],
    basis: 'a list of quarters ends with the last', reasoning: 'due 31/12; on time — never read as Q3 alone.',
    expect: { status: 'done-on-time', due: '2025-12-31' }, acceptable: { status: 'invalid' } },
  { id: 'T72', book: 'xa2025', sheet: 'Kế hoạch', cells: ['trước ngày 05 tháng 9 năm 2025', '04/09/2025'],
    basis: 'SCHEMA.md (strictly before)', reasoning: 'due Thu 4/9; on time.', expect: { status: 'done-on-time', due: '2025-09-04' } },
  { id: 'T73', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Chậm nhất ngày 30/11', '01/12/2025'],
    basis: 'SCHEMA.md (no year = report year); BLDS Điều 148 khoản 5', reasoning: 'Sun 30/11/2025 → ends Mon 1/12; on time.',
    expect: { status: 'done-on-time', due: '2025-11-30' }, acceptable: { status: 'done-on-time' } },
  // Corrected after measuring (README): as T27, I gave a completion after the as-of day.
  { id: 'T74', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Từ tháng 10/2025 đến tháng 1/2026', null],
    basis: 'a range ends with its last month', reasoning: 'due Sat 31/1/2026, 31 days after the as-of day, not done → open (or refused).',
    expect: { status: 'open', due: '2026-01-31' }, acceptable: { status: 'invalid' } },
];

/** Round 9: a user's own `Ngày nghỉ` sheet — an added day off, and the template's provisional 2027 rows. */
const ROUND_9: HeldOutCase[] = [
  { id: 'D01', book: 'xa2026vh', sheet: 'Công khai', cells: ['Ngân sách', '20/11/2026', 'Niêm yết', '30/11/2026', '30/12/2026', null],
    basis: 'Điều 12 khoản 3; Ngày nghỉ sheet with 24/11/2026 added by the user', reasoning: 'doc Fri 20/11: 23, (24 off), 25, 26, 27, 30/11 → by Mon 30/11; timely.',
    expect: { timely: true, publishBy: '2026-11-30', status: 'met', days: 30 } },
  { id: 'D02', book: 'xa2026vh', sheet: 'Công khai', cells: ['Ngân sách', '08/01/2026', 'Niêm yết', '15/01/2026', '14/02/2026', null],
    basis: 'Điều 12 khoản 3; make-up Saturday 10/1/2026 from the sheet', reasoning: 'as N02: by 14/1; 15/1 late.',
    expect: { timely: false, publishBy: '2026-01-14' } },
  { id: 'D03', book: 'xa2027sheet', sheet: 'Kế hoạch', cells: ['chậm nhất ngày 16/4/2027', '20/04/2027'],
    basis: 'BLDS Điều 148 khoản 5; the template\'s «(dự kiến)» rows stay provisional', reasoning: 'ends Mon 19/4; done 20/4 → late, said to be provisional.',
    expect: { status: 'done-late', due: '2027-04-16' }, words: ['19/04/2027', 'dự kiến'] },
];

/** Round 8: Loại việc by khoản number, a book with no `Cấp`, posting before the decision, tasks placed by completion. */
const ROUND_8: HeldOutCase[] = [
  { id: 'V26', book: 'xa2025', sheet: 'Biểu quyết', cells: ['2', 'Phát phiếu', '11/08/2025', 90, 70, 60, '12/08/2025'],
    basis: 'Điều 21 khoản 1 (Đ15 k2 by number: ≥ 2/3); Điều 17 khoản 2', reasoning: '60/90 ≥ 2/3 → passes; ballots allowed for k2.',
    expect: { threshold: '2/3', passed: true }, noFinding: 'BQ_HINH_THUC' },
  { id: 'V27', book: 'xa2025', sheet: 'Biểu quyết', cells: ['5', 'Trực tuyến', '11/08/2025', 100, 80, 70, '12/08/2025'],
    basis: 'Điều 17 khoản 2; Điều 22 khoản 1 điểm b (Đ15 k5 only at a meeting)', reasoning: 'k5 online → not recognised; threshold > 50%.',
    expect: { threshold: '>50%', formAllowed: false }, finding: { rule: 'BQ_HINH_THUC', severity: 'error' } },
  { id: 'V28', book: 'xa2025', sheet: 'Biểu quyết', cells: ['6', 'Trực tuyến', '11/08/2025', 100, 80, 70, '12/08/2025'],
    basis: 'Điều 17 khoản 2 (online lawful for Đ15 k6)', reasoning: 'k6 online allowed; passes.',
    expect: { threshold: '>50%', passed: true }, noFinding: 'BQ_HINH_THUC' },
  { id: 'B01', book: 'nocap2025', sheet: 'Công khai', cells: ['Ngân sách', null, 'Niêm yết', '01/08/2025', '21/08/2025', null],
    basis: 'RULES.md (a level other than cơ quan / đơn vị sự nghiệp — or none — uses the commune rules)', reasoning: 'no Cấp: commune 30 days; 20 → short; no level warning.',
    expect: { status: 'short', days: 20, requiredDays: 30 }, levelWarning: false },
  { id: 'B02', book: 'nocap2025', sheet: 'Lấy ý kiến', cells: ['B1', '01/08/2025', '11/08/2025', null, '12/08/2025', '13/08/2025'],
    basis: 'Điều 28 khoản 2 (commune rules when no Cấp)', reasoning: '10 of 20 → short.', expect: { status: 'short', days: 10, requiredDays: 20 } },
  { id: 'R30', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', '01/07/2025', 'Niêm yết', '01/07/2025', '31/07/2025', null],
    basis: 'Điều 12 khoản 3 (published the day of the decision)', reasoning: 'start = decision day ≤ 8/7 → timely; 30 met; amended law (1/7/2025).',
    expect: { status: 'met', days: 30, timely: true, publishBy: '2025-07-08' } },
  { id: 'R31', book: 'xa2025', sheet: 'Công khai', cells: ['Ngân sách', '24/01/2025', 'Niêm yết', '07/02/2025', '09/03/2025', null],
    basis: 'Điều 12 khoản 3; Tết 25/1–2/2/2025', reasoning: 'doc Fri 24/1: 3, 4, 5, 6, 7/2 → by Fri 7/2; timely.',
    expect: { timely: true, publishBy: '2025-02-07', status: 'met', days: 30 } },
  { id: 'T64', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Thường xuyên', '15/12/2024'],
    basis: 'report scope (a task without a due day is placed by its completion)', reasoning: 'done in 2024 → out of the 2025 report.',
    expect: { status: 'no-deadline' }, outOfPeriod: true },
  { id: 'T65', book: 'xa2025', sheet: 'Kế hoạch', cells: ['Thường xuyên trong năm 2025', null],
    basis: 'SCHEMA.md (Thường xuyên trong năm 2025: no due date)', reasoning: 'no-deadline, kept in the 2025 report.',
    expect: { status: 'no-deadline', due: null }, outOfPeriod: false },
  { id: 'T66', book: 'xa2025', sheet: 'Kế hoạch', cells: ['trước ngày 01/02/2025', '03/02/2025'],
    basis: 'SCHEMA.md (strictly before); BLDS Điều 148 khoản 5; Tết 25/1–2/2/2025', reasoning: 'due Fri 31/1 (off) → ends Mon 3/2; on time.',
    expect: { status: 'done-on-time', due: '2025-01-31' }, acceptable: { status: 'done-on-time' } },
  { id: 'T67', book: 'xa2025', sheet: 'Kế hoạch', cells: ['tháng 7/2025', '31/07/2025'],
    basis: 'SCHEMA.md (month = last day)', reasoning: 'due Thu 31/7; on time.', expect: { status: 'done-on-time', due: '2025-07-31' } },
  { id: 'T68', book: 'xa2025', sheet: 'Kế hoạch', cells: ['ngày 07/3/2025', '07/03/2025'],
    basis: 'SCHEMA.md (a date names that day; text is day/month/year)', reasoning: 'due Fri 7/3 (not 3 July); on time.',
    expect: { status: 'done-on-time', due: '2025-03-07' } },
];

/** Feedback rows of the consultations above: [Mã đợt, Ngày nhận, Hướng xử lý, Nội dung tiếp thu, giải trình, Ngày xử lý]. */
export const FEEDBACK: Readonly<Partial<Record<BookId, readonly (readonly Cell[])[]>>> = {
  xa2025: [
    ['C01', '05/08/2025', 'Tiếp thu', 'Đã sửa khoản 2', '22/08/2025'],
    ['C04', '05/08/2025', 'Tiếp thu', 'Đã sửa Điều 3', '03/09/2025'],
    ['C05', '05/08/2025', 'Giải trình', 'Giữ nguyên vì đúng luật', '04/09/2025'],
    ['C12', '05/09/2025', null, null, null],
    ['C16', '23/12/2025', 'Tiếp thu', 'Đã bổ sung', '23/12/2025'],
    ['C17', '05/09/2025', 'Giải trình', null, '25/09/2025'],
  ],
};

/** The Ý kiến row (1-based sheet row) whose processing is late against C05's moved deadline. */
export const LATE_FEEDBACK = { book: 'xa2025' as BookId, row: 4, processedBy: '03/09/2025' };

export const CASES: readonly HeldOutCase[] = [...POSTINGS, ...OTHER_POSTINGS, ...TASKS, ...TASKS_2027, ...VOTES, ...CONSULTATIONS, ...SCOPE, ...ROUND_2, ...ROUND_3, ...ROUND_4, ...ROUND_5, ...ROUND_6, ...ROUND_7, ...ROUND_8, ...ROUND_9, ...ROUND_10];
