import type { ReadResult } from '../workbook/port';
import { findSheetToWrite, writeKey } from '../workbook/sheetNames';

/** Excel's limit on a sheet name. */
const MAX_SHEET_NAME = 31;

/**
 * Where an output sheet goes (DESIGN.md, "What the add-in writes"): under its own name when no
 * sheet has it or the sheet there carries this output's mark; else under the first free
 * `Name (2)`, `Name (3)`… (or the one that carries the mark), so a user's sheet that happens to
 * have the name is never overwritten. Names compare as the hosts' writes find sheets (`writeKey`),
 * so a user's `KQ Kiem tra` also counts as taken. `taken` holds names already given to other outputs
 * of the same write.
 *
 * A sheet the add-in wrote and the user later renamed (`Báo cáo quý 1`) keeps its mark until this
 * output is written again; the output then goes to its own name and the renamed copy is left to
 * the user.
 *
 * @example chooseOutputName('KQ Kiểm tra', 'kq-kiem-tra', { sheetNames: ['KQ Kiểm tra'], sheets: {}, owners: {} })
 * // { name: 'KQ Kiểm tra (2)', renamed: true }
 */
export function chooseOutputName(
  wanted: string,
  owner: string,
  read: Pick<ReadResult, 'sheetNames' | 'owners'>,
  taken: ReadonlySet<string> = new Set(),
): { name: string; renamed: boolean } {
  const mine = read.owners?.[owner];
  const takenKeys = new Set([...taken].map(writeKey));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (takenKeys.has(writeKey(name))) continue;
    const existing = findSheetToWrite(read.sheetNames, name);
    if (existing === undefined || existing === mine) return { name, renamed: n > 1 };
  }
}
