import { inflateRawSync } from 'node:zlib';
import { setInflate } from './zipEntries';

/**
 * Node's zlib for the zip reader's entries (zipEntries.ts `setInflate`): the same bytes as fflate,
 * 3–4 times as fast (0.6 s of the 150,000-row check was fflate's, BENCHMARKS.md). Output past the
 * size the directory gives is refused by zlib itself (`maxOutputLength`), never inflated.
 */
export function useNodeInflate(): void {
  // One output chunk of the stated size (as fflate's path allocates it), not 16 KB chunks joined at the end: the
  // 29 MB postings sheet was 1,800 chunks copied once more.
  setInflate((raw, size) => inflateRawSync(raw, { maxOutputLength: Math.max(1, size), chunkSize: Math.max(64, size + 1) }));
}
