import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { HostError } from '../port';
import { hostMessages } from '../hostMessages';
import { AppendingFileHost } from './append';
import { openWorkbookFile, type FileHost } from './host';
import { NewWorkbookHost } from './newBookNode';
import { deflatePackage, deflateZip } from './zipNode';
import { readWorkbookBytes } from './stream/readPathNode';

export { readWorkbookPath } from './stream/readPathNode';

/** Node-only conveniences for the CLI and tests: the file host itself never touches `fs`. */
export async function openWorkbookPath(path: string): Promise<FileHost> {
  return openWorkbookFile(await readWorkbookBytes(path), basename(path));
}

/**
 * Opens a workbook that a run will only add sheets to (`dccs report`): saving it leaves the sheets
 * it had as they were instead of rendering them again (workbook/file/append.ts).
 */
export async function openWorkbookForAppend(path: string): Promise<AppendingFileHost> {
  const bytes = await readWorkbookBytes(path);
  return new AppendingFileHost(await openWorkbookFile(bytes, basename(path)), bytes);
}

export async function saveWorkbookPath(host: FileHost | AppendingFileHost | NewWorkbookHost, path: string): Promise<void> {
  const bytes = host instanceof NewWorkbookHost ? await host.toBytes()
    : host instanceof AppendingFileHost ? await deflatePackage(await host.toPackage()) : await host.toBuffer(deflateZip);
  await writeWorkbookBytes(path, bytes);
}

/** Writes a workbook's bytes at `path`; a failure is the host's «could not save» error naming the file. */
export async function writeWorkbookBytes(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch (cause) {
    throw new HostError('corrupt', hostMessages.saveFailed(basename(path)), { cause });
  }
}
