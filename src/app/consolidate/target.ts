import { INFO_SHEET } from '../../sheets/schema';
import { readInfo, type UnitInfo } from '../../sheets/info';
import { readUnitList, UNIT_LIST_SHEET } from '../../sheets/unitList';
import type { ReadResult, WorkbookHost } from '../../workbook/port';

/** What the consolidating workbook says before any commune file is read. */
export interface ConsolidatingWorkbook {
  /** `Danh sách đơn vị`, or null when the workbook has no such sheet. */
  readonly expected: readonly string[] | null;
  /** Its own `Thông tin` (the office's name, signer…), or null when it has none. */
  readonly office: UnitInfo | null;
  readonly read: Pick<ReadResult, 'sheetNames' | 'owners'>;
}

/** Reads `Danh sách đơn vị` and `Thông tin` of the workbook the results go into, in one batch. */
export async function readConsolidatingWorkbook(host: WorkbookHost): Promise<ConsolidatingWorkbook> {
  const read = await host.readSheets([UNIT_LIST_SHEET, INFO_SHEET.name]);
  const list = read.sheets[UNIT_LIST_SHEET] ?? null;
  const info = read.sheets[INFO_SHEET.name] ?? null;
  return {
    expected: list ? readUnitList(list) : null,
    office: info ? readInfo(info).info : null,
    read: { sheetNames: read.sheetNames, owners: read.owners },
  };
}
