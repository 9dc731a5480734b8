import type { RangePatch, SheetDocument } from '../../report/document';
import { newWorkbookFile, type FileHost } from './host';
import type { ReadOptions, ReadResult, WorkbookHost, WriteResult } from '../port';
import { findSheetToWrite } from '../sheetNames';
import { readPackage, spliceSheets, unzipPackage, type Package } from './splice/splice';

/**
 * A file host for runs that only add or replace whole sheets (`dccs report`): it reads from the
 * opened workbook, writes the sheet documents into a workbook of their own, and saves by splicing
 * them into the original package (workbook/file/splice/splice.ts), so the sheets it never touched are not rendered
 * again. A patch, a read after a write, or a package the splice does not handle turns it back into
 * the plain file host: the documents are written into the opened workbook and exceljs saves it all.
 */
export class AppendingFileHost implements WorkbookHost {
  private readonly side = newWorkbookFile();
  private readonly documents: SheetDocument[] = [];
  private plain = false;

  constructor(
    readonly base: FileHost,
    private readonly original: Uint8Array,
  ) {}

  get fileName(): string {
    return this.base.fileName;
  }

  async readSheets(names: readonly string[], options?: ReadOptions): Promise<ReadResult> {
    if (this.documents.length > 0) await this.becomePlain();
    return this.base.readSheets(names, options);
  }

  async writeSheets(documents: readonly SheetDocument[], patches: readonly RangePatch[] = []): Promise<WriteResult> {
    if (this.plain || patches.length > 0) {
      await this.becomePlain();
      return this.base.writeSheets(documents, patches);
    }
    const existing = this.base.workbook.worksheets.map((ws) => ws.name);
    const skipped = documents.filter((d) => d.ifExists === 'skip' && findSheetToWrite(existing, d.name) !== undefined);
    const kept = documents.filter((d) => !skipped.includes(d));
    const result = await this.side.writeSheets(kept);
    this.documents.push(...kept);
    return { written: result.written, skipped: skipped.map((d) => d.name), skippedFeatures: result.skippedFeatures };
  }

  /** The saved workbook's entries, uncompressed (workbook/file/hostNode.ts compresses them with zlib). */
  async toPackage(): Promise<Package> {
    if (!this.plain && this.documents.length > 0) {
      const spliced = spliceWorkbook(this.original, await this.side.toStored());
      if (spliced) return spliced;
      await this.becomePlain();
    }
    return unzipPackage(await this.base.toStored());
  }

  private async becomePlain(): Promise<void> {
    if (this.plain) return;
    this.plain = true;
    if (this.documents.length > 0) await this.base.writeSheets(this.documents.splice(0));
  }
}

/**
 * A workbook's bytes with the sheets of another (`side`, a zip of its own) spliced in, each
 * replacing the sheet a host's write of its name would replace (`findSheetToWrite`); null when
 * the splice does not handle the two (workbook/file/splice/splice.ts).
 */
export function spliceWorkbook(original: Uint8Array, side: Uint8Array): Package | null {
  return spliceSheets(readPackage(original), unzipPackage(side), (existing, written) => findSheetToWrite([existing], written) !== undefined);
}
