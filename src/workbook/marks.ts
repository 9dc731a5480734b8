import { DccsError } from '../domain/errors';
import { sheetRef, type SheetDocument } from '../report/document';

/**
 * The add-in's mark on a sheet it wrote (DESIGN.md, "What the add-in writes"): a workbook-level
 * defined name `DCCS_<OWNER>` referring to the sheet's A1. A name, not a cell or a hidden note,
 * because Excel and LibreOffice keep it pointing at the sheet when the user renames it, break it
 * (#REF!) when the sheet is deleted, and a user who types into the sheet cannot erase it.
 */
export const MARK_PREFIX = 'DCCS_';

/** Owner ids are lower-case words joined by "-": the mapping to a name and back is then exact. */
const OWNER_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** @example markName('kq-kiem-tra') // "DCCS_KQ_KIEM_TRA" */
export function markName(owner: string): string {
  if (!OWNER_ID.test(owner)) throw new DccsError(`Owner id "${owner}": use lower-case letters, digits and "-".`);
  return MARK_PREFIX + owner.toUpperCase().replace(/-/g, '_');
}

/** @example ownerOfMark('DCCS_KQ_KIEM_TRA') // "kq-kiem-tra"  @example ownerOfMark('Tong') // null */
export function ownerOfMark(name: string): string | null {
  if (name.slice(0, MARK_PREFIX.length).toUpperCase() !== MARK_PREFIX) return null;
  const owner = name.slice(MARK_PREFIX.length).toLowerCase().replace(/_/g, '-');
  return OWNER_ID.test(owner) ? owner : null;
}

/** What a mark refers to: `'Báo cáo'!$A$1`, the reference both hosts write. */
export function markReference(sheet: string): string {
  return sheetRef(sheet, '$A$1');
}

/**
 * The sheet a mark's reference names, or null for a broken one (`=#REF!$A$1`) or anything that is
 * not a plain sheet reference. Accepts Office's `formula` (leading "=") and exceljs's ranges.
 * @example markedSheet("='Báo cáo'!$A$1") // "Báo cáo"  @example markedSheet('=#REF!$A$1') // null
 */
export function markedSheet(reference: string): string | null {
  const ref = reference.replace(/^=/, '');
  const quoted = /^'((?:[^']|'')+)'!\$?[A-Z]+\$?\d+$/.exec(ref);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^'!#\s][^'!\s]*)!\$?[A-Z]+\$?\d+$/.exec(ref);
  return plain ? plain[1] : null;
}

/**
 * Owner id → sheet for every mark whose sheet exists. Sheet names are compared as Excel does
 * (case-insensitively); the result gives the sheet's name as it stands in the workbook.
 */
export function ownersFrom(marks: readonly { name: string; reference: string }[], sheetNames: readonly string[]): Record<string, string> {
  const owners: Record<string, string> = {};
  for (const { name, reference } of marks) {
    const owner = ownerOfMark(name);
    const target = markedSheet(reference);
    if (owner === null || target === null) continue;
    const sheet = sheetNames.find((s) => s.toUpperCase() === target.toUpperCase());
    if (sheet !== undefined) owners[owner] = sheet;
  }
  return owners;
}

/** Two documents of one write may not claim the same owner: a bug in the caller, caught before writing. */
export function assertOwners(documents: readonly SheetDocument[]): void {
  const seen = new Set<string>();
  for (const doc of documents) {
    if (doc.owner === undefined) continue;
    const name = markName(doc.owner);
    if (seen.has(name)) throw new DccsError(`Two documents claim the owner "${doc.owner}".`);
    seen.add(name);
  }
}
