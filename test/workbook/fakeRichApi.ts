import { parseAddress, blockAddress, type Block } from './fakeRange';
import type { FakeSheet, FakeWorkbookModel } from './fakeModel';

/**
 * The other end of Microsoft's Office.js client (fakeOfficeJs.ts): answers the RichApi request
 * bodies the real client builds — `{Actions, ObjectPaths}` — from a FakeWorkbookModel. Only what
 * reads need is interpreted (sheets, used ranges, ranges' values, tables, workbook names) plus the
 * structural writes that later reads depend on (add, delete, rename a sheet); every other action
 * is recorded and answered with success. What a write does to the cells is the strict fake's job.
 * Sizes are the UTF-8 bytes of the body's JSON, what the client hands its transport.
 */
export interface RichApiOptions {
  /** Request and response limit in bytes (Excel on the web: 5 MB). */
  payloadLimit: number;
  /** What Excel answers an oversized request: its own code, or Excel on the web's GeneralException. */
  refusal?: 'RequestPayloadSizeLimitExceeded' | 'GeneralException';
  /** Response limit, when it differs from the request's. */
  responseLimit?: number;
  /** An error code to fail the request of this index (0-based, counted over the executor's life) with. */
  fail?: (index: number) => string | undefined;
}

export interface RichApiLog {
  readonly requestSizes: number[];
  readonly responseSizes: number[];
  readonly bodies: { Actions: RichAction[] }[];
}

interface RichPath { Id: number; ObjectPathType: number; Name: string; ParentObjectPathId?: number; ArgumentInfo?: { Arguments?: unknown[] } }
export interface RichAction { Id: number; ActionType: number; Name: string; ObjectPathId: number; ArgumentInfo?: { Arguments?: unknown[] }; QueryInfo?: { Select?: string[] } }

type Entity =
  | { kind: 'workbook' } | { kind: 'worksheets' } | { kind: 'names' } | { kind: 'other' }
  | { kind: 'sheet'; sheet: FakeSheet | null }
  | { kind: 'range'; block: Block | null }
  | { kind: 'tables'; sheet: FakeSheet }
  | { kind: 'table'; sheet: FakeSheet; index: number };

const utf8 = new TextEncoder();
const bytes = (value: unknown) => utf8.encode(JSON.stringify(value)).length;
const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A sheet's Id, stable across renames, as Excel's is (the client re-addresses an added sheet by it). */
const ids = new WeakMap<FakeSheet, string>();
let nextId = 0;
function sheetId(sheet: FakeSheet): string {
  let id = ids.get(sheet);
  if (id === undefined) ids.set(sheet, (id = `{00000000-0000-0000-0000-${String(++nextId).padStart(12, '0')}}`));
  return id;
}

class RichApiError extends Error {
  constructor(readonly code: string, readonly actionIndex: number) {
    super(code);
  }
}

export function createRichApiExecutor(model: FakeWorkbookModel, options: RichApiOptions, log: RichApiLog) {
  return {
    executeAsync(_customData: unknown, _flags: number, message: { Body: { Actions: RichAction[]; ObjectPaths: Record<string, RichPath> } }) {
      const body = message.Body;
      const failure = options.fail?.(log.requestSizes.length);
      const size = bytes(body);
      log.requestSizes.push(size);
      log.bodies.push(body);
      if (size > options.payloadLimit) {
        const code = options.refusal ?? 'RequestPayloadSizeLimitExceeded';
        return Promise.resolve({ HttpStatusCode: 400, ErrorCode: code, ErrorMessage: `request of ${size} bytes`, Headers: {}, Body: null });
      }
      if (failure) {
        return Promise.resolve({ HttpStatusCode: 200, ErrorCode: '', ErrorMessage: '', Headers: {},
          Body: { Error: { Code: failure, Message: failure, ActionIndex: 0, HttpStatusCode: 400 }, Results: [] } });
      }
      const results: { ActionId: number; Value: unknown }[] = [];
      try {
        const entities = new Map<number, Entity>();
        const resolve = (id: number): Entity => {
          let e = entities.get(id);
          if (!e) entities.set(id, (e = entityOf(model, body.ObjectPaths[id], resolve)));
          return e;
        };
        body.Actions.forEach((action, index) => {
          try {
            const value = run(model, action, resolve(action.ObjectPathId));
            if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
          } catch (error) {
            if (error instanceof RichApiError) throw new RichApiError(error.code, index);
            throw error;
          }
        });
      } catch (error) {
        if (!(error instanceof RichApiError)) throw error;
        return Promise.resolve({ HttpStatusCode: 200, ErrorCode: '', ErrorMessage: '', Headers: {},
          Body: { Error: { Code: error.code, Message: error.code, ActionIndex: error.actionIndex, HttpStatusCode: 400 }, Results: results } });
      }
      const responseSize = bytes(results);
      log.responseSizes.push(responseSize);
      if (responseSize > (options.responseLimit ?? options.payloadLimit)) {
        return Promise.resolve({ HttpStatusCode: 400, ErrorCode: 'ResponsePayloadSizeLimitExceeded', ErrorMessage: `response of ${responseSize} bytes`, Headers: {}, Body: null });
      }
      return Promise.resolve({ HttpStatusCode: 200, ErrorCode: '', ErrorMessage: '', Headers: {}, Body: { Results: results } });
    },
  };
}

function entityOf(model: FakeWorkbookModel, path: RichPath, resolve: (id: number) => Entity): Entity {
  if (path.ObjectPathType === 1) return { kind: 'workbook' };
  const parent = path.ParentObjectPathId === undefined ? ({ kind: 'other' } as Entity) : resolve(path.ParentObjectPathId);
  const arg = path.ArgumentInfo?.Arguments?.[0];
  const name = path.Name;
  switch (parent.kind) {
    case 'workbook':
      if (name === 'Worksheets') return { kind: 'worksheets' };
      if (name === 'Names') return { kind: 'names' };
      return { kind: 'other' };
    case 'worksheets': {
      if (name === 'Add') return { kind: 'sheet', sheet: model.addSheet(String(arg)) };
      const key = String(arg);
      const sheet = model.sheets.find((s) => sheetId(s) === key) ?? model.find(key) ?? null;
      if (sheet === null && name !== 'GetItemOrNullObject') throw new RichApiError('ItemNotFound', -1);
      return { kind: 'sheet', sheet };
    }
    case 'sheet': {
      const sheet = parent.sheet;
      if (sheet === null) return name === 'Tables' ? { kind: 'other' } : { kind: 'range', block: null };
      if (name === 'Tables') return { kind: 'tables', sheet };
      if (name === 'GetRange') return { kind: 'range', block: parseAddress(sheet, String(arg)) };
      if (name === 'GetUsedRangeOrNullObject' || name === 'GetUsedRange') {
        const b = sheet.usedBounds();
        return { kind: 'range', block: b && { sheet, ...b } };
      }
      return { kind: 'other' };
    }
    case 'tables': {
      const index = name === 'GetItemAt' ? Number(arg) : parent.sheet.tables.findIndex((t) => t.name === String(arg));
      return { kind: 'table', sheet: parent.sheet, index };
    }
    case 'table':
      return name === 'GetRange' ? { kind: 'range', block: parseAddress(parent.sheet, parent.sheet.tables[parent.index].range) } : { kind: 'other' };
    default:
      return { kind: 'other' };
  }
}

/** One action's result value, or undefined when the client expects none. */
function run(model: FakeWorkbookModel, action: RichAction, target: Entity): unknown {
  if (action.ActionType === 4 && target.kind === 'sheet' && target.sheet && action.Name === 'Name') {
    target.sheet.name = String(action.ArgumentInfo?.Arguments?.[0]);
  }
  if (action.ActionType === 3 && target.kind === 'sheet' && target.sheet && action.Name === 'Delete') {
    model.sheets = model.sheets.filter((s) => s !== target.sheet);
  }
  // An added sheet's path is valid for one request only: the client re-addresses it by this Id.
  if (action.ActionType === 1) return target.kind === 'sheet' && target.sheet ? { Id: sheetId(target.sheet) } : undefined;
  if (action.ActionType !== 2) return undefined;
  const select = action.QueryInfo?.Select ?? [];
  switch (target.kind) {
    case 'worksheets':
      return { _Items: model.sheets.map((s) => ({ Id: sheetId(s), Name: s.name })) };
    case 'names':
      return { _Items: model.names.map((n) => ({ Name: n.name, Formula: `=${blockAddress(parseAddress(n.sheet, `${n.column}${n.row}`)).replace(/!([A-Z]+)(\d+)$/, '!$$$1$$$2')}` })) };
    case 'tables':
      return { _Items: target.sheet.tables.map((t, i) => ({ _Index: i, Name: t.name, ShowHeaders: t.showHeaders, ShowTotals: t.showTotals })) };
    case 'sheet':
      return target.sheet ? { Id: sheetId(target.sheet), Name: target.sheet.name } : { _IsNull: true };
    case 'range':
      return target.block ? rangeValue(target.block, select) : { _IsNull: true };
    default:
      return {};
  }
}

function rangeValue(b: Block, select: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const prop of select) {
    if (prop === 'values') {
      const rows: unknown[][] = [];
      for (let r = b.row; r <= b.row2; r++) {
        const row: unknown[] = [];
        for (let c = b.col; c <= b.col2; c++) row.push(b.sheet.peek(r, c)?.value ?? '');
        rows.push(row);
      }
      out.Values = rows;
    } else if (prop === 'rowIndex') out.RowIndex = b.row - 1;
    else if (prop === 'columnIndex') out.ColumnIndex = b.col - 1;
    else if (prop === 'rowCount') out.RowCount = b.row2 - b.row + 1;
    else if (prop === 'columnCount') out.ColumnCount = b.col2 - b.col + 1;
    else if (prop === 'address') out.Address = blockAddress(b);
    else out[pascal(prop)] = null;
  }
  return out;
}
