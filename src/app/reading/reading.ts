import type { SheetDocument } from '../../report/document';
import { parseReading, READING_OWNER, READING_SHEET, readingCells } from '../../sheets/reading/storedReading';
import type { Reading } from '../../sheets/reading/types';
import type { WorkbookHost, WriteResult } from '../../workbook/port';
import { readTrackingWorkbook } from '../check/readTracking';

/**
 * How a workbook is read, on its own (`dccs inspect`, the pane's «Cách đọc sổ»): recognition, with
 * the reading stored in the workbook or given over it. Reads only.
 */
export async function inspectWorkbook(host: WorkbookHost, given?: Reading | null): Promise<Reading> {
  return (await readTrackingWorkbook(host, given)).reading;
}

/** The hidden sheet that keeps a confirmed reading (replaced on each save, never a user's sheet). */
export function readingDocument(reading: Reading): SheetDocument {
  return {
    name: READING_SHEET, owner: READING_OWNER, ifExists: 'replace', hidden: true,
    values: readingCells(reading), columns: [{ width: 120 }], pageSetup: { orientation: 'portrait', paper: 'A4' },
  };
}

/**
 * Keeps a reading in the workbook as confirmed: the next check, report and consolidation read the
 * book the same way. Nothing else in the workbook changes.
 */
export async function saveReading(host: WorkbookHost, reading: Reading): Promise<WriteResult> {
  return host.writeSheets([readingDocument(reading)]);
}

/** A reading given as a file's text (`--reading FILE.json`): the reading, or why it cannot be used. */
export function readingFromJson(json: string): { reading: Reading } | { problem: string } {
  return parseReading(json);
}
