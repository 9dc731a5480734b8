import {
  Button, Caption1, Label, makeStyles, Select, Subtitle2, Tab, TabList, Title3, tokens, useId,
} from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { holidayReport, type HolidayReport } from '../app/settings';
import type { LocalDate } from '../domain/calendar/localDate';
import type {
  CheckAction, GoToRowAction, InspectAction, NewBookAction, ReportAction, SaveReadingAction, SettingsAction, SuperiorCopyAction, TemplateAction,
} from './actions';
import { CheckPanel } from './CheckPanel';
import { ErrorBoundary } from './ErrorBoundary';
import { NoticeBar } from './FileBar';
import { Guide, useGuide } from './Guide';
import { ReadingPanel } from './ReadingPanel';
import { HolidaySettings } from './HolidaySettings';
import { LangContext, LANGS, type Lang } from './i18n';
import { ReportPanel } from './ReportPanel';
import { SettingsPanel } from './SettingsPanel';
import { SuperiorCopyPanel } from './SuperiorCopyPanel';
import { STRINGS } from './strings';
import { TemplatePanel } from './TemplatePanel';
import { today as readToday } from './today';

export type TabId = 'check' | 'reading' | 'report' | 'consolidate' | 'settings';
const TABS: readonly TabId[] = ['check', 'reading', 'report', 'consolidate', 'settings'];

export interface AppProps {
  readonly check: CheckAction;
  readonly createTemplate: TemplateAction;
  /** Standalone page with no file open: «Tạo sổ theo dõi mới» makes, downloads and opens a new book. */
  readonly newBook?: NewBookAction;
  /** «Cách đọc sổ»: how the workbook is read, and keeping a corrected reading in it; absent: no such tab. */
  readonly inspect?: InspectAction;
  readonly saveReading?: SaveReadingAction;
  /**
   * Which workbook is open (standalone: the file's name; Excel: a constant; null: none): «Cách đọc
   * sổ» reads each new one, and opens by itself when the reading is weak.
   */
  readonly workbookKey?: string | null;
  /** Selects a finding's row in Excel (standalone: shows its values); absent: plain text. */
  readonly goToRow?: GoToRowAction;
  /** «Lập báo cáo». */
  readonly makeReports: ReportAction;
  /** «Bản gửi cấp trên» (in «Báo cáo»): a copy without citizens' data; absent: not offered. */
  readonly superiorCopy?: SuperiorCopyAction;
  /** Why this host cannot make that copy: shown in place of its button. */
  readonly superiorCopyBlocked?: string;
  /** «Thiết lập»: reads the unit's details and the rules in force; absent: the section is hidden. */
  readonly readSettings?: SettingsAction;
  /** Today, for the report's default quarter; read from the clock when not given. */
  readonly today?: LocalDate;
  /** Pre-filled year of «Tạo sổ theo dõi mẫu» and of «Cài đặt – Lịch nghỉ». */
  readonly defaultYear: number;
  /** The days off shown in «Cài đặt – Lịch nghỉ»; the built-in `holidayReport` unless a test stubs it. */
  readonly holidays?: (year: number) => HolidayReport;
  /**
   * Set when the pane cannot work on this workbook (an old Excel without the API set it needs):
   * the reason is shown on top and the actions are disabled, so the page is never just blank.
   */
  readonly unavailable?: { readonly title: string; readonly message: string };
  /** Standalone page: no file open yet, so the workbook actions are disabled (the file bar says why). */
  readonly noWorkbook?: boolean;
  /** Standalone page: «Mở tệp Excel», the open file and «Tải về», above the tabs. */
  readonly fileBar?: ReactNode;
  /** An action is running somewhere: every other action is disabled until it ends. */
  readonly busy?: boolean;
  /** «Tổng hợp đơn vị»; absent: no such tab. */
  readonly consolidate?: ReactNode;
  /** «Nhập kế hoạch», shown in «Thiết lập»; absent: left out. */
  readonly importPlan?: ReactNode;
  /** Rendered last, inside the language provider (the standalone row preview). */
  readonly children?: ReactNode;
  /** Vietnamese unless Office's display language is English. */
  readonly initialLang?: Lang;
  readonly onLangChange?: (lang: Lang) => void;
  readonly initialTab?: TabId;
  /** The open file is the bundled sample (the guide says what it is). */
  readonly sample?: boolean;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: '720px',
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  lang: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, whiteSpace: 'nowrap' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  // A task pane is 320 px wide by default: the tabs wrap onto a second line rather than be clipped.
  tabs: { flexWrap: 'wrap' },
});

/** The task pane: the file (standalone page), then four screens as tabs. */
export function App(props: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(props.initialLang ?? 'vi');
  const [tab, setTab] = useState<TabId>(props.initialTab ?? 'check');
  const t = STRINGS[lang];
  const langId = useId('lang');
  const guide = useGuide();
  const disabled = props.unavailable !== undefined || props.noWorkbook === true || props.busy === true;
  // Bumped when a reading is saved: «Kiểm tra» runs again with it.
  const [recheck, setRecheck] = useState(0);
  // The workbook's year as read (its title, its sheet's name): «Báo cáo» offers its quarters.
  const [bookYear, setBookYear] = useState<number | null>(null);
  const tabs = TABS.filter((id) => (id === 'reading' ? props.inspect && props.saveReading : id === 'consolidate' ? props.consolidate : true));

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `DCCS – ${t.title}`;
  }, [lang, t.title]);

  const changeLang = (next: Lang) => {
    setLang(next);
    props.onLangChange?.(next);
  };

  const panel = (id: TabId, content: ReactNode) => (
    <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id} className={tab === id ? styles.panel : undefined} data-tab={id}>
      {content}
    </div>
  );

  return (
    <LangContext.Provider value={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">{t.title}</Title3>
          <div className={styles.lang}>
            <Label htmlFor={langId}>{t.language}</Label>
            <Select id={langId} size="small" value={lang} onChange={(_, d) => changeLang(d.value as Lang)}>
              {LANGS.map((l) => <option key={l} value={l} lang={l}>{t.langNames[l]}</option>)}
            </Select>
            {!guide.open && <Button size="small" appearance="subtle" onClick={guide.show}>{t.guide.open}</Button>}
          </div>
        </header>
        {guide.open && <Guide onClose={guide.hide} sample={props.sample} />}
        {/* English mode: the pane's own text is English; what the law and the reports say is not. */}
        {t.notes.verdictsInVietnamese && <Caption1>{t.notes.verdictsInVietnamese}</Caption1>}
        {props.unavailable && <NoticeBar title={props.unavailable.title} message={props.unavailable.message} />}
        {props.fileBar}
        <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label={t.tabsLabel}>
          {tabs.map((id) => <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>{t.tabs[id]}</Tab>)}
        </TabList>
        <ErrorBoundary>
          {/* Every panel stays mounted: switching tabs keeps a result on screen. */}
          {panel('check', (
            <section aria-label={t.check.region}>
              {/* Keyed by the workbook: a new file clears the previous one's results. */}
              <CheckPanel key={props.workbookKey ?? ''} check={props.check} disabled={disabled} goToRow={props.goToRow} recheck={recheck}
                onShowReading={props.inspect && props.saveReading ? () => setTab('reading') : undefined} />
            </section>
          ))}
          {props.inspect && props.saveReading && panel('reading', (
            <section aria-label={t.reading.region}>
              <ReadingPanel
                inspect={props.inspect}
                save={props.saveReading}
                disabled={disabled}
                workbookKey={props.unavailable ? null : props.workbookKey ?? null}
                onWeak={() => setTab('reading')}
                onSaved={() => { setRecheck((n) => n + 1); }}
                onRead={(reading) => {
                  const year = reading?.facts.find((f) => f.key === 'year')?.value;
                  setBookYear(typeof year === 'number' ? year : null);
                }}
              />
            </section>
          ))}
          {panel('report', (
            <>
              <section aria-label={t.report.region}>
                <ReportPanel key={props.workbookKey ?? ''} bookYear={bookYear} makeReports={props.makeReports} disabled={disabled} today={props.today ?? readToday()} />
              </section>
              {props.superiorCopy && (
                <SuperiorCopyPanel key={props.workbookKey ?? ''} superiorCopy={props.superiorCopy} disabled={disabled} blocked={props.superiorCopyBlocked} />
              )}
            </>
          ))}
          {props.consolidate && panel('consolidate', props.consolidate)}
          {panel('settings', (
            <>
              <section aria-label={t.template.region}>
                <TemplatePanel
                  createTemplate={props.createTemplate}
                  newBook={props.noWorkbook ? props.newBook : undefined}
                  defaultYear={props.defaultYear}
                  disabled={props.unavailable !== undefined || props.busy === true || (props.noWorkbook === true && !props.newBook)}
                />
              </section>
              {props.importPlan && (
                <section aria-label={t.importPlan} className={styles.panel}>
                  <Subtitle2 as="h2">{t.importPlan}</Subtitle2>
                  {props.importPlan}
                </section>
              )}
              {props.readSettings && <SettingsPanel key={props.workbookKey ?? ''} readSettings={props.readSettings} disabled={disabled} />}
              {/* Not disabled without a workbook: the list needs none. */}
              <HolidaySettings holidays={props.holidays ?? holidayReport} defaultYear={props.defaultYear} />
            </>
          ))}
        </ErrorBoundary>
        {props.children}
      </main>
    </LangContext.Provider>
  );
}
