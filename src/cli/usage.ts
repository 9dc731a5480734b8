import { existsSync } from 'node:fs';
import { HostError } from '../workbook/port';
import { UserError } from '../domain/errors';

/** A wrong command line: the usage is printed and the exit code is 2. */
export class CliUsageError extends UserError {
  override name = 'CliUsageError';
}

export const USAGE = `dccs — kiểm tra thực hiện dân chủ ở cơ sở trên sổ theo dõi .xlsx

Cách dùng:
  dccs template [-o TỆP.xlsx] [--year NĂM] [--unit "UBND xã …"]
      Tạo sổ theo dõi mẫu (mọi sheet đầu vào, danh sách chọn, sheet Quy định).
  dccs check TỆP.xlsx [--as-of YYYY-MM-DD] [--json] [--reading CÁCH-ĐỌC.json]
      Kiểm tra mọi bảng (công khai, lấy ý kiến, ý kiến, biểu quyết, kế hoạch) theo Luật Thực hiện
      dân chủ ở cơ sở, ở bất kỳ sheet nào, nhận ra qua dòng tiêu đề; chỉ đọc, không ghi vào tệp;
      --json in kết quả dạng JSON (kèm cách đọc sổ).
  dccs inspect TỆP.xlsx [--json] [--reading CÁCH-ĐỌC.json] [--save -o TỆP-MỚI.xlsx]
      Cho biết DCCS đọc sổ thế nào: bảng nào ở sheet, dòng nào; mỗi cột hiểu là gì, chắc chắn bao nhiêu;
      thông tin suy ra từ tiêu đề; dòng bị bỏ qua. Sửa bản --json rồi đưa lại bằng --reading; --save lưu
      cách đọc (đã xác nhận) vào một bản sao của sổ để mọi lần sau đọc đúng như vậy.
  dccs report TỆP.xlsx [-o KẾT-QUẢ.xlsx] [--docx BÁO-CÁO.docx] [--as-of YYYY-MM-DD] [--quarter 2024-Q1]
      Lập Tổng hợp, Báo cáo, DS Công khai (theo quý), TH Ý kiến vào một bản sao của sổ, và bản Word.
  dccs consolidate TỆP.xlsx… | THƯ-MỤC [-o TỔNG-HỢP.xlsx] [--docx BÁO-CÁO.docx] [--json] [--as-of YYYY-MM-DD]
                   [--sort name|compliance] [--jobs N]
      Tổng hợp sổ theo dõi của nhiều đơn vị: TH Đơn vị, TH Chi tiết, Báo cáo tổng hợp (và bản Word);
      nếu TỔNG-HỢP.xlsx đã có sheet «Danh sách đơn vị», nêu các đơn vị chưa gửi. Mã thoát 2 chỉ khi
      không tổng hợp được tệp nào.
  dccs import-plan KẾ-HOẠCH.docx|.txt [--json] [-o SỔ.xlsx]
      Đọc văn bản kế hoạch: số, đơn vị, ngày, nhiệm vụ và thời hạn, nội dung niêm yết, đợt lấy ý kiến;
      -o ghi thêm các dòng vào Kế hoạch, Công khai, Lấy ý kiến của sổ (không ghi đè; tạo sổ mẫu nếu chưa có).
  dccs export --for-superior TỆP.xlsx [-o GỬI-CẤP-TRÊN.xlsx]
      Bản gửi cấp trên: bản sao của sổ, giữ số liệu, quyết định, nội dung; ẩn họ tên, số điện thoại,
      địa chỉ của người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Không ghi vào tệp gốc.
  dccs holidays NĂM [--json]
      Ngày nghỉ lễ, Tết, ngày làm bù của năm (1900–2199), Tết và Giỗ Tổ theo âm lịch Việt Nam.

Mã thoát: 0 khi chạy xong (kể cả khi có dòng chưa đạt), 2 khi không đọc được đầu vào.
`;

/** The file must exist before any work starts; named in the message. */
export function requireFile(path: string | undefined): string {
  if (!path) throw new CliUsageError('Thiếu tên tệp .xlsx.');
  if (!existsSync(path)) throw new HostError('missing-file', `Không tìm thấy tệp «${path}».`);
  return path;
}
