import type { ReportModel, ReportVote } from './model';
import { paragraph, tableColumns, type ReportBlock } from './reportBlocks';
import { dayText, listVi, percentVi } from './reportText';

/**
 * Section II, «Nhân dân bàn và quyết định»: the household votes and the share that decides them
 * (Luật 10/2022/QH15, Điều 15, Điều 21 khoản 1).
 */

const HEADERS = ['STT', 'Nội dung biểu quyết', 'Nơi, ngày biểu quyết', 'Số hộ tán thành / tổng số hộ', 'Tỷ lệ tán thành', 'Tỷ lệ yêu cầu', 'Kết quả'];

// Điều 21 khoản 1: what each share decides and how a sentence names it.
const BASES: readonly [ReportVote['threshold'], string][] = [
  ['2/3', 'thuộc Điều 15 khoản 1, 2 (đóng góp xây dựng công trình công cộng; thu, chi, quản lý các khoản đóng góp) cần ít nhất 2/3 tổng số đại diện hộ gia đình tán thành'],
  ['>50%', 'thuộc Điều 15 khoản 3 đến khoản 6 (hương ước, quy ước; bầu, cho thôi làm Trưởng thôn, thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng; các việc khác) cần trên 50% tổng số đại diện hộ gia đình tán thành'],
  [null, 'chưa xác định được tỷ lệ yêu cầu'],
];

export interface DecisionCounts {
  readonly votes: number;
  readonly passed: number;
  readonly failed: number;
  readonly undecided: number;
}

export function countDecisions(votes: readonly ReportVote[]): DecisionCounts {
  return {
    votes: votes.length,
    passed: votes.filter((v) => v.passed === true).length,
    failed: votes.filter((v) => v.passed === false).length,
    undecided: votes.filter((v) => v.passed === null).length,
  };
}

export function decisionSection(model: ReportModel): ReportBlock[] {
  const { year } = model.unit;
  const c = countDecisions(model.votes);
  if (c.votes === 0) return [paragraph('body', `Trong năm ${year}, chưa có nội dung nào được đưa ra để Nhân dân bàn và quyết định.`)];
  // Only the outcomes there were (no «0 nội dung …»); none passed is said when some were decided.
  const results = [
    ...(c.passed > 0 ? [`${c.passed} nội dung được thông qua`] : c.failed > 0 ? ['không có nội dung nào được thông qua'] : []),
    ...(c.failed > 0 ? [`${c.failed} nội dung không được thông qua`] : []),
    ...(c.undecided > 0 ? [`${c.undecided} nội dung chưa đủ số liệu để xác định kết quả`] : []),
  ];
  const bases = BASES.flatMap(([threshold, phrase]) => {
    const group = model.votes.filter((v) => v.threshold === threshold);
    if (group.length === 0) return [];
    const passed = group.filter((v) => v.passed === true).length;
    return [`${group.length} nội dung ${phrase}, trong đó ${passed} nội dung được thông qua`];
  });
  return [
    paragraph('body', `Trong năm ${year}, các cộng đồng dân cư trên địa bàn đã tổ chức để Nhân dân bàn và quyết định `
      + `${c.votes} nội dung: ${listVi(results)}.`),
    paragraph('body', `Căn cứ Điều 21 khoản 1 Luật Thực hiện dân chủ ở cơ sở: ${bases.join('; ')}.`),
    paragraph('caption', 'Kết quả Nhân dân bàn và quyết định'),
    {
      kind: 'table',
      // «Thôn 5, 10/03/2024» needs the width of three grid columns to keep the date on one line.
      columns: tableColumns(HEADERS, [1, 3, 3, 1, 1, 1, 2]),
      rows: model.votes.map((v, i) => [
        i + 1, v.title, `${v.area ?? '–'}, ${dayText(v.date)}`,
        v.agree !== null && v.households !== null ? `${v.agree}/${v.households}` : '–',
        v.agree !== null && v.households !== null ? percentVi(v.agree, v.households) : '–',
        v.threshold === '2/3' ? '≥ 2/3' : v.threshold === '>50%' ? '> 50%' : '–',
        v.passed === true ? 'Thông qua' : v.passed === false ? 'Không thông qua' : 'Chưa xác định',
      ]),
    },
  ];
}
