import type { LocalDate } from '../../src/domain/calendar/localDate';
import type { DocValue, SheetDocument } from '../../src/report/document';
import { CONSULTATIONS_SHEET, FEEDBACK_SHEET, PLAN_SHEET, POSTINGS_SHEET, VOTES_SHEET } from '../../src/sheets/schema';

/**
 * A commune's 2024 tracking workbook with long texts, for the print tests (issue 16): posting
 * titles of several lines, residents' comments from a line to several thousand characters (past
 * what one 409 pt row can show), deadlines typed as dates (the overdue list's «###»), and a
 * 2026 posting that a 2024 report must list as out of period. Names and texts are made up.
 */
const d = (y: number, m: number, day: number): LocalDate => ({ y, m, d: day });
const doc = (name: string, values: DocValue[][]): SheetDocument => ({ name, ifExists: 'replace', values });

const SENTENCE = 'Đề nghị UBND xã công khai đầy đủ dự toán, quyết toán ngân sách và các khoản đóng góp của nhân dân tại nhà văn hóa thôn, ' +
  'ghi rõ thời gian niêm yết, người chịu trách nhiệm và cách thức nhân dân phản ánh khi phát hiện sai sót. ';
const long = (sentences: number) => SENTENCE.repeat(sentences).trim();

export const LONG_TEXT_AS_OF = d(2024, 12, 31);

export function longTextSheets(): SheetDocument[] {
  const postings: DocValue[][] = [];
  const groups = ['Ngân sách', 'Đất đai', 'An sinh xã hội', 'Quy chế dân chủ', 'Đầu tư, xây dựng'];
  for (let i = 0; i < 14; i++) {
    const start = d(2024, 1 + (i % 11), 2 + i);
    const title = i % 3 === 0
      ? `Quyết định số ${100 + i}/QĐ-UBND phê duyệt ${long(1 + (i % 4))}`
      : `Kế hoạch sử dụng đất năm 2024 của xã, danh mục công trình, dự án số ${i + 1}`;
    postings.push([i + 1, title, groups[i % groups.length], `${100 + i}/QĐ-UBND`, d(2024, 1 + (i % 11), 1 + i), i % 4 === 1 ? 'Truyền thanh' : 'Niêm yết',
      i % 2 === 0 ? 'Trụ sở UBND xã; nhà văn hóa các thôn Đông, Đoài, Nam, Bắc, Trung Hậu và điểm sinh hoạt cộng đồng' : 'Trụ sở UBND xã',
      start, i % 5 === 2 ? d(2024, 1 + (i % 11), 10 + i) : d(2024, 2 + (i % 11), 10 + i), null, null]);
  }
  // A 2026 posting in a 2024 book: out of the report's period (issue 14 item 9).
  postings.push([15, 'Dự toán ngân sách xã năm 2026', 'Ngân sách', '15/QĐ-UBND', d(2026, 1, 5), 'Niêm yết', 'Trụ sở UBND xã', d(2026, 1, 6), d(2026, 1, 20), null, null]);
  const tasks: DocValue[][] = Array.from({ length: 12 }, (_, i) => [i + 1,
    i % 2 === 0 ? `Tổ chức hội nghị nhân dân ở thôn, tổ dân phố để bàn và quyết định ${long(1)}` : `Niêm yết công khai kết quả số ${i + 1}`,
    'Văn phòng - Thống kê', 'Các thôn', i % 3 === 0 ? d(2024, 3 + i % 9, 15) : 'Quý III/2024', i % 4 === 0 ? null : d(2024, 3 + (i % 9), 20), null, null]);
  const consultations: DocValue[][] = [
    ['QC-2024', 'Dự thảo Quy chế thực hiện dân chủ ở cơ sở của UBND xã An Thượng', 'Nhân dân', 'Niêm yết và hội nghị', d(2024, 2, 15), d(2024, 3, 6), 'trước ngày 20/3/2024', d(2024, 3, 18), d(2024, 3, 25)],
    ['QH-2024', 'Dự thảo Quy hoạch chung xây dựng xã giai đoạn 2024 - 2030', 'Nhân dân', 'Hội nghị', d(2024, 8, 1), d(2024, 8, 25), null, null, null],
  ];
  const feedback: DocValue[][] = Array.from({ length: 16 }, (_, i) => [i + 1, i < 10 ? 'QC-2024' : 'QH-2024', d(2024, i < 10 ? 2 : 8, 16 + i),
    `Ông Nguyễn Văn Người Góp Ý Số ${i + 1}`, `Thôn ${(i % 5) + 1}`, 'Văn bản',
    i === 3 ? long(40) : i % 3 === 0 ? long(6) : i % 3 === 1 ? long(1) : 'Nhất trí.',
    `Điều ${(i % 4) + 2}`, ['Tiếp thu', 'Tiếp thu một phần', 'Giải trình', null][i % 4],
    i % 4 === 3 ? null : i % 2 === 0 ? long(3) : 'Đã tiếp thu, bổ sung vào khoản 2.', null]);
  const votes: DocValue[][] = [
    ['Đóng góp xây dựng đường giao thông nông thôn thôn Đông, mức 200.000 đồng/hộ', 'Đóng góp, thu chi', 'Thôn Đông', 'Hội nghị', d(2024, 5, 12), 180, 160, 130, d(2024, 5, 14)],
    ['Bầu Trưởng thôn Đoài nhiệm kỳ 2024 - 2027', 'Bầu, cho thôi', 'Thôn Đoài', 'Phát phiếu', d(2024, 6, 9), 150, 140, 70, d(2024, 6, 11)],
  ];
  const header = (columns: readonly { header: string }[]) => columns.map((c) => c.header);
  return [
    doc('Thông tin', [['Thông tin', 'Giá trị'], ['Tên đơn vị', 'UBND xã An Thượng'], ['Cấp', 'xã'], ['Cơ quan cấp trên', 'UBND huyện Hoài Đức'],
      ['Địa danh', 'An Thượng'], ['Năm báo cáo', 2024], ['Ngày đánh giá', LONG_TEXT_AS_OF], ['Người ký', 'Nguyễn Văn Minh'],
      ['Chức vụ người ký', 'Chủ tịch'], ['Quyền hạn ký', 'TM.']]),
    doc(PLAN_SHEET.name, [header(PLAN_SHEET.columns), ...tasks]),
    doc(POSTINGS_SHEET.name, [header(POSTINGS_SHEET.columns), ...postings]),
    doc(CONSULTATIONS_SHEET.name, [header(CONSULTATIONS_SHEET.columns), ...consultations]),
    doc(FEEDBACK_SHEET.name, [header(FEEDBACK_SHEET.columns), ...feedback]),
    doc(VOTES_SHEET.name, [header(VOTES_SHEET.columns), ...votes]),
  ];
}
