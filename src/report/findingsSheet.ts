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
    ...lines.map((l, i) => [i + 1, l.sheet, rowLink(l), l.title, l.rule, l.verdict, l.explanation]),
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
    autoFitRowsFrom: FIRST_DATA_ROW,
    // Filters on the header: the office sends each sheet's lines back to whoever keeps it.
    autoFilter: a1(4, 1, Math.max(4, last), lastCol),
    pageSetup: { ...a4('landscape', [4, 4]), pageNumbers: 'top-center' },
  };
}

/**
 * The row number, linked to the row it judges. A HYPERLINK formula rides in the one values array
 * of the write; a hyperlink object per row would be one Office.js operation each, and 10,000 of
 * them push a findings sheet past Excel on the web's 5 MB request limit.
 */
function rowLink(l: FindingLine): DocValue {
  if (l.row === null) return null;
  const target = `#${sheetRef(l.sheet, a1(l.row, 1))}`.replace(/"/g, '""');
  return { formula: `HYPERLINK("${target}",${l.row})`, result: l.row };
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
