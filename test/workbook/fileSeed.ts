import ExcelJS from 'exceljs';
import type { FileHost } from '../../src/workbook/file/host';
import type { SeedCell, SeedWorkbook, WorkbookView } from './contract';
import { isLocalDate } from '../../src/domain/calendar/localDate';

/** A seed workbook as .xlsx bytes, written by exceljs. */
export async function seedFile(seed: SeedWorkbook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of seed.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    const { row: top, col: left } = sheet.origin ?? { row: 1, col: 1 };
    sheet.rows.forEach((row, r) => row.forEach((v, c) => setSeedCell(ws.getCell(top + r, left + c), v)));
    for (const t of sheet.tables ?? []) {
      const [header, ...body] = sheet.rows;
      ws.addTable({
        name: t.name, ref: t.range.split(':')[0], headerRow: true,
        columns: header.map((h) => ({ name: String(h) })),
        rows: body.map((row) => row.map(toExcelJs)),
      });
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function toExcelJs(v: SeedCell): ExcelJS.CellValue {
  if (isLocalDate(v)) return new Date(Date.UTC(v.y, v.m - 1, v.d));
  if (v !== null && typeof v === 'object' && 'error' in v) return { error: v.error as ExcelJS.CellErrorValue['error'] };
  return v as ExcelJS.CellValue;
}

function setSeedCell(cell: ExcelJS.Cell, v: SeedCell): void {
  cell.value = toExcelJs(v);
  if (isLocalDate(v)) cell.numFmt = 'dd/mm/yyyy';
}

/** What a person would see in Excel, read from the exceljs workbook a file host holds. */
export function fileView(host: FileHost): WorkbookView {
  const ws = (name: string) => host.workbook.getWorksheet(name)!;
  const cell = (name: string, a: string) => ws(name).getCell(a);
  const hex = (argb?: string) => (argb ? `#${argb.slice(2)}` : undefined);
  return {
    sheetNames: () => host.workbook.worksheets.map((w) => w.name),
    numberFormat: (s, a) => cell(s, a).numFmt ?? 'General',
    merges: (s) => (ws(s).model as unknown as { merges: string[] }).merges,
    columnWidth: (s, c) => ws(s).getColumn(c).width,
    columnHidden: (s, c) => ws(s).getColumn(c).hidden,
    rowHeight: (s, r) => ws(s).getRow(r).height,
    freeze: (s) => {
      const v = ws(s).views[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
      return v?.state === 'frozen' ? { rows: v.ySplit ?? 0, columns: v.xSplit ?? 0 } : { rows: 0, columns: 0 };
    },
    hyperlink: (s, a) => cell(s, a).hyperlink?.replace(/^#/, ''),
    validation: (s, a) => cell(s, a).dataValidation?.formulae?.[0]?.replace(/^"|"$/g, ''),
    bold: (s, a) => cell(s, a).font?.bold === true,
    fill: (s, a) => hex((cell(s, a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb),
    borderBottom: (s, a) => cell(s, a).border?.bottom?.style,
    page: (s) => {
      const p = ws(s).pageSetup;
      const h = ws(s).headerFooter;
      return {
        landscape: p.orientation === 'landscape', a4: p.paperSize === 9, fitToWidth: p.fitToPage === true && p.fitToWidth === 1 && p.fitToHeight === 0, titleRows: p.printTitlesRow,
        printArea: p.printArea?.replace(/\$/g, ''),
        numbersFromPage2: h?.differentFirst === true && !(h.firstHeader ?? '').includes('&P') && (h.oddHeader ?? '').includes('&C') && (h.oddHeader ?? '').endsWith('&P'),
      };
    },
    tabColor: (s) => hex(ws(s).properties.tabColor?.argb),
    autoFilter: (s) => {
      const f = ws(s).autoFilter;
      return typeof f === 'string' ? f : f ? `${f.from}:${f.to}` : undefined;
    },
  };
}
