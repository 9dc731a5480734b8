import { formatVi, type LocalDate } from '../domain/calendar/localDate';
import { a1, sheetRef, type DocValue, type SheetDocument } from './document';
import { a4, BODY, HEADER, HEADER_FILL, TITLE } from './style';

/** The sheet «Kiểm tra» writes; the add-in owns it and replaces it on every run. */
export const FINDINGS_SHEET = 'KQ Kiểm tra';
export const FINDINGS_TITLE = 'KẾT QUẢ KIỂM TRA THỰC HIỆN DÂN CHỦ Ở CƠ SỞ';

/** One line of the findings sheet: a verdict on a row, or an input error. */
export interface FindingLine {
  readonly sheet: string;
  readonly row: number | null;
  readonly title: string;
  /** Rule id (`CK_NIEM_YET`) or input-check id. */
  readonly rule: string;
  /** Vietnamese verdict label (`Đạt`, `Chưa đạt`, `Lỗi dữ liệu`…). */
  readonly verdict: string;
  readonly severity: 'error' | 'warning' | 'info' | 'ok';
  readonly explanation: string;
}

const HEADERS = ['STT', 'Sheet', 'Dòng', 'Nội dung', 'Quy định', 'Kết luận', 'Giải thích'];
const WIDTHS = [6, 14, 8, 40, 20, 18, 80];
const FILL: Record<FindingLine['severity'], string | undefined> = {
  error: '#F8CBAD', warning: '#FFE699', info: '#DDEBF7', ok: undefined,
};
const FIRST_DATA_ROW = 5;

/**
 * Builds `KQ Kiểm tra`: one line per verdict, the row number linked to the row it judges.
 * User text (titles) is written as text: the document model never turns strings into formulas.
 */
export function buildFindingsSheet(unit: string, asOf: LocalDate, lines: readonly FindingLine[], summary: string): SheetDocument {
  const values: DocValue[][] = [
    [FINDINGS_TITLE],
    [`Đơn vị: ${unit || '(chưa ghi tên đơn vị)'} — Ngày đánh giá: ${formatVi(asOf)}`],
    [summary],
    HEADERS,
    ...lines.map((l, i) => [i + 1, l.sheet, l.row, l.title, l.rule, l.verdict, l.explanation]),
  ];
  const last = FIRST_DATA_ROW + lines.length - 1;
  const lastCol = HEADERS.length;
  const formats = [
    { range: a1(1, 1), font: TITLE, horizontal: 'center' as const },
    { range: a1(2, 1, 3, 1), font: { ...BODY, italic: true } },
    { range: a1(4, 1, 4, lastCol), font: HEADER, fill: HEADER_FILL, border: 'thin' as const, horizontal: 'center' as const, vertical: 'middle' as const, wrap: true },
    ...(lines.length > 0
      ? [{ range: a1(FIRST_DATA_ROW, 1, last, lastCol), font: BODY, border: 'thin' as const, vertical: 'top' as const, wrap: true },
         { range: a1(FIRST_DATA_ROW, 1, last, 3), horizontal: 'center' as const }]
      : []),
    // Colour by severity, one range per run of equal severity (cheap for a host to apply).
    ...severityRuns(lines).map(({ from, to, fill }) => ({ range: a1(FIRST_DATA_ROW + from, 6, FIRST_DATA_ROW + to, 6), fill })),
  ];
  return {
    name: FINDINGS_SHEET,
    ifExists: 'replace',
    values,
    formats,
    merges: [a1(1, 1, 1, lastCol), a1(2, 1, 2, lastCol), a1(3, 1, 3, lastCol)],
    columns: WIDTHS.map((width) => ({ width })),
    freeze: { rows: 4, columns: 0 },
    hyperlinks: lines.flatMap((l, i) =>
      l.row === null ? [] : [{ cell: a1(FIRST_DATA_ROW + i, 3), target: sheetRef(l.sheet, a1(l.row, 1)), tooltip: `Đến dòng ${l.row} của sheet ${l.sheet}` }]),
    pageSetup: a4('landscape', [4, 4]),
  };
}

function severityRuns(lines: readonly FindingLine[]): { from: number; to: number; fill: string }[] {
  const runs: { from: number; to: number; fill: string }[] = [];
  lines.forEach((l, i) => {
    const fill = FILL[l.severity];
    const prev = runs[runs.length - 1];
    if (!fill) return;
    if (prev && prev.fill === fill && prev.to === i - 1) prev.to = i;
    else runs.push({ from: i, to: i, fill });
  });
  return runs;
}
