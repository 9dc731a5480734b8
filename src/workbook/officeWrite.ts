import { isLocalDate, toExcelSerial } from '../domain/calendar/localDate';
import { matchKey } from '../domain/text/normalize';
import { a1, columnLetter, parseRange, type DocValue, type SheetDocument } from '../report/document';
import { DEFAULT_DATE_FORMAT } from './fileWrite';
import { fill2d, formatSize, queueFormat, queuePageLayout, queueValidation } from './officeFormat';
import { OP_OVERHEAD, jsonSize, type Unit } from './payload';
import { findSheetName } from './sheetNames';
import { columnRuns, needsTextFormat } from './textGuard';

/** What the units of one write share while they are queued: the context and the sheets' proxies. */
export interface WriteScope {
  readonly context: Excel.RequestContext;
  readonly sheets: Map<string, Excel.Worksheet>;
}

export type Feature = 'freezePanes' | 'hyperlinks' | 'tabColor' | 'dataValidation' | 'pageLayout';
export interface SkippedFeature { readonly sheet: string; readonly feature: Feature; readonly requirement: string }

export interface WritePlan {
  readonly units: Unit<WriteScope>[];
  readonly written: string[];
  readonly skipped: string[];
  readonly skippedFeatures: SkippedFeature[];
  /** Sheet names in tab order once the plan has run. */
  readonly namesAfter: string[];
}

/** A replaced sheet is rebuilt under this name first, so the workbook never runs out of sheets. */
export const TEMP_SHEET = /^~DCCS~\d+$/;

const REQUIRES: Record<Feature, string> = {
  freezePanes: '1.7', hyperlinks: '1.7', tabColor: '1.7', dataValidation: '1.8', pageLayout: '1.9',
};

/**
 * Plans a write from the sheet names known beforehand. Structural units (add, replace) come first
 * for every document, then each document's content, so a failure caused by stale names happens
 * before any content is written and the write can be retried (see officeHost.ts).
 * `recreate` lists sheets a failed attempt created: a `skip` document must still fill them.
 */
export function planWrite(
  documents: readonly SheetDocument[],
  existing: readonly string[],
  supports: (version: string) => boolean,
  recreate: ReadonlySet<string> = new Set(),
): WritePlan {
  const names = [...existing];
  const units: Unit<WriteScope>[] = [];
  const content: Unit<WriteScope>[] = [];
  const written: string[] = [], skipped: string[] = [], skippedFeatures: SkippedFeature[] = [];
  for (const leftover of names.filter((n) => TEMP_SHEET.test(n))) {
    units.push(atomic(OP_OVERHEAD * 2, ({ context }) => context.workbook.worksheets.getItem(leftover).delete()));
    names.splice(names.indexOf(leftover), 1);
  }
  let temp = 0;
  for (const doc of documents) {
    const old = findSheetName(names, doc.name);
    if (old !== undefined && doc.ifExists === 'skip' && !recreate.has(matchKey(doc.name))) {
      skipped.push(doc.name);
      continue;
    }
    if (old !== undefined) {
      const position = names.indexOf(old);
      let tempName: string;
      do tempName = `~DCCS~${++temp}`; while (names.some((n) => n.toUpperCase() === tempName));
      units.push(atomic(OP_OVERHEAD * 5, ({ context, sheets }) => {
        const ws = context.workbook.worksheets.add(tempName);
        context.workbook.worksheets.getItem(old).delete();
        ws.name = doc.name;
        ws.position = position;
        sheets.set(doc.name, ws);
      }));
      names[position] = doc.name;
    } else {
      units.push(atomic(OP_OVERHEAD * 2, ({ context, sheets }) => sheets.set(doc.name, context.workbook.worksheets.add(doc.name))));
      names.push(doc.name);
    }
    written.push(doc.name);
    const skip = (feature: Feature) => {
      const ok = supports(REQUIRES[feature]);
      if (!ok) skippedFeatures.push({ sheet: doc.name, feature, requirement: `ExcelApi ${REQUIRES[feature]}` });
      return !ok;
    };
    content.push(...contentUnits(doc, skip));
  }
  return { units: [...units, ...content], written, skipped, skippedFeatures, namesAfter: names };
}

const sheetOf = (scope: WriteScope, name: string) => scope.sheets.get(name)!;

function atomic(size: number, queue: (scope: WriteScope) => void): Unit<WriteScope> {
  return { kind: 'atomic', size, queue };
}

function contentUnits(doc: SheetDocument, skip: (f: Feature) => boolean): Unit<WriteScope>[] {
  const units: Unit<WriteScope>[] = [];
  if (doc.values.length > 0) units.push(valuesUnit(doc));
  for (const f of doc.formats ?? []) units.push(atomic(formatSize(f), (s) => queueFormat(sheetOf(s, doc.name), f)));
  units.push(atomic(OP_OVERHEAD * 4 * (1 + (doc.merges?.length ?? 0) + (doc.columns?.length ?? 0) + Object.keys(doc.rowHeights ?? {}).length), (s) => {
    const ws = sheetOf(s, doc.name);
    for (const m of doc.merges ?? []) ws.getRange(m).merge(false);
    (doc.columns ?? []).forEach((spec, i) => {
      const column = ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`);
      // Excel's width unit is a character of the default font, about 7 px; a point is 0.75 px.
      if (spec.width !== undefined) column.format.columnWidth = spec.width * 7 * 0.75 + 5;
      if (spec.hidden) column.columnHidden = true;
    });
    for (const [row, height] of Object.entries(doc.rowHeights ?? {})) ws.getRange(`${row}:${row}`).format.rowHeight = height;
    if (doc.autoFitRowsFrom !== undefined && doc.values.length >= doc.autoFitRowsFrom) {
      const width = Math.max(1, ...doc.values.map((r) => r.length));
      ws.getRange(a1(doc.autoFitRowsFrom, 1, doc.values.length, width)).format.autofitRows(); // ExcelApi 1.2
    }
    const freeze = doc.freeze;
    if (freeze && (freeze.rows > 0 || freeze.columns > 0) && !skip('freezePanes')) {
      if (freeze.rows > 0 && freeze.columns > 0) ws.freezePanes.freezeAt(a1(1, 1, freeze.rows, freeze.columns));
      else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
      else ws.freezePanes.freezeColumns(freeze.columns);
    }
    if (doc.tabColor && !skip('tabColor')) ws.tabColor = doc.tabColor;
  }));
  const links = doc.hyperlinks ?? [];
  if (links.length > 0 && !skip('hyperlinks')) {
    // Hyperlinks are one range operation each: units of 500 so a big list can spread over syncs.
    for (let i = 0; i < links.length; i += 500) {
      const chunk = links.slice(i, i + 500);
      units.push(atomic(chunk.reduce((n, l) => n + jsonSize(l) + OP_OVERHEAD * 2, 0), (s) => {
        const ws = sheetOf(s, doc.name);
        for (const link of chunk) {
          const { row, col } = parseRange(link.cell);
          const text = doc.values[row - 1]?.[col - 1];
          const internal = !/^[a-z][a-z0-9+.-]*:/i.test(link.target);
          ws.getRange(link.cell).hyperlink = {
            ...(internal ? { documentReference: link.target } : { address: link.target }),
            ...(typeof text === 'string' ? { textToDisplay: text } : {}),
            ...(link.tooltip ? { screenTip: link.tooltip } : {}),
          };
        }
      }));
    }
  }
  for (const v of doc.validations ?? []) {
    if (!skip('dataValidation')) units.push(atomic(jsonSize(v) + OP_OVERHEAD * 3, (s) => queueValidation(sheetOf(s, doc.name), v)));
  }
  if (doc.pageSetup && !skip('pageLayout')) {
    const page = doc.pageSetup;
    units.push(atomic(OP_OVERHEAD * 12, (s) => queuePageLayout(sheetOf(s, doc.name), page)));
  }
  return units;
}

/** A cell as Office takes it in a `formulas` array: text protected beforehand by "@". */
function officeInput(v: DocValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (isLocalDate(v)) return toExcelSerial(v);
  if (typeof v === 'object') return `=${v.formula}`;
  return v;
}

/**
 * The document's values as one `formulas` assignment per piece (the whole block in the common
 * case). Before it: "@" on each column run of text that Excel would otherwise parse; after it:
 * the default date format on date runs the document gives no number format for.
 */
function valuesUnit(doc: SheetDocument): Unit<WriteScope> {
  const width = Math.max(1, ...doc.values.map((r) => r.length));
  const rows = doc.values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  const formatted = (doc.formats ?? []).filter((f) => f.numberFormat !== undefined).map((f) => parseRange(f.range));
  const needsDateFormat = rows.map((row, r) => row.map((v, c) =>
    isLocalDate(v) && !formatted.some((f) => f.row <= r + 1 && r + 1 <= f.row2 && f.col <= c + 1 && c + 1 <= f.col2)));
  const inputs = rows.map((row) => row.map(officeInput));
  const isText = (v: DocValue) => typeof v === 'string';
  // Bytes per row: its inputs, plus one `["@"],` per guarded cell and one date format per date cell.
  const guarded = rows.map(() => 0);
  for (const run of columnRuns(rows, width, 1, isText, (v) => needsTextFormat(v as string))) {
    const { row } = parseRange(run.address.split(':')[0]);
    for (let r = row - 1; r < row - 1 + run.height; r++) guarded[r]++;
  }
  const rowSizes = rows.map((_, r) => jsonSize(inputs[r]) + 1 + guarded[r] * 6 +
    needsDateFormat[r].filter(Boolean).length * (DEFAULT_DATE_FORMAT.length + 5));
  return {
    kind: 'rows',
    rowSizes,
    overhead: OP_OVERHEAD * (2 + 2 * width),
    queue: (scope, from, to) => {
      const ws = sheetOf(scope, doc.name);
      const slice = rows.slice(from, to);
      for (const run of columnRuns(slice, width, from + 1, isText, (v) => needsTextFormat(v as string))) {
        ws.getRange(run.address).numberFormat = fill2d(run.height, 1, '@');
      }
      ws.getRange(a1(from + 1, 1, to, width)).formulas = inputs.slice(from, to);
      const dates = needsDateFormat.slice(from, to);
      for (const run of columnRuns(dates, width, from + 1, (x) => x, () => true)) {
        ws.getRange(run.address).numberFormat = fill2d(run.height, 1, DEFAULT_DATE_FORMAT);
      }
    },
  };
}
