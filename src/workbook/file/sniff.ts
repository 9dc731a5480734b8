import { HostError } from '../port';
import { hostMessages } from '../hostMessages';
import { assertEntrySizes, listEntries, ZipReadError } from './stream/zipEntries';

/**
 * Recognises what a user dropped in before exceljs sees it, so the message says what to do
 * («lưu lại dưới dạng .xlsx», «gỡ mật khẩu») instead of a zip library's stack trace.
 *
 * An .xlsx is a zip ("PK\3\4"). An old .xls is an OLE2 compound file (D0 CF 11 E0 A1 B1 1A E1), and
 * so is a password-protected .xlsx: Office wraps the encrypted zip in a compound file holding an
 * `EncryptionInfo` and an `EncryptedPackage` stream (MS-OFFCRYPTO 2.3.4). We tell them apart by
 * walking the compound file's directory for those stream names.
 */
export type FileKind = 'xlsx-zip' | 'xls' | 'encrypted' | 'unknown';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTION_STREAMS = ['EncryptionInfo', 'EncryptedPackage'];

export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))) return 'xlsx-zip';
  if (bytes.length >= 8 && OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    const names = compoundDirectoryNames(bytes);
    return names.some((n) => ENCRYPTION_STREAMS.includes(n)) ? 'encrypted' : 'xls';
  }
  return 'unknown';
}

/** Throws the HostError that fits, or returns when the bytes look like an .xlsx zip. */
export function assertXlsxBytes(bytes: Uint8Array, fileName: string): void {
  switch (sniffFileKind(bytes)) {
    case 'xlsx-zip':
      assertUnpackedSize(bytes, fileName);
      return;
    case 'xls':
      throw new HostError('xls', hostMessages.xls(fileName));
    case 'encrypted':
      throw new HostError('encrypted', hostMessages.encrypted(fileName));
    default:
      throw new HostError('not-xlsx', hostMessages.notXlsx(fileName));
  }
}

/**
 * Refuses an archive whose parts would unpack past the reader's bounds (zipEntries.ts), from the
 * sizes its central directory gives, before anything is inflated: a 1.3 MB file whose sheet
 * unpacks to 1.2 GB once cost exceljs 5 s and 1.4 GB of memory before it said «bị hỏng». A
 * directory this cannot read is left for the reader to call corrupt.
 */
export function assertUnpackedSize(bytes: Uint8Array, fileName: string): void {
  try {
    assertEntrySizes(listEntries(bytes).values());
  } catch (cause) {
    if (cause instanceof ZipReadError && cause.kind === 'large') throw new HostError('corrupt', hostMessages.tooLarge(fileName), { cause });
  }
}

/**
 * Names of the entries in an OLE2 compound file's directory ([MS-CFB] 2.2, 2.6): the header gives
 * the sector size and the first directory sector; the FAT (whose sectors the header's first 109
 * DIFAT slots list — enough for files up to ~7 MB, and the directory sits early anyway) chains
 * the directory sectors. Each 128-byte entry starts with its UTF-16LE name and its byte length.
 * A damaged chain stops the walk; what was read so far is returned.
 */
export function compoundDirectoryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 512) return [];
  const sectorSize = 1 << view.getUint16(0x1e, true);
  if (sectorSize !== 512 && sectorSize !== 4096) return [];
  const sectorOffset = (n: number) => (n + 1) * sectorSize;
  const fat: number[] = [];
  for (let i = 0; i < 109; i++) {
    const fatSector = view.getUint32(0x4c + i * 4, true);
    if (fatSector >= 0xfffffffa) break;
    const start = sectorOffset(fatSector);
    if (start + sectorSize > bytes.length) break;
    for (let o = 0; o < sectorSize; o += 4) fat.push(view.getUint32(start + o, true));
  }
  const names: string[] = [];
  const seen = new Set<number>();
  for (let s = view.getUint32(0x30, true); s < 0xfffffffa && !seen.has(s); s = fat[s] ?? 0xfffffffe) {
    seen.add(s);
    const start = sectorOffset(s);
    if (start + sectorSize > bytes.length) break;
    for (let e = start; e < start + sectorSize; e += 128) {
      const nameBytes = view.getUint16(e + 0x40, true);
      if (nameBytes < 2 || nameBytes > 64) continue;
      let name = '';
      for (let c = 0; c < nameBytes - 2; c += 2) name += String.fromCharCode(view.getUint16(e + c, true));
      names.push(name);
    }
  }
  return names;
}
