import { RULES } from '../domain/rules/catalog';
import type { Vocabulary } from '../domain/vocabulary';
import { DAYS_OFF_SHEET, INFO_SHEET, INPUT_SHEETS, RULES_SHEET, type ColumnSpec, type SheetSpec } from '../sheets/schema';
import { daysOffRows } from './daysOffSheet';
import { a1, type DocValue, type FormatRange, type ListValidation, type SheetDocument } from './document';
import { a4, BODY, DATE_FORMAT, HEADER, HEADER_FILL } from './style';

/**
 * The tracking workbook (sổ theo dõi) the add-in creates: every input sheet of SCHEMA.md with
 * its headers, drop-down lists for the vocabularies, dd/mm/yyyy dates and frozen headers, and
 * `Quy định` filled from RULES.md. Every document says `skip`: inside Excel only the missing
 * sheets are added and a sheet that exists is never touched.
 */
export interface TemplateInput {
  readonly year: number;
  readonly unit?: string;
  /** Rows to put under the headers, by sheet name (the sample workbook); `Thông tin` by label key. */
  readonly rows?: Readonly<Record<string, readonly (readonly DocValue[])[]>>;
  readonly info?: Readonly<Record<string, DocValue>>;
}

/** Rows prepared with formats and drop-downs below each header. */
export const TEMPLATE_ROWS = 500;
/** The hidden-in-plain-sight sheet that holds the drop-down lists. */
export const LISTS_SHEET = 'Danh mục';

const WIDTH: Record<ColumnSpec['type'], number> = {
  text: 36, date: 14, number: 12, integer: 12, vocab: 24, deadline: 24, numberOrText: 12,
};

function listColumns(): { vocab: Vocabulary; column: number }[] {
  const seen = new Map<Vocabulary, number>();
  for (const spec of INPUT_SHEETS) {
    for (const c of spec.columns) if (c.vocabulary && !seen.has(c.vocabulary)) seen.set(c.vocabulary, seen.size + 1);
  }
  return [...seen].map(([vocab, column]) => ({ vocab, column }));
}

function listsSheet(): { doc: SheetDocument; sourceOf: (v: Vocabulary) => string } {
  const lists = listColumns();
  const height = Math.max(...lists.map((l) => l.vocab.entries.length));
  const values: DocValue[][] = [lists.map((l) => l.vocab.label)];
  for (let r = 0; r < height; r++) values.push(lists.map((l) => l.vocab.entries[r]?.label ?? null));
  const sources = new Map(lists.map(({ vocab, column }) => {
    const letter = a1(1, column).replace(/\d+$/, '');
    return [vocab, `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${vocab.entries.length + 1}`];
  }));
  return {
    doc: {
      name: LISTS_SHEET, ifExists: 'skip', values,
      formats: [{ range: a1(1, 1, 1, lists.length), font: HEADER, fill: HEADER_FILL }, { range: a1(2, 1, height + 1, lists.length), font: BODY }],
      columns: lists.map(() => ({ width: 26 })),
      freeze: { rows: 1, columns: 0 },
      // Every sheet written prints on A4, this one too.
      pageSetup: a4('landscape', [1, 1]),
    },
    sourceOf: (v) => sources.get(v)!,
  };
}

function tableSheet(spec: SheetSpec, sourceOf: (v: Vocabulary) => string, rows: readonly (readonly DocValue[])[] = []): SheetDocument {
  const n = spec.columns.length;
  const last = TEMPLATE_ROWS + 1;
  const formats: FormatRange[] = [
    { range: a1(1, 1, 1, n), font: HEADER, fill: HEADER_FILL, border: 'thin', horizontal: 'center', vertical: 'middle', wrap: true },
    { range: a1(2, 1, last, n), font: BODY, vertical: 'top' },
  ];
  const validations: ListValidation[] = [];
  spec.columns.forEach((c, i) => {
    const body = a1(2, i + 1, last, i + 1);
    if (c.type === 'date') formats.push({ range: body, numberFormat: DATE_FORMAT, horizontal: 'center' });
    if (c.type === 'text') formats.push({ range: body, wrap: true });
    if (c.vocabulary) {
      validations.push({
        range: body,
        values: c.vocabulary.entries.map((e) => e.label),
        source: sourceOf(c.vocabulary),
        error: `Hãy chọn một giá trị trong danh sách «${c.vocabulary.label}».`,
      });
    }
  });
  return {
    name: spec.name, ifExists: 'skip',
    values: [spec.columns.map((c) => c.header), ...rows],
    formats, validations,
    columns: spec.columns.map((c) => ({ width: c.key === 'index' ? 6 : WIDTH[c.type] })),
    freeze: { rows: 1, columns: 0 },
    rowHeights: { 1: 32 },
    pageSetup: a4('landscape', [1, 1]),
  };
}

function infoSheet(input: TemplateInput, sourceOf: (v: Vocabulary) => string): SheetDocument {
  const filled: Record<string, DocValue> = { unit: input.unit ?? null, year: input.year, reportSymbol: 'BC-UBND', level: 'xã', ...input.info };
  const labels: readonly ColumnSpec[] = INFO_SHEET.columns;
  const rows = labels.map((c) => [c.header, filled[c.key] ?? null]);
  return {
    name: INFO_SHEET.name, ifExists: 'skip',
    values: [['Thông tin', 'Giá trị'], ...rows],
    formats: [
      { range: 'A1:B1', font: HEADER, fill: HEADER_FILL, border: 'thin' },
      { range: a1(2, 1, rows.length + 1, 2), font: BODY, border: 'thin' },
      { range: a1(2, 1, rows.length + 1, 1), font: { ...BODY, bold: true } },
      // Ngày đánh giá is a date; blank means "today".
      { range: a1(labels.findIndex((c) => c.key === 'asOf') + 2, 2), numberFormat: DATE_FORMAT, horizontal: 'left' },
    ],
    validations: labels.flatMap((c, i) => c.vocabulary
      ? [{ range: a1(i + 2, 2), values: c.vocabulary.entries.map((e) => e.label), source: sourceOf(c.vocabulary) }]
      : []),
    columns: [{ width: 26 }, { width: 48 }],
    freeze: { rows: 1, columns: 0 },
    pageSetup: a4('portrait', [1, 1]),
  };
}

function rulesSheet(): SheetDocument {
  const ratio = (v: number) => (Math.abs(v - 2 / 3) < 1e-9 ? '2/3' : `> ${v * 100}%`);
  const rows = RULES.map((r) => [r.id, r.description, r.value === null ? null : r.unit === 'tỷ lệ' ? ratio(r.value) : r.value, r.unit, r.basis]);
  const n = RULES_SHEET.columns.length;
  return {
    name: RULES_SHEET.name, ifExists: 'skip',
    values: [RULES_SHEET.columns.map((c) => c.header), ...rows],
    formats: [
      { range: a1(1, 1, 1, n), font: HEADER, fill: HEADER_FILL, border: 'thin', horizontal: 'center' },
      { range: a1(2, 1, rows.length + 1, n), font: BODY, border: 'thin', vertical: 'top', wrap: true },
      { range: a1(2, 3, rows.length + 1, 3), horizontal: 'center', fill: '#FFF2CC' },
    ],
    columns: [{ width: 20 }, { width: 70 }, { width: 10 }, { width: 14 }, { width: 36 }],
    freeze: { rows: 1, columns: 1 },
    pageSetup: a4('landscape', [1, 1]),
  };
}

/** Every sheet of the template, in order; the lists sheet last. */
export function buildTemplate(input: TemplateInput): SheetDocument[] {
  const lists = listsSheet();
  return [
    ...INPUT_SHEETS.map((spec) =>
      spec === INFO_SHEET ? infoSheet(input, lists.sourceOf)
        : spec === RULES_SHEET ? rulesSheet()
          : tableSheet(spec, lists.sourceOf, input.rows?.[spec.name] ?? (spec === DAYS_OFF_SHEET ? daysOffRows(input.year) : undefined))),
    lists.doc,
  ];
}
