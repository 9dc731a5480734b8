import type { RangePatch, SheetDocument } from '../../../report/document';
import type { SheetGrid } from '../../../sheets/grid';
import type { FileHost } from '../host';
import { assertXlsxBytes } from '../sniff';
import { hostMessages } from '../../hostMessages';
import { HostError, type ReadOptions, type ReadResult, type WorkbookHost, type WriteResult } from '../../port';
import { findSheetName } from '../../sheetNames';
import { XlsxStream } from './xlsxStream';
import { ZipReadError } from './zipEntries';

/**
 * The file host for a run that mostly reads (`dccs check`, a consolidation, the page's worker):
 * `readSheets` answers from the zip directly (xlsxStream.ts), at about the cost of unpacking the
 * sheets, and the exceljs workbook is built only when something is written or saved. From then on
 * every call goes to that workbook, so a read after a write sees what was written.
 *
 * A file this reader cannot read but is not refused outright (too large unpacked, or not an .xlsx)
 * goes to exceljs, as every file did before: a zip exceljs manages to read keeps working, and one it
 * cannot read gets the file host's own «bị hỏng».
 */
export class ReadingFileHost implements WorkbookHost {
  private full: FileHost | null = null;
  private opening: Promise<FileHost> | null = null;

  private constructor(
    private stream: XlsxStream | null,
    private readonly bytes: Uint8Array,
    readonly fileName: string,
  ) {}

  /** Same refusals as `openWorkbookFile` (workbook/file/host.ts), and the same HostError codes. */
  static async open(bytes: ArrayBuffer | Uint8Array, fileName: string): Promise<ReadingFileHost> {
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    assertXlsxBytes(data, fileName);
    let stream: XlsxStream | null = null;
    try {
      stream = new XlsxStream(data);
    } catch (cause) {
      refuseTooLarge(cause, fileName);
    }
    const host = new ReadingFileHost(stream, data, fileName);
    if (stream === null) await host.workbook();
    return host;
  }

  /** True while reads come straight from the zip, not from exceljs (tests hold the two apart). */
  get readsFromZip(): boolean {
    return this.full === null && this.stream !== null;
  }

  async readSheets(names: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
    const stream = this.stream;
    if (this.full !== null || stream === null) return (await this.workbook()).readSheets(names, options);
    let result: ReadResult;
    try {
      result = readFromZip(stream, names, options);
    } catch (cause) {
      refuseTooLarge(cause, this.fileName);
      this.stream = null;
      return (await this.workbook()).readSheets(names, options);
    }
    return result;
  }

  async writeSheets(documents: readonly SheetDocument[], patches?: readonly RangePatch[]): Promise<WriteResult> {
    return (await this.workbook()).writeSheets(documents, patches);
  }

  async toBuffer(compress?: (stored: Uint8Array) => Promise<Uint8Array>): Promise<Uint8Array> {
    return (await this.workbook()).toBuffer(compress);
  }

  /** The exceljs file host over the same bytes, loaded once, on the first write or save. */
  async workbook(): Promise<FileHost> {
    if (this.full !== null) return this.full;
    this.opening ??= import('../host').then(({ openWorkbookFile }) => openWorkbookFile(this.bytes, this.fileName));
    this.full = await this.opening;
    return this.full;
  }
}

/** FileHost.readSheets, answered from the zip. */
function readFromZip(stream: XlsxStream, names: readonly string[], options: ReadOptions): ReadResult {
  const { sheetNames } = stream;
  const sheets: Record<string, SheetGrid | null> = {};
  const taken = new Set<string>();
  for (const wanted of names) {
    const found = findSheetName(sheetNames, wanted);
    if (found !== undefined) taken.add(found);
    sheets[wanted] = found === undefined ? null : stream.readGrid(found);
  }
  const owners = stream.owners();
  if (!options.others) return { sheetNames, sheets, owners };
  const outputs = new Set(Object.values(owners));
  const others = sheetNames.filter((n) => !taken.has(n) && !outputs.has(n)).map((n) => stream.readGrid(n));
  return { sheetNames, sheets, owners, others };
}

/** Opens .xlsx bytes for reading (see ReadingFileHost). */
export function readWorkbookFile(bytes: ArrayBuffer | Uint8Array, fileName: string): Promise<ReadingFileHost> {
  return ReadingFileHost.open(bytes, fileName);
}

/**
 * A part too large unpacked is refused here and now, never handed to exceljs (which would unpack it);
 * any other failure returns, for exceljs to try.
 */
function refuseTooLarge(cause: unknown, fileName: string): void {
  if (cause instanceof HostError) throw cause;
  if (cause instanceof ZipReadError && cause.kind === 'large') throw new HostError('corrupt', hostMessages.tooLarge(fileName), { cause });
}
