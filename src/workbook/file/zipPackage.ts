import { inflateSync, unzipSync } from 'fflate';
import { utf8Text } from './utf8';

/**
 * An .xlsx as its zip entries, for the splice (workbook/file/splice/splice.ts): entries read from the original are
 * kept as stored, so the ones nobody changes are copied without inflating and deflating them.
 */

/** An entry kept as the original zip stored it (PKZIP method 0 or 8), to be copied, not recompressed. */
export interface RawEntry {
  readonly raw: Uint8Array;
  readonly method: 0 | 8;
  readonly crc: number;
  readonly size: number;
}

/** Entries of an .xlsx in the order of the package: uncompressed bytes, or raw ones to copy. */
export type Package = Record<string, Uint8Array | RawEntry>;

/** An entry's uncompressed bytes. */
export const bytesOf = (entry: Uint8Array | RawEntry): Uint8Array =>
  (entry instanceof Uint8Array ? entry : entry.method === 0 ? entry.raw : inflateSync(entry.raw, { out: new Uint8Array(entry.size) }));

/** The entries of a zip (fflate), uncompressed: directories left out. */
export function unzipPackage(bytes: Uint8Array): Package {
  const files = unzipSync(bytes);
  for (const name of Object.keys(files)) if (name.endsWith('/')) delete files[name];
  return files;
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

/**
 * The entries of a zip as it stores them (PKZIP APPNOTE 4.3: the central directory, then each
 * local header), so the splice copies the sheets it does not touch without inflating and
 * deflating them again. A zip this does not read plainly (ZIP64, encrypted entries, another
 * compression method) is unzipped whole instead.
 */
export function readPackage(bytes: Uint8Array): Package {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) return unzipPackage(bytes);
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const files: Package = {};
  for (let n = 0; n < count; n++) {
    if (u32(bytes, at) !== 0x02014b50) return unzipPackage(bytes);
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const crc = u32(bytes, at + 16);
    const compressed = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const skip = nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    const local = u32(bytes, at + 42);
    if ((flags & 1) !== 0 || (method !== 0 && method !== 8) || compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff) {
      return unzipPackage(bytes);
    }
    const name = utf8Text(bytes.subarray(at + 46, at + 46 + nameLength));
    if (u32(bytes, local) !== 0x04034b50) return unzipPackage(bytes);
    const data = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (!name.endsWith('/')) files[name] = { raw: bytes.subarray(data, data + compressed), method, crc, size };
    at += 46 + skip;
  }
  return files;
}
