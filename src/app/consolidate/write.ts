import type { LocalDate } from '../../domain/calendar/localDate';
import { vocabEntry, LEVELS } from '../../domain/vocabulary';
import { buildDetailSheet } from '../../report/consolidatedFindingsSheet';
import type { Consolidation } from '../../report/consolidatedModel';
import { buildConsolidatedReportDocx, buildConsolidatedReportSheet, type ConsolidatedReportInput } from '../../report/consolidatedReport';
import { buildUnitsSheet } from '../../report/consolidatedUnitsSheet';
import type { ReportUnit } from '../../report/model';
import type { SheetDocument } from '../../report/document';
import { DEFAULT_REPORT_SYMBOL, type UnitInfo } from '../../sheets/info';
import type { WorkbookHost } from '../../workbook/port';
import type { UnitOrder } from './assemble';
import type { ConsolidatingWorkbook } from './target';
import { chooseOutputName } from '../outputNames';
import type { RenamedOutput } from '../check/check';
import type { SkippedFeature } from '../../workbook/features';

export interface WriteConsolidationOptions {
  readonly today: LocalDate;
  /** The common as-of date, when one was given. */
  readonly asOf?: LocalDate;
  readonly order: UnitOrder;
  /** False: no Word draft is wanted (`dccs consolidate` without --docx), so none is built. */
  readonly docx?: boolean;
}

export interface ConsolidationWrite {
  readonly written: readonly string[];
  /** Formatting the write left out (WriteResult.skippedFeatures). */
  readonly skippedFeatures: readonly SkippedFeature[];
  readonly renamed: readonly RenamedOutput[];
  /** The Word draft of `Báo cáo tổng hợp`; empty when `docx: false` asked for none. */
  readonly docx: Uint8Array;
}

/**
 * Writes `TH Đơn vị`, `TH Chi tiết` and `Báo cáo tổng hợp` into the consolidating workbook in one
 * batch, each under its own name unless a user's sheet has it (then `… (2)`), and builds the Word
 * draft. The office's own `Thông tin`, when its workbook has one, heads and signs the report.
 */
export async function writeConsolidation(
  host: WorkbookHost, c: Consolidation, target: ConsolidatingWorkbook, options: WriteConsolidationOptions,
): Promise<ConsolidationWrite> {
  const input = reportInput(c, target.office, options);
  const wanted: SheetDocument[] = [
    buildUnitsSheet(c, { order: options.order, asOf: options.asOf ?? null }),
    buildDetailSheet(c.findings, c.findingsOmitted),
    buildConsolidatedReportSheet(input),
  ];
  const renamed: RenamedOutput[] = [];
  const taken = new Set<string>();
  const documents = wanted.map((doc) => {
    const { name, renamed: moved } = chooseOutputName(doc.name, doc.owner!, target.read, taken);
    taken.add(name);
    if (moved) renamed.push({ wanted: doc.name, written: name });
    return name === doc.name ? doc : { ...doc, name };
  });
  const write = await host.writeSheets(documents);
  const docx = options.docx === false ? new Uint8Array() : await buildConsolidatedReportDocx(input);
  return { written: write.written, skippedFeatures: write.skippedFeatures, renamed, docx };
}

/**
 * The Word draft `writeConsolidation` builds, on its own, headed by the office's `Thông tin` (null:
 * a new workbook has none): `dccs consolidate` builds it on its main thread while the save's
 * thread writes OUT.xlsx.
 */
export function buildConsolidationDocx(c: Consolidation, office: UnitInfo | null, options: WriteConsolidationOptions): Promise<Uint8Array> {
  return buildConsolidatedReportDocx(reportInput(c, office, options));
}

function reportInput(c: Consolidation, office: UnitInfo | null, options: WriteConsolidationOptions): ConsolidatedReportInput {
  // Dated by the office: the date the user gave, or its `Thông tin`'s; without either the dateline
  // is left blank to fill, never the machine's today (the units' own as-of dates go in the text).
  const given = options.asOf ?? office?.asOf ?? null;
  const date = given ?? options.today;
  return { office: officeUnit(office, date), date, dated: given !== null, consolidation: c };
}

/** The office as the report's issuer: its `Thông tin`, or placeholders the officer fills in. */
export function officeUnit(info: UnitInfo | null, date: LocalDate): ReportUnit {
  const level = info?.level ? vocabEntry(LEVELS, info.level) : null;
  return {
    name: info?.unit ?? '', level: level?.label ?? null,
    kind: info?.level && info.level !== 'agency' && info.level !== 'public-service-unit' ? 'commune' : 'agency',
    parent: info?.parent ?? null, place: info?.place ?? null, year: info?.year ?? date.y, asOf: date,
    signer: info?.signer ?? null, signerTitle: info?.signerTitle ?? null, signAuthority: info?.signAuthority ?? null,
    reportSymbol: info?.reportSymbol ?? DEFAULT_REPORT_SYMBOL,
  };
}
