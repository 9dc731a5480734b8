import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, Field, Input, makeStyles, tokens,
  type AccordionToggleEventHandler,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { HolidayReport } from '../app/settings';
import { FIRST_CALENDAR_YEAR, isCalendarYear, LAST_CALENDAR_YEAR } from '../domain/calendar/calendarRange';
import { describeError } from './describeError';
import { ErrorBar } from './ErrorBar';
import { HolidayYear } from './HolidayYear';
import { useStrings } from './i18n';

export interface HolidaySettingsProps {
  /** The year's days off and their source: `holidayReport` in the pane, a stub in tests. */
  readonly holidays: (year: number) => HolidayReport;
  /** Pre-filled year: the current year, read from the clock by the entry point. */
  readonly defaultYear: number;
  /** Open on first render (tests, or a pane opened to its settings). */
  readonly defaultOpen?: boolean;
}

const ITEM = 'holidays';

/** The year typed in the box, or null when it is not one the calendar answers for (1900–2199). */
function parseCalendarYear(text: string): number | null {
  const trimmed = text.trim();
  const year = /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : NaN;
  return isCalendarYear(year) ? year : null;
}

/**
 * State of «Cài đặt – Lịch nghỉ»: the open flag, the year text and the report for it. The report is
 * computed only while the section is open, and a bad year never reaches `holidays` (it throws
 * outside 1900–2199); a half-typed year («202») is not scolded until the user leaves the box.
 */
export function useHolidaySettings({ holidays, defaultYear, defaultOpen = false }: HolidaySettingsProps) {
  const [open, setOpen] = useState(defaultOpen);
  const yearMessage = useStrings().settings.holidayYearInvalid(FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR);
  const [yearText, setYearText] = useState(String(defaultYear));
  const [touched, setTouched] = useState(false);
  const year = parseCalendarYear(yearText);
  const complete = !/^\d{0,3}$/.test(yearText.trim());

  const outcome = useMemo(() => {
    if (!open || year === null) return null;
    try {
      return { report: holidays(year), error: null };
    } catch (error: unknown) {
      return { report: null, error: describeError(error) };
    }
  }, [open, year, holidays]);

  const onToggle: AccordionToggleEventHandler<string> = (_, data) => setOpen(data.openItems.includes(ITEM));

  return {
    openItems: open ? [ITEM] : [],
    onToggle,
    yearText,
    setYearText,
    onYearBlur: () => setTouched(true),
    yearMessage: year === null && (touched || complete) ? yearMessage : undefined,
    report: outcome?.report ?? null,
    error: outcome?.error ?? null,
  };
}

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
  },
  year: { maxWidth: '8em' },
});

/** «Cài đặt – Lịch nghỉ»: the built-in days off of a year, with their source, for the user to check. */
export function HolidaySettings(props: HolidaySettingsProps) {
  const styles = useStyles();
  const state = useHolidaySettings(props);
  const t = useStrings().settings;
  return (
    <Accordion collapsible openItems={state.openItems} onToggle={state.onToggle}>
      <AccordionItem value={ITEM}>
        <AccordionHeader as="h2">{t.holidays}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            <Field
              label={t.year}
              validationState={state.yearMessage ? 'error' : 'none'}
              validationMessage={state.yearMessage}
            >
              <Input
                className={styles.year}
                value={state.yearText}
                inputMode="numeric"
                onChange={(_, data) => state.setYearText(data.value)}
                onBlur={state.onYearBlur}
              />
            </Field>
            {state.error && <ErrorBar title={t.holidayFailed} message={state.error} />}
            {state.report && <HolidayYear report={state.report} />}
            <Caption1>{t.sheetWins}</Caption1>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
