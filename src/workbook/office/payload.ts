/**
 * Excel on the web refuses a request or a response over 5 MB (Office Add-ins "resource limits";
 * error codes RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded). We estimate
 * each queued operation's JSON size and pack operations into as few syncs as fit, splitting only
 * a document's value block, by rows. The estimate is an upper bound of the body Microsoft's client
 * really builds (`{Actions, ObjectPaths}`), checked in test/workbook/officeJs.test.ts by running
 * that client (@microsoft/office-js) against a recording executor.
 */
export const DEFAULT_PAYLOAD_LIMIT = 5_000_000 - 500_000; // by the real body; the margin covers the transport's framing

/**
 * Bytes of one Office.js operation on a new proxy, as the client serialises it: the object path
 * (`GetRange` with its address, about 115 B), its Instantiate action (about 55 B) and the action
 * itself (a property set or a call, about 115 B with its ids and the `L` list of paths it needs).
 */
export const OP_OVERHEAD = 300;

/**
 * The client sets a 2-D array of more than 1,500 cells (values, formulas, number formats) in
 * pieces of round(1500 / columns) rows, each its own `getRow(a).getBoundingRect(getRow(b))` with
 * three paths and four actions (setRangePropertiesInBulk in excel-web-16.00.js): about 700 B more
 * per piece, spread here over the piece's rows.
 */
const CLIENT_CHUNK_CELLS = 1500;
const CLIENT_CHUNK_OVERHEAD = 700;

/** Extra request bytes each row of a `cols`-wide 2-D array costs in the client's pieces. */
export function arrayRowOverhead(cols: number): number {
  return CLIENT_CHUNK_OVERHEAD / Math.max(1, Math.round(CLIENT_CHUNK_CELLS / Math.max(1, cols)));
}

export function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * A write refused for its size: the codes above, or the GeneralException Excel on the web answers
 * for a batch too big for it. A GeneralException is retried in smaller batches only when the
 * batch was big (over a fifth of the limit): a small one failed for another reason.
 */
export function isWriteRefusal(error: unknown, batchBytes: number, limit: number): boolean {
  if (isPayloadError(error)) return true;
  return (error as { code?: unknown } | null)?.code === 'GeneralException' && batchBytes > limit / 5;
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
/** One sync's worth of queued operations and their estimated request bytes. */
export interface Batch<C> {
  readonly queue: ((context: C) => void)[];
  bytes: number;
}

/**
 * Packs units, in order, into batches of at most `budget` bytes. Greedy filling is optimal here:
 * the order is fixed (sheets before their content) and rows split anywhere, so no packing uses
 * fewer syncs. A unit bigger than the budget on its own gets a batch of its own.
 */
export function packUnits<C>(units: readonly Unit<C>[], budget: number): Batch<C>[] {
  const batches: Batch<C>[] = [];
  let batch: Batch<C> = { queue: [], bytes: 0 };
  let room = budget;
  const flush = () => {
    if (batch.queue.length > 0) batches.push(batch);
    batch = { queue: [], bytes: 0 };
    room = budget;
  };
  for (const unit of units) {
    if (unit.kind === 'atomic') {
      if (unit.size > room && batch.queue.length > 0) flush();
      batch.queue.push((c) => unit.queue(c));
      batch.bytes += unit.size;
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
        if (batch.queue.length > 0) { flush(); continue; }
        used += unit.rowSizes[to++]; // one row over budget alone: send it anyway
      }
      const [a, b] = [from, to];
      batch.queue.push((c) => unit.queue(c, a, b));
      batch.bytes += used;
      room -= used;
      from = to;
      if (from < n) flush();
    }
  }
  flush();
  return batches;
}
