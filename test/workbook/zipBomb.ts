import { constants, crc32, deflateRawSync } from 'node:zlib';
import { readPackage, type RawEntry } from '../../src/workbook/file/zipPackage';

/**
 * Hostile workbooks for issue 18, built in memory: a small .xlsx whose first sheet unpacks to more
 * than a gigabyte, and one whose sheet XML declares expanding entities.
 */

/** A deflate stream of `prefix`, `middle` repeated `times` times, then `suffix`, without deflating it all. */
function repeatedDeflate(prefix: string, middle: string, times: number, suffix: string): Uint8Array {
  // A full flush leaves each piece byte-aligned and free of references to what came before, so
  // the compressed middle can be repeated as it is; the last piece carries the final block.
  const flushed = (s: string) => deflateRawSync(Buffer.from(s), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const head = flushed(prefix);
  const body = flushed(middle);
  const tail = deflateRawSync(Buffer.from(suffix), { level: 9 });
  const out = new Uint8Array(head.length + body.length * times + tail.length);
  out.set(head, 0);
  for (let i = 0; i < times; i++) out.set(body, head.length + i * body.length);
  out.set(tail, head.length + body.length * times);
  return out;
}

interface ZipItem { name: string; method: 0 | 8; crc: number; data: Uint8Array; size: number }

/**
 * A plain zip (PKZIP APPNOTE 4.3) of entries already compressed. `zip64`: the central directory
 * gives every size and offset in a ZIP64 extra field (4.5.3), as some writers do for small files too.
 */
export function zipOf(items: readonly ZipItem[], zip64 = false): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const item of items) {
    const name = Buffer.from(item.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(item.method, 8);
    local.writeUInt32LE(item.crc >>> 0, 14);
    local.writeUInt32LE(item.data.length, 18);
    local.writeUInt32LE(item.size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(zip64 ? 45 : 20, 4);
    dir.writeUInt16LE(zip64 ? 45 : 20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(item.method, 10);
    dir.writeUInt32LE(item.crc >>> 0, 16);
    dir.writeUInt32LE(zip64 ? 0xffffffff : item.data.length, 20);
    dir.writeUInt32LE(zip64 ? 0xffffffff : item.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
    const extra = Buffer.alloc(zip64 ? 28 : 0);
    if (zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(item.size), 4);
      extra.writeBigUInt64LE(BigInt(item.data.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
      dir.writeUInt16LE(28, 30);
    }
    chunks.push(local, name, Buffer.from(item.data));
    central.push(dir, name, extra);
    offset += 30 + name.length + item.data.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(items.length, 8);
  end.writeUInt16LE(items.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]));
}

/** `base` with some of its entries replaced (or added), the others copied as stored. */
export function replaceEntries(base: Uint8Array, replaced: Record<string, ZipItem>, zip64 = false): Uint8Array {
  const entries = readPackage(base);
  const items: ZipItem[] = Object.entries(entries).map(([name, e]) => {
    if (replaced[name]) return replaced[name];
    const raw = e as RawEntry;
    return { name, method: raw.method, crc: raw.crc, data: raw.raw, size: raw.size };
  });
  for (const [name, item] of Object.entries(replaced)) if (!(name in entries)) items.push(item);
  return zipOf(items, zip64);
}

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

/**
 * `base` (an .xlsx with xl/worksheets/sheet1.xml) whose first sheet unpacks to about `bytes`
 * bytes of rows, the whole file staying near a thousandth of that. The CRC is left at 0: no
 * honest reader should get as far as checking it.
 */
export function bombWorkbook(base: Uint8Array, bytes = 1.2e9): Uint8Array {
  // White space between rows is valid XML and compresses best (a run of one byte, ~1,000:1).
  const middle = `<row r="1"><c r="A1" t="inlineStr"><is><t>0</t></is></c></row>${' '.repeat(4 * 1024 * 1024)}`;
  const times = Math.ceil(bytes / middle.length);
  const tail = '</sheetData></worksheet>';
  const data = repeatedDeflate(SHEET_HEAD, middle, times, tail);
  const size = SHEET_HEAD.length + middle.length * times + tail.length;
  return replaceEntries(base, { 'xl/worksheets/sheet1.xml': { name: 'xl/worksheets/sheet1.xml', method: 8, crc: 0, data, size } });
}

/** `base` whose first sheet declares entities that expand a thousandfold at each level ("billion laughs"). */
export function entityWorkbook(base: Uint8Array): Uint8Array {
  const levels = ['<!ENTITY a0 "ha">'];
  for (let i = 1; i < 9; i++) levels.push(`<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`);
  const xml = '<?xml version="1.0" encoding="UTF-8"?>\n'
    + `<!DOCTYPE worksheet [${levels.join('')}]>`
    + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    + '<row r="1"><c r="A1" t="inlineStr"><is><t>&a8;</t></is></c></row></sheetData></worksheet>';
  const plain = Buffer.from(xml);
  return replaceEntries(base, { 'xl/worksheets/sheet1.xml': { name: 'xl/worksheets/sheet1.xml', method: 0, crc: crc32(plain), data: plain, size: plain.length } });
}
