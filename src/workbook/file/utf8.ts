/**
 * UTF-8 bytes as text, as every part of an .xlsx is written: BOM dropped, a bad byte read as U+FFFD.
 * Our own decoder, not fflate's `strFromU8`: fflate probes its shared TextDecoder once with
 * `{ stream: true }`, and in Node a decoder that has streamed leaves its UTF-8 fast path for good,
 * 4× slower (a 29 MB sheet: 70–98 ms against 17 ms).
 * @example utf8Text(new Uint8Array([0x78, 0xc3, 0xa3])) // 'xã'
 */
export function utf8Text(bytes: Uint8Array): string {
  return UTF8.decode(bytes);
}

const UTF8 = new TextDecoder();
