import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { hostMessages } from '../../hostMessages';
import { HostError } from '../../port';
import { useNodeInflate } from './inflateNode';
import { readWorkbookFile, type ReadingFileHost } from './readingHost';

/**
 * Node's way into the zip reader, apart from workbook/file/hostNode.ts so that `dccs check` and each
 * consolidation thread do not load exceljs (a third of a second) unless they write. In Node the
 * zip's entries are inflated by zlib.
 */
useNodeInflate();

/** A workbook's bytes, or the HostError that says why there are none. */
export async function readWorkbookBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new HostError('missing-file', hostMessages.missingFile(basename(path)), { cause });
    }
    throw new HostError('not-xlsx', hostMessages.notXlsx(basename(path)), { cause });
  }
}

/**
 * Opens a workbook that a run mostly reads (`dccs check`): sheets come straight from the zip, and
 * exceljs loads the workbook only if something is written (readingHost.ts).
 */
export async function readWorkbookPath(path: string): Promise<ReadingFileHost> {
  return readWorkbookFile(await readWorkbookBytes(path), basename(path));
}
