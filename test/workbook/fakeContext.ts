import { FakeSheet, fakeError, type FakeWorkbookModel } from './fakeModel';

/**
 * The batching core of the fake: every property set, method call, load and object creation is a
 * queued action that runs only at `sync()`, in order, as in Office.js. A sync fails like Excel on
 * the web when the request (the queued actions) or the response (the loaded values) passes the
 * payload limit: `RequestPayloadSizeLimitExceeded` before anything runs,
 * `ResponsePayloadSizeLimitExceeded` after the actions ran but before any value reaches the proxies.
 * As in Office, a batch is not a transaction: actions before a failing one stay applied.
 */
export interface FakeOptions {
  /** Highest ExcelApi minor version the fake supports (default 1.9 → 9). */
  apiMinor?: number;
  /** Bytes of JSON per request and per response (Excel on the web: 5 MB). */
  payloadLimit?: number;
  /** Cells past which a range's `values` loads as null (Excel: 5 million), however big the payload limit. */
  maxValueCells?: number;
}

/** Requests that change a workbook's structure: Protect Workbook refuses them. */
const STRUCTURAL = (path: string, request: Record<string, unknown>) =>
  (path === 'worksheets' && request.call === 'add') ||
  (/^worksheets\.[^.]*$/.test(path) && (request.call === 'delete' || ['name', 'position', 'visibility'].includes(String(request.set))));

const utf8 = new TextEncoder();
/** Payload size as Excel on the web counts it: UTF-8 bytes of the JSON. */
const bytes = (value: unknown) => utf8.encode(JSON.stringify(value)).length;

interface Action {
  request: unknown;
  run(): void | { response: unknown; commit(): void };
}

export class FakeContext {
  private queue: Action[] = [];
  syncCount = 0;
  /** JSON size of each sync's request, for the tests that check packing. */
  readonly requestSizes: number[] = [];
  readonly responseSizes: number[] = [];
  constructor(
    readonly model: FakeWorkbookModel,
    readonly options: Required<FakeOptions>,
    private readonly counter: { syncs: number; requestSizes: number[]; responseSizes: number[] },
  ) {}

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  /** A sheet activated in this batch becomes the active one once the batch has run (see `activate`). */
  private activating: FakeSheet | null = null;

  activateAfterSync(sheet: FakeSheet): void {
    this.activating = sheet;
  }

  /** Protection, checked as each change runs: the changed object's sheet, or the workbook's structure. */
  guard(path: string, request: Record<string, unknown>, target: unknown): void {
    if (this.model.structureProtected && STRUCTURAL(path, request)) throw fakeError('AccessDenied', `${path}: the workbook's structure is protected`);
    const sheet = target instanceof FakeSheet ? target : (target as { sheet?: unknown } | null)?.sheet;
    if (sheet instanceof FakeSheet && sheet.protected && request.call !== 'activate' && request.call !== 'select') {
      throw fakeError('AccessDenied', `${path}: the sheet ${sheet.name} is protected`);
    }
  }

  requireApi(minor: number, feature: string): void {
    if (this.options.apiMinor < minor) throw fakeError('ApiNotFound', `${feature} needs ExcelApi 1.${minor}`);
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    this.syncCount++;
    this.counter.syncs++;
    if (this.model.switchedAwayAfter !== null && this.model.switchedAwayAfter-- <= 0) {
      throw fakeError(this.model.switchedAwayError, 'the user is in another workbook');
    }
    if (this.model.editMode && actions.length > 0) throw fakeError('InvalidOperationInCellEditMode', 'a cell is being edited');
    const requestSize = bytes(actions.map((a) => a.request));
    this.counter.requestSizes.push(requestSize);
    this.requestSizes.push(requestSize);
    if (requestSize > this.options.payloadLimit) {
      throw fakeError('RequestPayloadSizeLimitExceeded', `request of ${requestSize} bytes`);
    }
    const loads: { response: unknown; commit(): void }[] = [];
    for (const action of actions) {
      const result = action.run();
      if (result) loads.push(result);
    }
    const responseSize = bytes(loads.map((l) => l.response));
    this.counter.responseSizes.push(responseSize);
    this.responseSizes.push(responseSize);
    if (responseSize > this.options.payloadLimit) {
      throw fakeError('ResponsePayloadSizeLimitExceeded', `response of ${responseSize} bytes`);
    }
    for (const l of loads) l.commit();
    if (this.activating) this.model.activeSheet = this.activating;
    this.activating = null;
  }
}

/**
 * A proxy object. `target` is resolved when its creation action runs (so `add` then `getItem` in
 * one batch work). Reading a property needs `load()` and a `sync()` after it, else it throws
 * PropertyNotLoaded. A null object (`…OrNullObject`) can be loaded (its `isNullObject` is then
 * true); a property set or a method call on it fails the sync with ItemNotFound — we do not rely on
 * Office ignoring such calls.
 */
export abstract class FakeObject<T> {
  protected target: T | null | undefined = undefined;
  private loaded: Record<string, unknown> | null = null;
  private loadedNull = false;
  private syncedAfterCreate = false;

  constructor(
    readonly context: FakeContext,
    protected readonly path: string,
    readonly nullable: boolean,
    resolve: () => T | null,
  ) {
    context.enqueue({
      request: { create: path },
      run: () => {
        this.target = resolve();
        this.syncedAfterCreate = true;
      },
    });
  }

  /** The properties `load()` may name, with how to read each from the target. */
  protected abstract readonly loadable: Record<string, (t: T) => unknown>;

  get isNullObject(): boolean {
    if (!this.syncedAfterCreate) throw fakeError('PropertyNotLoaded', `${this.path}.isNullObject before sync`);
    return this.target === null;
  }

  load(props?: string | string[]): this {
    const names = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    const wanted = names.length > 0 ? names : Object.keys(this.loadable);
    for (const n of wanted) if (!(n.split('/')[0] in this.loadable)) throw fakeError('PropertyNotFound', `${this.path}.${n}`);
    this.context.enqueue({
      request: { load: this.path, props: wanted },
      run: () => {
        const t = this.resolved(false);
        if (t === null) return { response: null, commit: () => { this.loadedNull = true; } };
        const snapshot: Record<string, unknown> = {};
        // "items/name" loads a collection's items (the fake's items carry all their scalar properties).
        for (const n of wanted) snapshot[n.split('/')[0]] = this.loadable[n.split('/')[0]](t);
        return { response: snapshot, commit: () => { this.loaded = { ...this.loaded, ...snapshot }; } };
      },
    });
    return this;
  }

  /** Items of a loaded collection arrive with their loaded properties. */
  protected preload(data: Record<string, unknown>): void {
    this.loaded = { ...data };
  }

  protected read<V>(prop: string): V {
    if (this.loadedNull) throw fakeError('PropertyNotLoaded', `${this.path} is a null object`);
    if (!this.loaded || !(prop in this.loaded)) throw fakeError('PropertyNotLoaded', `${this.path}.${prop} read before load() and sync()`);
    return this.loaded[prop] as V;
  }

  /** Queues a write or a method call against the target. */
  protected act(request: Record<string, unknown>, run: (t: T) => void): void {
    this.context.enqueue({
      request: { path: this.path, ...request },
      run: () => {
        const target = this.resolved(true) as T;
        this.context.guard(this.path, request, target);
        run(target);
      },
    });
  }

  /** The target at run time; for a mutation a missing target is ItemNotFound. */
  resolved(mutating: boolean): T | null {
    if (this.target === undefined) throw new Error(`fake: ${this.path} used before its creation ran`);
    if (this.target === null && (mutating || !this.nullable)) throw fakeError('ItemNotFound', this.path);
    return this.target;
  }
}
