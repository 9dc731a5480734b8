import { buildTemplate } from '../../report/templateSheets';
import type { WorkbookHost, WriteResult } from '../../workbook/port';
import { InvalidYearError } from '../../domain/errors';

export interface TemplateOptions {
  readonly year: number;
  readonly unit?: string;
}

/**
 * «Tạo sổ theo dõi mẫu» / `dccs template`: adds every input sheet of SCHEMA.md that the workbook
 * lacks. A sheet that exists is never touched (every template document says `skip`).
 */
export async function createTemplate(host: WorkbookHost, options: TemplateOptions): Promise<WriteResult> {
  if (!Number.isInteger(options.year) || options.year < 2000 || options.year > 2100) {
    throw new InvalidYearError(options.year);
  }
  return host.writeSheets(buildTemplate({ year: options.year, unit: options.unit?.trim() || undefined }));
}
