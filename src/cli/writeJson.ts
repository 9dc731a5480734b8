/**
 * `JSON.stringify(value, null, 2)` and a new line, written in pieces: the JSON of a 150,000-row
 * check is 110 MB of text (twice that in memory, as Vietnamese makes it a two-byte string), and one
 * string of it doubled the check's peak memory. Arrays and plain objects down to `depth` are walked
 * here; anything below is `JSON.stringify`'s own text, indented where it stands, so the bytes are
 * exactly the one-string version's. A run of items (some 16 K characters) is written as it is made;
 * only the short pieces between runs are gathered first: joining the runs into megabytes cost a
 * fifth of the writing (555 ms against 465 ms for the 150,000-row check's JSON).
 * @example writeJson({ a: [1] }, (s) => process.stdout.write(s)) // writes '{\n  "a": [\n    1\n  ]\n}\n'
 */
export function writeJson(value: unknown, write: (chunk: string) => void, depth = 2): void {
  const parts: string[] = [];
  let size = 0;
  const push = (s: string) => {
    if (s.length >= SHORT) {
      flush();
      write(s);
      return;
    }
    parts.push(s);
    size += s.length;
    if (size >= SHORT) flush();
  };
  const flush = () => {
    if (parts.length > 0) write(parts.join(''));
    parts.length = 0;
    size = 0;
  };
  if (!emit(value, '', depth, push)) push('undefined');
  push('\n');
  flush();
}

/** Pieces shorter than this are gathered before they are written. */
const SHORT = 4096;
/** A run of items is about this many characters. */
const RUN = 1 << 14;

/** Writes one value at `indent`; false when JSON leaves it out (undefined, a function, a symbol). */
function emit(value: unknown, indent: string, depth: number, push: (s: string) => void): boolean {
  const inner = `${indent}  `;
  if (depth === 1 && Array.isArray(value) && value.length > 0 && isPlain(value, Array.prototype)) {
    emitItems(value, indent, push);
    return true;
  }
  if (depth > 0 && Array.isArray(value) && value.length > 0 && isPlain(value, Array.prototype)) {
    push('[');
    for (let i = 0; i < value.length; i++) {
      push(i === 0 ? `\n${inner}` : `,\n${inner}`);
      if (!emit(value[i], inner, depth - 1, push)) push('null');
    }
    push(`\n${indent}]`);
    return true;
  }
  if (depth > 0 && isPlain(value, Object.prototype)) {
    let first = true;
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      const text = depth > 1 && isWalked(v) ? null : layout(v, inner);
      if (text === undefined) continue;
      push(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
      first = false;
      if (text === null) emit(v, inner, depth - 1, push);
      else push(text);
    }
    push(first ? '{}' : `\n${indent}}`);
    return true;
  }
  const text = layout(value, indent);
  if (text === undefined) return false;
  push(text);
  return true;
}

/**
 * An array whose items are not walked, a run of items at a time: each run is one `JSON.stringify` of
 * that slice of the array, set at the array's indent as `layout` sets a value, and cut out of its
 * brackets. A 100,000-row list takes some hundreds of calls instead of one per row, each of which
 * built its text twice (wrapped, then cut). A hole or an item JSON leaves out is `null` either way.
 */
function emitItems(value: readonly unknown[], indent: string, push: (s: string) => void): void {
  const inner = `${indent}  `;
  const levels = indent.length / 2;
  push('[');
  let count = 64;
  for (let from = 0; from < value.length;) {
    const to = Math.min(value.length, from + count);
    let wrapped: unknown = value.slice(from, to);
    for (let i = 0; i < levels; i++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    // Past the wrapping arrays, the slice's own `[\n` and indent, and its `\n`, indent and `]`.
    const start = wrapperLength(levels, true) + 2 + inner.length;
    const end = text.length - wrapperLength(levels, false) - 2 - indent.length;
    push(`${from === 0 ? '\n' : ',\n'}${inner}`);
    push(text.slice(start, end));
    // Runs of about 16 K characters whatever the size of an item: a longer string is made in the
    // large-object space, which only a full collection empties (the 150,000-row check peaked 30 MB higher).
    count = Math.max(1, Math.min(4096, Math.round(((to - from) * RUN) / Math.max(1, end - start))));
    from = to;
  }
  push(`\n${indent}]`);
}

/** `JSON.stringify`'s text of a value that stands at `indent`, or undefined when JSON leaves it out. */
function layout(value: unknown, indent: string): string | undefined {
  if (value === null || typeof value !== 'object' || indent === '') return JSON.stringify(value, null, 2) as string | undefined;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    const text = JSON.stringify(value, null, 2) as string | undefined;
    // JSON escapes every new line inside a string: each one here is between two lines of the layout.
    return text === undefined ? text : text.replace(/\n/g, `\n${indent}`);
  }
  // Inside as many arrays as `indent` has levels, JSON indents the value itself, at no extra cost.
  const levels = indent.length / 2;
  let wrapped: unknown = value;
  for (let i = 0; i < levels; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  return text.slice(wrapperLength(levels, true), text.length - wrapperLength(levels, false));
}

/** Length of what `levels` arrays put before (`[\n  [\n    `) or after (`\n  ]\n]`) their item. */
const wrapperLength = (levels: number, before: boolean) => (before ? 2 * levels + levels * (levels + 1) : 2 * levels + levels * (levels - 1));

const isWalked = (v: unknown) => (Array.isArray(v) ? v.length > 0 && isPlain(v, Array.prototype) : isPlain(v, Object.prototype));

/** An array or object JSON walks by its own items or keys: no `toJSON`, not a Date nor a boxed value. */
function isPlain(value: unknown, proto: object): value is object {
  if (value === null || typeof value !== 'object') return false;
  const own = Object.getPrototypeOf(value) as unknown;
  return (own === proto || (own === null && proto === Object.prototype)) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
