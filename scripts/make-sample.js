// Builds assets/so-theo-doi-mau.xlsx, the sample tracking workbook used by `npm start` without
// Excel and by the tests. Every row comes from one of the seed plans (../shared/seeds/):
// An Thượng's consultation (000), Hưng Đạo's 30/20/3-day rules (001), Bắc Kạn's voter-list
// posting (002), Trương Quang Trọng's report deadlines (003). Run after `npm run build:cli`:
//   node scripts/make-sample.js [OUT.xlsx]
const path = require('node:path');

const dist = path.join(__dirname, '..', 'dist', 'node');
const { buildTemplate } = require(path.join(dist, 'report', 'templateSheets'));
const { newWorkbookFile } = require(path.join(dist, 'workbook', 'fileHost'));
const { saveWorkbookPath } = require(path.join(dist, 'workbook', 'fileHostNode'));

const d = (y, m, day) => ({ y, m, d: day });
const QC = 'Dự thảo Quyết định ban hành Quy chế thực hiện dân chủ trong hoạt động của UBND xã An Thượng';

// Công khai: STT · Nội dung · Nhóm · Văn bản · Ngày văn bản · Hình thức · Địa điểm · Bắt đầu · Kết thúc · Số ngày yêu cầu · Ghi chú
const postings = [
  [1, `Kế hoạch lấy ý kiến đối với ${QC}`, 'Lấy ý kiến', 'Kế hoạch …/KH-UBND', d(2024, 2, 14), 'Niêm yết tại trụ sở', 'Trụ sở Đảng ủy, HĐND, UBND xã', d(2024, 2, 15), d(2024, 3, 6), 20, 'Kế hoạch yêu cầu ít nhất 20 ngày liên tục'],
  [2, `Kế hoạch lấy ý kiến đối với ${QC}`, 'Lấy ý kiến', 'Kế hoạch …/KH-UBND', d(2024, 2, 14), 'Niêm yết tại nhà văn hóa', 'Nhà văn hóa 10 thôn', d(2024, 2, 15), d(2024, 3, 6), null, 'Kế hoạch ghi ít nhất 30 ngày tại nhà văn hóa'],
  [3, `Kế hoạch lấy ý kiến đối với ${QC}`, 'k11', null, d(2024, 2, 14), 'Đài truyền thanh', 'Đài truyền thanh xã', d(2024, 2, 15), d(2024, 2, 18), null, null],
  [4, `Kế hoạch lấy ý kiến đối với ${QC}`, 'Lấy ý kiến', null, d(2024, 2, 14), 'Cổng thông tin điện tử', 'Trang thông tin điện tử xã', d(2024, 2, 15), null, null, null],
  [5, 'Dự toán ngân sách xã năm 2024', 'Ngân sách', 'Nghị quyết …/NQ-HĐND', d(2023, 12, 28), 'Niêm yết', 'Trụ sở UBND xã', d(2024, 1, 3), d(2024, 2, 5), null, null],
  [6, 'Quy chế thực hiện dân chủ ở cơ sở của xã', 'Quy chế dân chủ', null, null, 'Niêm yết thường xuyên', 'Trụ sở HĐND, UBND xã', d(2024, 1, 2), null, null, 'Cập nhật khi có thay đổi'],
  [7, 'Thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã', 'TTHC', null, null, 'Niêm yết', 'Bộ phận một cửa', d(2024, 1, 2), null, null, null],
  [8, 'Kế hoạch sử dụng đất năm 2024', 'Đất đai', 'Quyết định …/QĐ-UBND', d(2024, 2, 27), 'Niêm yết', 'Trụ sở UBND xã', d(2024, 3, 1), d(2024, 3, 31), null, null],
  [9, 'Danh sách hộ nghèo, hộ cận nghèo năm 2024', 'An sinh xã hội', null, d(2024, 3, 8), 'Loa truyền thanh', 'Các thôn', d(2024, 3, 11), d(2024, 3, 12), null, null],
  [10, 'Báo cáo thu, chi Quỹ Vì người nghèo năm 2023', 'Quỹ, đóng góp', 'Báo cáo …/BC-UBND', d(2024, 3, 1), 'Niêm yết', 'Trụ sở UBND xã', d(2024, 4, 1), d(2024, 5, 5), null, 'Dự kiến'],
  [11, 'Niêm yết danh sách cử tri lấy ý kiến dự thảo Quy chế (theo kế hoạch của phường Bắc Kạn)', 'Lấy ý kiến', null, null, 'Niêm yết', 'Nhà văn hóa tổ dân phố', d(2026, 6, 2), d(2026, 6, 7), null, 'Từ ngày 02/6/2026 đến hết ngày 07/6/2026'],
  [12, 'Kết luận thanh tra việc quản lý đất công', 'Thanh tra', 'Kết luận …/KL-TTr', d(2024, 3, 5), 'Niêm yết', 'Trụ sở UBND xã', null, null, null, 'Chưa ghi ngày niêm yết'],
  [13, 'Kế hoạch tổ chức hội nghị đối thoại với Nhân dân', 'Kinh tế - xã hội', null, null, 'Niêm yết', 'Trụ sở UBND xã', '31/02/2024', '15/03/2024', null, 'Ngày gõ nhầm'],
];

// Kế hoạch: STT · Nội dung công việc · Chủ trì · Phối hợp · Thời hạn · Ngày hoàn thành · Kết quả · Ghi chú
const tasks = [
  [1, 'Niêm yết công khai Kế hoạch lấy ý kiến dự thảo Quy chế', 'Văn phòng - Thống kê', 'Các thôn', 'từ ngày 15/02/2024 đến hết ngày 06/03/2024', d(2024, 3, 6), 'Đã niêm yết', null],
  [2, 'Tổ chức cuộc họp cơ quan lấy ý kiến', 'UBND xã', 'Công đoàn cơ sở', 'trong ngày 26/02/2024', d(2024, 2, 26), 'Đã họp', null],
  [3, 'Báo cáo kết quả thực hiện dân chủ 06 tháng đầu năm', 'Văn phòng - Thống kê', 'Các ngành', 'trước ngày 01/6/2024', null, null, null],
  [4, 'Báo cáo năm về thực hiện dân chủ ở cơ sở', 'Văn phòng - Thống kê', null, 'trước ngày 15/10/2024', null, null, null],
  [5, 'Duy trì công khai thông tin theo Điều 11', 'UBND xã', 'MTTQ xã', 'Thường xuyên trong năm 2024', null, null, null],
];

// Lấy ý kiến: Mã đợt · Nội dung · Đối tượng · Hình thức · Từ ngày · Đến ngày · Hạn tổng hợp · Ngày tổng hợp xong · Ngày công khai kết quả
const consultations = [
  ['QC-2024', QC, 'Nhân dân; cán bộ, công chức', 'Trực tiếp, văn bản, hội nghị', d(2024, 2, 15), d(2024, 3, 6), 'trước ngày 10/3/2024', null, null],
];

// Ý kiến: STT · Mã đợt · Ngày nhận · Người góp ý · Thôn · Hình thức · Nội dung · Vị trí · Hướng xử lý · Tiếp thu, giải trình · Ngày xử lý
const feedback = [
  [1, 'QC-2024', d(2024, 2, 20), 'Ông Nguyễn Văn Bình', 'Thôn 3', 'Văn bản', 'Đề nghị ghi rõ thời gian niêm yết tại nhà văn hóa thôn.', 'Điều 5', 'Tiếp thu', 'Đã bổ sung khoản 2 Điều 5.', d(2024, 3, 8)],
  [2, 'QC-2024', d(2024, 2, 26), 'Công đoàn cơ sở', null, 'Hội nghị', 'Đề nghị bổ sung việc đối thoại định kỳ.', 'Điều 9', 'Giải trình', 'Đã quy định tại Quy chế đối thoại riêng.', d(2024, 3, 8)],
  [3, 'QC-2024', d(2024, 3, 4), 'Bà Trần Thị Lan', 'Thôn 7', 'Trực tiếp', '=Đề nghị công khai danh sách người góp ý (ô bắt đầu bằng dấu bằng vẫn là chữ)', 'Điều 3', null, null, null],
];

// Biểu quyết: Nội dung · Loại việc · Thôn · Hình thức · Ngày · Tổng số hộ · Tham gia · Tán thành · Ngày gửi UBND xã
const votes = [
  ['Đóng góp xây dựng đường giao thông nông thôn thôn 5', 'Đóng góp, thu chi', 'Thôn 5', 'Hội nghị', d(2024, 3, 10), 120, 110, 85, d(2024, 3, 13)],
  ['Bầu Trưởng thôn 2', 'Bầu, cho thôi', 'Thôn 2', 'Phát phiếu', d(2024, 3, 17), 96, 90, 48, null],
];

async function main() {
  const out = process.argv[2] || path.join(__dirname, '..', 'assets', 'so-theo-doi-mau.xlsx');
  const docs = buildTemplate({
    year: 2024,
    unit: 'UBND xã An Thượng',
    info: {
      level: 'xã', parent: 'UBND huyện Hoài Đức', place: 'An Thượng', asOf: d(2024, 3, 20),
      signer: 'Nguyễn Văn Minh', signerTitle: 'Chủ tịch', signAuthority: 'TM.',
    },
    rows: { 'Công khai': postings, 'Kế hoạch': tasks, 'Lấy ý kiến': consultations, 'Ý kiến': feedback, 'Biểu quyết': votes },
  });
  const host = newWorkbookFile();
  await host.writeSheets(docs);
  await saveWorkbookPath(host, out);
  console.log(`Đã tạo ${out}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
