import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { HostError } from './port';
import { hostMessages } from './hostMessages';
import { openWorkbookFile, type FileHost } from './fileHost';
import { deflateZip } from './zipNode';

/** Node-only conveniences for the CLI and tests: the file host itself never touches `fs`. */
export async function openWorkbookPath(path: string): Promise<FileHost> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new HostError('missing-file', hostMessages.missingFile(basename(path)), { cause });
    }
    throw new HostError('not-xlsx', hostMessages.notXlsx(basename(path)), { cause });
  }
  return openWorkbookFile(bytes, basename(path));
}

export async function saveWorkbookPath(host: FileHost, path: string): Promise<void> {
  const bytes = await host.toBuffer(deflateZip);
  try {
    await writeFile(path, bytes);
  } catch (cause) {
    throw new HostError('corrupt', hostMessages.saveFailed(basename(path)), { cause });
  }
}
