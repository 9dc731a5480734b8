/**
 * Excel on the web refuses a request or a response over 5 MB (Office Add-ins "resource limits";
 * error codes RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded). We estimate
 * each queued operation's JSON size and pack operations into as few syncs as fit, splitting only
 * a document's value block, by rows.
 */
export const DEFAULT_PAYLOAD_LIMIT = 5_000_000 - 500_000; // the margin covers Office's own framing

/** JSON bytes Office adds around one queued action (object path, ids, property name). */
export const OP_OVERHEAD = 150;

export function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

const utf8 = new TextEncoder();

/** UTF-8 bytes of the value's JSON: Vietnamese letters take 2–3 bytes, and the limit is in bytes. */
export function jsonSize(value: unknown): number {
  const json = JSON.stringify(value);
  if (json === undefined) return 0;
  // ASCII-only JSON (numbers, most formats) needs no encoding pass.
  return /^[\x00-\x7f]*$/.test(json) ? json.length : utf8.encode(json).length;
}

/** Something to queue that cannot be split. */
export interface AtomicUnit<C> {
  readonly kind: 'atomic';
  readonly size: number;
  queue(context: C): void;
}

/** A block of rows that may be split: `queue` writes rows [from, to) (0-based). */
export interface RowsUnit<C> {
  readonly kind: 'rows';
  readonly rowSizes: readonly number[];
  /** Bytes each piece costs besides its rows (its own range operations). */
  readonly overhead: number;
  queue(context: C, from: number, to: number): void;
}

export type Unit<C> = AtomicUnit<C> | RowsUnit<C>;
export type Batch<C> = ((context: C) => void)[];

/**
 * Packs units, in order, into batches of at most `budget` bytes. Greedy filling is optimal here:
 * the order is fixed (sheets before their content) and rows split anywhere, so no packing uses
 * fewer syncs. A unit bigger than the budget on its own gets a batch of its own.
 */
export function packUnits<C>(units: readonly Unit<C>[], budget: number): Batch<C>[] {
  const batches: Batch<C>[] = [];
  let batch: Batch<C> = [];
  let room = budget;
  const flush = () => {
    if (batch.length > 0) batches.push(batch);
    batch = [];
    room = budget;
  };
  for (const unit of units) {
    if (unit.kind === 'atomic') {
      if (unit.size > room && batch.length > 0) flush();
      batch.push((c) => unit.queue(c));
      room -= unit.size;
      continue;
    }
    const n = unit.rowSizes.length;
    let from = 0;
    while (from < n) {
      let to = from;
      let used = unit.overhead;
      while (to < n && used + unit.rowSizes[to] <= room) used += unit.rowSizes[to++];
      if (to === from) {
        if (batch.length > 0) { flush(); continue; }
        used += unit.rowSizes[to++]; // one row over budget alone: send it anyway
      }
      const [a, b] = [from, to];
      batch.push((c) => unit.queue(c, a, b));
      room -= used;
      from = to;
      if (from < n) flush();
    }
  }
  flush();
  return batches;
}
