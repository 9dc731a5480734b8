import type { ReportModel } from '../../src/report/model';

/**
 * A hand-built report model (An Thượng, 2024) for the report builders' tests: small, with every
 * kind of row. The `report` use case builds the real one from a check.
 */
const d = (y: number, m: number, day: number) => ({ y, m, d: day });

export const SAMPLE_MODEL: ReportModel = {
  unit: {
    name: 'UBND xã An Thượng', level: 'xã', kind: 'commune', parent: 'UBND huyện Hoài Đức', place: 'An Thượng', year: 2024,
    asOf: d(2024, 3, 20), signer: 'Nguyễn Văn Minh', signerTitle: 'Chủ tịch', signAuthority: 'TM', reportSymbol: 'BC-UBND',
  },
  date: d(2024, 3, 20),
  postings: [
    { row: 2, title: 'Kế hoạch lấy ý kiến dự thảo Quy chế', group: 'Lấy ý kiến', clause: 11, form: 'Niêm yết', place: 'Trụ sở UBND xã',
      documentDate: d(2024, 2, 14), start: d(2024, 2, 15), end: d(2024, 3, 6), days: 20, requiredDays: 20, status: 'met', statusLabel: 'Đạt', timely: true },
    { row: 3, title: 'Kế hoạch lấy ý kiến dự thảo Quy chế', group: 'Lấy ý kiến', clause: 11, form: 'Niêm yết', place: 'Nhà văn hóa 10 thôn',
      documentDate: d(2024, 2, 14), start: d(2024, 2, 15), end: d(2024, 3, 6), days: 20, requiredDays: 30, status: 'short', statusLabel: 'Chưa đủ thời gian', timely: true },
    { row: 4, title: '=Dự toán ngân sách xã năm 2024', group: 'Ngân sách', clause: 2, form: 'Niêm yết', place: 'Trụ sở UBND xã',
      documentDate: d(2023, 12, 28), start: d(2024, 1, 3), end: d(2024, 2, 5), days: 33, requiredDays: 30, status: 'met', statusLabel: 'Đạt', timely: true },
    { row: 5, title: 'Danh sách hộ nghèo năm 2024', group: 'An sinh xã hội', clause: 7, form: 'Truyền thanh', place: 'Các thôn',
      documentDate: d(2024, 3, 8), start: d(2024, 3, 11), end: d(2024, 3, 12), days: 1, requiredDays: 3, status: 'short', statusLabel: 'Chưa đủ thời gian', timely: true },
    { row: 6, title: 'Thủ tục hành chính thuộc thẩm quyền UBND xã', group: 'Thủ tục hành chính', clause: 13, form: 'Niêm yết', place: 'Bộ phận một cửa',
      documentDate: null, start: d(2024, 1, 2), end: null, days: 78, requiredDays: null, status: 'permanent', statusLabel: 'Niêm yết thường xuyên', timely: null },
    { row: 7, title: 'Báo cáo thu, chi Quỹ Vì người nghèo', group: 'Quỹ, đóng góp', clause: 5, form: 'Niêm yết', place: 'Trụ sở UBND xã',
      documentDate: d(2024, 3, 1), start: d(2024, 4, 1), end: d(2024, 5, 5), days: 34, requiredDays: 30, status: 'planned', statusLabel: 'Chưa bắt đầu', timely: false },
  ],
  tasks: [
    { row: 2, title: 'Niêm yết Kế hoạch lấy ý kiến', lead: 'Văn phòng - Thống kê', dueText: 'đến hết ngày 06/03/2024', due: d(2024, 3, 6), completed: d(2024, 3, 6), status: 'done-on-time', days: null },
    { row: 3, title: 'Báo cáo 06 tháng đầu năm', lead: 'Văn phòng - Thống kê', dueText: 'trước ngày 01/3/2024', due: d(2024, 2, 29), completed: null, status: 'overdue', days: 20 },
    { row: 4, title: 'Duy trì công khai thông tin', lead: 'UBND xã', dueText: 'Thường xuyên', due: null, completed: null, status: 'no-deadline', days: null },
  ],
  consultations: [
    { row: 2, id: 'QC-2024', subject: 'Dự thảo Quy chế thực hiện dân chủ của UBND xã', from: d(2024, 2, 15), to: d(2024, 3, 6),
      status: 'pending-feedback', feedback: { total: 3, accepted: 1, partlyAccepted: 0, explained: 1, pending: 1 }, resultsPublished: null },
  ],
  feedback: [
    { row: 2, consultationId: 'QC-2024', received: d(2024, 2, 20), author: 'Ông Nguyễn Văn Bình', area: 'Thôn 3', content: 'Ghi rõ thời gian niêm yết tại nhà văn hóa.',
      position: 'Điều 5', decision: 'accepted', response: 'Đã bổ sung khoản 2 Điều 5.' },
    { row: 3, consultationId: 'QC-2024', received: d(2024, 2, 26), author: 'Công đoàn cơ sở', area: null, content: 'Bổ sung đối thoại định kỳ.',
      position: 'Điều 9', decision: 'explained', response: 'Đã có Quy chế đối thoại riêng.' },
    { row: 4, consultationId: 'QC-2024', received: d(2024, 3, 4), author: 'Bà Trần Thị Lan', area: 'Thôn 7', content: '=Công khai danh sách người góp ý',
      position: 'Điều 5', decision: null, response: null },
  ],
  votes: [
    { row: 2, title: 'Đóng góp làm đường thôn 5', kind: 'Đóng góp, thu chi', area: 'Thôn 5', date: d(2024, 3, 10), households: 120, participants: 110, agree: 85, threshold: '2/3', passed: true },
    { row: 3, title: 'Bầu Trưởng thôn 2', kind: 'Bầu, cho thôi', area: 'Thôn 2', date: d(2024, 3, 17), households: 96, participants: 90, agree: 48, threshold: '>50%', passed: false },
  ],
  findings: [
    { sheet: 'Công khai', row: 3, rule: 'CK_NIEM_YET', severity: 'error', message: 'Niêm yết 20 ngày (15/02/2024 – hết 06/03/2024), Luật 10/2022/QH15, Điều 13 khoản 2 yêu cầu ít nhất 30 ngày liên tục: thiếu 10 ngày.' },
    { sheet: 'Công khai', row: 5, rule: 'CK_TRUYEN_THANH', severity: 'error', message: 'Phát trên hệ thống truyền thanh 1 ngày, yêu cầu ít nhất 3 ngày: thiếu 2 ngày.' },
    { sheet: 'Kế hoạch', row: 3, rule: 'KH_THOI_HAN', severity: 'error', message: 'Quá hạn 20 ngày.' },
    { sheet: 'Lấy ý kiến', row: 2, rule: 'YK_CONG_KHAI_KQ', severity: 'error', message: 'Còn 1/3 ý kiến chưa xử lý.' },
  ],
  inputErrors: 1,
};
