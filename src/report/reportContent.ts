import type { ReportModel, ReportUnit } from './model';
import { paragraph, type ReportBlock, type ReportParagraph } from './reportBlocks';
import { consultationSection } from './reportConsultations';
import { decisionSection } from './reportDecisions';
import { publicitySection } from './reportPublicity';
import { shortcomingSection } from './reportShortcomings';
import { outOfPeriodNote } from './reportPeriodNote';
import { polishBlocks } from './reportPolish';
import { dateline, dayText, issuerLine, parentLine, placeFromUnit, ROMAN, upperVi } from './reportText';

/**
 * The report's content once, as pure data: the `Báo cáo` sheet and the Word draft both render it,
 * so the two never say different things. Layout (fonts, widths, rules) belongs to the renderers;
 * only the table grid is shared (`reportBlocks.ts`), since a table's columns are chosen for it.
 */
export type { ParagraphRole, ReportBlock, ReportColumn, ReportParagraph, ReportTable } from './reportBlocks';

export type SectionId = 'publicity' | 'decisions' | 'consultations' | 'shortcomings' | 'directions';

export interface ReportSection {
  readonly id: SectionId;
  /** `I. CÔNG KHAI THÔNG TIN`: numbered here, since an agency's report has one section fewer. */
  readonly title: string;
  readonly blocks: readonly ReportBlock[];
}

export interface ReportHeader {
  /** The parent agency in capitals (`UBND HUYỆN HOÀI ĐỨC`), null for a UBND or when `Thông tin` leaves it blank (`parentLine`). */
  readonly parent: string | null;
  readonly issuer: string;
  /** `Số:      /BC-UBND`: the number is left for the clerk who registers the document. */
  readonly number: string;
  readonly nation: string;
  readonly motto: string;
  readonly dateline: string;
}

export interface ReportSignature {
  /** `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, or null when the signer signs in their own title. */
  readonly authority: string | null;
  readonly title: string;
  /** Null when `Thông tin` gives no signer: the renderers leave the line for a handwritten name. */
  readonly name: string | null;
}

export interface ReportContent {
  readonly header: ReportHeader;
  readonly title: string;
  readonly subject: string;
  readonly intro: readonly ReportParagraph[];
  readonly sections: readonly ReportSection[];
  readonly closing: ReportParagraph;
  readonly recipients: { readonly heading: string; readonly lines: readonly string[] };
  readonly signature: ReportSignature;
}

/** Luật 10/2022/QH15 as amended from 1/7/2025 (Luật 47/2024/QH15, Luật 97/2025/QH15): cited so for a year that reaches it. */
const AMENDED = (year: number) => (year >= 2025 ? ', được sửa đổi, bổ sung bởi Luật số 47/2024/QH15 và Luật số 97/2025/QH15' : '');

export const DIRECTIONS_PLACEHOLDER = '[Đơn vị bổ sung phương hướng, kiến nghị]';

/**
 * Builds the report's content from the model. Numbers come from the model only.
 * An agency (`unit.kind === 'agency'`) gets no «Nhân dân bàn và quyết định» section: household
 * votes are a residential community's matter (Luật 10/2022/QH15, Điều 15–21), and an agency's
 * staff take part through the conference of Điều 50–51, which this workbook does not track.
 */
export function buildReportContent(model: ReportModel): ReportContent {
  const { unit } = model;
  const agency = unit.kind === 'agency';
  const bodies: [SectionId, string, ReportBlock[]][] = [
    ['publicity', 'CÔNG KHAI THÔNG TIN', publicitySection(model)],
    ...(agency ? [] : [['decisions', 'NHÂN DÂN BÀN VÀ QUYẾT ĐỊNH', decisionSection(model)] as [SectionId, string, ReportBlock[]]]),
    ['consultations', agency ? 'CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG THAM GIA Ý KIẾN' : 'NHÂN DÂN THAM GIA Ý KIẾN', consultationSection(model)],
    ['shortcomings', 'TỒN TẠI, HẠN CHẾ', shortcomingSection(model)],
    ['directions', 'PHƯƠNG HƯỚNG, KIẾN NGHỊ', [paragraph('placeholder', DIRECTIONS_PLACEHOLDER)]],
  ];
  const place = unit.place ?? placeFromUnit(unit.name) ?? '…';
  return {
    header: {
      parent: parentLine(unit.name, unit.parent),
      issuer: issuerLine(unit.name),
      number: `Số:      /${unit.reportSymbol}`,
      nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      dateline: dateline(place, model.date),
    },
    title: 'BÁO CÁO',
    subject: `Kết quả thực hiện dân chủ ở cơ sở năm ${unit.year}`,
    intro: polishBlocks([paragraph('body', `Thực hiện Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022${AMENDED(unit.year)} và Nghị định số 59/2023/NĐ-CP `
      + `ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở, ${unit.name} báo cáo `
      + `kết quả thực hiện dân chủ ở cơ sở năm ${unit.year} (số liệu tính đến ngày ${dayText(model.date)}) như sau:`),
    ...outOfPeriodNote(model)]),
    sections: bodies.map(([id, title, blocks], i) => ({ id, title: `${ROMAN[i]}. ${title}`, blocks: polishBlocks(blocks) })),
    closing: paragraph('body', `Trên đây là báo cáo kết quả thực hiện dân chủ ở cơ sở năm ${unit.year} của ${unit.name}./.`),
    recipients: { heading: 'Nơi nhận:', lines: recipients(unit) },
    signature: signature(unit),
  };
}

/**
 * `Nơi nhận`: the report goes to the HĐND with a copy to the MTTQ (Luật 10/2022/QH15, Điều 14
 * khoản 3, Điều 23 khoản 1, Điều 28 khoản 5), and up to the parent agency when there is one.
 */
function recipients(unit: ReportUnit): string[] {
  const level = unit.level ?? 'xã';
  const lines = unit.kind === 'agency'
    ? ['Lãnh đạo cơ quan, đơn vị;', 'Ban Chấp hành Công đoàn cơ sở;']
    : [`Thường trực HĐND ${level};`, `Ủy ban MTTQ Việt Nam ${level};`, `CT, các PCT UBND ${level};`];
  if (unit.parent) lines.unshift(`${unit.parent.trim()};`);
  return [...lines.map((l) => `- ${l}`), '- Lưu: VT, …'];
}

/**
 * The signature block (ND 30, Phụ lục I, mục II.7): `TM.` for a collective body, `KT.` for a deputy
 * signing for the head (whose title is the deputy's without «Phó»), nothing before a head's own title.
 */
export function signature(unit: ReportUnit): ReportSignature {
  const agency = unit.kind === 'agency';
  const fallback = unit.signAuthority === 'KT' ? 'Phó Chủ tịch' : agency ? 'Thủ trưởng cơ quan' : 'Chủ tịch';
  const title = upperVi((unit.signerTitle ?? fallback).trim());
  const head = title.replace(/^PHÓ\s+/u, '');
  const authority = unit.signAuthority === 'TM' ? `TM. ${agency ? issuerLine(unit.name) : 'ỦY BAN NHÂN DÂN'}`
    : unit.signAuthority === 'KT' ? `KT. ${head}` : null;
  return { authority, title, name: unit.signer?.trim() || null };
}
