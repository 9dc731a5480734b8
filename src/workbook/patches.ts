import { DccsError } from '../domain/errors';
import { parseRange, type RangePatch, type SheetDocument } from '../report/document';
import { findSheetToWrite } from './sheetNames';

/**
 * Checks on range patches that both hosts make before writing anything: a bad patch is a bug in
 * its builder (DccsError), and must not leave half a write behind.
 */

function block(ref: string, what: string): { row: number; col: number; row2: number; col2: number } {
  try {
    return parseRange(ref);
  } catch (cause) {
    throw new DccsError(`${what}: "${ref}" is not an A1 range.`, { cause });
  }
}

/** Values of exactly the block's shape; formats inside the block. */
export function assertPatchShapes(patches: readonly RangePatch[]): void {
  for (const p of patches) {
    const b = block(p.range, `Patch of "${p.sheet}"`);
    const height = b.row2 - b.row + 1, width = b.col2 - b.col + 1;
    if (p.values.length !== height || p.values.some((row) => row.length !== width)) {
      throw new DccsError(`Patch ${p.range} of "${p.sheet}": values must be ${height}×${width}.`);
    }
    for (const f of p.formats ?? []) {
      const r = block(f.range, `Format in patch ${p.range} of "${p.sheet}"`);
      if (r.row < b.row || r.row2 > b.row2 || r.col < b.col || r.col2 > b.col2) {
        throw new DccsError(`Patch ${p.range} of "${p.sheet}": format ${f.range} lies outside the block.`);
      }
    }
  }
}

/**
 * Each patch names an existing sheet exactly as read, and no document of the same write replaces
 * that sheet (the patch would land on the new sheet, or be lost).
 */
export function assertPatchSheets(patches: readonly RangePatch[], existing: readonly string[], documents: readonly SheetDocument[]): void {
  for (const p of patches) {
    if (!existing.includes(p.sheet)) throw new DccsError(`Patch ${p.range}: the workbook has no sheet named exactly "${p.sheet}".`);
    if (documents.some((d) => d.ifExists === 'replace' && findSheetToWrite(existing, d.name) === p.sheet)) {
      throw new DccsError(`Patch ${p.range} of "${p.sheet}": a document of the same write replaces that sheet.`);
    }
  }
}
