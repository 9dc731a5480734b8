import { DccsError } from '../../domain/errors';
import type { RangePatch, SheetDocument } from '../../report/document';
import { HostError, type ReadOptions, type ReadResult, type WorkbookHost, type WriteResult } from '../port';
import { errorDetail, hostMessages } from '../hostMessages';
import { assertValidations } from '../file/format';
import { loadMarks, readOffice } from './read';
import { TooManyCellsError, adviceFor, explainWriteFailure } from './diagnose';
import { assertOwners } from '../marks';
import { findSheetToWrite, writeKey } from '../sheetNames';
import { TEMP_SHEET, planWrite, type WriteScope } from './write';
import { DEFAULT_PAYLOAD_LIMIT, isWriteRefusal, packUnits } from './payload';
import { assertPatchSheets, assertPatchShapes } from '../patches';

/** Below this a refused batch is not split again: Excel refuses it for something other than its size. */
const MIN_BUDGET = 64_000;

export interface OfficeHostOptions {
  /** Request/response budget in JSON bytes (Excel on the web: 5 MB, minus a margin). */
  payloadLimit?: number;
  /** `Office.context.requirements.isSetSupported`, injectable for tests. */
  requirements?: (set: string, version: string) => boolean;
}

/**
 * The host inside Excel (DESIGN.md, "One flow, three hosts"). A read is one `context.sync()` in
 * the common case and a write is one more (see workbook/office/read.ts, workbook/office/write.ts, payload.ts).
 *
 * Knowing which sheets exist. A write must know whether each document's sheet exists (add it,
 * replace it, or leave it for `skip`), and Office answers that only after a sync. Office's null
 * objects cannot stand in for the answer: what a property set or `delete()` on a null object does
 * is not documented as a no-op, so we never rely on it. Instead the host remembers the sheet
 * names its last read loaded (that read loads them anyway, in the same sync) and keeps them up
 * to date with its own writes: the check's read-then-write is 1 + 1 syncs, `skip` and `replace`
 * alike. With no names known (a write first), one extra sync loads them.
 * The workbook's `DCCS_…` names (the owner marks) travel the same way: loaded in the same syncs,
 * updated by the host's own writes.
 * The names can go stale if the user adds, renames or deletes a sheet between read and write.
 * Then Excel fails the structural part of the batch (ItemAlreadyExists / ItemNotFound), which is
 * queued before any content; the host reloads the names and retries once.
 */
export class OfficeHost implements WorkbookHost {
  /** Features a write left out because this Excel lacks their API set (reset by each write). */
  private names: string[] | null = null;
  /** The `DCCS_…` names the workbook had at the last read or write (known together with `names`). */
  private marks: string[] = [];
  private readonly payloadLimit: number;
  private readonly requirements: (set: string, version: string) => boolean;

  constructor(
    private readonly run: typeof Excel.run = Excel.run,
    options: OfficeHostOptions = {},
  ) {
    this.payloadLimit = options.payloadLimit ?? DEFAULT_PAYLOAD_LIMIT;
    this.requirements = options.requirements ?? ((set, version) => Office.context.requirements.isSetSupported(set, version));
  }

  async readSheets(names: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
    try {
      const { sheetNames, sheets, owners, marks, others } = await this.run((context) => readOffice(context, names, this.payloadLimit, options.others === true));
      this.names = sheetNames;
      this.marks = marks;
      return { sheetNames, sheets, owners, ...(others ? { others } : {}) };
    } catch (cause) {
      if (cause instanceof TooManyCellsError) throw new HostError('office', cause.message, { cause });
      throw new HostError('office', withAdvice(hostMessages.officeRead(errorDetail(cause)), adviceFor(cause)), { cause });
    }
  }

  /**
   * Patches go in the same batch, after the documents. A patch's sheet is checked against the
   * names known before the write (a bug → DccsError, nothing written); a sheet the user deletes
   * meanwhile fails the sync (ItemNotFound) and, after the one retry, is a HostError.
   */
  async writeSheets(documents: readonly SheetDocument[], patches: readonly RangePatch[] = []): Promise<WriteResult> {
    assertValidations(documents); // a bug in a document throws as itself, before any Excel call
    assertOwners(documents);
    assertPatchShapes(patches);
    try {
      return await this.run((context) => this.writeIn(context, documents, patches));
    } catch (cause) {
      if (cause instanceof DccsError) throw cause;
      this.names = null;
      const sheets = [...new Set([...documents.map((d) => d.name), ...patches.map((p) => p.sheet)])];
      const advice = await explainWriteFailure(this.run, cause, sheets, (version) => this.requirements('ExcelApi', version));
      throw new HostError('office', withAdvice(hostMessages.officeWrite(sheets.join('", "'), errorDetail(cause)), advice), { cause });
    }
  }

  /**
   * One `Excel.run`, two syncs: activates the sheet, then selects `cell` (both ExcelApi 1.1). Excel
   * switches the tab only once the activating batch has run, so a select() queued with it can land
   * on the sheet that was active before (or fail); selecting after the sync lands where we mean.
   */
  async select(sheet: string, cell: string): Promise<void> {
    try {
      await this.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        await context.sync();
        ws.getRange(cell).select();
        await context.sync();
      });
    } catch (cause) {
      throw new HostError('office', withAdvice(hostMessages.officeSelect(sheet, cell, errorDetail(cause)), adviceFor(cause)), { cause });
    }
  }

  /**
   * A write Excel refuses for its size is undone and written again with half the budget (Excel
   * may take less than its documented 5 MB, and the estimate is only an estimate), down to
   * MIN_BUDGET. Any failure after the first sync removes the sheets this write created or
   * replaced, so no half-written report is left in the workbook; the error then reaches the user.
   */
  private async writeIn(
    context: Excel.RequestContext, documents: readonly SheetDocument[], patches: readonly RangePatch[], retry = true, recreate = new Set<string>(),
    budget = this.payloadLimit,
  ): Promise<WriteResult> {
    const existing = this.names ?? (await this.loadNames(context));
    if (retry) assertPatchSheets(patches, existing, documents);
    const plan = planWrite(documents, existing, (version) => this.requirements('ExcelApi', version), recreate, patches, this.marks);
    const scope: WriteScope = { context, sheets: new Map() };
    const batches = packUnits(plan.units, budget);
    for (const [i, batch] of batches.entries()) {
      for (const queue of batch.queue) queue(scope);
      try {
        await context.sync();
      } catch (error) {
        const code = (error as { code?: string }).code;
        const added = plan.written.filter((n) => findSheetToWrite(existing, n) === undefined);
        if (i === 0 && retry && (code === 'ItemAlreadyExists' || code === 'ItemNotFound')) {
          // Stale names: reload and retry once; sheets this attempt may have added are refilled.
          this.names = await this.loadNames(context);
          return this.writeIn(context, documents, patches, false, new Set(added.map(writeKey)), budget);
        }
        // A batch is not a transaction: part of the failed one may have run. After the first sync
        // every written sheet is this write's own (added, or a replacement); within it, only the
        // added ones are surely ours (a replaced sheet may still be the old one).
        const ours = i > 0 ? plan.written : added;
        await this.undo(context, ours);
        if (!isWriteRefusal(error, batch.bytes, this.payloadLimit) || budget / 2 < MIN_BUDGET) throw error;
        this.names = await this.loadNames(context);
        return this.writeIn(context, documents, patches, retry, new Set(ours.map(writeKey)), budget / 2);
      }
    }
    this.names = plan.namesAfter;
    this.marks = plan.marksAfter;
    return { written: plan.written, skipped: plan.skipped, skippedFeatures: plan.skippedFeatures };
  }

  /**
   * Deletes what a failed write left: the sheets named (those that exist) and any staging sheet,
   * in two syncs (names first: a null object's delete() is not documented as a no-op). Best
   * effort: Excel may refuse (protected structure, edit mode), and the write's own error is the
   * one the user sees.
   */
  private async undo(context: Excel.RequestContext, written: readonly string[]): Promise<void> {
    try {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      const names = sheets.items.map((ws) => ws.name);
      const doomed = names.filter((n) => TEMP_SHEET.test(n) || written.some((w) => findSheetToWrite([n], w) === n));
      if (doomed.length > 0) {
        for (const name of doomed) context.workbook.worksheets.getItem(name).delete();
        await context.sync();
      }
    } catch {
      // nothing more to do here: the write's error says what went wrong
    }
    this.names = null;
  }

  /** Sheet names and, in the same sync, the marks (a write replaces a mark by deleting it first). */
  private async loadNames(context: Excel.RequestContext): Promise<string[]> {
    const sheets = context.workbook.worksheets.load('items/name');
    const marks = loadMarks(context);
    await context.sync();
    this.marks = marks().map((m) => m.name);
    return sheets.items.map((ws) => ws.name);
  }
}

/** The failure, then what to do about it when we know. */
function withAdvice(message: string, advice: string | null): string {
  return advice === null ? message : `${message} ${advice}`;
}
