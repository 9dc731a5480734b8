import { FakeObject } from './fakeContext';
import type { FakeSheet, FakeWorkbookModel } from './fakeModel';

/**
 * `worksheet.protection` (ExcelApi 1.2) and `workbook.protection` (ExcelApi 1.7), loadable for
 * their `protected` flag: what the host reads to explain an AccessDenied (workbook/office/diagnose.ts). The
 * protection itself is enforced by FakeContext.guard.
 */
export class FakeWorksheetProtection extends FakeObject<FakeSheet> {
  protected readonly loadable: Record<string, (s: FakeSheet) => unknown> = { protected: (s) => s.protected };
  get protected(): boolean { return this.read('protected'); }
}

export class FakeWorkbookProtection extends FakeObject<FakeWorkbookModel> {
  protected readonly loadable: Record<string, (m: FakeWorkbookModel) => unknown> = { protected: (m) => m.structureProtected };
  get protected(): boolean { return this.read('protected'); }
}
