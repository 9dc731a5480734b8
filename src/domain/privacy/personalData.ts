import { matchKey } from '../text/normalize';

/**
 * Citizens' personal data in a tracking workbook (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15, in force
 * 01/01/2026): feedback rows name the person who gave an opinion, and staff add phone numbers,
 * addresses or ID numbers beside them. A copy sent to the level above («Bản gửi cấp trên») keeps the
 * counts, decisions and texts and drops these cells. Officials named in `Thông tin` (Người ký) act
 * in office and are not a citizen's data; `Thôn, tổ dân phố` is an area, kept for the counts.
 */

/** Headers (matching keys) of columns that hold a citizen's name or contact details. */
export const PERSONAL_HEADERS: ReadonlySet<string> = new Set([
  'nguoi gop y', 'ca nhan/to chuc gop y', 'ca nhan, to chuc gop y', 'ca nhan to chuc gop y', 'to chuc, ca nhan gop y',
  'ho va ten', 'ho ten', 'ten nguoi gop y', 'nguoi gui', 'nguoi phan anh', 'nguoi kien nghi', 'chu ho', 'ten chu ho',
  'dai dien ho', 'nguoi dai dien ho', 'ho gia dinh',
  'so dien thoai', 'dien thoai', 'sdt', 'so dt', 'dt lien he', 'dien thoai lien he', 'email', 'thu dien tu', 'zalo',
  'dia chi', 'dia chi lien he', 'noi o', 'noi cu tru', 'cho o',
  'cccd', 'so cccd', 'can cuoc', 'can cuoc cong dan', 'so can cuoc', 'cmnd', 'so cmnd', 'so dinh danh', 'so dinh danh ca nhan',
  'ngay sinh', 'nam sinh',
]);

/** What the copy writes in place of a citizen's data: the row stays, and is still counted. */
export const HIDDEN_TEXT = '(đã ẩn)';

export interface GridLike {
  readonly name: string;
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly values: readonly (readonly unknown[])[];
}

/** A column of citizens' data on a sheet: its header cell and the data rows below it. */
export interface PersonalColumn {
  readonly sheet: string;
  readonly header: string;
  readonly headerRow: number;
  readonly column: number;
  /** Sheet rows of the non-empty cells below the header, up to the next table's header row. */
  readonly rows: readonly number[];
}

const isPersonalHeader = (v: unknown) => typeof v === 'string' && PERSONAL_HEADERS.has(matchKey(v));
const filled = (v: unknown) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');

// Header words of the tracking tables (SCHEMA.md): a row holding two of them is a table's header.
const TABLE_HEADERS: ReadonlySet<string> = new Set([
  'stt', 'tt', 'so tt', 'noi dung', 'noi dung gop y', 'noi dung y kien', 'ghi chu', 'hinh thuc', 'ma dot', 'ma', 'dot',
  'ngay nhan', 'ngay', 'thon, to dan pho', 'don vi', 'dia ban', 'vi tri trong du thao', 'huong xu ly', 'ket qua xu ly',
  'noi dung tiep thu, giai trinh', 'ngay xu ly', 'loai viec', 'tong so ho', 'so ho tham gia', 'so ho tan thanh',
  'noi dung cong khai', 'noi dung cong viec', 'nhom noi dung', 'ngay bat dau', 'ngay ket thuc', 'thoi han',
]);

/** A header row: short text cells only, two of them a table's or a personal column's header. */
function isHeaderRow(row: readonly unknown[]): boolean {
  const cells = row.filter(filled);
  if (cells.length < 2 || !cells.every((v) => typeof v === 'string' && v.length <= 80)) return false;
  return cells.filter((v) => TABLE_HEADERS.has(matchKey(String(v))) || isPersonalHeader(v)).length >= 2;
}

/**
 * Every column of citizens' data on a sheet, found by its header (several tables a sheet: a column
 * ends at the next header row).
 * @example personalColumns({ name: 'Ý kiến', firstRow: 1, firstColumn: 1, values: [['STT', 'Người góp ý'], [1, 'Nguyễn Văn A']] })
 * // [{ sheet: 'Ý kiến', header: 'Người góp ý', headerRow: 1, column: 2, rows: [2] }]
 */
export function personalColumns(grid: GridLike): PersonalColumn[] {
  const out: PersonalColumn[] = [];
  const { values } = grid;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    if (!isHeaderRow(row)) continue;
    row.forEach((cell, c) => {
      if (!isPersonalHeader(cell)) return;
      const rows: number[] = [];
      for (let below = r + 1; below < values.length && !isHeaderRow(values[below]); below++) {
        if (filled(values[below][c])) rows.push(grid.firstRow + below);
      }
      out.push({ sheet: grid.name, header: String(cell).trim(), headerRow: grid.firstRow + r, column: grid.firstColumn + c, rows });
    });
  }
  return out;
}
