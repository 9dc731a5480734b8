import ExcelJS from 'exceljs';
import type { RangePatch, SheetDocument } from '../../report/document';
import type { SheetGrid } from '../../sheets/grid';
import { HostError, type ReadOptions, type ReadResult, type WorkbookHost, type WriteResult } from '../port';
import { hostMessages } from '../hostMessages';
import { assertXlsxBytes } from './sniff';
import { readWorksheet } from './read';
import { assertValidations } from './format';
import { writeDocument, writePatch } from './write';
import { assertPatchSheets, assertPatchShapes } from '../patches';
import { findSheetName } from '../sheetNames';
import type { SkippedFeature } from '../features';
import { readOwners, writeMarks } from './marks';
import { assertOwners } from '../marks';

/**
 * The file host: an .xlsx held in memory by exceljs. Runs in Node (CLI, tests) and in the browser
 * (standalone page): no `fs`, no Node Buffer here; the Node helpers live in `workbook/file/hostNode.ts`.
 */
export class FileHost implements WorkbookHost {
  constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly fileName: string,
  ) {}

  async readSheets(names: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
    const sheetNames = this.workbook.worksheets.map((ws) => ws.name);
    const sheets: Record<string, SheetGrid | null> = {};
    const taken = new Set<string>();
    for (const wanted of names) {
      const found = findSheetName(sheetNames, wanted);
      if (found !== undefined) taken.add(found);
      sheets[wanted] = found === undefined ? null : readWorksheet(this.workbook.getWorksheet(found)!);
    }
    const owners = readOwners(this.workbook);
    if (!options.others) return { sheetNames, sheets, owners };
    const outputs = new Set(Object.values(owners));
    const others = sheetNames.filter((n) => !taken.has(n) && !outputs.has(n)).map((n) => readWorksheet(this.workbook.getWorksheet(n)!));
    return { sheetNames, sheets, owners, others };
  }

  async writeSheets(documents: readonly SheetDocument[], patches: readonly RangePatch[] = []): Promise<WriteResult> {
    assertValidations(documents);
    assertOwners(documents);
    assertPatchShapes(patches);
    assertPatchSheets(patches, this.workbook.worksheets.map((ws) => ws.name), documents);
    const written: string[] = [];
    const skipped: string[] = [];
    const marks: { owner: string; sheet: string }[] = [];
    const skippedFeatures: SkippedFeature[] = [];
    for (const doc of documents) {
      if (writeDocument(this.workbook, doc) === 'skipped') {
        skipped.push(doc.name);
        continue;
      }
      written.push(doc.name);
      if (doc.owner !== undefined) marks.push({ owner: doc.owner, sheet: doc.name });
      // exceljs cannot write native charts (only Excel draws them): the write says so.
      if ((doc.charts ?? []).length > 0) skippedFeatures.push({ sheet: doc.name, feature: 'charts', requirement: 'Excel' });
    }
    writeMarks(this.workbook, marks);
    for (const patch of patches) writePatch(this.workbook.getWorksheet(patch.sheet)!, patch);
    return { written, skipped, skippedFeatures };
  }

  /** The workbook as an uncompressed (STORE) .xlsx: its entries are taken apart and compressed by the caller. */
  async toStored(): Promise<Uint8Array> {
    try {
      const out: ArrayBuffer | Uint8Array = await this.workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
      return out instanceof Uint8Array ? out : new Uint8Array(out);
    } catch (cause) {
      throw new HostError('corrupt', hostMessages.saveFailed(this.fileName), { cause });
    }
  }

  /**
   * The workbook as .xlsx bytes (a Uint8Array in Node and in the browser alike). `compress`, when
   * given, receives the zip uncompressed and compresses it (Node's zlib, `zipNode.ts`).
   */
  async toBuffer(compress?: (stored: Uint8Array) => Promise<Uint8Array>): Promise<Uint8Array> {
    try {
      const out: ArrayBuffer | Uint8Array = await this.workbook.xlsx.writeBuffer(compress ? { zip: { compression: 'STORE' } } : undefined);
      const bytes = out instanceof Uint8Array ? out : new Uint8Array(out);
      return compress ? await compress(bytes) : bytes;
    } catch (cause) {
      throw new HostError('corrupt', hostMessages.saveFailed(this.fileName), { cause });
    }
  }
}

/**
 * Opens .xlsx bytes. Old .xls, password-protected and non-zip files are recognised first and
 * get a HostError that says what to do; a zip exceljs cannot read is `corrupt`, with the cause.
 */
export async function openWorkbookFile(bytes: ArrayBuffer | Uint8Array, fileName: string): Promise<FileHost> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  assertXlsxBytes(data, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings say Buffer; JSZip underneath takes any Uint8Array or ArrayBuffer.
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (cause) {
    throw new HostError('corrupt', hostMessages.corrupt(fileName), { cause });
  }
  return new FileHost(workbook, fileName);
}

/** An empty workbook (the template, a consolidation output). */
export function newWorkbookFile(fileName = 'DCCS.xlsx'): FileHost {
  return new FileHost(new ExcelJS.Workbook(), fileName);
}
