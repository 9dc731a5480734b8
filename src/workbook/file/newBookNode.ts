import { basename } from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { RangePatch, SheetDocument } from '../../report/document';
import { HostError, type ReadOptions, type ReadResult, type WorkbookHost, type WriteResult } from '../port';
import { hostMessages } from '../hostMessages';
import type { SkippedFeature } from '../features';
import { assertOwners, markName, markReference } from '../marks';
import { findSheetToWrite } from '../sheetNames';
import { newWorkbookFile, type FileHost } from './host';
import { assertValidations } from './format';
import { streamable, streamDocument } from './streamSheetNode';
import { deflateZip } from './zipNode';

/**
 * A workbook the run creates (no file at its path yet, `dccs consolidate -o NEW.xlsx`): the sheets
 * written to it are kept as documents and streamed into the file row by row when it is saved
 * (exceljs's WorkbookWriter), so a sheet of a hundred thousand lines is never held as cells and XML
 * at once. Anything else (a read after a write, a patch, a sheet the stream cannot write as the
 * file host would) turns it into a file host first, so it answers as one in every case.
 */
export class NewWorkbookHost implements WorkbookHost {
  private documents: SheetDocument[] = [];
  private file: FileHost | null = null;

  constructor(
    readonly fileName = 'DCCS.xlsx',
    /**
     * A side workbook whose sheets are spliced into another (workbook/file/splice): each text in its
     * cell instead of a shared-strings table, and the package stored, not compressed. A sheet that
     * replaces one of the other workbook's leaves that one's strings behind in its table; kept in
     * the cells, the strings of the next run's sheets do not pile up there too.
     */
    private readonly options: { readonly forSplice?: boolean } = {},
  ) {}

  async readSheets(names: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
    if (this.file === null && this.documents.length === 0) return newWorkbookFile(this.fileName).readSheets(names, options);
    return (await this.fileHost()).readSheets(names, options);
  }

  async writeSheets(documents: readonly SheetDocument[], patches: readonly RangePatch[] = []): Promise<WriteResult> {
    if (!this.streams(documents, patches)) return (await this.fileHost()).writeSheets(documents, patches);
    assertValidations(documents);
    assertOwners(documents);
    this.documents = [...documents];
    const skippedFeatures: SkippedFeature[] = [];
    // exceljs cannot write native charts (only Excel draws them): the write says so.
    for (const doc of documents) if ((doc.charts ?? []).length > 0) skippedFeatures.push({ sheet: doc.name, feature: 'charts', requirement: 'Excel' });
    return { written: documents.map((d) => d.name), skipped: [], skippedFeatures };
  }

  /**
   * Streamed: the first write into the empty workbook, of sheets with names of their own (so none
   * replaces or skips another), each one the stream writes as the file host would (`streamable`).
   */
  private streams(documents: readonly SheetDocument[], patches: readonly RangePatch[]): boolean {
    if (this.file !== null || this.documents.length > 0 || patches.length > 0) return false;
    const names: string[] = [];
    for (const doc of documents) {
      if (findSheetToWrite(names, doc.name) !== undefined || !streamable(doc)) return false;
      names.push(doc.name);
    }
    return true;
  }

  /** The workbook's bytes: streamed, or saved as the file host it became (`saveWorkbookPath` writes them). */
  async toBytes(): Promise<Uint8Array> {
    try {
      return this.file !== null ? await this.file.toBuffer(deflateZip) : await this.streamed();
    } catch (cause) {
      if (cause instanceof HostError) throw cause;
      throw new HostError('corrupt', hostMessages.saveFailed(basename(this.fileName)), { cause });
    }
  }

  /** The documents as a file host holds them (the same writes, in the same order). */
  private async fileHost(): Promise<FileHost> {
    if (this.file === null) {
      const file = newWorkbookFile(this.fileName);
      if (this.documents.length > 0) await file.writeSheets(this.documents);
      this.file = file;
      this.documents = [];
    }
    return this.file;
  }

  private async streamed(): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    const finished = new Promise<void>((resolve, reject) => {
      sink.on('finish', resolve);
      sink.on('error', reject);
    });
    const forSplice = this.options.forSplice === true;
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: sink, useStyles: true, useSharedStrings: !forSplice, zip: forSplice ? { store: true } : { zlib: { level: 6 } },
    });
    for (const doc of this.documents) await streamDocument(wb, doc);
    // The owner marks, as the file host writes them (a new workbook has no others to keep).
    wb.definedNames.model = this.documents.flatMap((d) => (d.owner === undefined ? [] : [{ name: markName(d.owner), ranges: [markReference(d.name)] }]));
    await wb.commit();
    await finished;
    return Buffer.concat(chunks);
  }
}
