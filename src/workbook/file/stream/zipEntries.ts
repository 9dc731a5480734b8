import { inflateSync } from 'fflate';
import { utf8Text } from '../utf8';

/**
 * The entries of an .xlsx as its central directory lists them (PKZIP APPNOTE 4.3.12), inflated
 * one at a time when asked for: a check reads the workbook, its strings, its styles and the
 * sheets it wants, never the pictures or the sheets nobody asked for.
 *
 * Each entry's unpacked size is read from the directory before anything is inflated, so a small
 * file whose sheet would unpack to gigabytes (a "zip bomb") is refused at once, without the
 * memory. The size is trusted no further than that: inflating stops one byte past it (fflate) or
 * at it (zlib), and an entry that does not unpack to exactly that size is refused too.
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

const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32;
const ZIP64 = 0xffffffff;

/**
 * Where the central directory starts and how many entries it has: from the end record, or from
 * the ZIP64 end record (APPNOTE 4.3.14–15) when the first says its fields did not fit.
 */
function directory(bytes: Uint8Array, end: number): { count: number; at: number } {
  const count = u16(bytes, end + 10);
  const at = u32(bytes, end + 16);
  if (count !== 0xffff && at !== ZIP64) return { count, at };
  const locator = end - 20;
  if (locator < 0 || u32(bytes, locator) !== 0x07064b50) return { count, at };
  const record = u64(bytes, locator + 8);
  if (record + 56 > bytes.length || u32(bytes, record) !== 0x06064b50) throw new ZipReadError('corrupt', 'bad ZIP64 end record');
  return { count: u64(bytes, record + 32), at: u64(bytes, record + 48) };
}

/** The entries the central directory lists (directories left out), by name. */
export function listEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const end = endRecord(bytes);
  if (end < 0) throw new ZipReadError('corrupt', 'no end of central directory');
  const { count } = directory(bytes, end);
  let { at } = directory(bytes, end);
  const entries = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw new ZipReadError('corrupt', 'bad central directory');
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    let compressed = u32(bytes, at + 20);
    let size = u32(bytes, at + 24);
    let local = u32(bytes, at + 42);
    if (compressed === ZIP64 || size === ZIP64 || local === ZIP64) {
      // The ZIP64 extra field holds, in this order, only the values that did not fit (4.5.3).
      const extra = zip64Extra(bytes, at + 46 + nameLength, extraLength);
      let k = 0;
      const next = () => (extra !== null && k + 8 <= extra.length ? u64(extra, (k += 8) - 8) : ZIP64);
      if (size === ZIP64) size = next();
      if (compressed === ZIP64) compressed = next();
      if (local === ZIP64) local = next();
    }
    const entry: ZipEntry = {
      name: utf8Text(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\//, ''),
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressed,
      size,
      local,
    };
    if (!entry.name.endsWith('/')) entries.set(entry.name, entry);
    at += 46 + nameLength + extraLength + u16(bytes, at + 32);
  }
  return entries;
}

/** The data of the ZIP64 extended information field (header id 1) among an entry's extra fields. */
function zip64Extra(bytes: Uint8Array, from: number, length: number): Uint8Array | null {
  for (let p = from; p + 4 <= from + length;) {
    const id = u16(bytes, p);
    const size = u16(bytes, p + 2);
    if (id === 1) return bytes.subarray(p + 4, Math.min(p + 4 + size, from + length));
    p += 4 + size;
  }
  return null;
}

/**
 * Refuses, from the directory alone, an archive with a part past MAX_PART_BYTES or parts past
 * MAX_TOTAL_BYTES together.
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
  let data: Uint8Array;
  try {
    data = inflate(raw, entry.size);
  } catch (cause) {
    throw new ZipReadError('corrupt', `${entry.name}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  // Both inflaters hand back what they wrote, never more than the size: shorter means the directory lied.
  if (data.length !== entry.size) throw new ZipReadError('corrupt', `${entry.name}: unpacked size differs from the directory`);
  return data;
}

/**
 * Inflates raw DEFLATE data that the directory says unpacks to `size` bytes: may give fewer (the
 * caller refuses it), never more (cut short or thrown). fflate's by default, which runs anywhere,
 * the page's worker included; Node's zlib, 3–4 times as fast, replaces it where Node runs
 * (`useNodeInflate`, inflateNode.ts).
 */
export type Inflate = (raw: Uint8Array, size: number) => Uint8Array;

// One byte of room past the size: fflate fills what it is given and stops, so an entry that unpacks
// to more than its directory says comes back one byte too long and is refused, not cut to fit.
const fflateInflate: Inflate = (raw, size) => inflateSync(raw, { out: new Uint8Array(size + 1) });
let inflate: Inflate = fflateInflate;

/** Sets how entries are inflated (null: fflate's again). */
export function setInflate(f: Inflate | null): void {
  inflate = f ?? fflateInflate;
}

/** An entry as text (UTF-8, as every part of an .xlsx is written). */
export function entryText(bytes: Uint8Array, entry: ZipEntry): string {
  return utf8Text(entryBytes(bytes, entry));
}
