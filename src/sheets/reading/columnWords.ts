import type { TableKind } from './types';

/**
 * The words staff use for each column, beyond the template's header and its aliases (SCHEMA.md):
 * phrases that name the column in any order with other words around them, and words that rule a
 * column out («Ngày kết thúc niêm yết» holds «niêm yết» but is never the start). Data, not code:
 * a new habit seen in a commune's book is one phrase here.
 */
export interface ColumnWords {
  /** Phrases that name the column; each matches when all its words are in the header. */
  readonly phrases: readonly string[];
  /** Phrases that name it only weakly: a match is proposed, never taken. */
  readonly weak?: readonly string[];
  /** A header holding any of these phrases is not this column. */
  readonly not?: readonly string[];
}

const NOT_START = ['kết thúc', 'hết', 'đến', 'gỡ', 'yêu cầu', 'số ngày', 'tổng hợp', 'văn bản', 'ban hành'];
const NOT_END = ['bắt đầu', 'từ ngày', 'yêu cầu', 'số ngày', 'tổng hợp'];

export const COLUMN_WORDS: Readonly<Record<TableKind, Readonly<Record<string, ColumnWords>>>> = {
  info: {},
  plan: {
    index: { phrases: ['stt', 'tt', 'số thứ tự'] },
    title: { phrases: ['nội dung', 'nhiệm vụ', 'công việc', 'tên nhiệm vụ', 'nội dung công việc', 'nội dung nhiệm vụ', 'nội dung hoạt động', 'hoạt động'], not: ['kết quả', 'góp ý', 'lấy ý kiến', 'tiếp thu'] },
    lead: { phrases: ['chủ trì', 'tham mưu', 'thực hiện', 'phụ trách', 'người thực hiện', 'bộ phận thực hiện', 'đơn vị thực hiện', 'cơ quan thực hiện'], not: ['phối hợp', 'thời gian', 'thời hạn', 'ngày', 'kết quả', 'tình hình', 'nội dung', 'hạn'] },
    partners: { phrases: ['phối hợp'] },
    due: { phrases: ['thời hạn', 'hạn', 'thời gian thực hiện', 'thời gian hoàn thành', 'tiến độ', 'hạn hoàn thành', 'thời gian'], not: ['ngày hoàn thành', 'thực tế', 'đã hoàn thành', 'kết quả', 'tình hình'] },
    completed: { phrases: ['ngày hoàn thành', 'ngày thực hiện xong', 'ngày xong', 'hoàn thành ngày', 'hoàn thành thực tế', 'ngày thực hiện'], not: ['hạn', 'thời hạn', 'dự kiến', 'kế hoạch'] },
    result: { phrases: ['kết quả', 'tình hình thực hiện', 'sản phẩm', 'tình hình', 'kết quả thực hiện'], not: ['ngày', 'lấy ý kiến'] },
    note: { phrases: ['ghi chú'] },
  },
  postings: {
    index: { phrases: ['stt', 'tt', 'số thứ tự'] },
    title: { phrases: ['nội dung', 'tên văn bản', 'tên tài liệu', 'thông tin công khai', 'nội dung niêm yết', 'nội dung công khai', 'tên nội dung', 'trích yếu'], not: ['nhóm', 'loại', 'lấy ý kiến', 'góp ý'] },
    group: { phrases: ['nhóm nội dung', 'loại nội dung', 'lĩnh vực', 'nhóm', 'khoản'] },
    document: { phrases: ['văn bản', 'số văn bản', 'số hiệu', 'ký hiệu', 'căn cứ', 'số ký hiệu'], not: ['ngày', 'tên'] },
    documentDate: { phrases: ['ngày văn bản', 'ngày ban hành', 'ngày ký', 'ngày quyết định'] },
    form: { phrases: ['hình thức', 'hình thức công khai', 'cách thức công khai'] },
    place: { phrases: ['địa điểm', 'nơi niêm yết', 'vị trí niêm yết', 'nơi công khai', 'địa điểm niêm yết'] },
    start: { phrases: ['bắt đầu', 'từ ngày', 'ngày niêm yết', 'ngày đăng', 'ngày công khai', 'ngày bắt đầu', 'ngày đăng tải'], not: NOT_START },
    end: { phrases: ['kết thúc', 'đến ngày', 'hết hạn', 'hết niêm yết', 'ngày gỡ', 'ngày hạ', 'ngày kết thúc'], not: NOT_END },
    requiredDays: { phrases: ['số ngày yêu cầu', 'số ngày tối thiểu', 'thời gian yêu cầu', 'số ngày phải niêm yết', 'thời gian niêm yết yêu cầu'], weak: ['số ngày', 'thời hạn niêm yết'] },
    period: { phrases: ['thời gian niêm yết', 'thời gian công khai', 'thời gian đăng tải'], weak: ['thời gian'], not: ['yêu cầu', 'số ngày'] },
    note: { phrases: ['ghi chú'] },
  },
  consultations: {
    id: { phrases: ['mã đợt', 'mã', 'đợt', 'số đợt', 'mã số'] },
    subject: { phrases: ['nội dung lấy ý kiến', 'nội dung', 'dự thảo', 'tên dự thảo', 'vấn đề lấy ý kiến', 'nội dung xin ý kiến'], not: ['góp ý', 'tiếp thu'] },
    audience: { phrases: ['đối tượng'] },
    form: { phrases: ['hình thức', 'cách thức'] },
    from: { phrases: ['từ ngày', 'ngày bắt đầu', 'bắt đầu'], not: NOT_START },
    to: { phrases: ['đến ngày', 'ngày kết thúc', 'kết thúc', 'hết hạn'], not: NOT_END },
    synthesisDue: { phrases: ['hạn tổng hợp', 'thời hạn tổng hợp'] },
    synthesized: { phrases: ['ngày tổng hợp', 'tổng hợp xong', 'hoàn thành tổng hợp'], not: ['hạn'] },
    resultPublished: { phrases: ['công khai kết quả', 'thông báo kết quả', 'niêm yết kết quả'] },
    period: { phrases: ['thời gian lấy ý kiến', 'thời gian xin ý kiến'], weak: ['thời gian'], not: ['tổng hợp'] },
  },
  feedback: {
    index: { phrases: ['stt', 'tt', 'số thứ tự'] },
    consultationId: { phrases: ['mã đợt', 'đợt', 'mã'] },
    received: { phrases: ['ngày nhận', 'ngày góp ý', 'ngày tiếp nhận', 'ngày gửi'], not: ['xử lý', 'trả lời', 'tiếp thu'] },
    author: { phrases: ['người góp ý', 'họ tên', 'họ và tên', 'người gửi', 'tổ chức cá nhân', 'cá nhân tổ chức', 'người có ý kiến', 'tên người'] },
    area: { phrases: ['thôn', 'tổ dân phố', 'địa bàn', 'địa chỉ', 'khu phố', 'xóm', 'ấp', 'bản'] },
    channel: { phrases: ['hình thức', 'hình thức góp ý', 'cách thức'] },
    content: { phrases: ['nội dung góp ý', 'nội dung ý kiến', 'ý kiến góp ý', 'ý kiến', 'góp ý', 'nội dung', 'kiến nghị'], not: ['tiếp thu', 'giải trình', 'trả lời', 'xử lý', 'người', 'ngày', 'hình thức'] },
    position: { phrases: ['vị trí', 'điều khoản', 'điều'] },
    decision: { phrases: ['hướng xử lý', 'kết quả xử lý', 'hình thức xử lý', 'xử lý'], not: ['ngày'] },
    response: { phrases: ['tiếp thu', 'giải trình', 'trả lời', 'ý kiến tiếp thu', 'nội dung tiếp thu', 'kết quả tiếp thu'], not: ['ngày'] },
    processed: { phrases: ['ngày xử lý', 'ngày trả lời', 'ngày tiếp thu', 'ngày giải trình'] },
  },
  votes: {
    title: { phrases: ['nội dung', 'nội dung biểu quyết', 'việc biểu quyết', 'công trình', 'nội dung quyết định', 'tên công trình'], not: ['loại', 'hình thức'] },
    kind: { phrases: ['loại việc', 'loại'] },
    area: { phrases: ['thôn', 'tổ dân phố', 'địa bàn', 'khu phố', 'xóm', 'ấp', 'bản'], not: ['hộ', 'gửi'] },
    method: { phrases: ['hình thức', 'hình thức biểu quyết', 'cách thức'] },
    date: { phrases: ['ngày', 'ngày biểu quyết', 'ngày tổ chức', 'ngày họp', 'thời gian tổ chức', 'ngày bàn'], not: ['gửi', 'báo cáo', 'hộ'] },
    households: { phrases: ['tổng số hộ', 'số hộ', 'tổng hộ'], not: ['tham', 'dự', 'tán thành', 'đồng ý', 'nhất trí', 'không', 'có mặt'] },
    participants: { phrases: ['tham gia', 'tham dự', 'dự họp', 'có mặt'] },
    agree: { phrases: ['tán thành', 'đồng ý', 'nhất trí'], not: ['không'] },
    sentToCommune: { phrases: ['ngày gửi', 'gửi ubnd', 'báo cáo ubnd', 'gửi ủy ban'] },
  },
  daysOff: {},
  rules: {},
};

/**
 * Words that qualify a header without naming another column: they do not weaken a match
 * («Thời gian bắt đầu» is the start, «Số hộ trong thôn» the households).
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'cua', 'cac', 'duoc', 'va', 'hoac', 'trong', 'thoi', 'gian', 'so', 'ngay', 'thang', 'nam', 'theo', 'tai', 'tren', 'cho',
  'thon', 'to', 'dan', 'pho', 'xa', 'phuong', 'ho', 'cong', 'khai', 'niem', 'yet', 'thuc', 'hien', 'du', 'kien', 'ke', 'hoach',
  'nguoi', 'don', 'vi', 'co', 'quan', 'ubnd', 'thu', 'nhan',
]);
