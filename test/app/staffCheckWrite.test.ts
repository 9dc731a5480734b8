import { readdirSync } from 'node:fs';
import path from 'node:path';
import { checkAndWriteFindings } from '../../src/app/check/check';
import { parseIso } from '../../src/domain/calendar/localDate';
import { readWorksheet } from '../../src/workbook/file/read';
import { openWorkbookPath } from '../../src/workbook/file/hostNode';

const STAFF = path.join(__dirname, '..', 'fixtures', 'staff');
const BOOKS = readdirSync(STAFF).filter((f) => f.endsWith('.xlsx'));

/** Every non-empty cell of every sheet, by `sheet!row:column`. */
function cellsOf(host: Awaited<ReturnType<typeof openWorkbookPath>>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const ws of host.workbook.worksheets) {
    const g = readWorksheet(ws);
    g.values.forEach((row, r) => row.forEach((v, c) => { if (v !== null) out.set(`${g.name}!${g.firstRow + r}:${g.firstColumn + c}`, v); }));
  }
  return out;
}

const mergesOf = (host: Awaited<ReturnType<typeof openWorkbookPath>>) =>
  host.workbook.worksheets.flatMap((ws) => Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).map((m) => `${ws.name}!${m}`)).sort();

describe('«Kiểm tra» on staff-made workbooks changes no cell the user typed (DESIGN.md, "What the add-in writes")', () => {
  it.each(BOOKS)('%s: every typed cell and merged heading is kept; only the status columns are new', async (name) => {
    const host = await openWorkbookPath(path.join(STAFF, name));
    const before = cellsOf(host);
    const merges = mergesOf(host);
    const run = await checkAndWriteFindings(host, { today: parseIso('2025-12-31')! });
    const after = cellsOf(host);
    for (const [at, value] of before) expect([at, after.get(at)]).toEqual([at, value]);
    expect(mergesOf(host).filter((m) => !m.startsWith('KQ Kiểm tra'))).toEqual(merges);
    const statusColumns = new Set(run.tables.flatMap((t) => (t.status ? [`${t.status.sheet}:${t.status.column}`] : [])));
    for (const at of after.keys()) {
      if (before.has(at) || at.startsWith('KQ Kiểm tra')) continue;
      const [sheet, rc] = at.split('!');
      expect(statusColumns.has(`${sheet}:${rc.split(':')[1]}`)).toBe(true);
    }
  });
});
