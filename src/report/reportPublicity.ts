import type { PostingStatus } from '../domain/postings/checkPosting';
import { byClause, type ReportModel, type ReportPosting } from './model';
import { paragraph, tableColumns, type ReportBlock } from './reportBlocks';
import { listVi, lowerFirst } from './reportText';

/** Section I, «Công khai thông tin»: what was publicised, how long, how soon (Luật 10/2022/QH15, Điều 11–13). */

// The order a report gives the durations in, and how its sentence names each.
const STATUS_PHRASES: readonly [PostingStatus, string][] = [
  ['met', 'bảo đảm đủ thời gian theo quy định'],
  ['short', 'chưa đủ thời gian theo quy định'],
  ['ongoing', 'đang công khai'],
  ['planned', 'chưa đến ngày công khai'],
  ['permanent', 'niêm yết thường xuyên'],
  ['no-requirement', 'thực hiện bằng hình thức không quy định thời gian'],
  ['missing-data', 'chưa đủ dữ liệu để đánh giá'],
  ['invalid', 'có dữ liệu không hợp lệ'],
];

const HEADERS = ['STT', 'Nhóm nội dung (khoản của Điều 11)', 'Số lượt công khai', 'Đạt', 'Chưa đủ thời gian', 'Khác (*)', 'Công khai chậm'];

export interface PublicityCounts {
  readonly postings: number;
  /** Distinct contents (titles): one plan posted at ten village halls is one content. */
  readonly contents: number;
  readonly byForm: readonly [string, number][];
  readonly byStatus: ReadonlyMap<PostingStatus, number>;
  readonly timely: number;
  readonly late: number;
  readonly timelinessUnknown: number;
}

export function countPublicity(postings: readonly ReportPosting[]): PublicityCounts {
  const byForm = new Map<string, number>();
  const byStatus = new Map<PostingStatus, number>();
  for (const p of postings) {
    const form = p.form ? lowerFirst(p.form) : 'chưa ghi hình thức';
    byForm.set(form, (byForm.get(form) ?? 0) + 1);
    byStatus.set(p.status, (byStatus.get(p.status) ?? 0) + 1);
  }
  return {
    postings: postings.length,
    contents: new Set(postings.map((p) => p.title.trim().normalize('NFC').toLocaleLowerCase('vi'))).size,
    byForm: [...byForm].sort((a, b) => b[1] - a[1]),
    byStatus,
    timely: postings.filter((p) => p.timely === true).length,
    late: postings.filter((p) => p.timely === false).length,
    timelinessUnknown: postings.filter((p) => p.timely === null).length,
  };
}

export function publicitySection(model: ReportModel): ReportBlock[] {
  const agency = model.unit.kind === 'agency';
  const c = countPublicity(model.postings);
  if (c.postings === 0) {
    return [paragraph('body', `Trong năm ${model.unit.year}, sổ theo dõi chưa ghi nhận lượt công khai thông tin nào.`)];
  }
  const forms = listVi(c.byForm.map(([form, n]) => `${form} ${n} lượt`));
  const durations = STATUS_PHRASES.filter(([s]) => (c.byStatus.get(s) ?? 0) > 0)
    .map(([s, phrase]) => `${c.byStatus.get(s)} lượt ${phrase}`);
  const timing = [
    `${c.timely} lượt công khai kịp thời`,
    ...(c.late > 0 ? [`${c.late} lượt công khai chậm so với thời hạn 05 ngày làm việc kể từ ngày có văn bản, quyết định`] : []),
    ...(c.timelinessUnknown > 0 ? [`${c.timelinessUnknown} lượt chưa xác định được (thiếu ngày văn bản hoặc ngày công khai)`] : []),
  ];
  return [
    paragraph('body', `Trong năm ${model.unit.year}, ${model.unit.name} đã thực hiện ${c.postings} lượt công khai đối với `
      + `${c.contents} nội dung thông tin, gồm: ${forms}.`),
    paragraph('body', `Về thời gian công khai (Luật Thực hiện dân chủ ở cơ sở, ${agency ? 'Điều 48' : 'Điều 13'}): ${durations.join('; ')}.`),
    paragraph('body', `Về thời điểm công khai (${agency ? 'Điều 47 khoản 2' : 'Điều 12 khoản 3'}): ${timing.join('; ')}.`),
    paragraph('caption', 'Kết quả công khai thông tin theo nhóm nội dung'),
    groupTable(model.postings),
    paragraph('note', '(*) Đang công khai, chưa đến ngày công khai, niêm yết thường xuyên, hình thức không quy định thời gian '
      + 'hoặc chưa đủ dữ liệu để đánh giá.'),
  ];
}

function groupTable(postings: readonly ReportPosting[]): ReportBlock {
  const groups = new Map<string, { clause: number | null; counts: number[] }>();
  for (const p of postings) {
    const g = groups.get(p.group) ?? { clause: p.clause, counts: [0, 0, 0, 0, 0] };
    g.counts[0]++;
    if (p.status === 'met') g.counts[1]++;
    else if (p.status === 'short') g.counts[2]++;
    else g.counts[3]++;
    if (p.timely === false) g.counts[4]++;
    groups.set(p.group, g);
  }
  const sorted = [...groups].sort((a, b) => byClause(a[1].clause, b[1].clause));
  const total = [0, 1, 2, 3, 4].map((i) => sorted.reduce((n, [, g]) => n + g.counts[i], 0));
  return {
    kind: 'table',
    columns: tableColumns(HEADERS),
    rows: sorted.map(([group, g], i) => [i + 1, g.clause === null ? group : `${group} (khoản ${g.clause})`, ...g.counts]),
    total: ['', 'Tổng cộng', ...total],
  };
}
