import { a1, columnLetter, parseRange, widestRow, type FormatRange, type RangePatch, type SheetDocument } from '../../report/document';
import { fill2d, formatSize, queueFormat, queuePageLayout, queueValidation } from './format';
import { patchUnits } from './patch';
import { valuesUnit, type WriteScope } from './values';
import { OP_OVERHEAD, arrayRowOverhead, jsonSize, type Unit } from './payload';
import { findSheetToWrite, writeKey } from '../sheetNames';
import { OFFICE_REQUIRES, type SkippedFeature } from '../features';
import { markName } from '../marks';
import { chartUnit, colorScaleUnit, markUnit, pageBreaksUnit } from './extras';

export type { WriteScope } from './values';

export type { Feature, SkippedFeature } from '../features';

export interface WritePlan {
  readonly units: Unit<WriteScope>[];
  readonly written: string[];
  readonly skipped: string[];
  readonly skippedFeatures: SkippedFeature[];
  /** Sheet names in tab order once the plan has run. */
  readonly namesAfter: string[];
  /** The workbook's `DCCS_…` names once the plan has run. */
  readonly marksAfter: string[];
}

/** A replaced sheet is rebuilt under this name first, so the workbook never runs out of sheets. */
export const TEMP_SHEET = /^~DCCS~\d+$/;

const REQUIRES = OFFICE_REQUIRES;
type OfficeFeature = keyof typeof OFFICE_REQUIRES;

/**
 * Plans a write from the sheet names known beforehand. Structural units (add, replace) come first
 * for every document, then each document's content, so a failure caused by stale names happens
 * before any content is written and the write can be retried (see workbook/office/host.ts).
 * `recreate` lists sheets a failed attempt created: a `skip` document must still fill them.
 * Patches come last, after every document (workbook/office/patch.ts).
 */
export function planWrite(
  documents: readonly SheetDocument[],
  existing: readonly string[],
  supports: (version: string) => boolean,
  recreate: ReadonlySet<string> = new Set(),
  patches: readonly RangePatch[] = [],
  marks: readonly string[] = [],
): WritePlan {
  const marksAfter = [...marks];
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
    const old = findSheetToWrite(names, doc.name);
    if (old !== undefined && doc.ifExists === 'skip' && !recreate.has(writeKey(doc.name))) {
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
    // The stored reading: hidden (ExcelApi 1.1), not very hidden, so LibreOffice and exceljs keep it too.
    if (doc.hidden) units.push(atomic(OP_OVERHEAD, ({ sheets }) => { sheets.get(doc.name)!.visibility = 'Hidden' as Excel.SheetVisibility; }));
    if (doc.owner !== undefined) {
      units.push(markUnit({ ...doc, owner: doc.owner }, marksAfter));
      const name = markName(doc.owner);
      if (!marksAfter.some((m) => m.toUpperCase() === name)) marksAfter.push(name);
    }
    const skip = (feature: OfficeFeature) => {
      const ok = supports(REQUIRES[feature]);
      if (!ok) skippedFeatures.push({ sheet: doc.name, feature, requirement: `ExcelApi ${REQUIRES[feature]}` });
      return !ok;
    };
    content.push(...contentUnits(doc, skip));
  }
  return { units: [...units, ...content, ...patches.flatMap(patchUnits)], written, skipped, skippedFeatures, namesAfter: names, marksAfter };
}

const sheetOf = (scope: WriteScope, name: string) => scope.sheets.get(name)!;

/**
 * One FormatRange. A number format is a 2-D array as big as its range, so over many rows it is a
 * block of rows that may go in several syncs (like values); the other attributes are one operation.
 */
function formatUnits(sheet: string, f: FormatRange): Unit<WriteScope>[] {
  const r = parseRange(f.range);
  const rows = r.row2 - r.row + 1;
  const numberFormat = f.numberFormat;
  if (numberFormat === undefined || rows === 1) return [atomic(formatSize(f), (s) => queueFormat(sheetOf(s, sheet), f))];
  const cols = r.col2 - r.col + 1;
  const rest: FormatRange = { ...f, numberFormat: undefined };
  return [
    atomic(formatSize(rest), (s) => queueFormat(sheetOf(s, sheet), rest)),
    {
      kind: 'rows',
      rowSizes: Array<number>(rows).fill(cols * (jsonSize(numberFormat) + 1) + arrayRowOverhead(cols)),
      overhead: OP_OVERHEAD * 2,
      queue: (s, from, to) => {
        sheetOf(s, sheet).getRange(a1(r.row + from, r.col, r.row + to - 1, r.col2)).numberFormat = fill2d(to - from, cols, numberFormat);
      },
    },
  ];
}

function atomic(size: number, queue: (scope: WriteScope) => void): Unit<WriteScope> {
  return { kind: 'atomic', size, queue };
}

/** Items of one operation each, packed like rows: as many per sync as fit. */
function listUnit<T>(items: readonly T[], size: number, queue: (scope: WriteScope, item: T) => void): Unit<WriteScope> {
  return {
    kind: 'rows',
    rowSizes: items.map(() => size),
    overhead: 0,
    queue: (scope, from, to) => { for (let i = from; i < to; i++) queue(scope, items[i]); },
  };
}

/** Excel's tallest row, in points: it refuses a greater `rowHeight` (InvalidArgument). */
export const MAX_ROW_HEIGHT = 409;

/** Row heights as runs of consecutive rows of the same height, in row order, each at most MAX_ROW_HEIGHT. */
export function heightRuns(heights: Readonly<Record<number, number>>): { from: number; to: number; height: number }[] {
  const rows = Object.keys(heights).map(Number).sort((a, b) => a - b);
  const runs: { from: number; to: number; height: number }[] = [];
  for (const row of rows) {
    const height = Math.min(MAX_ROW_HEIGHT, heights[row]);
    const last = runs[runs.length - 1];
    if (last && last.to === row - 1 && last.height === height) last.to = row;
    else runs.push({ from: row, to: row, height });
  }
  return runs;
}

function contentUnits(doc: SheetDocument, skip: (f: OfficeFeature) => boolean): Unit<WriteScope>[] {
  const units: Unit<WriteScope>[] = [];
  if (doc.values.length > 0) {
    units.push(valuesUnit({ sheet: (s) => sheetOf(s, doc.name), top: 1, left: 1, rows: doc.values, formats: doc.formats ?? [] }));
  }
  for (const f of doc.formats ?? []) units.push(...formatUnits(doc.name, f));
  units.push(atomic(OP_OVERHEAD * 4 * (1 + (doc.columns?.length ?? 0)), (s) => {
    const ws = sheetOf(s, doc.name);
    (doc.columns ?? []).forEach((spec, i) => {
      const column = ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`);
      // Excel's width unit is a character of the default font, about 7 px; a point is 0.75 px.
      if (spec.width !== undefined) column.format.columnWidth = spec.width * 7 * 0.75 + 5;
      if (spec.hidden) column.columnHidden = true;
    });
    if (doc.autoFitRowsFrom !== undefined && doc.values.length >= doc.autoFitRowsFrom) {
      const width = widestRow(doc.values);
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
  // Merges and row heights are one operation each (heights: one per run of equal rows); a sheet
  // of 10,000 rows has thousands, so they are lists that may spread over syncs.
  const merges = doc.merges ?? [];
  if (merges.length > 0) {
    units.push(listUnit(merges, OP_OVERHEAD * 2, (s, m) => sheetOf(s, doc.name).getRange(m).merge(false)));
  }
  const heights = heightRuns(doc.rowHeights ?? {});
  if (heights.length > 0) {
    units.push(listUnit(heights, OP_OVERHEAD * 3, (s, run) => {
      sheetOf(s, doc.name).getRange(`${run.from}:${run.to}`).format.rowHeight = run.height;
    }));
  }
  // After the heights: Excel fits unmerged text rows by its own line spacing (ExcelApi 1.2).
  const fits = doc.excelFitRows ?? [];
  if (fits.length > 0) {
    units.push(listUnit(fits, OP_OVERHEAD * 2, (s, [from, to]) => sheetOf(s, doc.name).getRange(`${from}:${to}`).format.autofitRows()));
  }
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
  const filter = doc.autoFilter;
  if (filter && !skip('autoFilter')) units.push(atomic(OP_OVERHEAD * 3, (s) => sheetOf(s, doc.name).autoFilter.apply(filter))); // ExcelApi 1.9
  if ((doc.pageBreaksBefore ?? []).length > 0 && !skip('pageBreaks')) units.push(pageBreaksUnit(doc));
  for (const chart of doc.charts ?? []) units.push(chartUnit(doc, chart));
  for (const scale of doc.colorScales ?? []) if (!skip('conditionalFormats')) units.push(colorScaleUnit(doc, scale));
  return units;
}
