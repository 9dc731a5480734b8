import { RULES, RULES_BY_ID } from '../domain/rules/catalog';
import type { ReportFinding, ReportModel } from './model';
import { paragraph, type ReportBlock } from './reportBlocks';
import { polishCitations } from './reportPolish';
import { dayText, lowerFirst } from './reportText';

/** Section IV, «Tồn tại, hạn chế»: the check's findings, grouped by rule, in sentences. */

// How a report names the shortcoming each rule finds.
const LABELS: Readonly<Record<string, string>> = {
  CK_THOI_DIEM: 'Một số nội dung công khai chậm so với thời điểm quy định',
  CK_NIEM_YET: 'Thời gian niêm yết một số nội dung chưa đủ theo quy định',
  CK_THUONG_XUYEN: 'Một số nội dung phải niêm yết thường xuyên chưa được duy trì, cập nhật',
  CK_TRUYEN_THANH: 'Thời gian công khai trên hệ thống truyền thanh chưa đủ theo quy định',
  CK_DANH_SACH_QUY: 'Chưa lập, niêm yết danh sách các nội dung đã công khai theo quý',
  YK_THOI_GIAN: 'Thời gian lấy ý kiến Nhân dân chưa đủ theo quy định',
  YK_CONG_KHAI_KQ: 'Việc xem xét, tiếp thu, giải trình ý kiến và công khai kết quả lấy ý kiến chưa kịp thời',
  BQ_HAI_PHAN_BA: 'Nội dung biểu quyết chưa đạt tỷ lệ ít nhất 2/3 tổng số đại diện hộ gia đình tán thành',
  BQ_QUA_NUA: 'Nội dung biểu quyết chưa đạt tỷ lệ trên 50% tổng số đại diện hộ gia đình tán thành',
  BQ_GUI_QUYET_DINH: 'Kết quả biểu quyết gửi UBND, Ủy ban MTTQ cấp xã chưa đúng thời hạn',
  BQ_CONG_NHAN: 'Việc công nhận kết quả biểu quyết chưa đúng thời hạn',
  BQ_THONG_BAO_PHIEU: 'Kế hoạch phát phiếu biểu quyết chưa được công khai đủ thời gian trước ngày phát phiếu',
  HN_THONG_BAO: 'Thông báo, tài liệu hội nghị chưa đến hộ gia đình đủ thời gian trước hội nghị',
  HN_DINH_KY: 'Chưa tổ chức hội nghị cộng đồng dân cư định kỳ',
  DT_HANG_NAM: 'Chưa tổ chức hội nghị đối thoại với Nhân dân trong năm',
  HU_NIEM_YET: 'Dự thảo hương ước, quy ước chưa được niêm yết đủ thời gian',
  BC_HDND: 'Chưa báo cáo Hội đồng nhân dân về kết quả thực hiện dân chủ ở cơ sở',
  CQ_THOI_DIEM: 'Một số nội dung công khai chậm so với thời điểm quy định',
  CQ_NIEM_YET: 'Thời gian niêm yết, đăng tải một số nội dung chưa đủ theo quy định',
  CQ_HOI_NGHI: 'Chưa tổ chức hội nghị cán bộ, công chức, viên chức',
  KH_THOI_HAN: 'Một số công việc trong kế hoạch thực hiện dân chủ chưa hoàn thành đúng thời hạn',
};
const DATA_LABEL = 'Sổ theo dõi còn thiếu hoặc sai dữ liệu, cần rà soát, bổ sung';
const EXAMPLES = 2;

export interface ShortcomingGroup {
  /** The rule ids it gathers: one catalog rule, or every input check (ids outside the catalog). */
  readonly rules: readonly string[];
  readonly label: string;
  readonly basis: string | null;
  readonly count: number;
  readonly examples: readonly string[];
  /** True when a quoted case counted days (the section then states the counting rule once). */
  readonly counted: boolean;
}

/**
 * Errors and warnings grouped by rule, in the catalog's order (publicity, consultation, votes,
 * meetings, plan); checks outside the catalog (input checks) last, as one group.
 */
export function groupShortcomings(model: ReportModel): ShortcomingGroup[] {
  const byRule = new Map<string, ReportFinding[]>();
  for (const f of model.findings) {
    if (f.severity === 'info') continue;
    const key = RULES_BY_ID.has(f.rule) ? f.rule : '';
    const list = byRule.get(key);
    if (list) list.push(f);
    else byRule.set(key, [f]);
  }
  const order = (rule: string) => (rule === '' ? RULES.length : RULES.findIndex((r) => r.id === rule));
  return [...byRule].sort((a, b) => order(a[0]) - order(b[0])).map(([rule, findings]) => ({
    rules: rule === '' ? [...new Set(findings.map((f) => f.rule))] : [rule],
    label: rule === '' ? DATA_LABEL : LABELS[rule] ?? RULES_BY_ID.get(rule)!.description,
    basis: rule === '' ? null : RULES_BY_ID.get(rule)!.basis,
    count: findings.length,
    examples: findings.slice(0, EXAMPLES).map((f) => example(model, f)),
    counted: findings.slice(0, EXAMPLES).some((f) => COUNTING_CLAUSES.some((c) => new RegExp(c.source, 'u').test(f.message))),
  }));
}

export function shortcomingSection(model: ReportModel): ReportBlock[] {
  const groups = groupShortcomings(model);
  if (groups.length === 0) {
    return [paragraph('body', `Qua rà soát sổ theo dõi đến ngày ${dayText(model.date)}, chưa phát hiện tồn tại, hạn chế `
      + 'đối với các quy định được kiểm tra.')];
  }
  const counted = groups.some((g) => g.counted);
  return [
    paragraph('body', `Qua rà soát sổ theo dõi đến ngày ${dayText(model.date)}, việc thực hiện dân chủ ở cơ sở còn một số tồn tại, hạn chế sau`
      // The counting rule once for the whole section, not in every case quoted.
      + (counted ? ` (thời gian niêm yết tính theo ngày liên tục, không tính ngày bắt đầu theo ${COUNTING_BASIS}):` : ':')),
    ...groups.map((g, i) => {
      const more = g.count - g.examples.length;
      const cases = more > 0 ? `${g.examples.join('; ')} và ${more} trường hợp khác` : g.examples.join('; ');
      return paragraph('body', `${i + 1}. ${g.label}${g.basis ? ` (${g.basis})` : ''}: ${g.count} trường hợp, như: ${cases}.`);
    }),
    ...(model.inputErrors > 0 && groups.every((g) => g.basis !== null)
      ? [paragraph('body', `Sổ theo dõi còn ${model.inputErrors} lỗi dữ liệu cần rà soát, bổ sung để số liệu báo cáo đầy đủ, chính xác.`)]
      : []),
    paragraph('body', 'Chi tiết từng trường hợp tại danh sách kèm theo báo cáo này.'),
    paragraph('placeholder', '[Đơn vị bổ sung nguyên nhân của tồn tại, hạn chế]'),
  ];
}

const COUNTING_BASIS = 'Điều 147 Bộ luật Dân sự 2015';
// How the check's messages state the counting rule; the section states it once instead.
const COUNTING_CLAUSES = [
  /;\s*không tính ngày bắt đầu,?\s*(?:theo\s+)?(?:Bộ luật Dân sự(?: năm)? 2015,?\s*Điều 147|Điều 147 Bộ luật Dân sự(?: năm)? 2015)/gu,
  /;\s*thời gian niêm yết là số ngày liên tục[^;.]*/gu,
];
const TITLE_WORDS = 20;

/** A row's title as the prose quotes it: its first words when it is long. */
function quoted(title: string): string {
  const words = title.trim().split(/\s+/u);
  return words.length <= TITLE_WORDS ? words.join(' ') : `${words.slice(0, TITLE_WORDS).join(' ')}…`;
}

/**
 * `«title» – niêm yết 20 ngày…`: the row's own title where the model has it. The sheet and row
 * are for the annex list, not for the prose a reviewer reads.
 */
function example(model: ReportModel, f: ReportFinding): string {
  const title = f.row === null ? null : titleOf(model, f.sheet, f.row);
  let message = polishCitations(f.message.trim().replace(/[.;]+$/u, ''));
  for (const clause of COUNTING_CLAUSES) message = message.replace(clause, '');
  // The group's heading already cites the article: a case does not cite it again.
  const basis = RULES_BY_ID.get(f.rule)?.basis;
  if (basis) {
    const cited = polishCitations(basis);
    message = message.replace(` (${cited})`, '').replace(`, ${cited} `, ', ').replace(`${cited} `, '');
  }
  message = lowerFirst(message);
  return title ? `«${quoted(title)}» – ${message}` : message;
}
function titleOf(model: ReportModel, sheet: string, row: number): string | null {
  const rows: readonly { row: number; title?: string; subject?: string }[] =
    sheet === 'Công khai' ? model.postings : sheet === 'Kế hoạch' ? model.tasks
      : sheet === 'Lấy ý kiến' ? model.consultations : sheet === 'Biểu quyết' ? model.votes : [];
  const found = rows.find((r) => r.row === row);
  return found?.title ?? found?.subject ?? null;
}
