import { LEVELS, type LevelId } from '../../domain/vocabulary';
import { buildTemplate, LISTS_SHEET } from '../../report/templateSheets';
import { INFO_SHEET } from '../../sheets/schema';
import type { FileHost } from '../../workbook/file/host';

/** The consolidating office as a person types it in the page's short form. */
export interface OfficeDetails {
  /** The office's name, as the report heads and signs it: «UBND tỉnh Thái Nguyên». */
  readonly name: string;
  readonly level: LevelId;
  /** The level above it, for the report's heading («Kính gửi»); may be blank. */
  readonly parent: string;
  /** For the dateline «…, ngày … tháng … năm …»; may be blank. */
  readonly place: string;
  readonly signer: string;
  readonly signerTitle: string;
}

/**
 * A new workbook of the office's own, holding only its `Thông tin` (and the lists it points at):
 * the consolidation written into it is headed, numbered and signed by the office, never by a
 * commune whose book happens to be open. Nothing of the commune files goes in but their counts.
 * @example const host = await newOfficeBook({ name: 'UBND tỉnh Thái Nguyên', level: 'province', … }, 2025)
 */
export async function newOfficeBook(office: OfficeDetails, year: number): Promise<FileHost> {
  const level = LEVELS.entries.find((e) => e.id === office.level)?.label ?? null;
  const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());
  const docs = buildTemplate({
    year,
    unit: office.name.trim() || undefined,
    info: { level, parent: blankToNull(office.parent), place: blankToNull(office.place), signer: blankToNull(office.signer), signerTitle: blankToNull(office.signerTitle) },
  }).filter((d) => d.name === INFO_SHEET.name || d.name === LISTS_SHEET);
  // exceljs is loaded here, not with the module: a consolidation's reading threads never need it.
  const { newWorkbookFile } = await import('../../workbook/file/host');
  const host = newWorkbookFile(`Tong-hop-${year}.xlsx`);
  await host.writeSheets(docs);
  return host;
}
