import { formatVi } from '../domain/calendar/localDate';
import { fold } from '../domain/text/normalize';
import { a1, type DocValue, type FormatRange, type SheetDocument } from './document';
import { groupByArticle } from './draftArticles';
import type { FeedbackCounts, ReportConsultation, ReportFeedback, ReportModel } from './model';
import { continuedRows, listPageBreaks, type Keep } from './listPages';
import { appendBlock, documentHeader, signatureBlock, type HalfColumns } from './officialBlocks';
import { withFittedRows } from './rowFit';
import { a4, BODY, FONT, HEADER } from './style';
import { FEEDBACK_STATE_LABELS, feedbackKeys, feedbackState } from './summaryData';

/** The synthesis of residents' feedback and what was accepted or explained (Luật 10/2022/QH15, Điều 28 khoản 3). */
export const FEEDBACK_SYNTHESIS_SHEET = 'TH Ý kiến';
export const FEEDBACK_SYNTHESIS_OWNER = 'th-y-kien';
export const FEEDBACK_SYNTHESIS_TITLE = 'TỔNG HỢP Ý KIẾN CỦA NHÂN DÂN VÀ NỘI DUNG TIẾP THU, GIẢI TRÌNH';

export const DECISION_LABELS: Readonly<Record<NonNullable<ReportFeedback['decision']> | 'pending', string>> = {
  accepted: 'Tiếp thu', 'partly-accepted': 'Tiếp thu một phần', explained: 'Giải trình', pending: 'Chưa xử lý',
};

const HEADERS = ['STT', 'Điều, khoản\ncủa dự thảo', 'Nội dung góp ý', 'Cá nhân, tổ chức góp ý', 'Hướng xử lý', 'Nội dung tiếp thu, giải trình'];
const WIDTHS = [6, 15, 42, 28, 14, 42];
const COLS: HalfColumns = { leftEnd: 3, rightStart: 4, lastCol: HEADERS.length };
const TABLE_HEADER_ROW = 8;

/**
 * Two hidden columns after the table, one value per opinion: its consultation as `Tổng hợp` keys
 * it and the state it is counted under there. `Tổng hợp` counts feedback with COUNTIFS over them,
 * so each of its numbers can be traced to these rows (and the sheet's printout is unchanged).
 */
export const COUNT_COLUMNS = { key: 'G', state: 'H' } as const;
const COUNT_HEADERS = ['Mã đợt (để tính Tổng hợp)', 'Tính vào Tổng hợp là'];

/** Where `Tổng hợp`'s COUNTIFS look in a `TH Ý kiến` document named `sheet`. */
export interface FeedbackCounting {
  readonly sheet: string;
  readonly first: number;
  readonly last: number;
}

export function feedbackCounting(doc: SheetDocument, sheet = doc.name): FeedbackCounting {
  return { sheet, first: TABLE_HEADER_ROW + 1, last: Math.max(TABLE_HEADER_ROW + 1, doc.values.length) };
}
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** One consultation's part of the table; `consultation` is null for feedback linked to none. */
interface Part {
  readonly consultation: ReportConsultation | null;
  readonly feedback: ReportFeedback[];
}

/** Feedback by consultation (its `Mã đợt`, accent- and case-insensitive, as the check links it); unlinked rows last. */
function partsOf(model: ReportModel): Part[] {
  const parts: Part[] = model.consultations.map((consultation) => ({ consultation, feedback: [] }));
  const byId = new Map<string, Part>();
  for (const p of parts) if (p.consultation!.id !== null && !byId.has(fold(p.consultation!.id))) byId.set(fold(p.consultation!.id), p);
  const unlinked: Part = { consultation: null, feedback: [] };
  for (const f of model.feedback) (f.consultationId === null ? unlinked : byId.get(fold(f.consultationId)) ?? unlinked).feedback.push(f);
  return unlinked.feedback.length > 0 ? [...parts, unlinked] : parts;
}

/** Counted from the rows shown, so the line always agrees with the table under it. */
function countsOf(feedback: readonly ReportFeedback[]): FeedbackCounts {
  const n = (d: ReportFeedback['decision']) => feedback.filter((f) => f.decision === d).length;
  return { total: feedback.length, accepted: n('accepted'), partlyAccepted: n('partly-accepted'), explained: n('explained'), pending: n(null) };
}

/** @example summaryLine(c) // 'Thời gian lấy ý kiến: 15/02/2024 – 06/03/2024. Tổng số 3 ý kiến: tiếp thu 1; …' */
function summaryLine(c: ReportConsultation | null, counts: FeedbackCounts): string {
  const window = c ? `Thời gian lấy ý kiến: ${c.from ? formatVi(c.from) : '……'} – ${c.to ? formatVi(c.to) : '……'}. ` : '';
  return `${window}Tổng số ${counts.total} ý kiến: tiếp thu ${counts.accepted}; tiếp thu một phần ${counts.partlyAccepted}; ` +
    `giải trình ${counts.explained}; chưa xử lý ${counts.pending}.`;
}

const authorOf = (f: ReportFeedback) => (f.author && f.area ? `${f.author} (${f.area})` : f.author ?? f.area ?? '');

/**
 * Builds `TH Ý kiến`: under a Nghị định 30 header, one table whose header row repeats on every
 * printed page; each consultation opens with a band (its subject, window and counts by decision),
 * kept on the page of its first opinion, then its opinions grouped by the article of the draft they are about. Feedback,
 * names and responses are user text, written as text even when they start with "=", "+", "-" or
 * "@"; they name residents, so the sheet stays in the workbook.
 */
export function buildFeedbackSynthesis(model: ReportModel): SheetDocument {
  const last = COLS.lastCol;
  const doc = { values: [] as DocValue[][], formats: [] as FormatRange[], merges: [] as string[], rowHeights: {} as Record<number, number> };
  appendBlock(doc, documentHeader(model.unit, COLS));
  doc.values.push([], [FEEDBACK_SYNTHESIS_TITLE], ['(Theo khoản 3 Điều 28 Luật Thực hiện dân chủ ở cơ sở)'], [], [...HEADERS, ...COUNT_HEADERS]);
  const { keyOf } = feedbackKeys(model);
  doc.merges.push(a1(5, 1, 5, last), a1(6, 1, 6, last));
  doc.formats.push(
    { range: a1(5, 1), font: { name: FONT, size: 14, bold: true }, horizontal: 'center' },
    { range: a1(6, 1), font: { name: FONT, size: 13, italic: true }, horizontal: 'center' },
    { range: a1(TABLE_HEADER_ROW, 1, TABLE_HEADER_ROW, last), font: HEADER, border: 'thin', horizontal: 'center', vertical: 'middle', wrap: true },
  );
  Object.assign(doc.rowHeights, { 4: 8, 5: 22, 6: 20, 7: 8 }); // 4 and 7: air, not a line
  // Rows printed on the page of the row under them: a consultation's band and an article's line.
  const kept = new Set<number>();
  // The opinions' rows (no merges there): Excel fits them by its own line spacing.
  const excelFits: (readonly [number, number])[] = [];
  // A merged line across the table: a band or an article row, kept with what follows it.
  const fullLine = (text: string, format: Omit<FormatRange, 'range'>) => {
    const r = doc.values.length + 1;
    doc.values.push([text]);
    doc.merges.push(a1(r, 1, r, last));
    doc.formats.push({ range: a1(r, 1, r, last), font: BODY, border: 'thin', vertical: 'middle', wrap: true, ...format });
    kept.add(r);
  };

  const parts = partsOf(model);
  parts.forEach((part, i) => {
    const subject = part.consultation ? part.consultation.subject : 'Ý kiến chưa xác định đợt lấy ý kiến';
    fullLine(`${ROMAN[i] ?? i + 1}. ${subject}`, { font: { ...BODY, bold: true } });
    fullLine(summaryLine(part.consultation, countsOf(part.feedback)), { font: { ...BODY, italic: true } });
    if (part.feedback.length === 0) fullLine('Không có ý kiến góp ý.', { font: { ...BODY, italic: true } });
    let n = 0;
    for (const group of groupByArticle(part.feedback, (f) => f.position)) {
      fullLine(group.label, { font: { ...BODY, bold: true } });
      const from = doc.values.length + 1;
      for (const f of group.items) {
        const row = [++n, f.position ?? '', f.content, authorOf(f), DECISION_LABELS[f.decision ?? 'pending'], f.response ?? ''];
        // A comment past one row's 409 pt continues below; only its first row is counted (G, H).
        continuedRows(row, WIDTHS, BODY).forEach((part, k) => {
          if (k > 0) kept.add(doc.values.length);
          doc.values.push(k === 0 ? [...part, keyOf(f), FEEDBACK_STATE_LABELS[feedbackState(f)]] : part);
        });
      }
      const to = doc.values.length;
      if (to >= from) excelFits.push([from, to]);
      doc.formats.push(
        { range: a1(from, 1, to, last), font: BODY, border: 'thin', vertical: 'top', wrap: true },
        { range: a1(from, 1, to, 1), horizontal: 'center' },
        { range: a1(from, 5, to, 5), horizontal: 'center' },
      );
      // «Chưa xử lý» in italics, one range per run of pending rows (10,000 opinions stay a few formats).
      const pending = group.items.map((f) => f.decision === null);
      for (let k = 0; k < pending.length; k++) {
        if (!pending[k] || pending[k - 1]) continue;
        let e = k;
        while (pending[e + 1]) e++;
        doc.formats.push({ range: a1(from + k, 5, from + e, 5), font: { ...BODY, italic: true } });
      }
    }
  });
  if (parts.length === 0) fullLine('Chưa có đợt lấy ý kiến nào.', { font: { ...BODY, italic: true } });

  const tableEnd = doc.values.length;
  doc.values.push([]);
  doc.rowHeights[tableEnd + 1] = 10;
  const commune = model.unit.kind === 'commune';
  const level = model.unit.level ?? 'xã';
  const recipients = commune
    ? [`- Thường trực HĐND ${level};`, `- Ban Thường trực UBMTTQ Việt Nam ${level};`, '- Niêm yết tại trụ sở UBND, nhà văn hóa thôn, tổ dân phố;', '- Lưu: VT.']
    : ['- Niêm yết tại trụ sở;', '- Lưu: VT.'];
  appendBlock(doc, signatureBlock(model.unit, model.date, COLS, doc.values.length + 1, recipients));
  const fitted = withFittedRows({
    name: FEEDBACK_SYNTHESIS_SHEET, ifExists: 'replace', values: doc.values, formats: doc.formats, merges: doc.merges,
    columns: [...WIDTHS.map((width) => ({ width })), ...COUNT_HEADERS.map(() => ({ width: 16, hidden: true }))], rowHeights: doc.rowHeights,
  });
  // The header with the first band, the last opinion with the signature (ND 30: never alone on a page).
  const keep = (r: number): Keep => (r >= tableEnd ? 'hard' : r <= TABLE_HEADER_ROW || kept.has(r) ? 'soft' : false);
  const frame = { orientation: 'landscape' as const, widths: WIDTHS, titleRows: [TABLE_HEADER_ROW, TABLE_HEADER_ROW] as const };
  return {
    ...fitted,
    owner: FEEDBACK_SYNTHESIS_OWNER,
    pageBreaksBefore: listPageBreaks(fitted.rowHeights ?? {}, doc.values.length, keep, frame),
    excelFitRows: excelFits,
    pageSetup: { ...a4('landscape', [TABLE_HEADER_ROW, TABLE_HEADER_ROW]), centerHorizontally: true, pageNumbers: 'top-center' },
  };
}
