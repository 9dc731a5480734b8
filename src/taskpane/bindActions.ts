import { checkAndWriteFindings } from '../app/check';
import { goToRow } from '../app/goToRow';
import { inspectWorkbook, saveReading } from '../app/reading';
import { readRowValues } from '../app/rowValues';
import { readSettings } from '../app/settings';
import { createTemplate } from '../app/template';
import type { LocalDate } from '../domain/calendar/localDate';
import type { SkippedFeature } from '../workbook/officeHost';
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

/** A host that may report formatting it could not apply (the Office host on an older Excel). */
export type NotingHost = WorkbookHost & { readonly skippedFeatures?: readonly SkippedFeature[] };

/**
 * Binds the screens' actions to the use cases. A fresh host per run, so nothing read from one
 * run's workbook state leaks into the next, and its skipped features belong to this run only;
 * `readToday` is asked at each run, so a pane left open past midnight checks against the new day.
 * The reports (with docx) and the chart's report model are imported on first use: they stay out
 * of the code the pane loads up front (issue 7: ≤ 300 KB gzipped).
 */
export function bindActions(makeHost: () => NotingHost, readToday: () => LocalDate): BoundActions {
  return {
    check: async ({ asOf, onProgress }) => {
      const host = makeHost();
      const outcome = await checkAndWriteFindings(host, { today: readToday(), asOf, onProgress });
      const { complianceByGroup } = await import('../app/complianceByGroup');
      return { ...outcome, chart: complianceByGroup(outcome), skippedFeatures: host.skippedFeatures };
    },
    createTemplate: async ({ year, unit }) => {
      const host = makeHost();
      const write = await createTemplate(host, { year, unit });
      return { ...write, skippedFeatures: host.skippedFeatures };
    },
    goToRow: (sheet, row) => goToRow(makeHost(), sheet, row),
    makeReports: async ({ asOf, quarter, onProgress }) => {
      const host = makeHost();
      onProgress(0, 'Đang tải chức năng lập báo cáo…');
      const { writeReports } = await import('../app/report');
      const result = await writeReports(host, { today: readToday(), asOf, quarter, onProgress });
      return { ...result, skippedFeatures: host.skippedFeatures };
    },
    readSettings: () => readSettings(makeHost()),
    readRow: (sheet, row) => readRowValues(makeHost(), sheet, row),
    inspect: () => inspectWorkbook(makeHost()),
    saveReading: (reading) => saveReading(makeHost(), reading),
  };
}
