import { hostMessages } from '../hostMessages';
import { UserError } from '../../domain/errors';

/**
 * What to tell the user when Excel refuses a read or a write in a state they can get it out of:
 * a cell in edit mode, a move to another workbook while DCCS worked, a session that ended, a
 * protected sheet or workbook structure. Said after the failure, never guessed before it: the
 * protection is loaded only once a write failed, in one more sync, so a normal write costs nothing.
 */

/** A requested sheet whose used range is over Excel's 5 million cells: its values came back null. */
export class TooManyCellsError extends UserError {
  override name = 'TooManyCellsError';
  constructor(readonly sheet: string) {
    super(hostMessages.tooManyCells(sheet));
  }
}

const code = (error: unknown) => String((error as { code?: unknown } | null)?.code ?? '');

/** Advice that needs no look at the workbook, or null. */
export function adviceFor(error: unknown): string | null {
  switch (code(error)) {
    case 'InvalidOperationInCellEditMode': return hostMessages.cellEditMode;
    case 'InvalidOrTimedOutSession': return hostMessages.sessionEnded;
    // Excel's answers while the user is in another workbook (OfficeDev/office-js#771, #6365).
    case 'InvalidSelection': case 'GeneralException': return hostMessages.workbookSwitched;
    default: return null;
  }
}

/**
 * After a failed write: the advice above, or — for a refusal protection would explain — whether
 * the workbook's structure or one of `sheets` is protected (ExcelApi 1.7 and 1.2), loaded in one
 * sync of its own. Null when nothing explains it (the error's code then stands alone).
 */
export async function explainWriteFailure(
  run: typeof Excel.run, error: unknown, sheets: readonly string[], supports: (version: string) => boolean,
): Promise<string | null> {
  const simple = adviceFor(error);
  if (!['AccessDenied', 'InvalidOperation', 'GeneralException'].includes(code(error))) return simple;
  try {
    return await run(async (context) => {
      const workbook = supports('1.7') ? context.workbook.protection.load('protected') : null;
      const probes = sheets.map((name) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(name).load('name');
        return { name, ws, protection: ws.protection.load('protected') };
      });
      await context.sync();
      if (workbook?.protected) return hostMessages.protectedStructure;
      const locked = probes.find((p) => !p.ws.isNullObject && p.protection.protected);
      return locked ? hostMessages.protectedSheet(locked.name) : simple;
    });
  } catch {
    return simple; // Excel will not even say (still in another workbook?): the code's own advice
  }
}
