import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { FakeWorkbookModel } from './fakeModel';
import { createRichApiExecutor, type RichApiLog, type RichApiOptions } from './fakeRichApi';

/**
 * Microsoft's own Office.js client (`@microsoft/office-js`, Excel on the web's build) running in
 * jsdom, with the request executor of fakeRichApi.ts in place of Excel: the request bodies are
 * exactly what the real client would send, so their sizes are what Excel on the web receives. The
 * strict fake (fakeExcel.ts) stays the model of what Excel does with them.
 */
export interface OfficeJsExcel extends RichApiLog {
  readonly model: FakeWorkbookModel;
  readonly run: typeof Excel.run;
  requirements(set: string, version: string): boolean;
  resetCounters(): void;
  options: RichApiOptions;
}

let client: { Excel: typeof Excel } | null = null;

/** One jsdom window per test file: the client is 1.4 MB of script and keeps no state between contexts. */
function loadClient(): { Excel: typeof Excel } {
  if (client) return client;
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { runScripts: 'outside-only', url: 'https://localhost/' });
  const source = readFileSync(require.resolve('@microsoft/office-js/dist/excel-web-16.00.js'), 'utf8');
  dom.window.eval(source);
  const window = dom.window as unknown as { Excel: typeof Excel };
  client = { Excel: window.Excel };
  return client;
}

export function createOfficeJsExcel(options: Partial<RichApiOptions> = {}): OfficeJsExcel {
  const { Excel: real } = loadClient();
  const model = new FakeWorkbookModel();
  const log: RichApiLog = { requestSizes: [], responseSizes: [], bodies: [] };
  const resolved: RichApiOptions = { ...options, payloadLimit: options.payloadLimit ?? 5_000_000 };
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new real.RequestContext();
    // The client's own slot for its transport (ClientRequestContext._requestExecutor).
    (context as unknown as { _requestExecutor: unknown })._requestExecutor = createRichApiExecutor(model, resolved, log);
    return batch(context);
  };
  return {
    model,
    run: run as unknown as typeof Excel.run,
    requirements: (set, version) => set === 'ExcelApi' && version.startsWith('1.') && Number(version.split('.')[1]) <= 9,
    get requestSizes() { return log.requestSizes; },
    get responseSizes() { return log.responseSizes; },
    get bodies() { return log.bodies; },
    resetCounters() {
      log.requestSizes.length = 0;
      log.responseSizes.length = 0;
      log.bodies.length = 0;
    },
    options: resolved,
  };
}
