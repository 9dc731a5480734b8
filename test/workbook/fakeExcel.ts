import { FakeContext, type FakeOptions } from './fakeContext';
import { FakeWorkbookModel } from './fakeModel';
import { FakeWorksheetCollection } from './fakeSheets';
import { FakeNamedItemCollection } from './fakeNames';
import { FakeWorkbookProtection } from './fakeProtection';

export { FakeOfficeError, FakeWorkbookModel, type FakeSheet } from './fakeModel';

/**
 * A strict fake of the Excel JavaScript API, enough for the Office host (DESIGN.md, "Tests"):
 * - `run(cb)` gives `cb` a RequestContext whose `sync()` calls are counted (`syncs`);
 * - every write and load waits for `sync()`; reading a property that was not loaded and synced
 *   throws PropertyNotLoaded (office-addin-mock returns error strings instead, which hides bugs);
 * - `getItemOrNullObject` / `getUsedRangeOrNullObject` give null objects; writing through one fails;
 * - text written without an "@" number format is parsed as Excel parses typing (formula, number,
 *   date, boolean), and an invalid formula fails the sync;
 * - 2D arrays must match their range; features above `apiMinor` throw ApiNotFound;
 * - workbook names hold their sheet (a rename follows, a deletion gives `#REF!`), a duplicate is
 *   ItemAlreadyExists; charts and page breaks are recorded on the sheet (fakeNames.ts, fakeCharts.ts);
 * - a request or response JSON over `payloadLimit` fails with Excel on the web's error codes;
 * - the states real Excel gets into (fakeModel.ts): a cell in edit mode, the user moving to another
 *   workbook mid-write, a protected sheet or workbook structure; `values` null past `maxValueCells`; a row
 *   height over 409 pt refused; an activation that lands only after its batch.
 * Behaviour we could not confirm in Office's documentation errs on the strict side (see fakeContext.ts).
 */
export interface FakeExcel {
  readonly model: FakeWorkbookModel;
  readonly run: typeof Excel.run;
  /** `requirements` for OfficeHost: ExcelApi up to 1.apiMinor. */
  requirements(set: string, version: string): boolean;
  readonly syncs: number;
  readonly requestSizes: number[];
  readonly responseSizes: number[];
  /** Clears the counters (after seeding, between phases of a test). */
  resetCounters(): void;
  options: Required<FakeOptions>;
}

export function createFakeExcel(options: FakeOptions = {}): FakeExcel {
  const model = new FakeWorkbookModel();
  const counter = { syncs: 0, requestSizes: [] as number[], responseSizes: [] as number[] };
  const resolved: Required<FakeOptions> = {
    apiMinor: options.apiMinor ?? 9, payloadLimit: options.payloadLimit ?? 5_000_000, maxValueCells: options.maxValueCells ?? 5_000_000,
  };
  const run = async <T>(callback: (context: unknown) => Promise<T>): Promise<T> => {
    const context = new FakeContext(model, resolved, counter);
    const worksheets = new FakeWorksheetCollection(context, 'worksheets', false, () => model);
    const workbook = {
      worksheets,
      // A getter, as in Office.js: each access is a new proxy, and ExcelApi 1.4 is checked then.
      get names() { return new FakeNamedItemCollection(context, 'names', () => model); },
      get protection() { return new FakeWorkbookProtection(context, 'protection', false, () => model); },
    };
    const requestContext = { workbook, sync: () => context.sync() };
    return callback(requestContext);
  };
  return {
    model,
    run: run as unknown as typeof Excel.run,
    requirements: (set, version) => set === 'ExcelApi' && Number(version.split('.')[1]) <= resolved.apiMinor && version.startsWith('1.'),
    get syncs() { return counter.syncs; },
    get requestSizes() { return counter.requestSizes; },
    get responseSizes() { return counter.responseSizes; },
    resetCounters() {
      counter.syncs = 0;
      counter.requestSizes.length = 0;
      counter.responseSizes.length = 0;
    },
    options: resolved,
  };
}
