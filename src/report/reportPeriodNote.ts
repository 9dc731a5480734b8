import { formatVi } from '../domain/calendar/localDate';
import type { ReportModel } from './model';
import type { OutOfPeriod } from './period';
import { paragraph, type ReportParagraph } from './reportBlocks';
import { listVi } from './reportText';

/**
 * The rows of other years a year's report leaves out, said once under the introduction so the
 * reader knows they were seen and not counted: never among the shortcomings.
 */
const KIND_NAMES: Readonly<Record<OutOfPeriod['kind'], string>> = {
  posting: 'nội dung công khai', task: 'công việc trong kế hoạch', consultation: 'đợt lấy ý kiến', vote: 'nội dung biểu quyết',
};
const SHOWN = 3;

export function outOfPeriodNote(model: ReportModel): ReportParagraph[] {
  const out = model.outOfPeriod ?? [];
  if (out.length === 0) return [];
  const kinds = (Object.keys(KIND_NAMES) as OutOfPeriod['kind'][])
    .map((k) => [k, out.filter((o) => o.kind === k).length] as const).filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${KIND_NAMES[k]}`);
  const shown = out.slice(0, SHOWN).map((o) => `«${o.title.trim().split(/\s+/u).slice(0, 12).join(' ')}» (${formatVi(o.date)})`);
  const rest = out.length > SHOWN ? ` và ${out.length - SHOWN} dòng khác` : '';
  return [paragraph('note', `Sổ theo dõi còn ghi ${listVi(kinds)} ngoài năm ${model.unit.year}, như: ${shown.join('; ')}${rest}; `
    + `các nội dung này thuộc kỳ báo cáo khác, không tính vào số liệu của báo cáo này.`)];
}
