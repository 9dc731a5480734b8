import type { CellValue, SheetGrid } from '../grid';
import { TABLE_KINDS, type Reading, type TableReading } from './types';

/**
 * A confirmed reading kept inside the workbook: a hidden sheet of the add-in's own, its JSON cut
 * into cells (a cell holds 32,767 characters). A sheet, not a custom XML part or a defined name:
 * Excel and LibreOffice both keep a hidden sheet through a save, exceljs reads and writes it, and
 * Office.js reads it like any other (ExcelApi 1.1).
 */
export const READING_SHEET = 'DCCS Cách đọc';
export const READING_OWNER = 'cach-doc-so';

const CHUNK = 30_000;
const TITLE = 'DCCS — cách đọc sổ đã được xác nhận (dữ liệu JSON do DCCS ghi; sửa trong ngăn «Cách đọc sổ» hoặc bằng tệp --reading)';

/** The sheet's cells: a title in A1, then the JSON in A2, A3, … */
export function readingCells(reading: Reading): string[][] {
  const json = JSON.stringify({ ...reading, confirmed: true });
  const rows: string[][] = [[TITLE]];
  for (let i = 0; i < json.length; i += CHUNK) rows.push([json.slice(i, i + CHUNK)]);
  return rows;
}

/** Why a reading given as JSON cannot be used, in Vietnamese (null when it can). */
export type ReadingProblem = string;

/**
 * Parses a reading (a stored sheet's JSON, or a file given with `--reading`) and checks its shape:
 * a person may have edited it by hand.
 */
export function parseReading(json: string): { reading: Reading } | { problem: ReadingProblem } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { problem: `không phải JSON hợp lệ (${(e as Error).message})` };
  }
  const r = data as Partial<Reading>;
  if (typeof r !== 'object' || r === null || r.version !== 1 || !Array.isArray(r.tables)) {
    return { problem: 'thiếu "version": 1 hoặc danh sách "tables"' };
  }
  for (const [i, t] of r.tables.entries()) {
    const problem = tableProblem(t as Partial<TableReading>);
    if (problem) return { problem: `bảng thứ ${i + 1}: ${problem}` };
  }
  return { reading: { version: 1, tables: r.tables, facts: Array.isArray(r.facts) ? r.facts : [], notFound: [], otherSheets: [], confirmed: true } };
}

function tableProblem(t: Partial<TableReading>): string | null {
  if (!t || typeof t !== 'object') return 'không phải một đối tượng';
  if (!TABLE_KINDS.includes(t.kind as never)) return `loại bảng "${String(t.kind)}" không có (chọn một trong: ${TABLE_KINDS.join(', ')})`;
  if (typeof t.sheet !== 'string' || t.sheet === '') return 'thiếu tên sheet';
  if (!Array.isArray(t.headerRows) || !t.headerRows.every((n) => Number.isInteger(n) && n >= 1)) return 'headerRows phải là danh sách số dòng';
  if (!Array.isArray(t.columns)) return 'thiếu danh sách cột';
  for (const c of t.columns) {
    if (!Number.isInteger(c?.column) || c.column < 1) return 'một cột không có số cột hợp lệ';
    if (c.key !== null && typeof c.key !== 'string') return `cột ${c.column}: "key" phải là tên cột hoặc null`;
  }
  return null;
}

/** The JSON stored in the reading sheet (A2 downwards), or null when the sheet has none. */
export function storedReadingJson(grid: SheetGrid | null): string | null {
  if (!grid) return null;
  const texts = grid.values.slice(Math.max(0, 2 - grid.firstRow)).map((row: readonly CellValue[]) => row[1 - grid.firstColumn]);
  const json = texts.filter((v): v is string => typeof v === 'string').join('');
  return json.trim() === '' ? null : json;
}
