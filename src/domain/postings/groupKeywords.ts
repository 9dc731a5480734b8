/**
 * Words a posting's title uses for each khoản of Luật 10/2022/QH15, Điều 11 (what a commune
 * publishes), as data for {@link proposeContentGroup}. Phrases are written as the law and staff
 * write them; they are compared folded, word by word. A longer phrase wins over a shorter one, so
 * `quỹ đất` (k3) beats `quỹ` (k5), and `quỹ phòng chống thiên tai` (a fund, k5) beats `thiên tai` (k8).
 */
export interface ClauseKeywords {
  /** Điều 11 khoản. */
  readonly clause: number;
  /** Phrases that name the khoản's content. */
  readonly phrases: readonly string[];
  /** Phrases too common to be sure of (`dự án`, `kiểm tra`): a match is only proposed, low confidence. */
  readonly weak?: readonly string[];
  /**
   * The khoản is a frame around another subject: a consultation on a budget (k11), an inspection
   * of land use (k10). Its strong phrases win over any other khoản's.
   */
  readonly frame?: boolean;
}

export const CLAUSE_KEYWORDS: readonly ClauseKeywords[] = [
  { clause: 1, phrases: ['kế hoạch phát triển kinh tế - xã hội', 'phát triển kinh tế - xã hội', 'kinh tế - xã hội', 'KT-XH',
    'phương án chuyển dịch cơ cấu kinh tế', 'chuyển dịch cơ cấu kinh tế'] },
  { clause: 2, phrases: ['dự toán ngân sách', 'quyết toán ngân sách', 'thuyết minh dự toán', 'tình hình thực hiện dự toán',
    'kế hoạch hoạt động tài chính', 'thu chi ngân sách', 'thu, chi ngân sách', 'ngân sách', 'dự toán', 'quyết toán',
    'kiểm toán nhà nước', 'công khai tài chính'] },
  { clause: 3, phrases: ['kế hoạch sử dụng đất', 'quy hoạch sử dụng đất', 'quy hoạch xây dựng', 'quy hoạch chi tiết',
    'quy hoạch chung', 'đồ án quy hoạch', 'quy hoạch', 'thu hồi đất', 'bồi thường', 'tái định cư', 'giải phóng mặt bằng',
    'quỹ đất', 'cho thuê đất', 'đất công ích', 'giao đất', 'đầu tư công', 'dự án đầu tư', 'công trình đầu tư', 'đất đai'],
  weak: ['dự án', 'công trình', 'đầu tư'] },
  { clause: 4, phrases: ['quy chế thực hiện dân chủ', 'quy chế dân chủ', 'nhiệm vụ, quyền hạn', 'chức năng, nhiệm vụ',
    'quy tắc ứng xử', 'người hoạt động không chuyên trách'], weak: ['quy chế', 'phân công nhiệm vụ'] },
  { clause: 5, phrases: ['huy động nhân dân đóng góp', 'quỹ phòng chống thiên tai', 'quỹ phòng, chống thiên tai',
    'quỹ đền ơn đáp nghĩa', 'quỹ vì người nghèo', 'quỹ', 'đóng góp', 'huy động', 'tài trợ', 'xã hội hóa'] },
  { clause: 6, phrases: ['tài sản công', 'thanh lý tài sản', 'mua sắm tài sản', 'điều chuyển tài sản', 'tài sản', 'mua sắm',
    'thanh lý'] },
  { clause: 7, phrases: ['hộ nghèo', 'hộ cận nghèo', 'cận nghèo', 'bảo hiểm y tế', 'thẻ bảo hiểm y tế', 'BHYT', 'trợ cấp',
    'bảo trợ xã hội', 'an sinh xã hội', 'chính sách an sinh', 'chính sách hỗ trợ', 'chương trình mục tiêu quốc gia',
    'hỗ trợ xây dựng nhà ở', 'xóa nhà tạm', 'người có công', 'trợ giúp xã hội'], weak: ['bình xét', 'tín dụng'] },
  { clause: 8, phrases: ['thiên tai', 'dịch bệnh', 'cứu trợ', 'khắc phục hậu quả', 'bão lũ', 'lũ lụt', 'quyên góp',
    'thảm họa', 'bệnh hiểm nghèo', 'Covid-19'], weak: ['ủng hộ', 'sự cố'] },
  { clause: 9, phrases: ['nghĩa vụ quân sự', 'nhập ngũ', 'gọi nhập ngũ', 'tuyển quân', 'tạm hoãn gọi nhập ngũ',
    'nghĩa vụ tham gia Công an nhân dân', 'nghĩa vụ công an'] },
  { clause: 10, frame: true, phrases: ['kết luận thanh tra', 'kết quả thanh tra', 'thanh tra', 'kỷ luật', 'tín nhiệm',
    'lấy phiếu tín nhiệm', 'bỏ phiếu tín nhiệm', 'tham nhũng', 'tiêu cực'], weak: ['kiểm tra', 'vi phạm'] },
  { clause: 11, frame: true, phrases: ['lấy ý kiến', 'lấy ý kiến Nhân dân', 'kế hoạch lấy ý kiến', 'kết quả lấy ý kiến',
    'kết quả tổng hợp ý kiến', 'tổng hợp ý kiến', 'kết quả tiếp thu', 'tiếp thu, giải trình', 'giải trình, tiếp thu',
    // Draft rules are posted for comment (k11 «nội dung lấy ý kiến»), not as the rules they will
    // become (k4, posted permanently). Another draft («dự thảo kế hoạch sử dụng đất») keeps its subject.
    'góp ý', 'dự thảo quy chế'], weak: ['dự thảo'] },
  { clause: 12, phrases: ['phí, lệ phí', 'lệ phí', 'mức thu phí', 'phí', 'nghĩa vụ tài chính', 'mức thu'] },
  { clause: 13, phrases: ['thủ tục hành chính', 'TTHC', 'bộ thủ tục', 'một cửa', 'dịch vụ công'], weak: ['thủ tục'] },
];

/**
 * Phrases that hold a keyword without meaning its khoản: `kinh phí` is money, not a fee (k12);
 * `quy hoạch cán bộ` is staffing, not land (k3). They are taken out of a title before matching.
 */
export const NOT_KEYWORDS: readonly string[] = [
  'kinh phí', 'chi phí', 'miễn phí', 'quy hoạch cán bộ',
  // The residents' own board (Điều 35), not an inspection (k10).
  'Ban thanh tra nhân dân',
  // A plan to carry the rules out (seeds 001, 003) is not the rules (k4, posted permanently).
  'kế hoạch thực hiện quy chế dân chủ',
];

/**
 * Which khoản is the more specific when two match equally (most specific first): a list of
 * recruits (k9) is about conscription even if it says «hỗ trợ»; fees (k12) are narrower than a budget.
 */
export const SPECIFICITY: readonly number[] = [9, 12, 13, 11, 10, 8, 7, 4, 6, 5, 3, 2, 1];
