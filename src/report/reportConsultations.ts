import type { FeedbackCounts, ReportModel } from './model';
import { paragraph, tableColumns, type ReportBlock } from './reportBlocks';
import { dayText, listVi } from './reportText';

/**
 * Section III, «Nhân dân tham gia ý kiến»: the consultations, their feedback by decision and what
 * is still pending (Luật 10/2022/QH15, Điều 25–28).
 */

const HEADERS = ['STT', 'Nội dung lấy ý kiến', 'Thời gian lấy ý kiến', 'Tổng số ý kiến', 'Tiếp thu (*)', 'Giải trình', 'Chưa xử lý'];

/** Feedback of every consultation added up. */
export function sumFeedback(model: ReportModel): FeedbackCounts {
  const zero: FeedbackCounts = { total: 0, accepted: 0, partlyAccepted: 0, explained: 0, pending: 0 };
  return model.consultations.reduce((s, c) => ({
    total: s.total + c.feedback.total,
    accepted: s.accepted + c.feedback.accepted,
    partlyAccepted: s.partlyAccepted + c.feedback.partlyAccepted,
    explained: s.explained + c.feedback.explained,
    pending: s.pending + c.feedback.pending,
  }), zero);
}

export function consultationSection(model: ReportModel): ReportBlock[] {
  const { unit, consultations } = model;
  const agency = unit.kind === 'agency';
  const who = agency ? 'cán bộ, công chức, viên chức, người lao động' : 'Nhân dân';
  if (consultations.length === 0) {
    return [paragraph('body', `Trong năm ${unit.year}, ${unit.name} chưa tổ chức lấy ý kiến ${who}.`)];
  }
  const f = sumFeedback(model);
  const decided = [
    `tiếp thu ${f.accepted} ý kiến`,
    ...(f.partlyAccepted > 0 ? [`tiếp thu một phần ${f.partlyAccepted} ý kiến`] : []),
    `giải trình ${f.explained} ý kiến`,
  ];
  const rest = f.pending > 0 ? `còn ${f.pending} ý kiến chưa được xem xét, tiếp thu, giải trình`
    : 'các ý kiến đều đã được xem xét, tiếp thu hoặc giải trình';
  const count = (s: string) => consultations.filter((c) => c.status === s).length;
  const published = consultations.filter((c) => c.resultsPublished !== null).length;
  const window = [
    ...(count('short') > 0 ? [`${count('short')} đợt chưa bảo đảm thời gian lấy ý kiến tối thiểu${agency ? '' : ' (Điều 28 khoản 2)'}`] : []),
    ...(count('ongoing') > 0 ? [`${count('ongoing')} đợt đang lấy ý kiến`] : []),
    ...(count('planned') > 0 ? [`${count('planned')} đợt chưa đến thời gian lấy ý kiến`] : []),
  ];
  const unlinked = model.feedback.filter((x) => x.consultationId === null).length;
  return [
    paragraph('body', `Trong năm ${unit.year}, ${unit.name} đã tổ chức lấy ý kiến ${who} đối với ${consultations.length} nội dung; `
      + `tổng số ${f.total} ý kiến tham gia, trong đó ${listVi(decided)}; ${rest}.`),
    paragraph('body', `${window.length > 0 ? `Về thời gian lấy ý kiến: ${window.join('; ')}. ` : ''}`
      + `Về công khai kết quả tổng hợp, tiếp thu, giải trình ý kiến${agency ? '' : ' (Điều 28 khoản 3)'}: `
      + `${published}/${consultations.length} đợt đã công khai.`),
    ...(unlinked > 0 ? [paragraph('body', `Ngoài ra, có ${unlinked} ý kiến chưa xác định được thuộc đợt lấy ý kiến nào.`)] : []),
    paragraph('caption', `Kết quả lấy ý kiến ${who}`),
    {
      kind: 'table',
      // The window as two dates on two lines, each whole: three grid columns.
      columns: tableColumns(HEADERS, [1, 3, 3, 1, 1, 1, 2]),
      rows: consultations.map((c, i) => [
        i + 1, c.subject, `${dayText(c.from)} –\n${dayText(c.to)}`,
        c.feedback.total, c.feedback.accepted + c.feedback.partlyAccepted, c.feedback.explained, c.feedback.pending,
      ]),
      total: ['', 'Tổng cộng', '', f.total, f.accepted + f.partlyAccepted, f.explained, f.pending],
    },
    paragraph('note', '(*) Gồm ý kiến được tiếp thu toàn bộ và tiếp thu một phần.'),
  ];
}
