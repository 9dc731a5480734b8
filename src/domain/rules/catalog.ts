import { DccsError } from '../errors';
/**
 * The rule catalog of RULES.md as data: every number the check uses, with its legal basis.
 * The `Quy định` sheet may raise a number (RULES.md: a provincial resolution or the plan may
 * demand more); `resolveRules` decides which value is in force.
 *
 * Luật 10/2022/QH15 (Luật Thực hiện dân chủ ở cơ sở), Nghị định 59/2023/NĐ-CP, Nghị định 61/2023/NĐ-CP.
 */
export type RuleUnit = 'ngày' | 'ngày làm việc' | 'lần/năm' | 'tỷ lệ' | 'kỳ họp' | 'quý' | 'thường xuyên' | 'có/không';

export interface RuleDef {
  readonly id: string;
  /** Who it binds: commune (xã, phường, đặc khu…) or agency (cơ quan, đơn vị sự nghiệp); `all` for counting. */
  readonly scope: 'commune' | 'agency' | 'all';
  /** Vietnamese description, as written into the `Quy định` sheet. */
  readonly description: string;
  /** The number the law sets; null where the rule has no number (permanent, a list, a report). */
  readonly value: number | null;
  readonly unit: RuleUnit;
  /** Citation shown with every verdict. */
  readonly basis: string;
  /**
   * `minimum`: the sheet may raise the value, not lower it (a longer posting is always allowed).
   * `deadline`: a time limit; the sheet may shorten it, not lengthen it (a plan may ask for speed).
   * `switch`: 0/1 setting. `fixed`: informational, the sheet's value is not used.
   */
  readonly kind: 'minimum' | 'deadline' | 'switch' | 'fixed';
}

const LAW = 'Luật 10/2022/QH15';

export const RULES: readonly RuleDef[] = [
  { id: 'CK_THOI_DIEM', scope: 'commune', kind: 'deadline', value: 5, unit: 'ngày làm việc', basis: `${LAW}, Điều 12 khoản 3`,
    description: 'Công khai chậm nhất 05 ngày làm việc kể từ ngày có quyết định, văn bản (khi pháp luật chưa quy định thời điểm khác)' },
  { id: 'CK_NIEM_YET', scope: 'commune', kind: 'minimum', value: 30, unit: 'ngày', basis: `${LAW}, Điều 13 khoản 2`,
    description: 'Niêm yết tại trụ sở HĐND, UBND cấp xã, nhà văn hóa, điểm sinh hoạt cộng đồng ít nhất 30 ngày liên tục (nội dung Điều 11 khoản 1–3, 5–12)' },
  // Điều 13 khoản 2 lists k1–3 and 5–12 only: «Nội dung khác» (k14) has no statutory minimum; a unit may set one.
  { id: 'CK_NIEM_YET_KHAC', scope: 'commune', kind: 'minimum', value: null, unit: 'ngày', basis: `${LAW}, Điều 13 khoản 2; Điều 11 khoản 14`,
    description: 'Nội dung khác (Điều 11 khoản 14): luật không quy định thời gian niêm yết tối thiểu; ghi số ngày nếu quy chế dân chủ của đơn vị quy định' },
  { id: 'CK_THUONG_XUYEN', scope: 'commune', kind: 'fixed', value: null, unit: 'thường xuyên', basis: `${LAW}, Điều 13 khoản 2`,
    description: 'Nội dung Điều 11 khoản 4 (quy chế dân chủ, nhiệm vụ cán bộ, quy tắc ứng xử) và khoản 13 (thủ tục hành chính) niêm yết thường xuyên, cập nhật khi thay đổi' },
  { id: 'CK_TRUYEN_THANH', scope: 'commune', kind: 'minimum', value: 3, unit: 'ngày', basis: `${LAW}, Điều 13 khoản 3`,
    description: 'Nội dung Điều 11 khoản 7–12 công khai trên hệ thống truyền thanh cấp xã ít nhất 03 ngày liên tục' },
  { id: 'CK_DANH_SACH_QUY', scope: 'commune', kind: 'fixed', value: null, unit: 'quý', basis: `${LAW}, Điều 13 khoản 2`,
    description: 'Danh sách các nội dung đã công khai, kèm hình thức và thời gian, lập và niêm yết theo từng quý' },
  { id: 'YK_THOI_GIAN', scope: 'commune', kind: 'minimum', value: 20, unit: 'ngày', basis: `${LAW}, Điều 28 khoản 2`,
    description: 'Thời gian lấy ý kiến Nhân dân ít nhất 20 ngày kể từ ngày công khai nội dung lấy ý kiến' },
  { id: 'YK_CONG_KHAI_KQ', scope: 'commune', kind: 'fixed', value: null, unit: 'có/không', basis: `${LAW}, Điều 28 khoản 3; Điều 11 khoản 11`,
    description: 'Công khai kết quả tổng hợp ý kiến và việc tiếp thu, giải trình (niêm yết 30 ngày, truyền thanh 03 ngày)' },
  { id: 'BQ_HAI_PHAN_BA', scope: 'commune', kind: 'fixed', value: 2 / 3, unit: 'tỷ lệ', basis: `${LAW}, Điều 21 khoản 1`,
    description: 'Việc tại Điều 15 khoản 1–2 được thông qua khi có ít nhất 2/3 tổng số đại diện hộ gia đình tán thành' },
  { id: 'BQ_QUA_NUA', scope: 'commune', kind: 'fixed', value: 0.5, unit: 'tỷ lệ', basis: `${LAW}, Điều 21 khoản 1`,
    description: 'Việc tại Điều 15 khoản 3–6 được thông qua khi có trên 50% tổng số đại diện hộ gia đình tán thành' },
  { id: 'BQ_GUI_QUYET_DINH', scope: 'commune', kind: 'deadline', value: 5, unit: 'ngày làm việc', basis: `${LAW}, Điều 20 khoản 3`,
    description: 'Kết quả quyết định của cộng đồng dân cư gửi UBND và Ủy ban MTTQ cấp xã trong 05 ngày làm việc kể từ ngày biểu quyết' },
  { id: 'BQ_CONG_NHAN', scope: 'commune', kind: 'deadline', value: 5, unit: 'ngày làm việc', basis: `${LAW}, Điều 21 khoản 2`,
    description: 'UBND, Ủy ban MTTQ cấp xã công nhận (hoặc trả lời bằng văn bản) trong 05 ngày làm việc kể từ ngày nhận' },
  { id: 'BQ_THONG_BAO_PHIEU', scope: 'commune', kind: 'minimum', value: 2, unit: 'ngày', basis: `${LAW}, Điều 19 khoản 2`,
    description: 'Kế hoạch phát phiếu được công khai ít nhất 02 ngày trước ngày phát phiếu' },
  { id: 'BQ_HINH_THUC', scope: 'commune', kind: 'fixed', value: null, unit: 'có/không', basis: `${LAW}, Điều 17 khoản 2; Điều 22 khoản 1 điểm b`,
    description: 'Việc tại Điều 15 khoản 3–5 quyết định tại cuộc họp (phát phiếu chỉ trong trường hợp Điều 19 khoản 1 điểm b); biểu quyết trực tuyến chỉ cho việc tại Điều 15 khoản 6' },
  { id: 'HN_THONG_BAO', scope: 'commune', kind: 'minimum', value: 2, unit: 'ngày', basis: 'Nghị định 59/2023/NĐ-CP, Điều 3 khoản 3–4',
    description: 'Thông báo, tài liệu hội nghị đến hộ gia đình ít nhất 02 ngày trước hội nghị cộng đồng dân cư' },
  { id: 'HN_DINH_KY', scope: 'commune', kind: 'minimum', value: 1, unit: 'lần/năm', basis: `${LAW}, Điều 33 khoản 1; Nghị định 59/2023/NĐ-CP, Điều 11`,
    description: 'Hội nghị cộng đồng dân cư định kỳ mỗi năm một lần vào cuối năm; thông báo ít nhất 05 ngày trước' },
  { id: 'DT_HANG_NAM', scope: 'commune', kind: 'minimum', value: 1, unit: 'lần/năm', basis: `${LAW}, Điều 32 khoản 1`,
    description: 'UBND cấp xã tổ chức hội nghị đối thoại với Nhân dân ít nhất mỗi năm một lần' },
  { id: 'HU_NIEM_YET', scope: 'commune', kind: 'minimum', value: 30, unit: 'ngày', basis: 'Nghị định 61/2023/NĐ-CP',
    description: 'Dự thảo hương ước, quy ước niêm yết ít nhất 30 ngày' },
  { id: 'BC_HDND', scope: 'commune', kind: 'fixed', value: null, unit: 'kỳ họp', basis: `${LAW}, Điều 14, 23, 28`,
    description: 'UBND cấp xã báo cáo HĐND tại kỳ họp thường lệ gần nhất về công khai, quyết định và lấy ý kiến của Nhân dân' },
  { id: 'CQ_THOI_DIEM', scope: 'agency', kind: 'deadline', value: 5, unit: 'ngày làm việc', basis: `${LAW}, Điều 47 khoản 2`,
    description: 'Cơ quan, đơn vị công khai chậm nhất 05 ngày làm việc kể từ ngày có quyết định' },
  { id: 'CQ_NIEM_YET', scope: 'agency', kind: 'minimum', value: 20, unit: 'ngày', basis: `${LAW}, Điều 48`,
    description: 'Đăng trên hệ thống thông tin nội bộ hoặc niêm yết tại cơ quan ít nhất 20 ngày liên tục (trừ khi đã gửi văn bản đến toàn thể người lao động)' },
  // Điều 28 khoản 2 binds UBND cấp xã; Điều 53–55 (cơ quan, đơn vị) set no consultation window: only the Quy định sheet may.
  { id: 'CQ_LAY_Y_KIEN', scope: 'agency', kind: 'minimum', value: null, unit: 'ngày', basis: `${LAW}, Điều 54, 55`,
    description: 'Thời gian lấy ý kiến tối thiểu của cơ quan, đơn vị: luật không quy định; ghi số ngày nếu quy chế của cơ quan, đơn vị quy định' },
  { id: 'CQ_HOI_NGHI', scope: 'agency', kind: 'minimum', value: 1, unit: 'lần/năm', basis: `${LAW}, Điều 50–51`,
    description: 'Hội nghị cán bộ, công chức, viên chức mỗi năm một lần, chậm nhất 3 tháng sau khi kết thúc năm công tác' },
  { id: 'KH_THOI_HAN', scope: 'all', kind: 'fixed', value: null, unit: 'có/không', basis: `Kế hoạch của đơn vị; ${LAW}, Điều 14 khoản 1`,
    description: 'Mỗi công việc trong kế hoạch thực hiện dân chủ hoàn thành đúng thời hạn kế hoạch đặt ra' },
  { id: 'TINH_NGAY_DAU', scope: 'all', kind: 'switch', value: 0, unit: 'có/không', basis: 'Bộ luật Dân sự 2015, Điều 147 khoản 3',
    description: 'Tính cả ngày bắt đầu vào thời hạn (0 = không, theo Bộ luật Dân sự; 1 = có)' },
];

export const RULES_BY_ID: ReadonlyMap<string, RuleDef> = new Map(RULES.map((r) => [r.id, r]));

/** A rule id that is not in the catalogue: a bug in the caller. */
export class UnknownRuleError extends DccsError {
  override name = 'UnknownRuleError';
  constructor(readonly id: string) {
    super(`Unknown rule id: ${id}`);
  }
}

/** Looks a rule up; a wrong id is a bug in the caller, so it throws `UnknownRuleError`. */
export function ruleById(id: string): RuleDef {
  const rule = RULES_BY_ID.get(id);
  if (!rule) throw new UnknownRuleError(id);
  return rule;
}
