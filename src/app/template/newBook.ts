import { LEVELS, type LevelId } from '../../domain/vocabulary';
import { buildTemplate } from '../../report/templateSheets';
import { newWorkbookFile } from '../../workbook/file/host';
import { InvalidYearError } from '../../domain/errors';

export interface NewBookOptions {
  readonly year: number;
  /** May be blank: `Tên đơn vị` is then left for the user to fill. */
  readonly unit: string;
  readonly level: LevelId;
}

/**
 * A new tracking workbook from nothing (the standalone page's «Tạo sổ mới»): every input
 * sheet of SCHEMA.md with `Thông tin` filled with the unit, its level and the year typed.
 * @example await newTrackingBook({ year: 2025, unit: 'UBND xã Hưng Đạo', level: 'commune' }) // .xlsx bytes
 */
export async function newTrackingBook(options: NewBookOptions): Promise<Uint8Array> {
  if (!Number.isInteger(options.year) || options.year < 2000 || options.year > 2100) {
    throw new InvalidYearError(options.year);
  }
  const level = LEVELS.entries.find((e) => e.id === options.level)?.label ?? 'xã';
  const host = newWorkbookFile();
  await host.writeSheets(buildTemplate({ year: options.year, unit: options.unit.trim() || undefined, info: { level } }));
  return host.toBuffer();
}
