import type { LocalDate } from '../domain/calendar/localDate';
import { complianceOf, handledRate, type Consolidation, type UnitSummary } from './consolidatedModel';
import type { ReportUnit } from './model';
import { paragraph, type ReportBlock, type ReportColumn, type ReportTable } from './reportBlocks';
import { signature, type ReportContent } from './reportContent';
import { polishBlocks } from './reportPolish';
import { layoutReportSheet } from './reportSheet';
import { buildContentDocx } from './reportDocx';
import { dateline, dayText, issuerLine, listVi, parentLine, percentVi, ROMAN } from './reportText';
import { DEFAULT_REPORT_SYMBOL } from '../sheets/info';
import type { SheetDocument } from './document';

/** The consolidated report draft; the add-in owns it and replaces it on every run. */
export const CONSOLIDATED_REPORT_SHEET = 'Báo cáo tổng hợp';
export const CONSOLIDATED_REPORT_OWNER = 'bao-cao-tong-hop';
export const OFFICE_PLACEHOLDER = '[Tên cơ quan tổng hợp]';

export interface ConsolidatedReportInput {
  /** The consolidating office, from its workbook's `Thông tin` (blanks give placeholders). */
  readonly office: ReportUnit;
  /** The report's date (the as-of date, or today). */
  readonly date: LocalDate;
  /**
   * False when neither the office's `Thông tin` nor the user gave a date: the dateline is left for
   * the office to fill («……, ngày …… tháng …… năm ……») rather than dated by the machine's clock.
   */
  readonly dated?: boolean;
  readonly consolidation: Consolidation;
}

/** A blank dateline, as a form leaves it: the office dates its own document. */
const BLANK_DATELINE = (place: string) => `${place}, ngày …… tháng …… năm ……`;

/**
 * «số liệu tính đến …»: the day the units were judged at (their own `Ngày đánh giá`, or the common
 * as-of date), not the day the office ran the consolidation; a range when the units differ.
 */
export function unitsAsOfText(units: readonly UnitSummary[], fallback: LocalDate): string {
  const days = [...new Set(units.map((u) => u.asOf).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)))].sort();
  const vi = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  if (days.length === 0) return `ngày ${dayText(fallback)}`;
  if (days.length === 1) return `ngày ${vi(days[0])}`;
  return `ngày đánh giá của từng đơn vị (từ ngày ${vi(days[0])} đến ngày ${vi(days[days.length - 1])})`;
}

/**
 * The office's own number symbol: its `Thông tin`'s `Ký hiệu báo cáo`; `BC-UBND` belongs to a
 * UBND only, so another office (or a placeholder one) without a symbol gets «BC-……» to fill.
 */
function symbolOf(office: ReportUnit): string {
  if (office.reportSymbol !== DEFAULT_REPORT_SYMBOL) return office.reportSymbol;
  return /^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\b/iu.test(office.name.trim()) ? office.reportSymbol : 'BC-……';
}

/** Per-unit table on the report grid (12 columns): STT · unit · five figures. */
const UNIT_COLUMNS: readonly ReportColumn[] = [
  { header: 'STT', span: 1, align: 'center' },
  { header: 'Đơn vị', span: 4, align: 'left' },
  { header: 'Số lượt công khai', span: 2, align: 'center' },
  { header: 'Tỷ lệ đạt thời hạn', span: 1, align: 'center' },
  { header: 'Công khai chậm', span: 1, align: 'center' },
  { header: 'Việc quá hạn', span: 1, align: 'center' },
  { header: 'Ý kiến chưa xử lý', span: 1, align: 'center' },
  { header: 'Lỗi dữ liệu', span: 1, align: 'center' },
];

/**
 * The consolidated report's content: the same ND 30 frame as a commune's report (header, title,
 * sections, `Nơi nhận`, signature), the numbers from the consolidation only, and the per-unit
 * table. Units with two files are named but not in the table's total, as in `TH Đơn vị`.
 */
export function buildConsolidatedContent(input: ConsolidatedReportInput): ReportContent {
  const { office, date, consolidation: c } = input;
  const counted = c.units.filter((u) => !u.conflict);
  const year = commonYear(counted) ?? office.year;
  const t = c.totals;
  const rate = complianceOf(t.postings);
  const postings = Object.values(t.postings).reduce((a, b) => a + b, 0);
  // Thousands with a dot, as Vietnamese writes them (10.800).
  const n = (x: number) => x.toLocaleString('vi-VN');
  const sections: [string, ReportBlock[]][] = [
    ['TÌNH HÌNH TIẾP NHẬN SỐ LIỆU', receipt(c, counted.length)],
    ['KẾT QUẢ CÔNG KHAI THÔNG TIN', [
      // «Lượt» as a commune's report counts postings (one content posted at ten halls is ten).
      paragraph('body', `Các đơn vị đã thực hiện ${n(postings)} lượt công khai; ${n(rate.judged)} lượt đã đủ điều kiện đánh giá thời gian công khai, `
        + `trong đó ${n(rate.met)} lượt đạt (${percentVi(rate.met, rate.judged)}), ${n(t.postings.short)} lượt chưa đủ thời gian; `
        + `${n(t.latePublications)} lượt công khai chậm so với thời hạn.`),
      paragraph('caption', 'Bảng: Kết quả theo đơn vị'),
      unitTable(counted, c),
    ]],
    ['NHÂN DÂN BÀN, QUYẾT ĐỊNH VÀ THAM GIA Ý KIẾN', [
      paragraph('body', `Biểu quyết: ${t.votes.passed} nội dung được thông qua, ${t.votes.failed} nội dung không được thông qua.`),
      paragraph('body', `Lấy ý kiến: ${n(t.consultations)} đợt, ${n(t.feedback.total)} ý kiến; đã tiếp thu ${n(t.feedback.accepted)}, tiếp thu một phần `
        + `${n(t.feedback.partlyAccepted)}, giải trình ${n(t.feedback.explained)}; còn ${n(t.feedback.pending)} ý kiến chưa xử lý`
        + `${t.feedback.total ? ` (đã xử lý ${percentVi(t.feedback.total - t.feedback.pending, t.feedback.total)})` : ''}.`),
    ]],
    ['THỰC HIỆN KẾ HOẠCH', [
      paragraph('body', `Tổng số ${Object.values(t.tasks).reduce((a, b) => a + b, 0)} nhiệm vụ: hoàn thành đúng hạn ${t.tasks['done-on-time']}, `
        + `hoàn thành muộn ${t.tasks['done-late']}, quá hạn chưa hoàn thành ${t.tasks.overdue}, sắp đến hạn ${t.tasks['due-soon']}.`),
    ]],
    ['TỒN TẠI, HẠN CHẾ', shortcomings(counted, t.inputErrors)],
    ['PHƯƠNG HƯỚNG, KIẾN NGHỊ', [paragraph('placeholder', '[Cơ quan tổng hợp bổ sung phương hướng, kiến nghị]')]],
  ];
  const place = office.place ?? '……';
  return {
    header: {
      parent: parentLine(office.name, office.parent),
      issuer: issuerLine(office.name || OFFICE_PLACEHOLDER),
      number: `Số:      /${symbolOf(office)}`,
      nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      dateline: input.dated === false ? BLANK_DATELINE(place) : dateline(place, date),
    },
    title: 'BÁO CÁO',
    subject: `Tổng hợp kết quả thực hiện dân chủ ở cơ sở năm ${year} của các đơn vị`,
    intro: [paragraph('body', `Thực hiện Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022 và Nghị định số 59/2023/NĐ-CP `
      + `ngày 14/8/2023 của Chính phủ, trên cơ sở sổ theo dõi của ${counted.length} đơn vị (số liệu tính đến ${unitsAsOfText(counted, date)}), `
      + `${office.name || OFFICE_PLACEHOLDER} tổng hợp kết quả thực hiện dân chủ ở cơ sở năm ${year} như sau:`)],
    // The renderers read only titles and blocks; `id` names a commune report's sections, so one is given for the type.
    sections: sections.map(([title, blocks], i) => ({ id: 'publicity' as const, title: `${ROMAN[i]}. ${title}`, blocks: polishBlocks(blocks) })),
    closing: paragraph('body', `Trên đây là báo cáo tổng hợp kết quả thực hiện dân chủ ở cơ sở năm ${year} của ${office.name || OFFICE_PLACEHOLDER}./.`),
    recipients: { heading: 'Nơi nhận:', lines: [...(office.parent ? [`- ${office.parent.trim()};`] : []), '- Các đơn vị (để biết);', '- Lưu: VT, …'] },
    signature: signature(office),
  };
}

/** The `Báo cáo tổng hợp` sheet. */
export function buildConsolidatedReportSheet(input: ConsolidatedReportInput): SheetDocument {
  return layoutReportSheet(buildConsolidatedContent(input), CONSOLIDATED_REPORT_SHEET, CONSOLIDATED_REPORT_OWNER);
}

/** The Word draft of `Báo cáo tổng hợp`. */
export function buildConsolidatedReportDocx(input: ConsolidatedReportInput): Promise<Uint8Array> {
  return buildContentDocx(buildConsolidatedContent(input), input.office.name || OFFICE_PLACEHOLDER);
}

/** The year most units report on (ties: the latest); null without one. */
function commonYear(units: readonly UnitSummary[]): number | null {
  const counts = new Map<number, number>();
  for (const u of units) if (u.year !== null) counts.set(u.year, (counts.get(u.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best) && y > best)) best = y;
  return best;
}

function receipt(c: Consolidation, counted: number): ReportBlock[] {
  const files = c.units.length + c.failed.length;
  const blocks: ReportBlock[] = [paragraph('body', `Đã tiếp nhận ${files} tệp; tổng hợp được số liệu của ${counted} đơn vị.`)];
  if (c.conflicts.length) {
    blocks.push(paragraph('body', `${c.conflicts.length} đơn vị gửi từ hai tệp trở lên nên chưa cộng vào tổng: `
      + `${listVi(c.conflicts.map((x) => `${x.unit} (${x.files.join(', ')})`))}.`));
  }
  if (c.failed.length) blocks.push(paragraph('body', `${c.failed.length} tệp không sử dụng được: ${listVi(c.failed.map((f) => f.file))} (lý do ghi tại bảng tổng hợp theo đơn vị kèm theo).`));
  if (c.hasExpectedList) {
    blocks.push(paragraph('body', c.missing.length
      ? `${c.missing.length} đơn vị chưa gửi sổ theo dõi: ${listVi([...c.missing])}.`
      : 'Tất cả các đơn vị trong danh sách đã gửi sổ theo dõi.'));
  }
  return blocks;
}

function unitTable(units: readonly UnitSummary[], c: Consolidation): ReportTable {
  const figures = (u: Pick<UnitSummary, 'postings' | 'latePublications' | 'tasks' | 'feedback' | 'inputErrors'>) => {
    const rate = complianceOf(u.postings);
    return [Object.values(u.postings).reduce((a, b) => a + b, 0), rate.rate === null ? '–' : percentVi(rate.met, rate.judged),
      u.latePublications, u.tasks.overdue, u.feedback.pending, u.inputErrors];
  };
  return {
    kind: 'table', columns: UNIT_COLUMNS,
    rows: units.map((u, i) => [i + 1, u.unit, ...figures(u)]),
    total: ['', 'Tổng cộng', ...figures(c.totals)],
  };
}

/** Units below 80% compliance, units with input errors, and the officer's own text. */
function shortcomings(units: readonly UnitSummary[], inputErrors: number): ReportBlock[] {
  const low = units.filter((u) => {
    const r = complianceOf(u.postings).rate;
    return r !== null && r < 0.8;
  });
  const withErrors = units.filter((u) => u.inputErrors > 0);
  const pending = units.filter((u) => (handledRate(u.feedback) ?? 1) < 1);
  const blocks: ReportBlock[] = [];
  if (low.length) blocks.push(paragraph('body', `${low.length} đơn vị có tỷ lệ công khai đạt thời hạn dưới 80%: ${listVi(low.map((u) => u.unit))}.`));
  if (pending.length) blocks.push(paragraph('body', `${pending.length} đơn vị còn ý kiến của Nhân dân chưa được xử lý, phản hồi.`));
  if (withErrors.length) {
    blocks.push(paragraph('body', `Sổ theo dõi của ${withErrors.length} đơn vị còn ${inputErrors} lỗi dữ liệu (ngày không hợp lệ, thiếu thông tin…); `
      + 'danh sách chi tiết kèm theo để gửi lại từng đơn vị rà soát.'));
  }
  blocks.push(paragraph('placeholder', '[Cơ quan tổng hợp bổ sung nhận xét về tồn tại, hạn chế và nguyên nhân]'));
  return blocks;
}
