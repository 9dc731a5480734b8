import type { Workbook } from 'exceljs';
import { markName, markReference, markedSheet, ownerOfMark, ownersFrom } from '../marks';

/**
 * The owner marks (marks.ts) as exceljs defined names. exceljs keeps a name as a set of cells per
 * sheet name and writes it back as `'Sheet'!$A$1`; a user's rename in Excel or LibreOffice
 * rewrites that text in the file, so a re-opened workbook shows the mark on the renamed sheet.
 * exceljs itself does not follow a `worksheet.name` change, which this host never makes.
 */
function marksOf(wb: Workbook): { name: string; reference: string }[] {
  return wb.definedNames.model.flatMap((n) => (ownerOfMark(n.name) !== null && n.ranges.length > 0 ? [{ name: n.name, reference: n.ranges[0] }] : []));
}

/** Owner id → sheet, for every mark whose sheet is in the workbook. */
export function readOwners(wb: Workbook): Record<string, string> {
  return ownersFrom(marksOf(wb), wb.worksheets.map((ws) => ws.name));
}

/**
 * Sets the marks of the sheets just written and drops marks whose sheet is gone: exceljs reads a
 * broken `#REF!$A$1` as a sheet named "#REF" and would write that back as a dangling reference.
 */
export function writeMarks(wb: Workbook, marks: readonly { owner: string; sheet: string }[]): void {
  const sheets = wb.worksheets.map((ws) => ws.name.toUpperCase());
  const replaced = new Set(marks.map((m) => markName(m.owner)));
  const kept = wb.definedNames.model.filter((n) => {
    if (ownerOfMark(n.name) === null) return true;
    const sheet = n.ranges.length === 1 ? markedSheet(n.ranges[0]) : null;
    return !replaced.has(n.name.toUpperCase()) && sheet !== null && sheets.includes(sheet.toUpperCase());
  });
  wb.definedNames.model = [...kept, ...marks.map((m) => ({ name: markName(m.owner), ranges: [markReference(m.sheet)] }))];
}
