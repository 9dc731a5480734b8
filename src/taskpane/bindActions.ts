import { checkAndWriteFindings } from '../app/check';
import { goToRow } from '../app/check';
import { inspectWorkbook, saveReading } from '../app/reading';
import { readRowValues } from '../app/check';
import { readSettings } from '../app/settings';
import { createTemplate } from '../app/template';
import type { LocalDate } from '../domain/calendar/localDate';
import type { WorkbookHost } from '../workbook/port';
import type {
  CheckAction, GoToRowAction, InspectAction, ReadRowAction, ReportAction, SaveReadingAction, SettingsAction, TemplateAction,
} from './actions';

export interface BoundActions {
  readonly check: CheckAction;
  readonly createTemplate: TemplateAction;
  readonly goToRow: GoToRowAction;
  readonly makeReports: ReportAction;
  readonly readSettings: SettingsAction;
  readonly readRow: ReadRowAction;
  readonly inspect: InspectAction;
  readonly saveReading: SaveReadingAction;
}

/**
 * Binds the screens' actions to the use cases. A fresh host per run, so nothing read from one
 * run's workbook state leaks into the next (what a write skipped comes back with the write);
 * `readToday` is asked at each run, so a pane left open past midnight checks against the new day.
 * The reports (with docx) and the chart's report model are imported on first use: they stay out
 * of the code the pane loads up front (≤ 300 KB gzipped).
 */
export function bindActions(makeHost: () => WorkbookHost, readToday: () => LocalDate): BoundActions {
  return {
    check: async ({ asOf, onProgress }) => {
      const outcome = await checkAndWriteFindings(makeHost(), { today: readToday(), asOf, onProgress });
      const { complianceByGroup } = await import('../app/check');
      return { ...outcome, chart: complianceByGroup(outcome), skippedFeatures: outcome.write.skippedFeatures };
    },
    createTemplate: ({ year, unit }) => createTemplate(makeHost(), { year, unit }),
    goToRow: (sheet, row) => goToRow(makeHost(), sheet, row),
    makeReports: async ({ asOf, quarter, onProgress }) => {
      onProgress(0, 'Đang tải chức năng lập báo cáo…');
      const { writeReports } = await import('../app/report');
      return writeReports(makeHost(), { today: readToday(), asOf, quarter, onProgress });
    },
    readSettings: () => readSettings(makeHost()),
    readRow: (sheet, row) => readRowValues(makeHost(), sheet, row),
    inspect: () => inspectWorkbook(makeHost()),
    saveReading: (reading) => saveReading(makeHost(), reading),
  };
}
