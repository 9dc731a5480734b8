import { inflateSync, strFromU8 } from 'fflate';

/**
 * The entries of an .xlsx as its central directory lists them (PKZIP APPNOTE 4.3.12), inflated
 * one at a time when asked for: a check reads the workbook, its strings, its styles and the
 * sheets it wants, never the pictures or the sheets nobody asked for.
 *
 * Each entry's unpacked size is read from the directory before anything is inflated, so a small
 * file whose sheet would unpack to gigabytes (a "zip bomb") is refused at once, without the
 * memory. The size is trusted no further than that: inflating writes into a buffer of exactly
 * that size, and an entry whose data does not fill it exactly is refused too.
 */

/**
 * The largest part this reader unpacks, and the most it unpacks for one workbook. A sheet of
 * 100,000 postings unpacks to about 40 MB; a JavaScript string stops at about 512 M characters.
 */
export const MAX_PART_BYTES = 256 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 512 * 1024 * 1024;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressed: number;
  readonly size: number;
  /** Where the local header starts. */
  readonly local: number;
  readonly flags: number;
}

/** Why an archive could not be read: `large` is a part past the bounds above. */
export class ZipReadError extends Error {
  constructor(
    readonly kind: 'corrupt' | 'large',
    message: string,
  ) {
    super(message);
    this.name = 'ZipReadError';
  }
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

/** The end-of-central-directory record, searched from the end past a comment of up to 64 KB. */
function endRecord(bytes: Uint8Array): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === 0x06054b50) return i;
  }
  return -1;
}

/** The entries the central directory lists (directories left out), by name. */
export function listEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const end = endRecord(bytes);
  if (end < 0) throw new ZipReadError('corrupt', 'no end of central directory');
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw new ZipReadError('corrupt', 'bad central directory');
    const nameLength = u16(bytes, at + 28);
    const entry: ZipEntry = {
      name: strFromU8(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\//, ''),
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressed: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      local: u32(bytes, at + 42),
    };
    if (!entry.name.endsWith('/')) entries.set(entry.name, entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/**
 * Refuses, from the directory alone, an archive with a part past MAX_PART_BYTES or parts past
 * MAX_TOTAL_BYTES together. ZIP64 sizes (0xFFFFFFFF) are past the bound by themselves.
 */
export function assertEntrySizes(entries: Iterable<ZipEntry>): void {
  let total = 0;
  for (const e of entries) {
    if (e.size > MAX_PART_BYTES) throw new ZipReadError('large', `${e.name}: ${e.size} bytes unpacked`);
    total += e.size;
    if (total > MAX_TOTAL_BYTES) throw new ZipReadError('large', `${total} bytes unpacked in all`);
  }
}

/** One entry's bytes, unpacked into a buffer of the size the directory gives. */
export function entryBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if ((entry.flags & 1) !== 0) throw new ZipReadError('corrupt', `${entry.name}: encrypted entry`);
  if (entry.size > MAX_PART_BYTES) throw new ZipReadError('large', `${entry.name}: ${entry.size} bytes unpacked`);
  const local = entry.local;
  if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw new ZipReadError('corrupt', `${entry.name}: bad local header`);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const raw = bytes.subarray(start, start + entry.compressed);
  if (raw.length !== entry.compressed) throw new ZipReadError('corrupt', `${entry.name}: truncated`);
  if (entry.method === 0) {
    if (entry.compressed !== entry.size) throw new ZipReadError('corrupt', `${entry.name}: stored sizes differ`);
    return raw;
  }
  if (entry.method !== 8) throw new ZipReadError('corrupt', `${entry.name}: compression method ${entry.method}`);
  const out = new Uint8Array(entry.size);
  let data: Uint8Array;
  try {
    data = inflateSync(raw, { out });
  } catch (cause) {
    throw new ZipReadError('corrupt', `${entry.name}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  // fflate hands back a view of `out` as long as what it wrote: shorter means the directory lied.
  if (data.length !== entry.size) throw new ZipReadError('corrupt', `${entry.name}: unpacked size differs from the directory`);
  return data;
}

/** An entry as text (UTF-8, as every part of an .xlsx is written). */
export function entryText(bytes: Uint8Array, entry: ZipEntry): string {
  return strFromU8(entryBytes(bytes, entry));
}
