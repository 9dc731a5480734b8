import { a1, type DocValue, type FormatRange, type SheetDocument } from './document';
import type { UnitFinding } from './consolidatedModel';
import { fittedHeights } from './rowFit';
import { a4, BODY, HEADER, HEADER_FILL, TITLE } from './style';
import { SEVERITY_LABELS } from '../domain/issues';

/** Every finding of every unit; the add-in owns it and replaces it on every run. */
export const DETAIL_SHEET = 'TH Chi tiết';
export const DETAIL_OWNER = 'th-chi-tiet';

// No STT and no file column: a consolidation may list a few hundred thousand lines, and every
// column is ~100,000 more cells to save (the file of each unit is in `TH Đơn vị`).
const HEADERS = ['Đơn vị', 'Sheet', 'Dòng', 'Mã quy tắc', 'Mức độ', 'Nội dung'];
// 142 character units: printed at 95 % on A4 landscape, 12 pt at 11.4 pt.
const WIDTHS = [26, 13, 6, 16, 9, 72];
const FILL = { error: '#F8CBAD', warning: '#FFE699', info: '#DDEBF7' } as const;
const HEADER_ROW = 3;

/**
 * Builds `TH Chi tiết`: one line per finding (unit, sheet, row, rule, severity, message),
 * filter buttons on the header so the office can pick one commune's lines and send them back.
 * Formats go by blocks (one for the body, one per run of equal severity), never per row, so a
 * hundred thousand lines stay one cheap write. Every text is written as text.
 */
export function buildDetailSheet(findings: readonly UnitFinding[], omitted: readonly string[] = []): SheetDocument {
  const left = omitted.length === 0 ? ''
    : ` Quá nhiều dòng cho một sheet: chưa liệt kê ${omitted.length} đơn vị (${omitted.slice(0, 5).join(', ')}${omitted.length > 5 ? ', …' : ''});`
      + ' hãy chạy «dccs check» cho tệp của các đơn vị đó, hoặc tổng hợp theo từng nhóm nhỏ hơn.';
  const values: DocValue[][] = [
    ['CHI TIẾT CÁC PHÁT HIỆN THEO ĐƠN VỊ'],
    [`${findings.length} dòng. Lọc cột «Đơn vị» để lấy danh sách của một đơn vị; «Dòng» là số dòng trong sheet của tệp đơn vị gửi.${left}`],
    HEADERS,
  ];
  for (const f of findings) values.push([f.unit, f.sheet, f.row, f.rule, SEVERITY_LABELS[f.severity], f.message]);
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + findings.length;
  const lastCol = HEADERS.length;
  const formats: FormatRange[] = [
    { range: a1(1, 1), font: TITLE },
    { range: a1(2, 1), font: { ...BODY, italic: true }, wrap: true, vertical: 'top' },
    { range: a1(HEADER_ROW, 1, HEADER_ROW, lastCol), font: HEADER, fill: HEADER_FILL, border: 'thin', horizontal: 'center', vertical: 'middle', wrap: true },
  ];
  if (findings.length > 0) {
    formats.push(
      { range: a1(first, 1, last, lastCol), font: BODY, border: 'thin', vertical: 'top' },
      { range: a1(first, lastCol, last, lastCol), wrap: true },
      { range: a1(first, 3, last, 3), horizontal: 'center' },
    );
    let start = 0;
    for (let i = 1; i <= findings.length; i++) {
      if (i === findings.length || findings[i].severity !== findings[start].severity) {
        formats.push({ range: a1(first + start, 5, first + i - 1, 5), fill: FILL[findings[start].severity] });
        start = i;
      }
    }
  }
  const doc: SheetDocument = {
    name: DETAIL_SHEET, owner: DETAIL_OWNER, ifExists: 'replace', values, formats,
    merges: [a1(1, 1, 1, lastCol), a1(2, 1, 2, lastCol)],
    columns: WIDTHS.map((width) => ({ width })),
    freeze: { rows: HEADER_ROW, columns: 0 },
    // Each line as tall as its message (a file host measures it; Excel fits the unmerged rows itself).
    autoFitRowsFrom: first,

    autoFilter: a1(HEADER_ROW, 1, Math.max(HEADER_ROW, last), lastCol),
    pageSetup: { ...a4('landscape', [HEADER_ROW, HEADER_ROW]), pageNumbers: 'top-center' },
  };
  return { ...doc, rowHeights: fittedHeights(doc, 1, HEADER_ROW) };
}
