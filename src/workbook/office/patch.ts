import { parseRange, type RangePatch } from '../../report/document';
import { formatSize, queueFormat } from './format';
import { valuesUnit, type WriteScope } from './values';
import type { Unit } from './payload';

/**
 * A range patch as queued Office.js operations: the block's formats cleared, its values set (text
 * guarded by "@", as in a document), then its own formats — all on ranges inside the block, so
 * no other cell of the user's sheet is touched. The value block splits by rows like a document's.
 */
export function patchUnits(patch: RangePatch): Unit<WriteScope>[] {
  const { row, col } = parseRange(patch.range);
  // Keyed apart from documents' sheets: a sheet name cannot hold U+0000.
  const key = `\u0000${patch.sheet}`;
  const sheet = ({ context, sheets }: WriteScope): Excel.Worksheet => {
    let ws = sheets.get(key);
    if (!ws) sheets.set(key, (ws = context.workbook.worksheets.getItem(patch.sheet)));
    return ws;
  };
  const formats = patch.formats ?? [];
  return [
    valuesUnit({ sheet, top: row, left: col, rows: patch.values, formats, clearFormats: true }),
    ...formats.map((f): Unit<WriteScope> => ({ kind: 'atomic', size: formatSize(f), queue: (s) => queueFormat(sheet(s), f) })),
  ];
}
