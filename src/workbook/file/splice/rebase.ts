/**
 * A report sheet's XML, rendered by exceljs on its own, made to point at the merged styles and shared
 * strings of the workbook it is spliced into (workbook/file/splice/splice.ts). Bytes in, bytes out, one scan.
 */

const LT = 60; // <
const GT = 62; // >
const QUOTE = 34; // "
const ZERO = 48;
const ascii = (t: string) => Uint8Array.from(t, (ch) => ch.charCodeAt(0));
const STYLE_ATTR = ascii(' s="');
const REF_ATTR = ascii('r="');
const COL_STYLE_ATTR = ascii(' style="');
const SHARED = ascii(' t="s"');
const VALUE = ascii('<v>');

function startsAt(bytes: Uint8Array, at: number, word: Uint8Array): boolean {
  if (at + word.length > bytes.length) return false;
  for (let k = 0; k < word.length; k++) if (bytes[at + k] !== word[k]) return false;
  return true;
}

function find(bytes: Uint8Array, word: Uint8Array, from: number, to: number): number {
  for (let i = from; i + word.length <= to; i++) if (startsAt(bytes, i, word)) return i;
  return -1;
}

const CELL = ascii('<c ');
const ROW = ascii('<row ');
const COL = ascii('<col ');

/**
 * `indexOf` of a byte sequence: Node's Buffer search where there is one (a native memmem), else a
 * plain loop (the browser, which does not splice today).
 */
function byteSearch(bytes: Uint8Array): (word: Uint8Array, from: number) => number {
  const NodeBuffer = (globalThis as { Buffer?: { from(b: ArrayBufferLike, o: number, l: number): { indexOf(w: Uint8Array, f: number): number } } }).Buffer;
  if (NodeBuffer) {
    const buffer = NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return (word, from) => buffer.indexOf(word, from);
  }
  return (word, from) => find(bytes, word, from, bytes.length);
}

/**
 * A side sheet's XML (UTF-8 bytes) pointing at the merged styles and strings: `s="…"` of cells and
 * rows and `style="…"` of columns move by `xfOffset`, a shared string's `<v>…</v>` by
 * `stringOffset`. The side is always exceljs's rendering (`<c r="A1" s="3" t="s"><v>5</v></c>`);
 * the bytes are scanned once and copied, never decoded: a string replace per cell took 0.3 s on
 * 200,000 cells.
 */
export function rebase(src: Uint8Array, xfOffset: number, stringOffset: number): Uint8Array {
  let out = new Uint8Array(src.length + (src.length >> 3) + 64);
  let o = 0;
  let copied = 0;
  const reserve = (n: number) => {
    if (o + n <= out.length) return;
    const bigger = new Uint8Array((out.length + n) * 2);
    bigger.set(out.subarray(0, o));
    out = bigger;
  };
  const copyTo = (end: number) => {
    reserve(end - copied);
    out.set(src.subarray(copied, end), o);
    o += end - copied;
    copied = end;
  };
  // Rewrites the digits at [start, end) as their value plus `by`.
  const shiftNumber = (start: number, end: number, by: number) => {
    let n = 0;
    for (let k = start; k < end; k++) n = n * 10 + (src[k] - ZERO);
    copyTo(start);
    const digits = String(n + by);
    reserve(digits.length);
    for (let k = 0; k < digits.length; k++) out[o++] = digits.charCodeAt(k);
    copied = end;
  };
  const shiftAttr = (tagStart: number, tagEnd: number, attrName: Uint8Array, by: number) => {
    const at = find(src, attrName, tagStart, tagEnd);
    if (at < 0) return;
    const start = at + attrName.length;
    shiftNumber(start, src.indexOf(QUOTE, start), by);
  };
  // Jump from "<" to "<" with the native byte search: most of a sheet is cells, about five tags each.
  // One native search per tag of interest (a per-"<" loop cost 0.2 s on 12 MB): the next cell,
  // row and column tag, whichever comes first.
  const search = byteSearch(src);
  let nextCell = search(CELL, 0);
  let nextRow = search(ROW, 0);
  let nextCol = search(COL, 0);
  const after = (p: number) => (p < 0 ? Infinity : p);
  for (;;) {
    const i = Math.min(after(nextCell), after(nextRow), after(nextCol));
    if (i === Infinity) break;
    const end = src.indexOf(GT, i);
    if (i === nextCol) {
      shiftAttr(i, end, COL_STYLE_ATTR, xfOffset);
      nextCol = search(COL, end);
      continue;
    }
    if (i === nextRow) {
      shiftAttr(i, end, STYLE_ATTR, xfOffset);
      nextRow = search(ROW, end);
      continue;
    }
    // exceljs writes a cell's attributes in one order, `r`, `s`, `t`: read them in place.
    let p = i + CELL.length;
    const ordered = startsAt(src, p, REF_ATTR);
    if (ordered) p = src.indexOf(QUOTE, p + REF_ATTR.length) + 1;
    if (ordered && startsAt(src, p, STYLE_ATTR)) {
      const start = p + STYLE_ATTR.length;
      const stop = src.indexOf(QUOTE, start);
      shiftNumber(start, stop, xfOffset);
      p = stop + 1;
    } else if (!ordered) {
      shiftAttr(i, end, STYLE_ATTR, xfOffset);
    }
    // In order, `t` follows at once or not at all; otherwise look through the tag.
    const shared = ordered ? startsAt(src, p, SHARED) : find(src, SHARED, i, end) >= 0;
    let next = end;
    if (shared && startsAt(src, end + 1, VALUE)) {
      const start = end + 1 + VALUE.length;
      next = src.indexOf(LT, start);
      shiftNumber(start, next, stringOffset);
    }
    nextCell = search(CELL, next);
  }
  copyTo(src.length);
  return out.slice(0, o);
}
