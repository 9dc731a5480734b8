import type { Finding, RowVerdict } from '../../domain/findings';
import type { Issue } from '../../domain/issues';
import type { LevelId } from '../../domain/vocabulary';
import { readInfo, type UnitInfo } from '../../sheets/info';
import type { FactReading } from '../../sheets/reading/types';
import type { StatusColumnPlace } from '../../report/statusColumn';
import { UnusableWorkbookError } from '../errors';
import type { FoundTable, TrackingRead } from './readTracking';
import { statusColumnOf } from './statusColumn';
import type { TableCheck, TablePlace } from './tableCheck';
import { placeOf } from './tablePlace';

/** No table of any checked kind: the edge says which sheets were searched and what for (exit 2). */
export function noTableError(sheets: readonly string[]): UnusableWorkbookError {
  const where = sheets.length > 0 ? `trong các sheet ${sheets.map((s) => `«${s}»`).join(', ')}` : 'vì sổ không có sheet nào';
  return new UnusableWorkbookError('no-table',
    `Không tìm thấy bảng nào để kiểm tra ${where}. DCCS tìm các bảng kế hoạch («Kế hoạch»), công khai – niêm yết («Công khai»), ` +
    'lấy ý kiến («Lấy ý kiến»), ý kiến góp ý («Ý kiến») và biểu quyết («Biểu quyết») qua dòng tiêu đề của bảng, ' +
    'ví dụ «Nội dung | Ngày bắt đầu | Ngày kết thúc»; tạo sổ mẫu bằng «dccs template» nếu chưa có.');
}

/**
 * `Thông tin` as typed, completed by the facts the book implies (the unit from its title block,
 * the year from a title): a typed value always wins; an inferred one is said, as a note.
 */
export function readUnit(t: TrackingRead): { info: UnitInfo; issues: Issue[] } {
  const infoTable = t.found.find((f) => f.table.kind === 'info');
  const read = readInfo(infoTable?.grid ?? null);
  const fact = (key: FactReading['key']) => t.reading.facts.find((f) => f.key === key);
  let info = read.info;
  let issues = [...read.issues];
  const note = (f: FactReading, what: string) => issues.push({
    code: 'fact-inferred', severity: 'info', sheet: f.from.sheet ?? '', row: f.from.row, column: null,
    params: { what, inferred: String(f.value), text: f.from.text },
  });
  const unit = fact('unit');
  if (info.unit === null && unit) {
    info = { ...info, unit: String(unit.value) };
    // The unit was not typed but the book names it: no error for the missing sheet or label.
    issues = issues.filter((i) => !(i.code === 'sheet-missing' || (i.code === 'required-missing' && i.row === (read.rows.unit ?? null))));
    note(unit, 'Tên đơn vị');
    const level = fact('level');
    if (info.level === null && level) info = { ...info, level: level.value as LevelId };
  } else if (!infoTable && info.unit === null) {
    issues = issues.map((i) => (i.code === 'sheet-missing' ? { ...i, code: 'unit-unknown' } : i));
  }
  const year = fact('year');
  if (info.year === null && year) {
    info = { ...info, year: Number(year.value) };
    note(year, 'Năm báo cáo');
  }
  return { info, issues };
}

/** The checks of several tables of one kind as one: items, records, findings, issues, verdicts in sheet order. */
export function mergeChecks<J, R>(checks: readonly TableCheck<J, R>[]): TableCheck<J, R> {
  // Most books keep one table of a kind: its lists as they are (copying 100,000 rows cost 80 ms).
  if (checks.length === 1) return { ...checks[0], place: null };
  return {
    items: checks.flatMap((c) => c.items), records: checks.flatMap((c) => c.records), findings: checks.flatMap((c) => c.findings),
    issues: checks.flatMap((c) => c.issues), verdicts: checks.flatMap((c) => c.verdicts), place: null,
  };
}

/**
 * One found table's entry in a check run: where it sits, its verdicts, where «Kiểm tra» writes them.
 * `verdicts` are its sheet's; the only checked table of its sheet (`alone`) has them all.
 */
export function tableEntry(
  f: FoundTable, verdicts: readonly RowVerdict[], alone = false,
): { place: TablePlace | null; verdicts: readonly RowVerdict[]; status: StatusColumnPlace | null; skipRows: number[] } {
  const place = f.read ? placeOf(f.grid, f.read) : null;
  const block = place ? { ...place, blockEnd: f.table.lastRow } : null;
  let own: readonly RowVerdict[] = [];
  if (place && alone) own = verdicts;
  else if (place) {
    const rows = new Set(place.rows);
    own = verdicts.filter((v) => v.sheet === f.table.sheet && rows.has(v.row));
  }
  // The next table's title (in this block's last rows) and the signature rows are among the ignored.
  return { place: block, verdicts: own, status: statusColumnOf(f.grid, block), skipRows: f.table.ignored.map((i) => i.row) };
}

/**
 * Not recorded is not "not done": a column the book does not keep gives one note per
 * table naming what cannot be checked, never a finding on every row.
 */
const RECORDED: readonly { kind: string; key: string; column: string; basis: string; rule: string }[] = [
  { kind: 'votes', key: 'sentToCommune', column: 'ngày gửi kết quả cho UBND xã', basis: 'Điều 20 khoản 3', rule: 'BQ_GUI_QUYET_DINH' },
  { kind: 'postings', key: 'documentDate', column: 'ngày văn bản', basis: 'Điều 12 khoản 3', rule: 'CK_THOI_DIEM' },
  { kind: 'consultations', key: 'resultPublished', column: 'ngày công khai kết quả', basis: 'Điều 28 khoản 3', rule: 'YK_CONG_KHAI_KQ' },
  { kind: 'plan', key: 'completed', column: 'ngày hoàn thành', basis: 'kế hoạch của đơn vị', rule: 'KH_THOI_HAN' },
];

export function notRecordedNotes(found: readonly FoundTable[]): Finding[] {
  const notes: Finding[] = [];
  for (const f of found) {
    if (!f.read || f.read.rows.length === 0) continue;
    for (const r of RECORDED) {
      if (r.kind !== f.table.kind || (f.read.columns as Record<string, unknown>)[r.key] !== undefined) continue;
      notes.push({ sheet: f.table.sheet, row: f.table.headerRows[f.table.headerRows.length - 1], rule: r.rule, severity: 'info',
        code: 'not-recorded', params: { column: r.column, basis: r.basis } });
    }
  }
  return notes;
}
