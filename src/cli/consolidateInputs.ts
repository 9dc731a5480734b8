import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConsolidateSourceError, type ConsolidateSource } from '../app/consolidate';
import { consolidateMessages as msg } from '../app/consolidate';
import { useNodeInflate } from '../workbook/file/stream/inflateNode';
import { readWorkbookFile } from '../workbook/file/stream/readingHost';

// The communes' files are read here and in the worker threads (which load this module too): with zlib.
useNodeInflate();

export interface ExpandedInputs {
  readonly sources: ConsolidateSource[];
  /** Notes about folders (empty, no .xlsx) and paths that are not there: shown, never fatal alone. */
  readonly notes: string[];
  /** Files listed as unusable before any reading (an .xls in a folder, a path that does not exist). */
  readonly failed: { file: string; reason: string }[];
}

/**
 * The command line's FILE… | DIR into one list of files: a folder gives its .xlsx files (not its
 * sub-folders, not Excel's `~$` lock files, not the output workbook itself), sorted by name; its
 * old .xls files are listed as unusable with what to do. A file named on the command line is
 * always tried, whatever its extension: its bytes say what it is.
 */
export async function expandInputs(args: readonly string[], output: string | null): Promise<ExpandedInputs> {
  const sources: ConsolidateSource[] = [];
  const notes: string[] = [];
  const failed: { file: string; reason: string }[] = [];
  const seen = new Set<string>();
  const skip = output ? path.resolve(output) : null;
  const add = (file: string) => {
    const resolved = path.resolve(file);
    if (seen.has(resolved) || resolved === skip) return;
    seen.add(resolved);
    sources.push(fileSource(file));
  };
  for (const arg of args) {
    const info = await stat(arg).catch(() => null);
    if (info === null) {
      failed.push({ file: arg, reason: `Không tìm thấy tệp hoặc thư mục «${arg}».` });
    } else if (info.isDirectory()) {
      const entries = (await readdir(arg, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('~$') && !e.name.startsWith('.'));
      if (entries.length === 0) {
        notes.push(msg.emptyFolder(arg));
        continue;
      }
      const names = entries.map((e) => e.name).sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));
      const xlsx = names.filter((n) => /\.xlsx$/i.test(n));
      for (const n of names.filter((x) => /\.xls$/i.test(x))) failed.push({ file: path.join(arg, n), reason: msg.notXlsxName(path.join(arg, n)) });
      if (xlsx.length === 0) notes.push(msg.noXlsxInFolder(arg));
      for (const n of xlsx) add(path.join(arg, n));
    } else {
      add(arg);
    }
  }
  return { sources, notes, failed };
}

/** A file read only when its turn comes: one workbook in memory at a time. */
export function fileSource(file: string): ConsolidateSource {
  return {
    name: file,
    async open() {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(file);
      } catch (cause) {
        const code = (cause as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw new ConsolidateSourceError(msg.vanished(file));
        throw new ConsolidateSourceError(msg.unreadable(file, code ?? String(cause)));
      }
      if (bytes.byteLength === 0) throw new ConsolidateSourceError(msg.emptyFile(file));
      return readWorkbookFile(bytes, file);
    },
  };
}
