import { checkAndWriteFindings } from '../app/check';
import { createTemplate } from '../app/template';
import type { LocalDate } from '../domain/calendar/localDate';
import type { WorkbookHost } from '../workbook/port';
import type { CheckAction, TemplateAction } from './actions';

export interface BoundActions {
  readonly check: CheckAction;
  readonly createTemplate: TemplateAction;
}

/**
 * Binds the screens' actions to the use cases. A fresh host per run, so nothing read from one
 * run's workbook state leaks into the next; `readToday` is asked at each run, so a pane left open
 * past midnight checks against the new day.
 */
export function bindActions(makeHost: () => WorkbookHost, readToday: () => LocalDate): BoundActions {
  return {
    check: ({ asOf, onProgress }) => checkAndWriteFindings(makeHost(), { today: readToday(), asOf, onProgress }),
    createTemplate: ({ year, unit }) => createTemplate(makeHost(), { year, unit }),
  };
}
