import {
  Divider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Title3, tokens,
} from '@fluentui/react-components';
import { holidayReport, type HolidayReport } from '../app/daysOff';
import type { LocalDate } from '../domain/calendar/localDate';
import type { CheckAction, GoToRowAction, ReportAction, TemplateAction } from './actions';
import { CheckPanel } from './CheckPanel';
import { ErrorBoundary } from './ErrorBoundary';
import { HolidaySettings } from './HolidaySettings';
import { ReportPanel } from './ReportPanel';
import { TemplatePanel } from './TemplatePanel';
import { today as readToday } from './today';

export interface AppProps {
  readonly check: CheckAction;
  readonly createTemplate: TemplateAction;
  /** Selects a finding's row in Excel (absent: the findings list is plain text). */
  readonly goToRow?: GoToRowAction;
  /** «Lập báo cáo»; absent until the use case is wired (the section then says «Sắp có»). */
  readonly makeReports?: ReportAction;
  /** Today, for the report's default quarter; read from the clock when not given. */
  readonly today?: LocalDate;
  /** Pre-filled year of «Tạo sổ theo dõi mẫu» and of «Cài đặt – Lịch nghỉ». */
  readonly defaultYear: number;
  /** The days off shown in «Cài đặt – Lịch nghỉ»; the built-in `holidayReport` unless a test stubs it. */
  readonly holidays?: (year: number) => HolidayReport;
  /**
   * Set when the pane cannot reach a workbook (opened in a plain browser): the reason is shown
   * on top and the actions are disabled, so the page is never just blank.
   */
  readonly unavailable?: string;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The task pane: check the open workbook, write its reports, add the template sheets, or look up a year's days off. */
export function App({ check, createTemplate, goToRow, makeReports, today, defaultYear, holidays = holidayReport, unavailable }: AppProps) {
  const styles = useStyles();
  const disabled = unavailable !== undefined;
  return (
    <main className={styles.root}>
      <Title3 as="h1">Dân chủ cơ sở – Kiểm tra và báo cáo</Title3>
      {unavailable !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Chưa mở trong Excel</MessageBarTitle>
            {unavailable}
          </MessageBarBody>
        </MessageBar>
      )}
      <ErrorBoundary>
        <section className={styles.section} aria-label="Kiểm tra sổ theo dõi">
          <CheckPanel check={check} disabled={disabled} goToRow={goToRow} />
        </section>
        <Divider />
        <section className={styles.section} aria-label="Lập báo cáo">
          <Subtitle2 as="h2">Lập báo cáo</Subtitle2>
          <ReportPanel makeReports={makeReports} disabled={disabled} today={today ?? readToday()} />
        </section>
        <Divider />
        <section className={styles.section} aria-label="Sổ theo dõi mẫu">
          <Subtitle2 as="h2">Sổ theo dõi mẫu</Subtitle2>
          <TemplatePanel createTemplate={createTemplate} defaultYear={defaultYear} disabled={disabled} />
        </section>
        <Divider />
        {/* Not disabled outside Excel: the list needs no workbook. */}
        <HolidaySettings holidays={holidays} defaultYear={defaultYear} />
      </ErrorBoundary>
    </main>
  );
}
