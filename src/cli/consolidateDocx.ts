import { buildConsolidationDocx, type WriteConsolidationOptions } from '../app/consolidate';
import type { Consolidation } from '../report/consolidatedModel';
import type { UnitInfo } from '../sheets/info';

/** What the Word draft of `dccs consolidate --docx` is built from: the counts, without the findings. */
export interface DocxRequest {
  readonly consolidation: Consolidation;
  readonly office: UnitInfo | null;
  readonly options: WriteConsolidationOptions;
}

/** The draft's bytes (consolidateDocxWorker.ts runs it on its own thread). */
export function buildDocx({ consolidation, office, options }: DocxRequest): Promise<Uint8Array> {
  return buildConsolidationDocx(consolidation, office, options);
}

/** A request for `c`'s draft, its finding lines left out (the draft does not list them). */
export function docxRequest(c: Consolidation, office: UnitInfo | null, options: WriteConsolidationOptions): DocxRequest {
  return { consolidation: { ...c, findings: [] }, office, options };
}
