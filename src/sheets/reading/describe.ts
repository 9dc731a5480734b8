import { templateSpecOf } from './kinds';
import type { ColumnReading, IgnoredWhy, Reading, TableKind, TableReading } from './types';

/**
 * A reading in Vietnamese, for a person (`dccs inspect`): each table and where it is, each column's
 * meaning with its confidence, columns not recognised, facts inferred and from where, rows passed over.
 */
export const KIND_LABELS: Readonly<Record<TableKind, string>> = {
  info: 'Thông tin đơn vị', plan: 'Kế hoạch', postings: 'Công khai – niêm yết', consultations: 'Lấy ý kiến',
  feedback: 'Ý kiến góp ý', votes: 'Biểu quyết', daysOff: 'Ngày nghỉ', rules: 'Quy định',
};

const WHY: Readonly<Record<IgnoredWhy, string>> = {
  section: 'dòng tiêu đề mục', totals: 'dòng tổng cộng', signature: 'phần ký tên', note: 'ghi chú',
  'header-repeat': 'tiêu đề cột lặp lại', ordinals: 'dòng đánh số cột',
};

const HOW: Readonly<Record<string, string>> = {
  title: 'tiêu đề', 'sheet-name': 'tên sheet', label: 'dòng ghi', 'file-name': 'tên tệp', user: 'người dùng',
};

const percent = (n: number) => `${Math.round(n * 100)}%`;

function columnLine(kind: TableKind, c: ColumnReading): string {
  const spec = templateSpecOf(kind).columns.find((x) => x.key === c.key);
  const meaning = spec?.header ?? (c.key === 'period' ? 'Thời gian (từ ngày – đến ngày)' : c.key);
  if (c.status === 'unknown' || c.key === null) return `    cột ${c.column} «${c.header}»: không nhận ra, bỏ qua`;
  const sure = c.status === 'taken' ? `chắc chắn ${percent(c.confidence)}` : `ĐỀ XUẤT, cần xác nhận (${percent(c.confidence)})`;
  return `    cột ${c.column} «${c.header}» → ${meaning} (${sure})`;
}

function tableLines(t: TableReading): string[] {
  const where = t.headerRows.length > 0
    ? `dòng tiêu đề ${t.headerRows.join('–')}, dữ liệu dòng ${t.firstDataRow}–${t.lastRow}`
    : `dòng ${t.firstDataRow}–${t.lastRow}`;
  const lines = [`  ${KIND_LABELS[t.kind]} — sheet «${t.sheet}», ${where}${t.from === 'user' ? ' (đã xác nhận)' : ''}`];
  if (t.title) lines.push(`    tiêu đề: «${t.title}»`);
  for (const c of t.columns) lines.push(columnLine(t.kind, c));
  for (const d of t.defaults) lines.push(`    mọi dòng: ${templateSpecOf(t.kind).columns.find((x) => x.key === d.key)?.header ?? d.key} = «${d.label}» (suy ra từ ${HOW[d.from.how]} «${d.from.text}»)`);
  const ignored = new Map<string, number[]>();
  for (const i of t.ignored) ignored.set(WHY[i.why], [...(ignored.get(WHY[i.why]) ?? []), i.row]);
  for (const [why, rows] of ignored) lines.push(`    bỏ qua (${why}): dòng ${rows.join(', ')}`);
  return lines;
}

export function describeReading(reading: Reading): string {
  const lines = [reading.confirmed ? 'Cách đọc sổ (đã được xác nhận):' : 'Cách đọc sổ (DCCS tự nhận ra; chưa xác nhận):'];
  for (const t of reading.tables) lines.push(...tableLines(t));
  if (reading.facts.length > 0) {
    lines.push('Thông tin suy ra (thông tin nhập ở sheet Thông tin luôn được ưu tiên):');
    for (const f of reading.facts) {
      const label = f.key === 'unit' ? 'Tên đơn vị' : f.key === 'level' ? 'Cấp' : 'Năm';
      lines.push(`  ${label}: ${f.value} — từ ${HOW[f.from.how]} «${f.from.text}»${f.from.sheet ? ` (sheet «${f.from.sheet}»${f.from.row ? `, dòng ${f.from.row}` : ''})` : ''}`);
    }
  }
  const missing = reading.notFound.filter((k) => k !== 'daysOff' && k !== 'rules');
  if (missing.length > 0) lines.push(`Không có bảng: ${missing.map((k) => KIND_LABELS[k]).join(', ')}.`);
  if (reading.otherSheets.length > 0) lines.push(`Sheet không có bảng nào DCCS đọc: ${reading.otherSheets.map((s) => `«${s}»`).join(', ')}.`);
  return `${lines.join('\n')}\n`;
}
